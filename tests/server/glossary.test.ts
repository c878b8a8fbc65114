/**
 * A shared glossary through the real server and the app's own sync code (GlossarySync over
 * Dexie and y-indexeddb, here on fake IndexedDB): its owner shares it, a translator opens it,
 * edits it offline, and both end with the same entries; a viewer's changes are refused by the
 * server; what the server reads back after a restart has it all.
 */
import Dexie from 'dexie';
import { afterAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createRepos, type Repos } from '../../src/lib/db/repos/index.ts';
import { DuiyiDB } from '../../src/lib/db/schema.ts';
import { GlossarySync } from '../../src/lib/state/glossary-sync.svelte.ts';
import { GlossarySyncs } from '../../src/lib/state/glossary-syncs.svelte.ts';
import { TeamState, type TeamSession } from '../../src/lib/state/team.svelte.ts';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import { readGlossary } from '../../src/lib/sync/glossary-doc.ts';
import type { TermEntry } from '../../src/lib/domain/types.ts';
import {
	addUsers,
	connect,
	eventually,
	shareDocument,
	signIn,
	sleep,
	sqliteBackend,
	startServer,
	type RunningServer,
	removeTempDirs
} from './helpers.ts';

// The provider in the app uses the browser's WebSocket. A browser's socket closed while still
// connecting (a sync stopped at once) reports nothing; Node's `ws` throws unless it is listened to.
class BrowserLikeWebSocket extends WebSocket {
	constructor(...args: ConstructorParameters<typeof WebSocket>) {
		super(...args);
		this.on('error', () => undefined);
	}
}
(globalThis as { WebSocket?: unknown }).WebSocket ??= BrowserLikeWebSocket;

afterAll(removeTempDirs);

const PASSWORD = 'glossary pass 1';
const backend = sqliteBackend();
let server: RunningServer | undefined;
const dbs: DuiyiDB[] = [];
const syncs: GlossarySync[] = [];
afterAll(async () => {
	for (const s of syncs) s.stop();
	await server?.kill('SIGTERM');
	for (const db of dbs) {
		db.close();
		await Dexie.delete(db.name);
	}
});

function browser(): Repos {
	const db = new DuiyiDB(`member-${Math.random()}`);
	dbs.push(db);
	return createRepos(db);
}

async function session(user: string): Promise<TeamSession> {
	return {
		server: server!.url,
		user,
		token: await signIn(server!.url, user, PASSWORD),
		expiresAt: Date.now() + 3_600_000
	};
}

const term = (zh: string, en: string) => ({
	terms: [
		{ lang: 'zh', text: zh, status: 'preferred' as const },
		{ lang: 'en', text: en, status: 'preferred' as const }
	]
});

/** Opens a team glossary as the team list does (through the app's background syncs). */
async function openSharedGlossary(repos: Repos, team: TeamSession, name: string): Promise<string> {
	const state = new TeamState(repos);
	state.session = team;
	const background = new GlossarySyncs(repos, state);
	const stop = background.run();
	try {
		return await background.open(team, name);
	} finally {
		stop();
	}
}

const view = (entries: TermEntry[]) =>
	entries
		.map((e) => `${e.terms.map((t) => t.text).join('=')}${e.note ? ` (${e.note})` : ''}`)
		.sort();

it('a glossary shared with the team: opened, edited offline by a member, merged; a viewer refused', async () => {
	addUsers(backend, ['alice', 'bob', 'vera'], PASSWORD);
	server = await startServer(backend);
	const [alice, bob, vera] = [browser(), browser(), browser()];
	const glossary = await alice.glossaries.create('园区术语', [
		term('经开区', 'ETDZ'),
		term('产业集群', 'industrial cluster')
	]);
	const aliceSession = await session('alice');
	const name = await shareDocument(
		server.url,
		aliceSession.token,
		{ kind: 'glossary', id: glossary.id, title: '园区术语' },
		{ bob: 'translator', vera: 'viewer' }
	);
	await alice.shared.setLink(name, { server: server.url, document: name });
	const a = new GlossarySync(alice, { server: server.url, document: name }, aliceSession);
	syncs.push(a);
	await a.start(true);
	a.follow();
	await a.whenReady();

	// Bob opens it from the team list: it is in his glossary list with its entries.
	const bobSession = await session('bob');
	expect(await openSharedGlossary(bob, bobSession, name)).toBe(glossary.id);
	expect((await bob.glossaries.list()).map((g) => g.name)).toEqual(['园区术语']);
	expect(view(await bob.glossaries.entries([glossary.id]))).toEqual(
		view(await alice.glossaries.entries([glossary.id]))
	);

	// Bob works on it with the network off: a note on one entry, a new entry.
	const b = new GlossarySync(bob, { server: server.url, document: name }, bobSession);
	syncs.push(b);
	await b.start();
	b.follow();
	await b.whenReady();
	(
		b as unknown as {
			provider: { configuration: { websocketProvider: { disconnect(): void; connect(): void } } };
		}
	).provider.configuration.websocketProvider.disconnect();
	const [etdz, cluster] = (await bob.glossaries.entries([glossary.id])).sort((x, y) =>
		x.terms[0].text.localeCompare(y.terms[0].text)
	);
	const first = etdz.terms[0].text === '经开区' ? etdz : cluster;
	await bob.glossaries.putEntry({ ...first, note: 'bob: not 开发区' });
	await bob.glossaries.putEntry({
		id: 'new-entry',
		glossaryIds: [glossary.id],
		...term('首位产业', 'leading industry'),
		createdAt: Date.now(),
		updatedAt: Date.now()
	});
	// Meanwhile Alice deletes the other entry.
	const other = (await alice.glossaries.entries([glossary.id])).find((e) => e.id !== first.id)!;
	await alice.glossaries.removeEntryFrom(glossary.id, other.id);
	await sleep(300);
	(
		b as unknown as { provider: { configuration: { websocketProvider: { connect(): void } } } }
	).provider.configuration.websocketProvider.connect();

	const expected = ['经开区=ETDZ (bob: not 开发区)', '首位产业=leading industry'];
	for (const repos of [alice, bob]) {
		await expect
			.poll(async () => view(await repos.glossaries.entries([glossary.id])), { timeout: 20_000 })
			.toEqual(expected);
	}

	// Alice renames it: Bob's copy takes the new name.
	await alice.glossaries.rename(glossary.id, '园区术语表');
	await expect
		.poll(async () => (await bob.glossaries.list()).map((g) => g.name), { timeout: 20_000 })
		.toEqual(['园区术语表']);

	// Vera, a viewer, changes her copy anyway (a forged client): the server refuses it.
	const veraSession = await session('vera');
	await openSharedGlossary(vera, veraSession, name);
	const v = new GlossarySync(vera, { server: server.url, document: name }, veraSession);
	syncs.push(v);
	await v.start();
	v.follow();
	await v.whenReady();
	await vera.glossaries.putEntry({
		id: 'forged',
		glossaryIds: [glossary.id],
		...term('伪造', 'forged'),
		createdAt: Date.now(),
		updatedAt: Date.now()
	});
	await sleep(1500);
	expect(view(await alice.glossaries.entries([glossary.id]))).toEqual(expected);

	// After a restart the server reads it all back from its database.
	for (const s of syncs.splice(0)) s.stop();
	await server.kill('SIGTERM');
	server = await startServer(backend, server.port);
	const reader = connect(server.url, name, await signIn(server.url, 'bob', PASSWORD));
	await whenSynced(reader.provider);
	await eventually(() => readGlossary(reader.doc).entries.length === 2, 10_000, 'reload');
	expect(view(readGlossary(reader.doc).entries.map((e) => ({ ...e, glossaryIds: [] })))).toEqual(
		expected
	);
	reader.provider.destroy();
}, 120_000);
