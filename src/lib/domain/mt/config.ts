/**
 * The engines a translator configured in Settings, and the client for the one in use. Keys are
 * kept apart from the rest (MtKeys) so a backup can leave them out. Nothing here talks to an
 * engine: a client exists only once an engine is chosen and complete.
 */
import type { MtEngine } from '../types.ts';
import { deeplClient } from './deepl.ts';
import type { MtClient } from './engine.ts';
import type { HttpOptions } from './http.ts';
import { libreTranslateClient } from './libretranslate.ts';
import { openAiClient } from './openai.ts';

export interface MtSettings {
	/** The engine in use; null until the translator chooses one (nothing is sent before). */
	engine: MtEngine | null;
	openai: { baseUrl: string; model: string };
	/** `url`: a proxy (such as `duiyi serve`'s) in place of DeepL's own address. */
	deepl: { plan: 'free' | 'pro'; url: string };
	libretranslate: { url: string };
}

/** API keys by engine: stored on this device only, and in a backup only when asked for. */
export type MtKeys = Partial<Record<MtEngine, string>>;

export const EMPTY_MT_SETTINGS: MtSettings = {
	engine: null,
	openai: { baseUrl: '', model: '' },
	deepl: { plan: 'free', url: '' },
	libretranslate: { url: '' }
};

/** What an engine still lacks before it can be asked ('baseUrl', 'model', 'key', 'url'). */
export function missingFields(settings: MtSettings, keys: MtKeys, engine: MtEngine): string[] {
	const blank = (s: string | undefined) => !s?.trim();
	if (engine === 'openai')
		return [
			...(blank(settings.openai.baseUrl) ? ['baseUrl'] : []),
			...(blank(settings.openai.model) ? ['model'] : [])
		];
	if (engine === 'deepl') return blank(keys.deepl) ? ['key'] : [];
	return blank(settings.libretranslate.url) ? ['url'] : [];
}

/**
 * The client for `engine` (the one in use by default), or null when none is chosen or it is
 * incomplete.
 */
export function mtClient(
	settings: MtSettings,
	keys: MtKeys,
	http: HttpOptions = {},
	engine: MtEngine | null = settings.engine
): MtClient | null {
	if (!engine || missingFields(settings, keys, engine).length) return null;
	const key = keys[engine]?.trim() || undefined;
	if (engine === 'openai')
		return openAiClient({
			...http,
			baseUrl: settings.openai.baseUrl.trim(),
			model: settings.openai.model.trim(),
			apiKey: key
		});
	if (engine === 'deepl') {
		const url =
			settings.deepl.url.trim() ||
			(settings.deepl.plan === 'free' ? 'https://api-free.deepl.com' : 'https://api.deepl.com');
		return deeplClient({ ...http, authKey: key ?? '', url });
	}
	return libreTranslateClient({ ...http, url: settings.libretranslate.url.trim(), apiKey: key });
}
