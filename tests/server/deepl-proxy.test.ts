/**
 * DeepL through `duiyi serve` (issue 17): a signed-in member uses the app's own DeepL client
 * with the team server as its address and the team token as its key; the server forwards to
 * DeepL (here the local protocol server of tests/mt) with the team's key, which never leaves
 * it. Without a sign-in, or on a server with no key, the member gets a clear refusal.
 */
import { afterAll, expect, it } from 'vitest';
import { deeplClient, deeplThroughTeamServer } from '../../src/lib/domain/mt/index.ts';
import { deeplServer, type EngineServer } from '../mt/servers.ts';
import {
	addUsers,
	api,
	signIn,
	sqliteBackend,
	startServer,
	type RunningServer,
	removeTempDirs
} from './helpers.ts';

afterAll(removeTempDirs);

const PASSWORD = 'deepl pass 1';
const TEAM_KEY = 'team-secret-key:fx';
const source = '宜春市深化放管服改革。';
const english = 'Yichun deepened reforms to streamline administration.';
const fast = { retry: { baseMs: 10 } };
let deepl: EngineServer | undefined;
const servers: RunningServer[] = [];
afterAll(async () => {
	await Promise.all(servers.map((s) => s.kill('SIGTERM')));
	await deepl?.close();
});

it('a signed-in member translates with DeepL through the team server; the key stays on it', async () => {
	deepl = await deeplServer({ table: { [source]: english }, key: TEAM_KEY });
	const backend = sqliteBackend({ DEEPL_AUTH_KEY: TEAM_KEY, DUIYI_DEEPL_URL: deepl.url });
	addUsers(backend, ['li'], PASSWORD);
	const server = await startServer(backend);
	servers.push(server);
	const token = await signIn(server.url, 'li', PASSWORD);

	const client = deeplClient({ ...deeplThroughTeamServer(server.url, token), ...fast });
	const terms = [
		{ start: 4, end: 7, zh: '放管服', en: ['streamline administration'], forbidden: [] }
	];
	expect((await client.prepare!(terms)).ok).toBe(true);
	const result = await client.translate({ source, terms });
	expect(result).toEqual({ ok: true, value: english });
	await client.close!();

	// DeepL saw the team's key, the glossary, and never the member's token.
	expect(deepl.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		'POST /v3/glossaries',
		'POST /v2/translate',
		'DELETE /v3/glossaries/g-1'
	]);
	for (const r of deepl.requests) {
		expect(r.headers.authorization).toBe(`DeepL-Auth-Key ${TEAM_KEY}`);
		expect(JSON.stringify(r)).not.toContain(token);
	}
	expect(deepl.requests[1].body.glossary_id).toBe('g-1');

	// No sign-in: refused before anything reaches DeepL; other DeepL endpoints are not forwarded.
	const before = deepl.requests.length;
	const stranger = deeplClient({ ...deeplThroughTeamServer(server.url, 'not-a-token'), ...fast });
	const refused = await stranger.translate({ source, terms: [] });
	expect(refused.ok).toBe(false);
	expect(!refused.ok && refused.error.reason).toBe('auth');
	const usage = await fetch(`${server.url}/api/mt/deepl/v2/usage`, {
		headers: { authorization: `DeepL-Auth-Key ${token}` }
	});
	expect(usage.status).toBe(404);
	expect(deepl.requests.length).toBe(before);
	// The team's key is not in anything the API answers.
	expect(JSON.stringify((await api(server.url, '/api/me', { token })).body)).not.toContain(
		TEAM_KEY
	);
}, 60_000);

it('a team server without a DeepL key says so, and changes nothing', async () => {
	const backend = sqliteBackend({ DEEPL_AUTH_KEY: '' });
	addUsers(backend, ['li'], PASSWORD);
	const server = await startServer(backend);
	servers.push(server);
	const token = await signIn(server.url, 'li', PASSWORD);
	const client = deeplClient({ ...deeplThroughTeamServer(server.url, token), ...fast });
	const result = await client.translate({ source, terms: [] });
	expect(result.ok).toBe(false);
	expect(!result.ok && result.error.reason).toBe('server');
	expect(!result.ok && result.error.detail).toContain('DEEPL_AUTH_KEY');
}, 60_000);
