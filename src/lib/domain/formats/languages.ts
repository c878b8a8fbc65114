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

const primary = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-').split('-')[0];

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
