import { describe, expect, it } from 'vitest';
import { errorDetail, parseRetryAfter, postJson, reasonOfStatus } from './http.ts';

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('2')).toBe(2);
		expect(parseRetryAfter(' 0 ')).toBe(0);
		const now = Date.parse('Mon, 07 Dec 2026 05:00:00 GMT');
		expect(parseRetryAfter('Mon, 07 Dec 2026 05:00:30 GMT', now)).toBe(30);
		expect(parseRetryAfter('Mon, 07 Dec 2026 04:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter(null)).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
	});
});

describe('errorDetail', () => {
	it('finds the message in each engine’s error shape', () => {
		expect(errorDetail('{"error":{"message":"Incorrect API key provided.","code":"x"}}')).toBe(
			'Incorrect API key provided.'
		);
		expect(errorDetail('{"message":"Quota exceeded"}')).toBe('Quota exceeded');
		expect(errorDetail('{"error":"Invalid API key"}')).toBe('Invalid API key');
		expect(errorDetail('<html>\n Bad   gateway </html>')).toBe('<html> Bad gateway </html>');
	});
});

describe('reasonOfStatus', () => {
	it.each([
		[401, 'auth'],
		[403, 'auth'],
		[404, 'not_found'],
		[429, 'rate_limited'],
		[456, 'quota'],
		[413, 'too_long'],
		[400, 'bad_request'],
		[503, 'server']
	] as const)('%i → %s', (status, reason) => {
		expect(reasonOfStatus(status)).toBe(reason);
	});
});

describe('postJson back-off', () => {
	it('doubles the wait on 503 without Retry-After, within the attempts', async () => {
		const waits: number[] = [];
		let calls = 0;
		const fetch = (async () => {
			calls++;
			return calls < 3
				? new Response('{"error":"busy"}', { status: 503 })
				: new Response('{"ok":1}', { status: 200 });
		}) as typeof globalThis.fetch;
		const result = await postJson(
			'http://engine/x',
			{},
			{},
			{
				fetch,
				retry: { baseMs: 100 },
				sleep: async (ms) => {
					waits.push(ms);
				}
			}
		);
		expect(result).toEqual({ ok: true, value: { ok: 1 } });
		expect(waits).toEqual([100, 200]);
	});

	it('does not retry a refused key', async () => {
		let calls = 0;
		const fetch = (async () => {
			calls++;
			return new Response('{"message":"Forbidden"}', { status: 403 });
		}) as typeof globalThis.fetch;
		const result = await postJson('http://engine/x', {}, {}, { fetch });
		expect(!result.ok && result.error).toEqual({
			reason: 'auth',
			status: 403,
			detail: 'Forbidden'
		});
		expect(calls).toBe(1);
	});

	it('reports a non-JSON success as bad_response', async () => {
		const fetch = (async () => new Response('<html>', { status: 200 })) as typeof globalThis.fetch;
		const result = await postJson('http://engine/x', {}, {}, { fetch });
		expect(!result.ok && result.error.reason).toBe('bad_response');
	});
});
