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
	 * The length of the longest headword that starts with a two- or three-character `prefix`
	 * and is longer than it (0 when none), so segmentation looks no further than it must.
	 */
	longestFrom(prefix: string): number;
	/** Number of headwords. */
	readonly size: number;
	/** Length of the longest headword, in UTF-16 units (bounds forward maximum matching). */
	readonly maxWordLength: number;
}

/**
 * Reads the prepared dictionary text. Only the lines are indexed here; a headword's keys are
 * decoded the first time they are asked for, so loading stays well under 100 ms. Lines it cannot
 * read are skipped; text that is not a prepared dictionary gives an empty one (check `size`).
 *
 * @example
 * loadDictionary(prepareCedict('蘋果 苹果 [ping2 guo3] /apple/')).keys('苹果') // ['appl']
 */
export function loadDictionary(text: string): Dictionary {
	return new PreparedDictionary(text);
}

class PreparedDictionary implements Dictionary {
	/** Headword → its key ids as written (base 36, space-separated). */
	/** Headword → offset in `text` of its key ids (base 36, space-separated, up to a tab or line end). */
	private readonly ids = new Map<string, number>();
	private readonly decoded = new Map<string, string[]>();
	private readonly readings = new Map<string, string>();
	/** Two- and three-character beginnings of longer headwords → the longest such headword's length. */
	private readonly longest = new Map<string, number>();
	private readonly text: string;
	private vocabulary: string[] = [];
	readonly maxWordLength: number;

	constructor(text: string) {
		if (text.includes('\r')) text = text.replace(/\r/g, '');
		this.text = text;
		let longest = 1;
		// Headwords are sorted, so neighbours share beginnings: each prefix is added once, when
		// the first two (three) characters change.
		let two0 = -1;
		let two1 = -1;
		let three2 = -1;
		let two = '';
		let three = '';
		let twoMax = 0;
		let threeMax = 0;
		let start = 0;
		while (start < text.length) {
			let end = text.indexOf('\n', start);
			if (end < 0) end = text.length;
			const first = text.charCodeAt(start);
			if (first === 35 /* # */ || end === start) {
				start = end + 1;
				continue;
			}
			if (first === 64 /* @ */ && text.startsWith(KEYS_LINE, start)) {
				this.vocabulary = text.slice(start + KEYS_LINE.length, end).split(' ');
				start = end + 1;
				continue;
			}
			const tab = text.indexOf('\t', start);
			if (tab > start && tab < end) {
				const length = tab - start;
				const headword = text.slice(start, tab);
				const next = text.charCodeAt(tab + 1);
				if (next !== 9 /* tab */ && next !== 10 /* \n */ && tab + 1 < end) {
					this.ids.set(headword, tab + 1);
					if (length > longest) longest = length;
					if (length > 2) {
						const c0 = text.charCodeAt(start);
						const c1 = text.charCodeAt(start + 1);
						const c2 = text.charCodeAt(start + 2);
						if (c0 !== two0 || c1 !== two1) {
							two = text.slice(start, start + 2);
							twoMax = 0;
							two0 = c0;
							two1 = c1;
							three2 = -1;
						}
						if (length > twoMax) this.longest.set(two, (twoMax = length));
						if (length > 3) {
							if (c2 !== three2) {
								three = text.slice(start, start + 3);
								threeMax = 0;
								three2 = c2;
							}
							if (length > threeMax) this.longest.set(three, (threeMax = length));
						}
					}
				}
				const tab2 = text.lastIndexOf('\t', end);
				if (tab2 > tab) {
					const space = text.indexOf(' ', tab2);
					this.readings.set(headword, text.slice(tab2 + 1, space > 0 && space < end ? space : end));
				}
			}
			start = end + 1;
		}
		this.maxWordLength = Math.min(longest, MAX_WORD_LENGTH);
	}

	get size(): number {
		return this.ids.size;
	}

	has(headword: string): boolean {
		return this.ids.has(headword);
	}

	keys(headword: string): string[] | undefined {
		let keys = this.decoded.get(headword);
		if (keys) return keys;
		const at = this.ids.get(headword);
		if (at === undefined) return undefined;
		keys = [];
		let id = 0;
		for (let k = at; ; k++) {
			const c = k < this.text.length ? this.text.charCodeAt(k) : 10;
			if (c === 32 || c === 9 || c === 10) {
				const key = this.vocabulary[id];
				if (key) keys.push(key);
				id = 0;
				if (c !== 32) break;
			} else id = id * 36 + (c <= 57 ? c - 48 : c - 87); // base 36: 0-9 then a-z
		}
		this.decoded.set(headword, keys);
		return keys;
	}

	longestFrom(prefix: string): number {
		return this.longest.get(prefix) ?? 0;
	}

	reading(char: string): string | undefined {
		return this.readings.get(char);
	}
}
