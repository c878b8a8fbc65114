/**
 * The name of a shared document is part of it: a translator's rename reaches the other members
 * and the server's document list; a viewer's forged rename is refused by the server, before and
 * after a restart.
 */
import { afterAll, expect, it } from 'vitest';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import { carryRename, sharedName } from '../../src/lib/sync/name.ts';
import {
	addUsers,
	api,
	connect,
	eventually,
	removeTempDirs,
	shareDocument,
	signIn,
	sleep,
	sqliteBackend,
	startServer,
	type RunningServer
} from './helpers.ts';

const PASSWORD = 'rename pass 1';
const backend = sqliteBackend();
let server: RunningServer | undefined;
afterAll(async () => {
	await server?.kill('SIGTERM');
	removeTempDirs();
});

async function title(token: string, name: string): Promise<string | undefined> {
	const { body } = await api(server!.url, '/api/documents', { token });
	return (body.documents as { name: string; title: string }[]).find((d) => d.name === name)?.title;
}

it('a rename is shared and listed; a viewer’s forged rename is refused', async () => {
	addUsers(backend, ['alice', 'bob', 'vera'], PASSWORD);
	server = await startServer(backend);
	const [aliceToken, bobToken, veraToken] = await Promise.all(
		['alice', 'bob', 'vera'].map((u) => signIn(server!.url, u, PASSWORD))
	);
	const name = await shareDocument(
		server.url,
		aliceToken,
		{ kind: 'glossary', id: 'g-rename', title: 'Old name' },
		{ bob: 'translator', vera: 'viewer' }
	);
	const alice = connect(server.url, name, aliceToken);
	await whenSynced(alice.provider);
	alice.doc.getMap('meta').set('name', 'Old name');
	await whenSynced(alice.provider);

	// Bob, a translator, renames it: Alice has the new name, and so do the lists.
	const bob = connect(server.url, name, bobToken);
	await whenSynced(bob.provider);
	await eventually(() => sharedName(bob.doc) === 'Old name', 10_000, 'bob fed');
	expect(carryRename(bob.doc, 'Old name', 'New name')).toBe(true);
	// A replica whose name is what it was fed writes nothing (news is never reverted).
	expect(carryRename(alice.doc, 'Old name', 'Old name')).toBe(false);
	await eventually(() => sharedName(alice.doc) === 'New name', 10_000, 'rename at alice');
	await expect.poll(() => title(veraToken, name), { timeout: 20_000 }).toBe('New name');

	// Vera, a viewer, forges a rename: the server does not take it.
	const vera = connect(server.url, name, veraToken);
	await whenSynced(vera.provider);
	await eventually(() => sharedName(vera.doc) === 'New name', 10_000, 'vera fed');
	vera.doc.getMap('meta').set('name', 'Forged by vera');
	await sleep(2_500);
	expect(sharedName(alice.doc)).toBe('New name');
	expect(await title(aliceToken, name)).toBe('New name');

	// The health check counts the open document and the three connections to it.
	const health = await api(server.url, '/healthz');
	expect(health.status).toBe(200);
	expect(health.body).toEqual({ ok: true, documents: 1, connections: 3 });

	// After a restart the server still has the translator's name.
	for (const c of [alice, bob, vera]) c.provider.destroy();
	await server.kill('SIGTERM');
	server = await startServer(backend, server.port);
	const reader = connect(server.url, name, await signIn(server.url, 'bob', PASSWORD));
	await whenSynced(reader.provider);
	await eventually(() => sharedName(reader.doc) !== '', 10_000, 'reload');
	expect(sharedName(reader.doc)).toBe('New name');
	expect(await title(bobToken, name)).toBe('New name');
	reader.provider.destroy();
}, 120_000);
