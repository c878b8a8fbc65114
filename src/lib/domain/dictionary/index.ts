/**
 * The bundled Chinese–English dictionary (CC-CEDICT, CC BY-SA 4.0) as the aligner uses it:
 * headword → stemmed English keys. Pure: callers read or fetch the text and pass it in.
 */
import { parseCedictLine } from './prepare.ts';

export { prepareCedict, CEDICT_ATTRIBUTION, parseCedictLine, glossKeys } from './prepare.ts';
export { stem, englishContentWords, isStopWord, type EnglishToken } from './english.ts';
export { segmentChinese, isChineseStopWord } from './chinese.ts';

export interface Dictionary {
	/** Simplified headword → stemmed English gloss keys. */
	entries: Map<string, string[]>;
	/** Length of the longest headword, in UTF-16 units (bounds forward maximum matching). */
	maxWordLength: number;
	/** Toneless pinyin readings of single characters (陈 → ['chen']). */
	readings: Map<string, string[]>;
	/** Proper prefixes (two characters or more) of headwords, so matching stops as soon as it can. */
	prefixes: Set<string>;
}

/**
 * Parses a dictionary: the prepared form (`headword<TAB>keys`) or raw CC-CEDICT lines; `#` lines
 * are comments. Lines it cannot read are skipped.
 *
 * @example
 * loadDictionary('苹果\tappl\n').entries.get('苹果') // ['appl']
 */
export function loadDictionary(text: string): Dictionary {
	const entries = new Map<string, string[]>();
	const readings = new Map<string, string[]>();
	let maxWordLength = 1;
	const addReading = (char: string, reading: string[]) => {
		const old = readings.get(char);
		readings.set(char, old ? [...new Set([...old, ...reading])] : reading);
	};
	const add = (headword: string, keys: string[]) => {
		if (!keys.length) return;
		const old = entries.get(headword);
		entries.set(headword, old ? [...new Set([...old, ...keys])] : keys);
		if (headword.length > maxWordLength) maxWordLength = headword.length;
	};
	let start = 0;
	while (start < text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, end).replace(/\r$/, '');
		start = end + 1;
		if (!line || line.startsWith('#')) continue;
		const tab = line.indexOf('\t');
		if (tab > 0) {
			const [headword, keys, reading] = line.split('\t');
			add(headword, keys.split(' ').filter(Boolean));
			if (reading) addReading(headword, reading.split(' '));
		} else {
			const parsed = parseCedictLine(line);
			if (!parsed) continue;
			add(parsed.headword, parsed.keys);
			if ([...parsed.headword].length === 1 && /^[a-z]+$/.test(parsed.reading))
				addReading(parsed.headword, [parsed.reading]);
		}
	}
	const cap = Math.min(maxWordLength, 8);
	const prefixes = new Set<string>();
	for (const headword of entries.keys()) {
		for (let l = 2; l < Math.min(headword.length, cap); l++) prefixes.add(headword.slice(0, l));
	}
	return { entries, readings, maxWordLength: cap, prefixes };
}
