/**
 * Finding a glossary's English term in a translation, tolerant of what English grammar does to
 * it (cluster/clusters, industry/industries, develop/developed/developing, Park/park,
 * high-tech/high tech) and strict about word edges (park is not found in parking lot's "parking"
 * only because -ing is an inflection of park; it is never found inside "sparkle").
 */
import type { TermMatch } from './match.ts';

/** Short words that never inflect and must match as written. */
const FIXED = new Set([
	'a',
	'an',
	'the',
	'of',
	'and',
	'or',
	'in',
	'on',
	'at',
	'to',
	'for',
	'by',
	'with',
	'from',
	'as',
	'into',
	'its',
	'their'
]);

/** Irregular forms worth knowing in policy English. */
const IRREGULAR: Record<string, string[]> = {
	build: ['builds', 'built', 'building'],
	lead: ['leads', 'led', 'leading'],
	make: ['makes', 'made', 'making'],
	take: ['takes', 'took', 'taken', 'taking'],
	hold: ['holds', 'held', 'holding'],
	run: ['runs', 'ran', 'running'],
	man: ['men'],
	woman: ['women'],
	child: ['children'],
	person: ['people', 'persons'],
	analysis: ['analyses'],
	basis: ['bases'],
	criterion: ['criteria'],
	phenomenon: ['phenomena'],
	medium: ['media'],
	datum: ['data']
};

const VOWEL = /[aeiou]/;

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Base forms a written word may stand for (clusters → cluster, industries → industry). */
function bases(word: string): string[] {
	const w = word.toLowerCase();
	const out = new Set([w]);
	if (w.length > 4 && w.endsWith('ies')) out.add(w.slice(0, -3) + 'y');
	if (w.length > 4 && /(?:s|x|z|ch|sh)es$/.test(w)) out.add(w.slice(0, -2));
	if (
		w.length > 3 &&
		w.endsWith('s') &&
		!w.endsWith('ss') &&
		!w.endsWith('us') &&
		!w.endsWith('is')
	)
		out.add(w.slice(0, -1));
	if (w.length > 5 && w.endsWith('ing')) {
		const stem = w.slice(0, -3);
		out.add(stem);
		out.add(stem + 'e');
		if (/([^aeiou])\1$/.test(stem)) out.add(stem.slice(0, -1));
	}
	if (w.length > 4 && w.endsWith('ed')) {
		const stem = w.slice(0, -2);
		out.add(stem);
		out.add(stem + 'e');
		if (w.endsWith('ied')) out.add(w.slice(0, -3) + 'y');
		if (/([^aeiou])\1$/.test(stem)) out.add(stem.slice(0, -1));
	}
	for (const [base, forms] of Object.entries(IRREGULAR)) if (forms.includes(w)) out.add(base);
	return [...out];
}

/** Inflected forms of a base word (regular English morphology, plus a few irregulars). */
function forms(base: string): string[] {
	const out = new Set([base]);
	if (IRREGULAR[base]) for (const f of IRREGULAR[base]) out.add(f);
	if (/[^aeiou]y$/.test(base)) {
		const stem = base.slice(0, -1);
		out
			.add(stem + 'ies')
			.add(stem + 'ied')
			.add(base + 'ing');
	} else if (base.endsWith('e')) {
		out
			.add(base + 's')
			.add(base + 'd')
			.add(base.slice(0, -1) + 'ing');
	} else {
		out.add(/(?:s|x|z|ch|sh)$/.test(base) ? base + 'es' : base + 's');
		out.add(base + 'ed').add(base + 'ing');
		// plan → planned; only for short stressed-final words (cvc), where doubling is common.
		if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) {
			const last = base[base.length - 1];
			out.add(base + last + 'ed').add(base + last + 'ing');
		}
	}
	return [...out];
}

function wordPattern(word: string, inflect: boolean): string {
	// "and" and "&" are written either way in names (Economic & Technological …).
	if (word === '&' || word.toLowerCase() === 'and') return '(?:and|&)';
	if (!inflect || !/^[a-z]+$/i.test(word) || word.length < 3 || FIXED.has(word.toLowerCase()))
		return escape(word).replace(/['\u2019]/g, "['\u2019]");
	// An all-capitals acronym takes only a plural.
	if (/^[A-Z]{2,}$/.test(word)) return escape(word) + '(?:s|es)?';
	const all = new Set<string>();
	for (const b of bases(word)) if (VOWEL.test(b)) for (const f of forms(b)) all.add(f);
	return (
		'(?:' +
		[...all]
			.sort((a, b) => b.length - a.length)
			.map(escape)
			.join('|') +
		')'
	);
}

const cache = new Map<string, RegExp>();

/** The regular expression that finds a term (cached: checks run on every keystroke). */
function termRegex(term: string): RegExp | null {
	const key = term.trim();
	const known = cache.get(key);
	if (known) return known;
	// Words and the separators between them: space, hyphens, slashes keep their role.
	const parts = key.split(/([\s\u00a0]+|[-\u2010\u2011\u2012\u2013])/).filter((p) => p !== '');
	if (parts.length === 0) return null;
	const words = parts.filter((_, i) => i % 2 === 0);
	let source = '';
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		if (i % 2 === 1) {
			// Space and hyphen are interchangeable (high-tech / high tech); a hyphen may also vanish
			// (e-commerce / ecommerce), a space may not (park land is not parkland).
			source += /[-\u2010-\u2013]/.test(part)
				? '[\\s\\u00a0\\-\\u2010-\\u2013]?'
				: '[\\s\\u00a0\\-\\u2010-\\u2013]+';
		} else {
			const isLast = i === parts.length - 1;
			// Inflection may sit on any word; a possessive only at the end.
			source += wordPattern(part, true) + (isLast && /[a-z]$/i.test(part) ? "(?:['\u2019]s)?" : '');
		}
	}
	const first = words[0];
	const last = words[words.length - 1];
	const before = /^[\p{L}\p{N}]/u.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
	const after = /[\p{L}\p{N}]$/u.test(last) ? '(?![\\p{L}\\p{N}])' : '';
	const re = new RegExp(before + source + after, 'giu');
	if (cache.size > 5000) cache.clear();
	cache.set(key, re);
	return re;
}

/**
 * Every place an English term occurs in a text, inflected or not.
 *
 * @example
 * findEnglishTermAll('Clusters and a cluster', 'industrial cluster') // []
 * findEnglishTermAll('Clusters and a cluster', 'cluster') // [{ start: 0, end: 8 }, { start: 15, end: 22 }]
 */
export function findEnglishTermAll(target: string, term: string): { start: number; end: number }[] {
	const re = termRegex(term);
	if (!re) return [];
	const spans: { start: number; end: number }[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(target); m; m = re.exec(target)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		spans.push({ start: m.index, end: m.index + m[0].length });
	}
	return spans;
}

/**
 * The first place an English term occurs in a translation, tolerant of case and inflection on
 * any word, and of hyphen/space variants; never inside another word.
 *
 * @example
 * findEnglishTerm('The industrial Clusters grew', 'industrial cluster') // { start: 4, end: 23 }
 * findEnglishTerm('a sparkling park', 'park') // { start: 12, end: 16 }
 */
export function findEnglishTerm(
	target: string,
	term: string
): { start: number; end: number } | null {
	return findEnglishTermAll(target, term)[0] ?? null;
}

/** What a translation does with one recognised term. */
export interface TermUse {
	/** A preferred or admitted English term was found (or the entry has none to check). */
	ok: boolean;
	/** The glossary term that was found, when one was. */
	used?: string;
	/** A forbidden term that was found outside any allowed one. */
	forbiddenUsed?: string;
	/** Where in the target the term found (or the forbidden one) is. */
	span?: { start: number; end: number };
}

/**
 * Checks a translation against one recognised source term: is one of its English terms there,
 * and is none of its forbidden ones (a forbidden term inside an allowed one does not count:
 * "development zone" forbidden, "economic development zone" preferred).
 *
 * @example
 * checkTermUse('We cut red tape.', { en: ['streamline administration'], forbidden: ['red tape'] })
 * // { ok: false, forbiddenUsed: 'red tape', span: { start: 7, end: 15 } }
 */
export function checkTermUse(target: string, match: Pick<TermMatch, 'en' | 'forbidden'>): TermUse {
	const allowedSpans: { start: number; end: number; term: string }[] = [];
	for (const term of match.en) {
		for (const span of findEnglishTermAll(target, term)) allowedSpans.push({ ...span, term });
	}
	allowedSpans.sort((a, b) => a.start - b.start);
	for (const term of match.forbidden) {
		for (const span of findEnglishTermAll(target, term)) {
			const inside = allowedSpans.some((a) => a.start <= span.start && span.end <= a.end);
			if (!inside) {
				const result: TermUse = { ok: false, forbiddenUsed: term, span };
				if (allowedSpans[0]) result.used = allowedSpans[0].term;
				return result;
			}
		}
	}
	if (match.en.length === 0) return { ok: true };
	const first = allowedSpans[0];
	return first
		? { ok: true, used: first.term, span: { start: first.start, end: first.end } }
		: { ok: false };
}

/**
 * Checks a translation against every term recognised in its source (for the side panel and
 * QA): one result per match, in source order.
 *
 * @example
 * checkTargetTerms('We cut red tape.', findTerms(index, '放管服改革'))
 * // [{ match: { zh: '放管服', … }, use: { ok: false, forbiddenUsed: 'red tape', … } }]
 */
export function checkTargetTerms(
	target: string,
	matches: TermMatch[]
): { match: TermMatch; use: TermUse }[] {
	return matches.map((match) => ({ match, use: checkTermUse(target, match) }));
}
