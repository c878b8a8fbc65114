import { describe, expect, it } from 'vitest';
import { EMPTY_MT_SETTINGS, missingFields, mtClient, type MtSettings } from './config.ts';

const settings = (patch: Partial<MtSettings>): MtSettings => ({
	...structuredClone(EMPTY_MT_SETTINGS),
	...patch
});

describe('MT settings', () => {
	it('gives no client until an engine is chosen and complete', () => {
		expect(mtClient(EMPTY_MT_SETTINGS, {})).toBeNull();
		const openai = settings({ engine: 'openai', openai: { baseUrl: 'http://x/v1', model: '' } });
		expect(missingFields(openai, {}, 'openai')).toEqual(['model']);
		expect(mtClient(openai, {})).toBeNull();
		openai.openai.model = 'qwen2.5:7b';
		expect(mtClient(openai, {})?.engineName).toBe('qwen2.5:7b');
		expect(missingFields(settings({ engine: 'deepl' }), {}, 'deepl')).toEqual(['key']);
		expect(missingFields(settings({}), {}, 'libretranslate')).toEqual(['url']);
	});

	it('sends DeepL requests to the plan’s address, or to a proxy when one is given', async () => {
		const urls: string[] = [];
		const fetch = (async (url: string) => {
			urls.push(url);
			return new Response(JSON.stringify({ translations: [{ text: 'x' }] }), { status: 200 });
		}) as unknown as typeof globalThis.fetch;
		const ask = (s: MtSettings) =>
			mtClient(s, { deepl: 'k' }, { fetch })!.translate({ source: '一', terms: [] });
		await ask(settings({ engine: 'deepl', deepl: { plan: 'free', url: '' } }));
		await ask(settings({ engine: 'deepl', deepl: { plan: 'pro', url: '' } }));
		await ask(settings({ engine: 'deepl', deepl: { plan: 'pro', url: 'http://localhost:8080/' } }));
		expect(urls).toEqual([
			'https://api-free.deepl.com/v2/translate',
			'https://api.deepl.com/v2/translate',
			'http://localhost:8080/v2/translate'
		]);
	});
});
