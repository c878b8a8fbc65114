/**
 * The glossary as the aligner takes it (one function for the app, the CLI and the exports).
 */
import type { TermEntry } from '../types.ts';
import type { GlossaryPair } from './features.ts';

/**
 * Each entry's allowed Chinese terms with its allowed English terms. Forbidden terms are left
 * out: a term the translator must not use is no evidence that two units match. Entries lacking
 * either side give nothing.
 *
 * @example
 * glossaryPairs([{ terms: [{ lang: 'zh', text: '经开区', status: 'preferred' }, { lang: 'en', text: 'ETDZ', status: 'preferred' }] }])
 * // [{ zh: '经开区', en: ['ETDZ'] }]
 */
export function glossaryPairs(entries: Pick<TermEntry, 'terms'>[]): GlossaryPair[] {
	const pairs: GlossaryPair[] = [];
	for (const entry of entries) {
		const allowed = entry.terms.filter((term) => term.status !== 'forbidden' && term.text.trim());
		const en = allowed.filter((term) => /^en\b/i.test(term.lang)).map((term) => term.text.trim());
		if (!en.length) continue;
		for (const term of allowed)
			if (/^zh\b/i.test(term.lang)) pairs.push({ zh: term.text.trim(), en });
	}
	return pairs;
}
