import { describe, expect, it } from 'vitest';
import { deeplBaseUrl, glossaryTsv } from './deepl.ts';
import { completionText, openAiClient } from './openai.ts';
import { checkSuggestion, mtRequest } from './suggest.ts';

describe('completionText', () => {
	it('reads choices[0].message.content, or nothing from other shapes', () => {
		expect(completionText({ choices: [{ message: { role: 'assistant', content: 'Hi.' } }] })).toBe(
			'Hi.'
		);
		expect(completionText({ choices: [] })).toBeUndefined();
		expect(completionText({ choices: [{ message: { content: null } }] })).toBeUndefined();
		expect(completionText({ error: { message: 'x' } })).toBeUndefined();
		expect(completionText(null)).toBeUndefined();
	});
});

describe('DeepL', () => {
	it('sends free keys (":fx") to api-free and pro keys to api', () => {
		expect(deeplBaseUrl('0a1b-2c:fx')).toBe('https://api-free.deepl.com');
		expect(deeplBaseUrl('0a1b-2c')).toBe('https://api.deepl.com');
	});

	it('writes one TSV row per Chinese term, first preferred English, no tabs inside', () => {
		expect(
			glossaryTsv([
				{ start: 0, end: 3, zh: '放管服', en: ['streamline\tadministration'], forbidden: [] },
				{ start: 5, end: 8, zh: '放管服', en: ['other'], forbidden: [] },
				{ start: 0, end: 2, zh: '只禁', en: [], forbidden: ['x'] }
			])
		).toBe('放管服\tstreamline administration');
	});
});

describe('mtRequest and checkSuggestion', () => {
	it('gives neighbours as context and checks numbers by value', () => {
		const paragraphs = ['甲。', '签约金额105亿元。', '丙。'];
		const request = mtRequest(paragraphs, 1);
		expect(request).toEqual({ source: paragraphs[1], previous: '甲。', next: '丙。', terms: [] });
		expect(checkSuggestion(request, 'Deals worth 10.5 billion yuan were signed.')).toEqual([]);
		const wrong = checkSuggestion(request, 'Deals worth 1.05 billion yuan were signed.');
		expect(wrong.map((f) => f.code)).toEqual(['number_different']);
	});

	it('checks the request’s glossary terms', () => {
		const request = {
			source: '深化放管服改革。',
			terms: [
				{
					start: 2,
					end: 5,
					zh: '放管服',
					en: ['streamline administration'],
					forbidden: ['red tape']
				}
			]
		};
		const findings = checkSuggestion(request, 'Cut red tape further.');
		expect(findings.map((f) => f.code)).toContain('glossary_forbidden');
	});
});

describe('OpenAI error answers', () => {
	const answer = (status: number, body: unknown) => {
		let calls = 0;
		const fetch = (async () => {
			calls++;
			return new Response(JSON.stringify(body), { status });
		}) as typeof globalThis.fetch;
		const client = openAiClient({
			baseUrl: 'http://llm/v1',
			model: 'm',
			fetch,
			retry: { baseMs: 1 }
		});
		return { client, calls: () => calls };
	};

	it('an exhausted quota (429 insufficient_quota) is quota and is not retried', async () => {
		const { client, calls } = answer(429, {
			error: { message: 'You exceeded your current quota', code: 'insufficient_quota' }
		});
		const result = await client.translate({ source: '甲。', terms: [] });
		expect(!result.ok && result.error.reason).toBe('quota');
		expect(calls()).toBe(1);
	});

	it('a context overflow (400 context_length_exceeded) is too_long', async () => {
		const { client } = answer(400, {
			error: { message: 'maximum context length is 4096 tokens', code: 'context_length_exceeded' }
		});
		const result = await client.translate({ source: '甲。', terms: [] });
		expect(!result.ok && result.error.reason).toBe('too_long');
	});
});
