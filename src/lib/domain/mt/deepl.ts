/**
 * DeepL (`POST /v2/translate`, `Authorization: DeepL-Auth-Key …`). The glossary goes through
 * DeepL's own glossary feature: the current v3 endpoint (`POST /v3/glossaries`, one zh→en
 * dictionary in TSV) creates it once per document, `glossary_id` applies it, and `close`
 * deletes it. The neighbouring paragraphs travel in `context`, which DeepL reads but does not
 * translate. Free keys end in ":fx" and go to api-free.deepl.com.
 */
import type { QaTermMatch } from '../qa/index.ts';
import type { MtClient } from './engine.ts';
import {
	postJson,
	reasonOfStatus,
	type HttpAnswer,
	type HttpOptions,
	type MtResult
} from './http.ts';

export interface DeepLConfig extends HttpOptions {
	authKey: string;
	/** Overrides the address chosen from the key (a proxy, or a test server). */
	url?: string;
	/** EN-US (default) or EN-GB. */
	targetLang?: 'EN-US' | 'EN-GB';
}

/** api-free.deepl.com for a free key (ending ":fx"), api.deepl.com for a pro key. */
export function deeplBaseUrl(authKey: string): string {
	return authKey.trim().endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

/**
 * DeepL through a team server (`duiyi serve` with DEEPL_AUTH_KEY): the member's team token goes
 * where the key would, and the server puts the team's key in its place.
 */
export function deeplThroughTeamServer(server: string, teamToken: string): DeepLConfig {
	return { authKey: teamToken, url: `${server.replace(/\/+$/, '')}/api/mt/deepl` };
}

/** DeepL's 456 is "quota exceeded"; 403 a key it refuses; 413 a request too large. */
function classify(answer: HttpAnswer) {
	return reasonOfStatus(answer.status);
}

/**
 * The TSV entries of a zh→en glossary: one line per Chinese term, with its first preferred
 * English; tabs and line breaks inside a term would break the format and are made spaces.
 *
 * @example
 * glossaryTsv([{ start: 0, end: 3, zh: '放管服', en: ['streamline administration'], forbidden: [] }])
 * // '放管服\tstreamline administration'
 */
export function glossaryTsv(terms: readonly QaTermMatch[]): string {
	const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
	const rows = new Map<string, string>();
	for (const term of terms) {
		const zh = clean(term.zh);
		const en = term.en.length ? clean(term.en[0]) : '';
		if (zh && en && !rows.has(zh)) rows.set(zh, en);
	}
	return [...rows].map(([zh, en]) => `${zh}\t${en}`).join('\n');
}

export function deeplClient(config: DeepLConfig): MtClient {
	const base = (config.url ?? deeplBaseUrl(config.authKey)).replace(/\/+$/, '');
	const headers = { Authorization: `DeepL-Auth-Key ${config.authKey}` };
	let glossaryId: string | undefined;
	return {
		engine: 'deepl',
		engineName: 'DeepL',
		async prepare(terms): Promise<MtResult<void>> {
			const entries = glossaryTsv(terms);
			if (!entries) return { ok: true, value: undefined };
			const body = {
				name: 'duiyi',
				dictionaries: [{ source_lang: 'zh', target_lang: 'en', entries, entries_format: 'tsv' }]
			};
			const answer = await postJson(`${base}/v3/glossaries`, body, headers, config, classify);
			if (!answer.ok) return answer;
			const id = (answer.value as { glossary_id?: unknown })?.glossary_id;
			if (typeof id !== 'string' || !id) {
				return { ok: false, error: { reason: 'bad_response', detail: 'no glossary_id' } };
			}
			glossaryId = id;
			return { ok: true, value: undefined };
		},
		async translate(request): Promise<MtResult<string>> {
			const body: Record<string, unknown> = {
				text: [request.source],
				source_lang: 'ZH',
				target_lang: config.targetLang ?? 'EN-US'
			};
			const context = [request.previous, request.next].filter((s) => s?.trim()).join('\n');
			if (context) body.context = context;
			if (glossaryId) body.glossary_id = glossaryId;
			const answer = await postJson(`${base}/v2/translate`, body, headers, config, classify);
			if (!answer.ok) return answer;
			const translations = (answer.value as { translations?: unknown })?.translations;
			const text = Array.isArray(translations)
				? (translations[0] as { text?: unknown })?.text
				: undefined;
			if (typeof text !== 'string' || !text.trim()) {
				return { ok: false, error: { reason: 'bad_response', detail: 'no translations[0].text' } };
			}
			return { ok: true, value: text.trim() };
		},
		async close() {
			if (!glossaryId) return;
			const id = glossaryId;
			glossaryId = undefined;
			const doFetch = config.fetch ?? globalThis.fetch;
			// A glossary left behind only counts against the account's limit; nothing to report.
			await doFetch(`${base}/v3/glossaries/${encodeURIComponent(id)}`, {
				method: 'DELETE',
				headers
			}).then(
				(r) => r.body?.cancel(),
				() => undefined
			);
		}
	};
}
