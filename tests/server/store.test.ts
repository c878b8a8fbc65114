/**
 * The server's store on SQLite and on the real PostgreSQL: versioned migrations, and the
 * snapshot + update log that keeps every acknowledged update.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LATEST_VERSION } from '../../src/server/migrations.ts';
import { openStore, type StoreOptions } from '../../src/server/store.ts';
import { dropSchema, PG_URL, tempDir, uniqueName, removeTempDirs } from './helpers.ts';

// Registered first, so it runs last: after the servers of this file have stopped.
afterAll(removeTempDirs);

const schema = uniqueName('duiyi_store');
const setups: { label: string; options: StoreOptions }[] = [
	{ label: 'SQLite', options: { dataDir: tempDir() } },
	{ label: 'PostgreSQL', options: { dataDir: tempDir(), databaseUrl: PG_URL, pgSchema: schema } }
];

afterAll(() => dropSchema(schema));

describe.each(setups)('store on $label', ({ options }) => {
	it('migrates once, then finds the latest version', async () => {
		const first = await openStore(options);
		await first.close();
		const again = await openStore(options);
		expect(await again.migrate()).toBe(LATEST_VERSION);
		await again.close();
	});

	it('keeps logged updates until a stored snapshot contains them, and never drops an older snapshot', async () => {
		const store = await openStore(options);
		await store.addUser({ name: 'li', passwordHash: 'x', admin: false, createdAt: 1 });
		expect(
			await store.createDocument({ name: 'project:s', kind: 'project', title: 'S' }, 'li', 1)
		).toBe(true);
		expect(
			await store.createDocument({ name: 'project:s', kind: 'project', title: 'S' }, 'li', 1)
		).toBe(false);

		const server = new Y.Doc();
		const updates: Uint8Array[] = [];
		server.on('update', (u: Uint8Array) => updates.push(u));
		server.getText('t').insert(0, 'one ');
		server.getText('t').insert(4, 'two ');
		for (const u of updates) await store.appendUpdate('project:s', u, 2);

		// A snapshot taken after the first update only: the second stays in the log.
		const early = new Y.Doc();
		Y.applyUpdate(early, updates[0]);
		const snap = Y.snapshot(early);
		const merge = (old: Uint8Array | null, s: Uint8Array) => (old ? Y.mergeUpdates([old, s]) : s);
		await store.storeState(
			'project:s',
			Y.encodeStateAsUpdate(early),
			merge,
			(u) => Y.snapshotContainsUpdate(snap, u),
			3
		);
		let loaded = await store.loadState('project:s');
		expect(loaded.updates).toHaveLength(1);

		// A process that missed the second update stores later: the log and merge keep it.
		const another = new Y.Doc();
		another.getText('u').insert(0, 'elsewhere');
		await store.appendUpdate('project:s', Y.encodeStateAsUpdate(another), 4);
		const onlyOther = Y.snapshot(another);
		await store.storeState(
			'project:s',
			Y.encodeStateAsUpdate(another),
			merge,
			(u) => Y.snapshotContainsUpdate(onlyOther, u),
			5
		);
		loaded = await store.loadState('project:s');
		const back = new Y.Doc();
		Y.applyUpdate(back, Y.mergeUpdates([loaded.snapshot!, ...loaded.updates.map((u) => u.data)]));
		expect(back.getText('t').toString()).toBe('one two ');
		expect(back.getText('u').toString()).toBe('elsewhere');
		await store.close();
	});
});
