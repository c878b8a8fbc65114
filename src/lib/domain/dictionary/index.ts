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
	 * Whether some headword longer than `text` starts with it (checked for two and three
	 * characters; longer text always gives true), so segmentation can stop early.
	 */
	mayExtend(text: string): boolean;
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
	private readonly ids = new Map<string, string>();
	private readonly decoded = new Map<string, string[]>();
	private readonly readings = new Map<string, string>();
	/** Two- and three-character beginnings of longer headwords. */
	private readonly prefixes = new Set<string>();
	private vocabulary: string[] = [];
	readonly maxWordLength: number;

	constructor(text: string) {
		let longest = 1;
		let lastTwo = '';
		let lastThree = '';
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
				const headword = text.slice(start, tab);
				const tab2 = text.indexOf('\t', tab + 1);
				const idsEnd = tab2 > 0 && tab2 < end ? tab2 : end;
				if (idsEnd > tab + 1) {
					this.ids.set(headword, text.slice(tab + 1, idsEnd).replace(/\r$/, ''));
					if (headword.length > longest) longest = headword.length;
					// Headwords are sorted, so neighbours share beginnings: add each one once.
					if (headword.length > 2) {
						const two = headword.slice(0, 2);
						if (two !== lastTwo) this.prefixes.add((lastTwo = two));
					}
					if (headword.length > 3) {
						const three = headword.slice(0, 3);
						if (three !== lastThree) this.prefixes.add((lastThree = three));
					}
				}
				if (idsEnd < end) {
					const reading = text.slice(idsEnd + 1, end).replace(/\r$/, '');
					const space = reading.indexOf(' ');
					this.readings.set(headword, space < 0 ? reading : reading.slice(0, space));
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
		const ids = this.ids.get(headword);
		if (ids === undefined) return undefined;
		keys = [];
		for (const id of ids.split(' ')) {
			const key = this.vocabulary[parseInt(id, 36)];
			if (key) keys.push(key);
		}
		this.decoded.set(headword, keys);
		return keys;
	}

	mayExtend(text: string): boolean {
		return text.length > 3 || this.prefixes.has(text);
	}

	reading(char: string): string | undefined {
		return this.readings.get(char);
	}
}
