/**
 * Two `duiyi serve` processes sharing the real PostgreSQL and Redis: members connected to
 * different processes type into the same paragraph and see each other's every keystroke; after
 * both processes stop, a restarted one reads everything back from the database.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import { readProject, targetText, writeProject } from '../../src/lib/sync/project-doc.ts';
import {
	addUsers,
	connect,
	dropBackend,
	eventually,
	postgresBackend,
	shareDocument,
	signIn,
	sleep,
	startServer,
	Typist,
	uniqueName,
	type RunningServer,
	removeTempDirs
} from './helpers.ts';

// Registered first, so it runs last: after the servers of this file have stopped.
afterAll(removeTempDirs);

const PASSWORD = 'correct horse 2';
const backend = postgresBackend({ redis: true, prefix: 'duiyi_redis' });
const servers: RunningServer[] = [];

afterAll(async () => {
	await Promise.all(servers.map((s) => s.kill('SIGTERM')));
	await dropBackend(backend);
});

describe('two server processes behind Redis', () => {
	it('converge keystroke by keystroke and keep everything in the shared database', async () => {
		addUsers(backend, ['alice', 'bob'], PASSWORD);
		const [one, two] = [await startServer(backend), await startServer(backend)];
		servers.push(one, two);
		const alice = await signIn(one.url, 'alice', PASSWORD);
		const bob = await signIn(two.url, 'bob', PASSWORD); // a session works on either process
		const id = uniqueName('r').replace(/_/g, '-');
		// Shared through the second process: a session and a document work on either.
		const name = await shareDocument(
			two.url,
			alice,
			{ kind: 'project', id, title: 'T' },
			{ bob: 'translator' }
		);

		const a = connect(one.url, name, alice);
		writeProject(
			a.doc,
			{
				project: {
					id,
					name: 'T',
					sourceLang: 'zh-CN',
					targetLang: 'en',
					glossaryIds: [],
					createdAt: 1
				},
				segments: [
					{
						id: 's0',
						projectId: id,
						order: 0,
						kind: 'body',
						source: '段落。',
						target: '',
						status: 'new',
						locked: false,
						provenance: 'typed',
						updatedAt: 1
					}
				],
				annotations: [],
				revisions: [],
				confirmed: []
			},
			'alice'
		);
		await whenSynced(a.provider);
		const b = connect(two.url, name, bob);
		await whenSynced(b.provider);
		await eventually(
			() => readProject(b.doc).segments.length === 1,
			10_000,
			'project on the second process'
		);

		const ta = new Typist(targetText(a.doc, 's0'), 0);
		const tb = new Typist(targetText(b.doc, 's0'), 0);
		for (let i = 0; i < 80; i++) {
			ta.type('Alice on one '[i % 13]);
			tb.type('Bob on two '[i % 11]);
			await sleep(Math.random() * 6);
		}
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
		await eventually(
			() => [a, b].every((m) => targetText(m.doc, 's0').toString().length === 160),
			20_000,
			'both replicas complete'
		);
		const text = targetText(a.doc, 's0').toString();
		expect(targetText(b.doc, 's0').toString()).toBe(text);
		expect(text).toContain(ta.typed);
		expect(text).toContain(tb.typed);
		a.provider.destroy();
		b.provider.destroy();

		await Promise.all(servers.splice(0).map((s) => s.kill('SIGKILL')));
		const again = await startServer(backend);
		servers.push(again);
		const reader = connect(again.url, name, await signIn(again.url, 'bob', PASSWORD));
		await whenSynced(reader.provider);
		await eventually(
			() => targetText(reader.doc, 's0').toString() === text,
			10_000,
			'database has it all'
		);
		reader.provider.destroy();
	}, 90_000);
});
