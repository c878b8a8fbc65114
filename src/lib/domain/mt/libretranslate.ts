/**
 * LibreTranslate (`POST {url}/translate` with q, source, target, format, api_key). It has no
 * glossary feature; the QA run on every suggestion shows where terms were missed.
 */
import type { MtClient } from './engine.ts';
import {
	postJson,
	reasonOfStatus,
	type HttpAnswer,
	type HttpOptions,
	type MtResult
} from './http.ts';

export interface LibreTranslateConfig extends HttpOptions {
	url: string;
	apiKey?: string;
}

/**
 * LibreTranslate answers 400 for a text over its character limit and 403 for a bad or missing
 * key ("Invalid API key"); 429 is its rate limit.
 */
function classify(answer: HttpAnswer) {
	if (answer.status === 400 && /limit/i.test(answer.body)) return 'too_long' as const;
	return reasonOfStatus(answer.status);
}

/**
 * Older servers know Simplified Chinese as "zh", newer ones as "zh-Hans" (Argos models 1.9+);
 * the client starts with "zh" and switches once if the server says it does not support it.
 */
const SOURCE_CODES = ['zh', 'zh-Hans'];

export function libreTranslateClient(config: LibreTranslateConfig): MtClient {
	const url = config.url.replace(/\/+$/, '') + '/translate';
	let codeIndex = 0;
	return {
		engine: 'libretranslate',
		engineName: 'LibreTranslate',
		async translate(request): Promise<MtResult<string>> {
			for (;;) {
				const body: Record<string, string> = {
					q: request.source,
					source: SOURCE_CODES[codeIndex],
					target: 'en',
					format: 'text'
				};
				if (config.apiKey) body.api_key = config.apiKey;
				const answer = await postJson(url, body, {}, config, classify);
				if (!answer.ok) {
					const unsupported =
						answer.error.status === 400 && /not supported/i.test(answer.error.detail);
					if (unsupported && codeIndex < SOURCE_CODES.length - 1) {
						codeIndex++;
						continue;
					}
					return answer;
				}
				const text = (answer.value as { translatedText?: unknown })?.translatedText;
				if (typeof text !== 'string' || !text.trim()) {
					return { ok: false, error: { reason: 'bad_response', detail: 'no translatedText' } };
				}
				return { ok: true, value: text.trim() };
			}
		}
	};
}
