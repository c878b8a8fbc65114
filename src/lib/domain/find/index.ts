/**
 * Find and replace over paragraph texts (the editor's Ctrl+H): plain or regular-expression
 * search, case-sensitive or not, whole words only or not; replacements with $1 … groups.
 * Pure; the UI turns the reason codes into words.
 */

export interface FindOptions {
	query: string;
	caseSensitive: boolean;
	wholeWord: boolean;
	regex: boolean;
}

/** One hit in a text: UTF-16 offsets and, for a regular expression, its capture groups. */
export interface FindHit {
	start: number;
	end: number;
	/** The matched text and its groups ($& and $1 … in a replacement). */
	groups: (string | undefined)[];
	named?: Record<string, string | undefined>;
}

/** Why a search cannot run: nothing to find, a bad expression, or one that can match nothing. */
export type FindRefusal = 'empty' | 'invalid_regex' | 'empty_match';

export type Finder =
	{ ok: true; find(text: string): FindHit[] } | { ok: false; reason: FindRefusal; detail?: string };

/** Inline-code placeholders (formats/xliff/inline.ts): a hit containing one is never replaced. */
const TAG = /[\uE000-\uF8FF]/;
const HAN = /[\p{Script=Han}]/u;
const WORD = /[\p{L}\p{N}_]/u;
/** A probe with letters, digits, Chinese, punctuation and a line break: an expression that
 * matches an empty string somewhere in it would find "hits" everywhere. */
const PROBE = 'aA1 中文，.\n';

/**
 * Whether two neighbouring characters belong to one word. Chinese is written without spaces,
 * so a Chinese character next to a hit never makes it part of a longer word; letters and
 * digits do.
 */
function joined(a: string | undefined, b: string | undefined): boolean {
	if (!a || !b) return false;
	return WORD.test(a) && WORD.test(b) && !HAN.test(a) && !HAN.test(b);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function compile(source: string, caseSensitive: boolean): RegExp | string {
	const flags = caseSensitive ? 'g' : 'gi';
	try {
		return new RegExp(source, flags + 'u');
	} catch {
		try {
			// Expressions written for engines without Unicode mode (\- or a lone {).
			return new RegExp(source, flags);
		} catch (error) {
			return error instanceof Error ? error.message : String(error);
		}
	}
}

/**
 * Prepares a search. A bad regular expression, or one that matches empty text (`a*`, `^`),
 * is refused with a reason instead of finding nothing or everything.
 *
 * @example
 * const f = makeFinder({ query: 'GDP', caseSensitive: false, wholeWord: true, regex: false });
 * f.ok && f.find('gdp增长，GDPR') // [{ start: 0, end: 3, groups: ['gdp'] }]
 */
export function makeFinder(options: FindOptions): Finder {
	if (!options.query) return { ok: false, reason: 'empty' };
	const re = compile(
		options.regex ? options.query : escapeRegex(options.query),
		options.caseSensitive
	);
	if (typeof re === 'string') return { ok: false, reason: 'invalid_regex', detail: re };
	for (let i = 0; i <= PROBE.length; i++) {
		re.lastIndex = i;
		const m = re.exec(PROBE);
		if (m && m[0] === '') return { ok: false, reason: 'empty_match' };
	}
	return {
		ok: true,
		find(text: string): FindHit[] {
			const hits: FindHit[] = [];
			re.lastIndex = 0;
			for (let m = re.exec(text); m; m = re.exec(text)) {
				// A lookaround-only expression can still match nothing here: step over it.
				if (m[0] === '') {
					re.lastIndex++;
					continue;
				}
				const start = m.index;
				const end = start + m[0].length;
				if (
					options.wholeWord &&
					(joined(text[start - 1], text[start]) || joined(text[end - 1], text[end]))
				) {
					// Try again from the next character: "an" in "banana an".
					re.lastIndex = start + 1;
					continue;
				}
				const hit: FindHit = { start, end, groups: [...m] };
				if (m.groups) hit.named = { ...m.groups };
				hits.push(hit);
			}
			return hits;
		}
	};
}

/**
 * The text a hit is replaced with: literal, or with $&, $1 … $99, $<name> and $$ expanded when
 * searching by regular expression (as String.prototype.replace does).
 *
 * @example
 * expandReplacement('$2 $1', { start: 0, end: 7, groups: ['2020年', '2020', '年'] }, true) // '年 2020'
 */
export function expandReplacement(replacement: string, hit: FindHit, regex: boolean): string {
	if (!regex) return replacement;
	return replacement.replace(/\$(\$|&|<([^>]*)>|(\d{1,2}))/g, (whole, what, name, digits) => {
		if (what === '$') return '$';
		if (what === '&') return hit.groups[0] ?? '';
		if (name !== undefined) return hit.named ? (hit.named[name] ?? '') : whole;
		// $12 is group 12 when there are that many, else group 1 followed by "2".
		let n = Number(digits);
		let rest = '';
		if (n >= hit.groups.length && digits.length === 2) {
			n = Number(digits[0]);
			rest = digits[1];
		}
		if (n === 0 || n >= hit.groups.length) return whole;
		return (hit.groups[n] ?? '') + rest;
	});
}

/** Whether a hit covers an inline code (those are never replaced: the file would break). */
export function coversTag(text: string, hit: Pick<FindHit, 'start' | 'end'>): boolean {
	return TAG.test(text.slice(hit.start, hit.end));
}

/**
 * Replaces one hit in a text.
 *
 * @example
 * replaceHit('growth of GDP', { start: 10, end: 13, groups: ['GDP'] }, 'output', false) // 'growth of output'
 */
export function replaceHit(
	text: string,
	hit: FindHit,
	replacement: string,
	regex: boolean
): string {
	return (
		text.slice(0, hit.start) + expandReplacement(replacement, hit, regex) + text.slice(hit.end)
	);
}

/**
 * Replaces every hit in a text (hits never overlap: after one, the search goes on from its
 * end). Hits over an inline code are left and counted as skipped.
 *
 * @example
 * replaceAllIn('aaaa', finder('aa'), 'b', false) // { text: 'bb', replaced: 2, skipped: 0 }
 */
export function replaceAllIn(
	text: string,
	hits: readonly FindHit[],
	replacement: string,
	regex: boolean
): { text: string; replaced: number; skipped: number } {
	let out = '';
	let at = 0;
	let replaced = 0;
	let skipped = 0;
	for (const hit of hits) {
		if (coversTag(text, hit)) {
			skipped++;
			continue;
		}
		out += text.slice(at, hit.start) + expandReplacement(replacement, hit, regex);
		at = hit.end;
		replaced++;
	}
	return { text: out + text.slice(at), replaced, skipped };
}
