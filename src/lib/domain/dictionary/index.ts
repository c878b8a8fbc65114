/**
 * The bundled Chinese–English dictionary (CC-CEDICT, CC BY-SA 4.0) as the aligner uses it:
 * headword → stemmed English keys, and the readings of single characters. Pure: callers read or
 * fetch the prepared text (static/dict/cedict.txt, made by scripts/build-dictionary.ts) and pass
 * it in; src/cli/dictionary.ts and src/lib/workers/dictionary.ts are the two loaders.
 */
import { KEYS_LINE, MAX_WORD_LENGTH } from './prepare.ts';

export {
	prepareCedict,
	CEDICT_ATTRIBUTION,
	parseCedictLine,
	glossKeys,
	MAX_WORD_LENGTH
} from './prepare.ts';
export { stem, englishContentWords, isStopWord, type EnglishToken } from './english.ts';
export { segmentChinese, isChineseStopWord } from './chinese.ts';

export interface Dictionary {
	/** Stemmed English gloss keys of a simplified headword (the same array on every call). */
	keys(headword: string): string[] | undefined;
	has(headword: string): boolean;
	/** First toneless pinyin reading of a single character (陈 → 'chen'). */
	reading(char: string): string | undefined;
	/**
	 * The length of the longest headword (two characters or more) that `text` holds at `start`,
	 * or 1 when none: forward maximum matching's next word, found without cutting candidates
	 * out of the text.
	 */
	longestAt(text: string, start: number): number;
	/** Number of headwords. */
	readonly size: number;
	/** Length of the longest headword, in UTF-16 units (bounds forward maximum matching). */
	readonly maxWordLength: number;
}

/**
 * Reads the prepared dictionary text. Nothing is cut out of it or hashed: its headword lines
 * are sorted, so the index is where each line starts and where the lines of each first
 * character begin (typed arrays, one pass), and a look-up narrows that range one character at
 * a time, as a trie would. A headword's keys are decoded the first time they are asked for.
 * Loading stays well under 100 ms. Lines it cannot read are skipped; text that is not a
 * prepared dictionary gives an empty one (check `size`).
 *
 * @example
 * loadDictionary(prepareCedict('蘋果 苹果 [ping2 guo3] /apple/')).keys('苹果') // ['appl']
 */
export function loadDictionary(text: string): Dictionary {
	return new PreparedDictionary(text);
}

const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;

/**
 * A headword line read as the string from its start up to its tab. The tab sorts before every
 * character a headword holds, so these strings sort as the headwords do (a headword before the
 * longer ones it begins).
 */
class PreparedDictionary implements Dictionary {
	private readonly text: string;
	/** Where each headword line starts, in headword order. */
	private readonly lineStart: Int32Array;
	/** Per first UTF-16 unit of a headword: its lines are [firstLine[c], lastLine[c]). */
	private readonly firstLine = new Int32Array(65536);
	private readonly lastLine = new Int32Array(65536);
	private readonly decoded = new Map<number, string[]>();
	private readonly readings = new Map<number, string>();
	private vocabulary: string[] = [];
	readonly size: number;
	readonly maxWordLength: number;

	constructor(text: string) {
		if (text.includes('\r')) text = text.replace(/\r/g, '');
		this.text = text;
		const starts: number[] = [];
		let headwords = 0;
		let longest = 1;
		let sorted = true;
		let start = 0;
		while (start < text.length) {
			let end = text.indexOf('\n', start);
			if (end < 0) end = text.length;
			const first = text.charCodeAt(start);
			if (first === 64 /* @ */ && text.startsWith(KEYS_LINE, start)) {
				this.vocabulary = text.slice(start + KEYS_LINE.length, end).split(' ');
			} else if (first !== 35 /* # */ && end > start) {
				const tab = text.indexOf('\t', start);
				if (tab > start && tab < end) {
					if (sorted && starts.length && this.compareLines(starts[starts.length - 1], start) > 0) {
						sorted = false;
					}
					starts.push(start);
					const next = text.charCodeAt(tab + 1);
					if (next !== TAB && next !== NEWLINE && tab + 1 < end) {
						headwords++;
						longest = Math.max(longest, tab - start);
					}
				}
			}
			start = end + 1;
		}
		// Only a file edited by hand is out of order: sort it rather than miss its headwords.
		if (!sorted) starts.sort((a, b) => this.compareLines(a, b));
		this.lineStart = Int32Array.from(starts);
		for (let n = this.lineStart.length - 1; n >= 0; n--) {
			const c = text.charCodeAt(this.lineStart[n]);
			if (this.lastLine[c] === 0) this.lastLine[c] = n + 1;
			this.firstLine[c] = n;
		}
		this.size = headwords;
		this.maxWordLength = Math.min(longest, MAX_WORD_LENGTH);
	}

	/** Order of the headword lines starting at a and b. */
	private compareLines(a: number, b: number): number {
		const text = this.text;
		for (let k = 0; ; k++) {
			const x = text.charCodeAt(a + k);
			const y = text.charCodeAt(b + k);
			if (x !== y) return x - y;
			if (x === TAB) return 0;
		}
	}

	/** UTF-16 unit `at` of headword line n, TAB past its end. */
	private unit(n: number, at: number): number {
		return this.text.charCodeAt(this.lineStart[n] + at);
	}

	/** First line in [lo, hi) whose unit `at` is `c` or more (the lines share units before `at`). */
	private lowerBound(lo: number, hi: number, at: number, c: number): number {
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.unit(mid, at) < c) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** The line of headword text[from, from + length), or -1. */
	private lineOf(text: string, from: number, length: number): number {
		if (length === 0) return -1;
		const c0 = text.charCodeAt(from);
		let lo = this.firstLine[c0];
		let hi = this.lastLine[c0];
		for (let at = 1; at < length && lo < hi; at++) {
			const c = text.charCodeAt(from + at);
			lo = this.lowerBound(lo, hi, at, c);
			hi = this.lowerBound(lo, hi, at, c + 1);
		}
		return lo < hi && this.unit(lo, length) === TAB ? lo : -1;
	}

	/** Where the key ids of line n start, or -1 when the line has none. */
	private keysStart(n: number): number {
		const text = this.text;
		const tab = text.indexOf('\t', this.lineStart[n]);
		const next = text.charCodeAt(tab + 1);
		return next === TAB || next === NEWLINE || tab + 1 >= text.length ? -1 : tab + 1;
	}

	has(headword: string): boolean {
		const n = this.lineOf(headword, 0, headword.length);
		return n >= 0 && this.keysStart(n) >= 0;
	}

	keys(headword: string): string[] | undefined {
		const n = this.lineOf(headword, 0, headword.length);
		if (n < 0) return undefined;
		let keys = this.decoded.get(n);
		if (keys) return keys;
		const at = this.keysStart(n);
		if (at < 0) return undefined;
		keys = [];
		let id = 0;
		const text = this.text;
		for (let k = at; ; k++) {
			const c = k < text.length ? text.charCodeAt(k) : NEWLINE;
			if (c === SPACE || c === TAB || c === NEWLINE) {
				const key = this.vocabulary[id];
				if (key) keys.push(key);
				id = 0;
				if (c !== SPACE) break;
			} else id = id * 36 + (c <= 57 ? c - 48 : c - 87); // base 36: 0-9 then a-z
		}
		this.decoded.set(n, keys);
		return keys;
	}

	longestAt(text: string, start: number): number {
		const c0 = text.charCodeAt(start);
		let lo = this.firstLine[c0];
		let hi = this.lastLine[c0];
		const end = Math.min(text.length, start + this.maxWordLength);
		let len = 1;
		for (let at = 1; start + at < end && lo < hi; at++) {
			const c = text.charCodeAt(start + at);
			lo = this.lowerBound(lo, hi, at, c);
			hi = this.lowerBound(lo, hi, at, c + 1);
			// The first line left is text[start, start + at + 1) itself when it is a headword.
			if (lo < hi && this.unit(lo, at + 1) === TAB && this.keysStart(lo) >= 0) len = at + 1;
		}
		return len;
	}

	reading(char: string): string | undefined {
		const n = this.lineOf(char, 0, char.length);
		if (n < 0) return undefined;
		let reading = this.readings.get(n);
		if (reading === undefined) {
			const text = this.text;
			const start = this.lineStart[n];
			let end = text.indexOf('\n', start);
			if (end < 0) end = text.length;
			const tab = text.indexOf('\t', start);
			const tab2 = text.lastIndexOf('\t', end);
			if (tab2 <= tab) return undefined;
			const space = text.indexOf(' ', tab2);
			reading = text.slice(tab2 + 1, space > 0 && space < end ? space : end);
			this.readings.set(n, reading);
		}
		return reading;
	}
}
