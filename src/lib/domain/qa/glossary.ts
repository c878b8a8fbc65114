/**
 * Glossary compliance: a term of the glossary found in the Chinese must be rendered with one of
 * its preferred or admitted English terms, and never with a forbidden one. The English side is
 * matched tolerant of case and inflection (industrial clusters matches industrial cluster).
 */
import { checkTermUse, findEnglishTerm } from '../glossary/index.ts';
import type { Finding } from './finding.ts';

/**
 * A glossary term recognised in a unit's Chinese (what `findTerms` of domain/glossary returns,
 * or any caller's own matcher): where it is, and the English to use and to avoid.
 */
export interface QaTermMatch {
	start: number;
	end: number;
	zh: string;
	/** Preferred, then admitted English terms. */
	en: string[];
	forbidden: string[];
}

/**
 * Whether an English text contains a term, tolerant of case, inflection and hyphen/space.
 *
 * @example
 * englishHas('Two industrial Clusters grew', 'industrial cluster') // true
 * englishHas('a sparkling park', 'spark') // false
 */
export function englishHas(target: string, term: string): boolean {
	return findEnglishTerm(target, term) !== null;
}

/**
 * Checks the terms recognised in one unit's source against its target; a term repeated in the
 * source is reported once.
 *
 * @example
 * checkGlossary('We cut red tape.', [{ start: 2, end: 5, zh: '放管服', en: ['streamline administration'], forbidden: ['red tape'] }])
 * // [{ code: 'glossary_forbidden', params: { term: '放管服', forbidden: 'red tape', expected: 'streamline administration' } }]
 */
export function checkGlossary(target: string, matches: readonly QaTermMatch[]): Finding[] {
	const findings: Finding[] = [];
	const seen = new Set<string>();
	for (const match of matches) {
		if (seen.has(match.zh)) continue;
		seen.add(match.zh);
		if (match.en.length === 0 && match.forbidden.length === 0) continue;
		const use = checkTermUse(target, match);
		if (use.ok) continue;
		const expected = match.en.join(' / ');
		const sourceSpan: [number, number] = [match.start, match.end];
		if (use.forbiddenUsed) {
			findings.push({
				code: 'glossary_forbidden',
				params: { term: match.zh, forbidden: use.forbiddenUsed, expected },
				source: match.zh,
				target: use.forbiddenUsed,
				sourceSpan,
				...(use.span ? { targetSpan: [use.span.start, use.span.end] as [number, number] } : {})
			});
		} else {
			findings.push({
				code: 'glossary_missing',
				params: { term: match.zh, expected },
				source: match.zh,
				sourceSpan
			});
		}
	}
	return findings;
}
