/** Tokens expire: after DUIYI_TOKEN_TTL_SECONDS the API and the sync endpoint refuse them. */
import { afterAll, expect, it } from 'vitest';
import {
	api,
	cli,
	connect,
	eventually,
	signIn,
	sleep,
	sqliteBackend,
	startServer,
	type RunningServer,
	removeTempDirs
} from './helpers.ts';

// Registered first, so it runs last: after the servers of this file have stopped.
afterAll(removeTempDirs);

const backend = sqliteBackend({ DUIYI_TOKEN_TTL_SECONDS: '2' });
let server: RunningServer | undefined;
afterAll(async () => server?.kill('SIGTERM'));

it('an expired sign-in gets nothing from the API or the sync endpoint', async () => {
	expect(cli(['user', 'add', 'li'], backend, 'a long password\n').status).toBe(0);
	server = await startServer(backend);
	const token = await signIn(server.url, 'li', 'a long password');
	const created = await api(server.url, '/api/documents', {
		token,
		body: { kind: 'project', id: 'p1', title: 'T' }
	});
	expect(created.status).toBe(201);
	expect((await api(server.url, '/api/documents', { token })).status).toBe(200);
	await sleep(2500);
	expect((await api(server.url, '/api/documents', { token })).status).toBe(401);
	const late = connect(server.url, 'project:p1', token);
	await eventually(() => late.failures.length > 0, 10_000, 'refusal');
	late.provider.destroy();
});
