/**
 * The team server through its real protocol: `duiyi serve` processes really started, providers
 * (the app's own connection code) as members, on SQLite and on the real PostgreSQL.
 * Every keystroke of every member must be in every replica and, after a restart, in what the
 * server reads back from its database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProject, targetText, writeProject } from '../../src/lib/sync/project-doc.ts';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import {
	addUsers,
	api,
	cli,
	connect,
	dropBackend,
	eventually,
	postgresBackend,
	shareDocument,
	signIn,
	sleep,
	sqliteBackend,
	startServer,
	Typist,
	uniqueName,
	type Backend,
	type RunningServer,
	removeTempDirs
} from './helpers.ts';

// Registered first, so it runs last: after the servers of this file have stopped.
afterAll(removeTempDirs);

const PASSWORD = 'correct horse 1';
const PEOPLE = { alice: 'owner', bob: 'translator', carol: 'translator', vera: 'viewer' } as const;

function sampleProject(id: string) {
	const at = 1_700_000_000_000;
	return {
		project: {
			id,
			name: '风华正茂 (team)',
			sourceLang: 'zh-CN',
			targetLang: 'en',
			glossaryIds: [],
			createdAt: at
		},
		segments: ['标题', '第一段。', '第二段。'].map((source, order) => ({
			id: `s${order}`,
			projectId: id,
			order,
			kind: order === 0 ? ('title' as const) : ('body' as const),
			source,
			target: '',
			status: 'new' as const,
			locked: false,
			provenance: 'typed' as const,
			updatedAt: at
		})),
		annotations: [],
		revisions: [],
		confirmed: []
	};
}

/** Types `count` keystrokes for each typist, interleaved, with a small random pause. */
async function typeTogether(typists: Typist[], words: string[], count: number) {
	for (let i = 0; i < count; i++) {
		for (let t = 0; t < typists.length; t++) typists[t].type(words[t][i % words[t].length]);
		await sleep(Math.random() * 8);
	}
}

describe.each<Backend>([sqliteBackend(), postgresBackend()])('team server on $label', (backend) => {
	let server: RunningServer;
	const tokens: Record<string, string> = {};
	const docName = `project:${uniqueName('p').replace(/_/g, '-')}`;

	beforeAll(async () => {
		addUsers(backend, [...Object.keys(PEOPLE), 'nadia'], PASSWORD, ['alice']);
		server = await startServer(backend);
		for (const name of [...Object.keys(PEOPLE), 'nadia']) {
			tokens[name] = await signIn(server.url, name, PASSWORD);
		}
		const id = docName.slice('project:'.length);
		const { alice: _owner, ...members } = PEOPLE;
		await shareDocument(
			server.url,
			tokens.alice,
			{ kind: 'project', id, title: '风华正茂 (team)' },
			members
		);
		const owner = connect(server.url, docName, tokens.alice);
		writeProject(owner.doc, sampleProject(id), 'alice');
		await whenSynced(owner.provider);
		owner.provider.destroy();
	}, 60_000);

	afterAll(async () => {
		await server?.kill('SIGTERM');
		await dropBackend(backend);
	});

	it('user list and bad arguments', () => {
		const list = cli(['user', 'list'], backend);
		expect(JSON.parse(list.stdout).users.map((u: { name: string }) => u.name)).toEqual([
			'alice',
			'bob',
			'carol',
			'nadia',
			'vera'
		]);
		const missing = cli(['user', 'add'], backend);
		expect(missing.status).toBe(2);
		expect(missing.stderr.trim().split('\n')).toHaveLength(1);
		expect(cli(['user', 'add', 'eve'], backend, 'short\n').status).toBe(2);
		expect(cli(['user', 'frobnicate'], backend).status).toBe(2);
		// A name that is not there, or already there, is a wrong argument too: one line, exit 2.
		for (const wrong of [
			cli(['user', 'remove', 'nobody'], backend),
			cli(['user', 'add', 'alice'], backend, 'a long password\n')
		]) {
			expect(wrong.status).toBe(2);
			expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
		}
	});

	it('three members typing in different paragraphs and the same one, one offline a while: every keystroke everywhere and in the database after a restart', async () => {
		const a = connect(server.url, docName, tokens.alice);
		const b = connect(server.url, docName, tokens.bob);
		const c = connect(server.url, docName, tokens.carol);
		await Promise.all([a, b, c].map((m) => whenSynced(m.provider)));
		expect(readProject(b.doc).segments.map((s) => s.source)).toEqual([
			'标题',
			'第一段。',
			'第二段。'
		]);

		// Alice in s1, Bob and Carol in s2 at the same time.
		const ta = new Typist(targetText(a.doc, 's1'), 0);
		const tb = new Typist(targetText(b.doc, 's2'), 0);
		const tc = new Typist(targetText(c.doc, 's2'), 0);
		await typeTogether(
			[ta, tb, tc],
			['Alice types here. ', 'Bob writes this. ', 'Carol adds that. '],
			60
		);

		// Carol goes offline and keeps typing; the others go on too.
		c.provider.configuration.websocketProvider.disconnect();
		await typeTogether(
			[ta, tb, tc],
			['and more from A ', 'and more from B ', 'offline words C '],
			40
		);
		expect(c.doc.getText('x').toString()).toBe(''); // (no stray types)
		c.provider.configuration.websocketProvider.connect();
		await Promise.all([a, b, c].map((m) => whenSynced(m.provider)));

		const expected = { s1: [ta.typed], s2: [tb.typed, tc.typed] };
		await eventually(
			() =>
				[a, b, c].every((m) => {
					const texts = readProject(m.doc).segments;
					return (
						expected.s1.every((t) => texts[1].target.includes(t)) &&
						expected.s2.every((t) => texts[2].target.includes(t))
					);
				}),
			20_000,
			'every keystroke in every replica'
		);
		const final = readProject(a.doc).segments.map((s) => s.target);
		expect(readProject(b.doc).segments.map((s) => s.target)).toEqual(final);
		expect(readProject(c.doc).segments.map((s) => s.target)).toEqual(final);
		expect(final[2].length).toBe(tb.typed.length + tc.typed.length);
		for (const m of [a, b, c]) m.provider.destroy();

		// Restart: a fresh replica reads the same text from the database.
		await server.kill('SIGTERM');
		server = await startServer(backend, server.port);
		const fresh = connect(server.url, docName, await signIn(server.url, 'bob', PASSWORD));
		await whenSynced(fresh.provider);
		await eventually(
			() => readProject(fresh.doc).segments[2]?.target === final[2],
			10_000,
			'reload'
		);
		expect(readProject(fresh.doc).segments.map((s) => s.target)).toEqual(final);
		fresh.provider.destroy();
	}, 90_000);

	it('SIGKILL in the middle of typing loses nothing the server acknowledged', async () => {
		const token = await signIn(server.url, 'alice', PASSWORD);
		const typist = connect(server.url, docName, token);
		await whenSynced(typist.provider);
		const t = new Typist(targetText(typist.doc, 's0'), 0);
		let acknowledged = '';
		typist.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
			if (number === 0) acknowledged = t.typed;
		});
		let killed = false;
		const typing = (async () => {
			for (let i = 0; i < 400; i++) {
				t.type('abcdefghijklmnopqrstuvwxyz'[i % 26]);
				if (i === 150) {
					killed = true;
					void server.kill('SIGKILL');
				}
				await sleep(3);
			}
		})();
		await typing;
		expect(killed).toBe(true);
		await server.kill('SIGKILL');
		// Keep the typist away until the reader has looked: what the reader sees comes from the database.
		typist.provider.configuration.websocketProvider.disconnect();
		const ackedAtKill = acknowledged;
		expect(ackedAtKill.length).toBeGreaterThan(50);

		// The server comes back; a new member who never saw the typist's doc reads the database.
		server = await startServer(backend, server.port);
		const reader = connect(server.url, docName, await signIn(server.url, 'bob', PASSWORD));
		await whenSynced(reader.provider);
		await sleep(300);
		expect(readProject(reader.doc).segments[0].target).toContain(ackedAtKill);

		// The typist comes back and sends the rest; nothing typed is lost.
		typist.provider.configuration.websocketProvider.connect();
		await eventually(
			() => readProject(reader.doc).segments[0].target.includes(t.typed),
			30_000,
			'the rest after reconnect'
		);
		typist.provider.destroy();
		reader.provider.destroy();
	}, 90_000);

	it('roles hold on the server: a viewer reads but its forged update is refused; a non-member gets nothing', async () => {
		const viewer = connect(server.url, docName, tokens.vera);
		await eventually(() => viewer.provider.isSynced, 10_000, 'viewer synced');
		expect(readProject(viewer.doc).segments).toHaveLength(3);
		let refused = 0;
		viewer.provider.on('unsyncedChanges', () => undefined);
		// A forged update: the viewer's client writes anyway.
		targetText(viewer.doc, 's1').insert(0, 'FORGED BY VIEWER ');
		viewer.doc.getMap('meta').set('name', 'hijacked');
		await sleep(800);
		refused = viewer.provider.unsyncedChanges;
		expect(refused).toBeGreaterThan(0); // never acknowledged

		const owner = connect(server.url, docName, await signIn(server.url, 'alice', PASSWORD));
		await whenSynced(owner.provider);
		expect(readProject(owner.doc).segments[1].target).not.toContain('FORGED');
		expect(readProject(owner.doc).project.name).toBe('风华正茂 (team)');

		// A non-member: the connection is refused and the API tells nothing, not even the name.
		const outsider = connect(server.url, docName, tokens.nadia);
		await eventually(() => outsider.failures.length > 0, 10_000, 'refusal');
		expect(outsider.doc.getMap('meta').size).toBe(0);
		const list = await api(server.url, '/api/documents', { token: tokens.nadia });
		expect(list.body.documents).toEqual([]);
		const members = await api(server.url, `/api/documents/${encodeURIComponent(docName)}/members`, {
			token: tokens.nadia
		});
		expect(members.status).toBe(404);
		expect(JSON.stringify(members.body)).not.toContain('风华');
		// A translator cannot change the members; a bad token gets nothing.
		const notOwner = await api(
			server.url,
			`/api/documents/${encodeURIComponent(docName)}/members/nadia`,
			{
				method: 'PUT',
				token: tokens.bob,
				body: { role: 'owner' }
			}
		);
		expect(notOwner.status).toBe(403);
		const forgedToken = connect(server.url, docName, 'not-a-token');
		await eventually(() => forgedToken.failures.length > 0, 10_000, 'bad token refusal');
		for (const m of [viewer, owner, outsider, forgedToken]) m.provider.destroy();
	}, 60_000);

	it('sign-in is rate limited and wrong passwords are refused', async () => {
		const wrong = await api(server.url, '/api/signin', { body: { name: 'bob', password: 'nope' } });
		expect(wrong.status).toBe(401);
		let limited = 0;
		for (let i = 0; i < 12; i++) {
			const r = await api(server.url, '/api/signin', { body: { name: 'bob', password: 'nope' } });
			if (r.status === 429) limited++;
		}
		expect(limited).toBeGreaterThan(0);
	});

	it('a message over the size limit closes the connection and changes nothing', async () => {
		const big = connect(
			server.url,
			docName,
			await signIn(server.url, 'carol', PASSWORD).catch(() => tokens.carol)
		);
		await whenSynced(big.provider);
		targetText(big.doc, 's2').insert(0, 'x'.repeat(9 * 1024 * 1024));
		await sleep(1500);
		const owner = connect(server.url, docName, tokens.alice);
		await whenSynced(owner.provider);
		expect(readProject(owner.doc).segments[2].target).not.toContain('xxxxxxxxxx');
		big.provider.destroy();
		owner.provider.destroy();
		void Y;
	}, 60_000);
});
