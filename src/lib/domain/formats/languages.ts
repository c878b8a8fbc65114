/**
 * Whether a file's languages are the project's pair (Chinese → English). A termbase, TMX or
 * XLIFF in other languages would otherwise be imported as entries or units with no Chinese: the
 * import screens ask this first and refuse such a file with its languages named.
 */
import type { FormatIssue } from '../types.ts';

export interface LanguagePair {
	/** Primary language subtags: 'zh', 'en'. */
	source: string;
	target: string;
}

export const DEFAULT_PAIR: LanguagePair = { source: 'zh', target: 'en' };

const canonical = new Map<string, string>();

/** Case by BCP 47's conventions: language lower, script title, region upper. */
function caseTag(tag: string): string {
	return tag
		.split('-')
		.map((part, i) => {
			if (i === 0) return part.toLowerCase();
			if (part.length === 2) return part.toUpperCase();
			if (part.length === 4) return part[0].toUpperCase() + part.slice(1).toLowerCase();
			return part.toLowerCase();
		})
		.join('-');
}

/**
 * A language tag as BCP 47 writes it, whatever the tool wrote: case (`ZH-cn`), the underscore
 * of Java and Windows locales (`zh_CN`), and the three-letter ISO 639-2 codes some CAT tools
 * and termbases use (`zho`, `chi`, `eng`), which BCP 47 replaces by their two-letter code. A
 * value that is no language tag (`*all*`) keeps its text, only its case set.
 *
 * @example
 * normaliseLang('EN-us') // 'en-US'
 * normaliseLang('zh-hans-cn') // 'zh-Hans-CN'
 * normaliseLang('zh_CN') // 'zh-CN'
 * normaliseLang('chi') // 'zh'
 */
export function normaliseLang(tag: string): string {
	let out = canonical.get(tag);
	if (out !== undefined) return out;
	const cased = caseTag(tag.trim().replace(/_/g, '-'));
	try {
		// The platform knows BCP 47's aliases (ISO 639-2 codes, deprecated regions such as UK).
		out = Intl.getCanonicalLocales(cased)[0] ?? cased;
	} catch {
		out = cased; // not a well-formed tag
	}
	if (canonical.size < 1000) canonical.set(tag, out);
	return out;
}

const primary = (tag: string) => normaliseLang(tag).split('-')[0].toLowerCase();

/**
 * The issue to report when a file lacks the pair: `languages` lists the languages a termbase or
 * TMX holds (both of the pair must be there), or `declared` gives an XLIFF's source and target
 * (each must be the pair's, when declared). Null when the file fits.
 *
 * @example
 * languagePairIssue({ languages: ['de-DE', 'fr-FR'] })?.code // 'languages_not_pair'
 * languagePairIssue({ declared: { source: 'zh-CN', target: 'en-US' } }) // null
 */
export function languagePairIssue(
	file: { languages: readonly string[] } | { declared: { source: string; target: string } },
	pair: LanguagePair = DEFAULT_PAIR
): FormatIssue | null {
	const want = `${pair.source} → ${pair.target}`;
	if ('languages' in file) {
		const seen = file.languages.filter((l) => l.trim());
		if (!seen.length) return null;
		const has = (p: string) => seen.some((l) => primary(l) === p);
		if (has(pair.source) && has(pair.target)) return null;
		return {
			severity: 'error',
			code: 'languages_not_pair',
			message: `the file's languages are ${seen.join(', ')}, not ${want}`
		};
	}
	const { source, target } = file.declared;
	const wrong =
		(source.trim() && primary(source) !== pair.source) ||
		(target.trim() && primary(target) !== pair.target);
	if (!wrong) return null;
	return {
		severity: 'error',
		code: 'languages_not_pair',
		message: `the file translates ${source || '?'} → ${target || '?'}, not ${want}`
	};
}
