import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTermIndex, parseGlossaryFile } from '../../src/lib/domain/glossary/index.ts';
import {
	deeplClient,
	libreTranslateClient,
	mtRequest,
	openAiClient,
	suggest
} from '../../src/lib/domain/mt/index.ts';
import { wait } from '../../src/lib/domain/mt/http.ts';
import { deeplServer, libreTranslateServer, openAiServer, type EngineServer } from './servers.ts';

const paragraphs = [
	'宜春市深化放管服改革。',
	'去年签约金额105亿元，同比增长12%。',
	'开发区新引进企业30家。'
];
const table: Record<string, string> = {
	[paragraphs[0]]: 'Yichun deepened reforms to streamline administration.',
	// wrong on purpose: 105亿元 is 10.5 billion yuan
	[paragraphs[1]]: 'Deals worth 1.05 billion yuan were signed last year, up 12%.',
	[paragraphs[2]]: 'The development zone brought in 30 new companies.'
};

const csv = `zh,en,status
放管服,streamline administration,preferred
放管服,red tape,forbidden
开发区,development zone,
`;
const parsed = parseGlossaryFile(new TextEncoder().encode(csv), 'g.csv');
const glossary = buildTermIndex(parsed.value!.entries);

const fast = { retry: { baseMs: 10 } };
let server: EngineServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

describe('OpenAI-compatible chat completions', () => {
	it('sends model, messages with the glossary and both neighbours, and the Bearer key', async () => {
		server = await openAiServer({ table, key: 'sk-test' });
		const client = openAiClient({
			baseUrl: `${server.url}/v1`,
			model: 'qwen2.5:7b',
			apiKey: 'sk-test',
			...fast
		});
		const result = await suggest(client, mtRequest(paragraphs, 0, glossary));
		expect(result.ok && result.value.target).toBe(table[paragraphs[0]]);
		expect(result.ok && result.value.findings).toEqual([]);
		const sent = server.requests[0];
		expect(sent.headers.authorization).toBe('Bearer sk-test');
		expect(sent.body.model).toBe('qwen2.5:7b');
		const user = (sent.body.messages as { role: string; content: string }[])[1].content;
		expect(user).toContain('放管服 → streamline administration (never: red tape)');
		expect(user).toContain(`Next paragraph (context):\n${paragraphs[1]}`);
		expect(user).not.toContain('Previous paragraph');

		const middle = await client.translate(mtRequest(paragraphs, 1, glossary));
		expect(middle.ok).toBe(true);
		const second = (server.requests[1].body.messages as { content: string }[])[1].content;
		expect(second).toContain(`Previous paragraph (context):\n${paragraphs[0]}`);
		expect(second).toContain(`Next paragraph (context):\n${paragraphs[2]}`);
	});

	it('returns the suggestion with QA findings: a number of the wrong value', async () => {
		server = await openAiServer({ table });
		const client = openAiClient({ baseUrl: `${server.url}/v1`, model: 'm', ...fast });
		const result = await suggest(client, mtRequest(paragraphs, 1, glossary));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.engine).toBe('openai');
		expect(result.value.findings.map((f) => f.code)).toContain('number_different');
	});

	it('retries a 429 honouring Retry-After, then succeeds', async () => {
		server = await openAiServer({ table, rateLimited: 2, retryAfter: '0' });
		const client = openAiClient({ baseUrl: `${server.url}/v1`, model: 'm', ...fast });
		const result = await client.translate(mtRequest(paragraphs, 2));
		expect(result).toEqual({ ok: true, value: table[paragraphs[2]] });
		expect(server.requests).toHaveLength(3);
	});

	it('gives up after the bounded attempts with rate_limited and the asked wait', async () => {
		server = await openAiServer({ table, rateLimited: 10, retryAfter: '0' });
		const client = openAiClient({
			baseUrl: `${server.url}/v1`,
			model: 'm',
			retry: { attempts: 3, baseMs: 1 }
		});
		const result = await client.translate(mtRequest(paragraphs, 2));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error).toMatchObject({ reason: 'rate_limited', status: 429, retryAfter: 0 });
		expect(server.requests).toHaveLength(3);
	});

	it('does not wait for a Retry-After beyond the longest wait', async () => {
		server = await openAiServer({ table, rateLimited: 10, retryAfter: '3600' });
		const client = openAiClient({ baseUrl: `${server.url}/v1`, model: 'm', ...fast });
		const result = await client.translate(mtRequest(paragraphs, 2));
		expect(!result.ok && result.error.retryAfter).toBe(3600);
		expect(server.requests).toHaveLength(1);
	});

	it('turns a refused key into auth with the engine’s message', async () => {
		server = await openAiServer({ table, key: 'sk-right' });
		const client = openAiClient({
			baseUrl: `${server.url}/v1`,
			model: 'm',
			apiKey: 'sk-wrong',
			...fast
		});
		const result = await client.translate(mtRequest(paragraphs, 0));
		expect(!result.ok && result.error).toMatchObject({
			reason: 'auth',
			status: 401,
			detail: 'Incorrect API key provided.'
		});
	});

	it('turns an unreachable address into unreachable, without throwing', async () => {
		server = await openAiServer({ table });
		const url = server.url;
		await server.close();
		server = undefined;
		const client = openAiClient({ baseUrl: `${url}/v1`, model: 'm', ...fast });
		const result = await client.translate(mtRequest(paragraphs, 0));
		expect(!result.ok && result.error.reason).toBe('unreachable');
	});

	it('gives up on a server that never answers with timeout', async () => {
		const silent = createServer(() => undefined);
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		const { port } = silent.address() as AddressInfo;
		const client = openAiClient({
			baseUrl: `http://127.0.0.1:${port}/v1`,
			model: 'm',
			timeoutMs: 200
		});
		const result = await client.translate(mtRequest(paragraphs, 0));
		silent.closeAllConnections();
		await new Promise((resolve) => silent.close(resolve));
		expect(!result.ok && result.error.reason).toBe('timeout');
	});

	it('reports an empty answer as bad_response', async () => {
		server = await openAiServer({ table: {} });
		const client = openAiClient({ baseUrl: `${server.url}/v1`, model: 'm', ...fast });
		const result = await client.translate(mtRequest(paragraphs, 0));
		expect(!result.ok && result.error.reason).toBe('bad_response');
	});
});

describe('DeepL', () => {
	it('creates a v3 glossary of the terms, translates with glossary_id and context, deletes it', async () => {
		server = await deeplServer({ table, key: 'abc:fx' });
		const client = deeplClient({ authKey: 'abc:fx', url: server.url, ...fast });
		const requests = paragraphs.map((_, i) => mtRequest(paragraphs, i, glossary));
		const prepared = await client.prepare!(requests.flatMap((r) => r.terms));
		expect(prepared.ok).toBe(true);
		const result = await suggest(client, requests[1]);
		expect(result.ok && result.value.target).toBe(table[paragraphs[1]]);
		await client.close!();

		const [create, translate, remove] = server.requests;
		expect(create.headers.authorization).toBe('DeepL-Auth-Key abc:fx');
		expect(create.path).toBe('/v3/glossaries');
		expect(create.body.dictionaries).toEqual([
			{
				source_lang: 'zh',
				target_lang: 'en',
				entries: '放管服\tstreamline administration\n开发区\tdevelopment zone',
				entries_format: 'tsv'
			}
		]);
		expect(translate.path).toBe('/v2/translate');
		expect(translate.body).toEqual({
			text: [paragraphs[1]],
			source_lang: 'ZH',
			target_lang: 'EN-US',
			context: `${paragraphs[0]}\n${paragraphs[2]}`,
			glossary_id: 'g-1'
		});
		expect(remove).toMatchObject({ method: 'DELETE', path: '/v3/glossaries/g-1' });
	});

	it('refuses a wrong key with auth (403)', async () => {
		server = await deeplServer({ table, key: 'right' });
		const client = deeplClient({ authKey: 'wrong', url: server.url, ...fast });
		const result = await client.translate(mtRequest(paragraphs, 0));
		expect(!result.ok && result.error).toMatchObject({ reason: 'auth', status: 403 });
	});

	it('retries a 429 with Retry-After', async () => {
		server = await deeplServer({ table, rateLimited: 1, retryAfter: '1' });
		const client = deeplClient({ authKey: 'k', url: server.url, ...fast });
		const result = await client.translate(mtRequest(paragraphs, 2));
		expect(result).toEqual({ ok: true, value: table[paragraphs[2]] });
		expect(server.requests).toHaveLength(2);
	});
});

describe('LibreTranslate', () => {
	it('sends q, source zh, target en, format text and the api_key', async () => {
		server = await libreTranslateServer({ table, key: 'lt-key' });
		const client = libreTranslateClient({ url: server.url, apiKey: 'lt-key', ...fast });
		const result = await client.translate(mtRequest(paragraphs, 2, glossary));
		expect(result).toEqual({ ok: true, value: table[paragraphs[2]] });
		expect(server.requests[0].body).toEqual({
			q: paragraphs[2],
			source: 'zh',
			target: 'en',
			format: 'text',
			api_key: 'lt-key'
		});
	});

	it('switches to zh-Hans once when the server does not support zh', async () => {
		server = await libreTranslateServer({ table, sourceCodes: ['zh-Hans', 'en'] });
		const client = libreTranslateClient({ url: server.url, ...fast });
		expect((await client.translate(mtRequest(paragraphs, 0))).ok).toBe(true);
		expect((await client.translate(mtRequest(paragraphs, 2))).ok).toBe(true);
		expect(server.requests.map((r) => r.body.source)).toEqual(['zh', 'zh-Hans', 'zh-Hans']);
	});

	it('turns "Invalid API key" into auth', async () => {
		server = await libreTranslateServer({ table, key: 'lt-key' });
		const client = libreTranslateClient({ url: server.url, ...fast });
		const result = await client.translate(mtRequest(paragraphs, 0));
		expect(!result.ok && result.error).toMatchObject({
			reason: 'auth',
			status: 403,
			detail: 'Invalid API key'
		});
	});
});

describe('Cancel (an AbortSignal)', () => {
	const engines = [
		[
			'OpenAI-compatible',
			openAiServer,
			(url: string, o: object) => openAiClient({ baseUrl: `${url}/v1`, model: 'm', ...o })
		],
		['DeepL', deeplServer, (url: string, o: object) => deeplClient({ authKey: 'k', url, ...o })],
		[
			'LibreTranslate',
			libreTranslateServer,
			(url: string, o: object) => libreTranslateClient({ url, ...o })
		]
	] as const;

	it.each(engines)(
		'%s: aborts a slow answer under way, rejects with the reason, no retry',
		async (_, start, make) => {
			server = await start({ table, delayMs: 20_000 });
			const controller = new AbortController();
			const client = make(server.url, { ...fast, signal: controller.signal });
			const asking = client.translate(mtRequest(paragraphs, 0));
			const running = server;
			await expect.poll(() => running.requests.length).toBe(1);
			controller.abort();
			await expect(asking).rejects.toMatchObject({ name: 'AbortError' });
			expect(server.requests).toHaveLength(1);
		}
	);

	it('aborts a rate-limit back-off wait without another attempt', async () => {
		server = await openAiServer({ table, rateLimited: 10, retryAfter: '30' });
		const controller = new AbortController();
		let waits = 0;
		const client = openAiClient({
			baseUrl: `${server.url}/v1`,
			model: 'm',
			signal: controller.signal,
			sleep: (ms, signal) => {
				waits++;
				return wait(ms, signal);
			}
		});
		const asking = client.translate(mtRequest(paragraphs, 0));
		await expect.poll(() => waits).toBe(1);
		controller.abort(new Error('cancelled by the translator'));
		await expect(asking).rejects.toThrow('cancelled by the translator');
		expect(server.requests).toHaveLength(1);
	});

	it('does not start a request when already cancelled', async () => {
		server = await openAiServer({ table });
		const client = openAiClient({
			baseUrl: `${server.url}/v1`,
			model: 'm',
			signal: AbortSignal.abort()
		});
		await expect(client.translate(mtRequest(paragraphs, 0))).rejects.toMatchObject({
			name: 'AbortError'
		});
		expect(server.requests).toHaveLength(0);
	});
});
