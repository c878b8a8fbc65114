/**
 * Anchoring of notes on words, after the W3C Web Annotation model: a note keeps a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (UTF-16 offsets). When the
 * text changes the note is placed again — by position, then by exact quote, then by a fuzzy
 * quote near the old place — and, when nothing fits, the caller marks it detached with its old
 * quote instead of dropping it.
 */
import { distance } from 'fastest-levenshtein';
import type { TextSelector } from '../types.ts';

/** Characters of context kept on each side of the quote. */
export const DEFAULT_CONTEXT = 32;

/** How a selector was placed again in a changed text. */
export type ReanchorMethod = 'position' | 'quote' | 'fuzzy';

export interface ReanchorResult {
	selector: TextSelector;
	method: ReanchorMethod;
}

/** Weights of the parts of a candidate's score, as in Hypothesis' quote anchoring. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Share of a quote's characters that may differ for a fuzzy match to count. */
const FUZZY_ERROR_RATE = 0.25;
/** Quotes longer than this are not searched approximately (the work grows with its square). */
const FUZZY_MAX_QUOTE = 1000;
/** How many of the best approximate ends are examined closely. */
const FUZZY_MAX_CANDIDATES = 24;
/** How far a fuzzy match is stretched to reach the end of a word. */
const WORD_EXTENSION = 24;
/** An exact quote whose context is at least this alike (0..1) is not second-guessed. */
const EXACT_TRUSTED_CONTEXT = 0.75;
/** Quotes at least this long may be found fuzzily whatever surrounds them… */
const FUZZY_CONTEXT_FREE = 10;
/** …shorter ones only where their context is still at least this alike (0..1). */
const FUZZY_MIN_CONTEXT = 0.5;

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset back so that it does not fall between the halves of a surrogate pair. */
function snapBack(text: string, offset: number): number {
	if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset))) {
		if (isHighSurrogate(text.charCodeAt(offset - 1))) return offset - 1;
	}
	return offset;
}

/** Moves an offset forward so that it does not fall between the halves of a surrogate pair. */
function snapForward(text: string, offset: number): number {
	if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset))) {
		if (isHighSurrogate(text.charCodeAt(offset - 1))) return offset + 1;
	}
	return offset;
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), high);
}

/**
 * Builds the selector of `text.slice(start, end)`: the quote, up to `context` characters on
 * each side, and the offsets. Offsets are clamped to the text and never split a surrogate pair.
 *
 * @example
 * createSelector('拿地即开工的改革', 0, 5, 2)
 * // { exact: '拿地即开工', prefix: '', suffix: '的改', start: 0, end: 5 }
 */
export function createSelector(
	text: string,
	start: number,
	end: number,
	context = DEFAULT_CONTEXT
): TextSelector {
	let s = snapBack(text, clamp(Math.floor(start), 0, text.length));
	let e = snapForward(text, clamp(Math.floor(end), 0, text.length));
	if (e < s) [s, e] = [e, s];
	const before = snapForward(text, Math.max(0, s - context));
	const after = snapBack(text, Math.min(text.length, e + context));
	return {
		exact: text.slice(s, e),
		prefix: text.slice(before, s),
		suffix: text.slice(e, after),
		start: s,
		end: e
	};
}

/** 0..1: how alike two short strings are (1 when both are empty). */
function similarity(a: string, b: string): number {
	const longest = Math.max(a.length, b.length);
	if (longest === 0) return 1;
	return 1 - distance(a, b) / longest;
}

/**
 * 0..1: how well the text around [start, end) agrees with the selector's prefix and suffix.
 * An empty prefix means the old quote began the text, so a candidate at 0 agrees fully and
 * any other half; the same for an empty suffix at the end.
 */
function contextScores(
	selector: TextSelector,
	text: string,
	start: number,
	end: number
): { prefix: number; suffix: number } {
	const prefix =
		selector.prefix.length === 0
			? start === 0
				? 1
				: 0.5
			: similarity(selector.prefix, text.slice(Math.max(0, start - selector.prefix.length), start));
	const suffix =
		selector.suffix.length === 0
			? end === text.length
				? 1
				: 0.5
			: similarity(selector.suffix, text.slice(end, end + selector.suffix.length));
	return { prefix, suffix };
}

interface Candidate {
	start: number;
	end: number;
	/** 0..1, 1 for an exact quote. */
	quote: number;
}

function scoreCandidate(selector: TextSelector, text: string, candidate: Candidate): number {
	const { prefix, suffix } = contextScores(selector, text, candidate.start, candidate.end);
	const span = Math.max(text.length, 1);
	const position = 1 - Math.min(1, Math.abs(candidate.start - selector.start) / span);
	return (
		(QUOTE_WEIGHT * candidate.quote +
			PREFIX_WEIGHT * prefix +
			SUFFIX_WEIGHT * suffix +
			POSITION_WEIGHT * position) /
		TOTAL_WEIGHT
	);
}

function best(selector: TextSelector, text: string, candidates: Candidate[]): Candidate | null {
	let winner: Candidate | null = null;
	let winnerScore = -1;
	for (const candidate of candidates) {
		const score = scoreCandidate(selector, text, candidate);
		if (score > winnerScore) {
			winner = candidate;
			winnerScore = score;
		}
	}
	return winner;
}

function occurrences(text: string, quote: string): number[] {
	const found: number[] = [];
	if (quote.length === 0) return found;
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
	return found;
}

/**
 * Ends of approximate occurrences of `pattern` in `text` (Sellers' algorithm: the edit distance
 * of the pattern to the best substring ending at each position), keeping the local minima
 * within `maxErrors`, best first.
 */
function approximateEnds(
	pattern: string,
	text: string,
	maxErrors: number
): { end: number; errors: number }[] {
	const m = pattern.length;
	let previous = new Int32Array(m + 1);
	let current = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) previous[i] = i;
	const lastRow = new Int32Array(text.length + 1);
	lastRow[0] = m;
	for (let j = 1; j <= text.length; j++) {
		const c = text.charCodeAt(j - 1);
		current[0] = 0;
		for (let i = 1; i <= m; i++) {
			const substitution = previous[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
			const deletion = previous[i] + 1;
			const insertion = current[i - 1] + 1;
			current[i] = Math.min(substitution, deletion, insertion);
		}
		lastRow[j] = current[m];
		[previous, current] = [current, previous];
	}
	const ends: { end: number; errors: number }[] = [];
	for (let j = 1; j <= text.length; j++) {
		const errors = lastRow[j];
		if (errors > maxErrors) continue;
		const left = lastRow[j - 1];
		const right = j < text.length ? lastRow[j + 1] : Number.MAX_SAFE_INTEGER;
		if (errors <= left && errors <= right) ends.push({ end: j, errors });
	}
	ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
	return ends.slice(0, FUZZY_MAX_CANDIDATES);
}

/**
 * The start of the best approximate occurrence of `pattern` ending at `end`: an edit distance
 * anchored at `end` and free at the start, preferring a length close to the pattern's.
 */
function approximateStart(
	pattern: string,
	text: string,
	end: number,
	maxErrors: number
): { start: number; errors: number } {
	const m = pattern.length;
	const longest = Math.min(end, m + maxErrors);
	// row[l]: distance between the last i pattern characters and text[end - l, end).
	let previous = new Int32Array(longest + 1);
	let current = new Int32Array(longest + 1);
	for (let l = 0; l <= longest; l++) previous[l] = l;
	for (let i = 1; i <= m; i++) {
		const pc = pattern.charCodeAt(m - i);
		current[0] = i;
		for (let l = 1; l <= longest; l++) {
			const tc = text.charCodeAt(end - l);
			current[l] = Math.min(
				previous[l - 1] + (pc === tc ? 0 : 1),
				previous[l] + 1,
				current[l - 1] + 1
			);
		}
		[previous, current] = [current, previous];
	}
	let bestLength = 0;
	let bestErrors = Number.MAX_SAFE_INTEGER;
	for (let l = 0; l <= longest; l++) {
		const errors = previous[l];
		const closer = Math.abs(l - m) < Math.abs(bestLength - m);
		if (errors < bestErrors || (errors === bestErrors && closer)) {
			bestErrors = errors;
			bestLength = l;
		}
	}
	return { start: end - bestLength, errors: bestErrors };
}

/** Approximate occurrences of the quote in a window of the new text around the old place. */
function fuzzyCandidates(selector: TextSelector, text: string): Candidate[] {
	const quote = selector.exact;
	const m = quote.length;
	const maxErrors = Math.floor(m * FUZZY_ERROR_RATE);
	if (maxErrors === 0 || m > FUZZY_MAX_QUOTE) return [];
	const reach = Math.max(256, 4 * m);
	const windowStart = snapBack(text, clamp(selector.start - reach, 0, text.length));
	const windowEnd = snapForward(text, clamp(selector.end + reach, 0, text.length));
	const window = text.slice(windowStart, windowEnd);
	const candidates: Candidate[] = [];
	// A quote that began or ended on a word boundary of an alphabetic script keeps doing so:
	// `plant` rewritten as `factory` is matched as `factory`, not `fact`…
	const wholeStart = isLatin(quote[0]) && !isLatin(selector.prefix[selector.prefix.length - 1]);
	const wholeEnd = isLatin(quote[m - 1]) && !isLatin(selector.suffix[0]);
	for (const { end } of approximateEnds(quote, window, maxErrors)) {
		const found = approximateStart(quote, window, end, maxErrors);
		if (found.errors > maxErrors || end - found.start === 0) continue;
		const [from, to] = tidyToWords(text, windowStart + found.start, windowStart + end, {
			wholeStart,
			wholeEnd
		});
		if (to === from) continue;
		candidates.push({
			start: snapBack(text, from),
			end: snapForward(text, to),
			// Scored as matched, before the boundaries were tidied: of two overlapping matches the
			// closer one wins, whichever way its edges were moved.
			quote: 1 - found.errors / Math.max(m, end - found.start)
		});
	}
	return candidates;
}

/**
 * Moves the edges of a fuzzy match to word boundaries where the quote had them: out to the end
 * of a word cut in two (at most {@link WORD_EXTENSION} characters), in past a space.
 */
function tidyToWords(
	text: string,
	start: number,
	end: number,
	{ wholeStart, wholeEnd }: { wholeStart: boolean; wholeEnd: boolean }
): [number, number] {
	let from = start;
	let to = end;
	if (wholeStart) {
		for (let n = 0; n < WORD_EXTENSION && isLatin(text[from - 1]) && isLatin(text[from]); n++)
			from--;
		while (from < to && /\s/.test(text[from])) from++;
	}
	if (wholeEnd) {
		for (let n = 0; n < WORD_EXTENSION && isLatin(text[to]) && isLatin(text[to - 1]); n++) to++;
		while (to > from && /\s/.test(text[to - 1])) to--;
	}
	return [from, to];
}

/** A letter or digit of an alphabetic script (where words are separated by spaces). */
function isLatin(char: string | undefined): boolean {
	return char !== undefined && /[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/.test(char);
}

/**
 * Places a selector again in a changed text: first by position (the text at the old offsets is
 * still the quote and its context agrees), then by the exact quote (the occurrence whose
 * prefix, suffix and place agree best), then by an approximate quote near the old place (at
 * most a quarter of its characters changed; a quote under ten characters only where its
 * context still agrees). When the only exact occurrences sit in foreign surroundings, a changed
 * quote in the old surroundings competes with them, so a word edited in place is not moved onto
 * the same word elsewhere. Returns null when the words are gone: the caller then marks the
 * note detached and keeps its old quote.
 *
 * @example
 * const s = createSelector('推动高质量发展。', 2, 5);
 * reanchor(s, '我们推动高质量发展。') // { selector: { exact: '高质量', start: 4, end: 7, … }, method: 'quote' }
 */
export function reanchor(
	selector: TextSelector,
	newText: string,
	context = DEFAULT_CONTEXT
): ReanchorResult | null {
	const { exact } = selector;
	const make = (candidate: Candidate, method: ReanchorMethod): ReanchorResult => ({
		selector: createSelector(newText, candidate.start, candidate.end, context),
		method
	});

	if (exact.length === 0) {
		// A point: only its context can place it.
		const joined = selector.prefix + selector.suffix;
		if (joined.length === 0) return null;
		const points = occurrences(newText, joined).map((at) => ({
			start: at + selector.prefix.length,
			end: at + selector.prefix.length,
			quote: 1
		}));
		const found = best(selector, newText, points);
		if (!found) return null;
		return make(found, found.start === selector.start ? 'position' : 'quote');
	}

	const atPosition = newText.slice(selector.start, selector.end) === exact;
	if (atPosition) {
		const { prefix, suffix } = contextScores(selector, newText, selector.start, selector.end);
		if (prefix === 1 && suffix === 1) {
			return make({ start: selector.start, end: selector.end, quote: 1 }, 'position');
		}
	}

	const exactCandidates = occurrences(newText, exact).map((at) => ({
		start: at,
		end: at + exact.length,
		quote: 1
	}));
	const exactWinner = best(selector, newText, exactCandidates);
	const exactContext = exactWinner
		? contextScores(selector, newText, exactWinner.start, exactWinner.end)
		: { prefix: 0, suffix: 0 };
	// An exact quote whose surroundings agree is taken at once. When they do not (the words
	// were edited in place and the same words stand elsewhere), a changed quote in the old
	// surroundings may fit better, so both compete on the same score.
	if (exactWinner && (exactContext.prefix + exactContext.suffix) / 2 >= EXACT_TRUSTED_CONTEXT) {
		const samePlace = atPosition && exactWinner.start === selector.start;
		return make(exactWinner, samePlace ? 'position' : 'quote');
	}
	// A short quote that changed could be any similar word of the paragraph: it moves only
	// where its context still agrees.
	const fuzzy = fuzzyCandidates(selector, newText).filter((candidate) => {
		if (exact.length >= FUZZY_CONTEXT_FREE) return true;
		const { prefix, suffix } = contextScores(selector, newText, candidate.start, candidate.end);
		return (prefix + suffix) / 2 >= FUZZY_MIN_CONTEXT;
	});
	const fuzzyWinner = best(selector, newText, fuzzy);
	if (exactWinner && fuzzyWinner) {
		const exactScore = scoreCandidate(selector, newText, exactWinner);
		if (scoreCandidate(selector, newText, fuzzyWinner) > exactScore) {
			return make(fuzzyWinner, 'fuzzy');
		}
	}
	if (exactWinner) {
		const samePlace = atPosition && exactWinner.start === selector.start;
		return make(exactWinner, samePlace ? 'position' : 'quote');
	}
	return fuzzyWinner ? make(fuzzyWinner, 'fuzzy') : null;
}

/** The single edit that turns `oldText` into `newText`: `old[from, oldTo)` became `new[from, newTo)`. */
export interface TextEdit {
	from: number;
	oldTo: number;
	newTo: number;
}

/**
 * The smallest single replacement turning one text into the other (common prefix and suffix).
 * A caret (the cursor offset in the new text, after the edit) settles where a repeated character
 * was typed or removed: the edit is taken to end at the caret.
 *
 * @example
 * diffSingleEdit('高质量发展', '高质量的发展') // { from: 3, oldTo: 3, newTo: 4 }
 */
export function diffSingleEdit(oldText: string, newText: string, caret?: number): TextEdit {
	const shorter = Math.min(oldText.length, newText.length);
	let prefix = 0;
	while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
	if (caret !== undefined) prefix = Math.min(prefix, Math.max(0, caret));
	prefix = snapBack(oldText, snapBack(newText, prefix));
	let suffix = 0;
	const suffixLimit = Math.min(
		shorter - prefix,
		caret !== undefined ? Math.max(0, newText.length - caret) : Number.MAX_SAFE_INTEGER
	);
	while (
		suffix < suffixLimit &&
		oldText.charCodeAt(oldText.length - 1 - suffix) ===
			newText.charCodeAt(newText.length - 1 - suffix)
	) {
		suffix++;
	}
	let oldTo = oldText.length - suffix;
	let newTo = newText.length - suffix;
	oldTo = snapForward(oldText, oldTo);
	newTo = newText.length - (oldText.length - oldTo);
	return { from: prefix, oldTo, newTo };
}

/**
 * Follows a selector through one known edit (a keystroke, a paste, a cut) without searching:
 * an edit before the span shifts it, one inside grows or shrinks it, one after leaves it; an
 * edit that removes part of the span trims it, and one that removes all of it returns null (the
 * caller then tries {@link reanchor} or marks the note detached). Typing right at the end of
 * the span does not extend it; typing right at its start shifts it.
 *
 * @example
 * const s = createSelector('推动高质量发展', 2, 5); // 高质量
 * mapThroughEdit(s, '推动高质量发展', '大力推动高质量发展') // start 4, end 7
 */
export function mapThroughEdit(
	selector: TextSelector,
	oldText: string,
	newText: string,
	caret?: number,
	context = DEFAULT_CONTEXT
): TextSelector | null {
	if (oldText === newText) return createSelector(newText, selector.start, selector.end, context);
	return mapThroughTextEdit(selector, diffSingleEdit(oldText, newText, caret), newText, context);
}

/**
 * {@link mapThroughEdit} with the edit already known (from {@link diffSingleEdit}, or from the
 * editor's own change event), so that the notes of a paragraph share one diff.
 *
 * @example
 * const edit = diffSingleEdit(before, after, caret);
 * const moved = notes.map((n) => mapThroughTextEdit(n.selector, edit, after));
 */
export function mapThroughTextEdit(
	selector: TextSelector,
	edit: TextEdit,
	newText: string,
	context = DEFAULT_CONTEXT
): TextSelector | null {
	const { from, oldTo, newTo } = edit;
	const delta = newTo - oldTo;
	const { start, end } = selector;
	if (start === end) {
		// A point moves with text inserted at or before it, stays put after it, and goes with
		// the text around it when that is deleted.
		if (oldTo <= start) return createSelector(newText, start + delta, start + delta, context);
		if (from >= start) return createSelector(newText, start, start, context);
		return null;
	}
	if (from >= end) return createSelector(newText, start, end, context);
	if (oldTo <= start) return createSelector(newText, start + delta, end + delta, context);
	if (from <= start && oldTo >= end) return null;
	const newStart = start <= from ? start : newTo;
	const newEnd = end >= oldTo ? end + delta : from;
	if (newEnd <= newStart) return null;
	return createSelector(newText, newStart, newEnd, context);
}

/** Where a note of a split paragraph went. */
export interface SplitRebase {
	part: 'first' | 'second';
	selector: TextSelector;
}

/**
 * Follows a selector through the split of its paragraph at `splitAt`: the first part is
 * `text.slice(0, splitAt)`, the second `text.slice(splitAt + gap)` (`gap` characters, such as a
 * space, are dropped at the cut). A span across the cut goes with the part that holds most of
 * it, trimmed to that part. Returns null when the span lay wholly in the dropped gap.
 *
 * @example
 * // '甲乙。丙丁' split after '。' (3): a note on 丙丁 (3..5) moves to the second part at 0..2
 * rebaseOnSplit(createSelector('甲乙。丙丁', 3, 5), 3) // { part: 'second', selector: { start: 0, end: 2, … } }
 */
export function rebaseOnSplit(
	selector: TextSelector,
	splitAt: number,
	gap = 0
): SplitRebase | null {
	const { start, end } = selector;
	const secondFrom = splitAt + gap;
	// Offsets of the context in the old text, to cut it at the split.
	const prefixFrom = start - selector.prefix.length;
	const firstShare = Math.max(0, Math.min(end, splitAt) - start);
	const secondShare = Math.max(0, end - Math.max(start, secondFrom));
	const point = start === end;
	if (point ? start <= splitAt : firstShare >= secondShare && firstShare > 0) {
		const newEnd = Math.min(end, splitAt);
		const exact = selector.exact.slice(0, newEnd - start);
		const suffix = newEnd < end ? '' : selector.suffix.slice(0, Math.max(0, splitAt - end));
		return { part: 'first', selector: { ...selector, exact, suffix, end: newEnd } };
	}
	if (point ? start >= secondFrom : secondShare > 0) {
		const newStart = Math.max(start, secondFrom);
		const exact = selector.exact.slice(newStart - start);
		const prefix =
			newStart > start ? '' : selector.prefix.slice(Math.max(0, secondFrom - prefixFrom));
		return {
			part: 'second',
			selector: {
				exact,
				prefix,
				suffix: selector.suffix,
				start: newStart - secondFrom,
				end: end - secondFrom
			}
		};
	}
	return null;
}

/**
 * Follows a selector of the second paragraph through a merge: its offsets shift by `offset`,
 * the length of the first paragraph plus the separator. With the merged text its context is
 * taken afresh (the prefix may now reach into the first paragraph); without it the old context
 * is kept, which is still true, only shorter.
 *
 * @example
 * // '甲乙。' + ' ' + '丙丁': a note on 丙丁 (0..2) of the second paragraph moves to 4..6
 * rebaseOnMerge(createSelector('丙丁', 0, 2), 4).start // 4
 */
export function rebaseOnMerge(
	selector: TextSelector,
	offset: number,
	mergedText?: string,
	context = DEFAULT_CONTEXT
): TextSelector {
	const start = selector.start + offset;
	const end = selector.end + offset;
	if (mergedText !== undefined && mergedText.slice(start, end) === selector.exact) {
		return createSelector(mergedText, start, end, context);
	}
	return { ...selector, start, end };
}
