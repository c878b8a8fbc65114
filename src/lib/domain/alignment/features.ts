/**
 * What the aligner reads from each unit: its length and its lexical items, each item carrying
 * the keys it can match on the other side (dictionary glosses, pinyin of names, numbers by
 * value, Latin tokens, glossary pairs). A Chinese item and an English item match when they
 * share a key.
 */
import type { Dictionary } from '../dictionary/index.ts';
import { segmentChinese, isChineseStopWord } from '../dictionary/chinese.ts';
import { englishContentWords, stem } from '../dictionary/english.ts';
import { findChineseNumbers, findEnglishNumbers, numberKey } from '../numbers/index.ts';

/** A glossary pair: a Chinese term and its accepted English renderings. */
export interface GlossaryPair {
	zh: string;
	en: string[];
}

export interface UnitFeatures {
	/** Length in characters, white space excluded. */
	length: number;
	/** The lexical items of the unit, each with the keys it matches on. */
	items: string[][];
	/** Content words (Chinese) or stems (English), for learning a document lexicon. */
	words: string[];
	/** All keys of the unit's items, plus name and number keys. */
	keys: Set<string>;
}

const LATIN_IN_ZH = /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g;
/** Sentence punctuation that survives translation: questions, exclamations, opening quotes. */
const PUNCT: Record<string, string> = {
	'？': 'p:?',
	'?': 'p:?',
	'！': 'p:!',
	'!': 'p:!',
	'“': 'p:q',
	'「': 'p:q',
	'"': 'p:q',
	"'": 'p:q',
	'‘': 'p:q'
};
const NAME = /[A-Z][a-z]*(?:[-'’][A-Za-z]+)*/g;

function visibleLength(text: string): number {
	let n = 0;
	for (const ch of text) if (ch.trim()) n++;
	return n;
}

function stemPhrase(text: string): string {
	return englishContentWords(text)
		.map((t) => t.key)
		.join(' ');
}

/** Adds `py:` keys for the readings of every run of one to three Han characters. */
function addReadings(text: string, dictionary: Dictionary, keys: Set<string>): void {
	const chars = [...text];
	for (let i = 0; i < chars.length; i++) {
		let prefixes = [''];
		for (let l = 0; l < 3 && i + l < chars.length; l++) {
			const readings = dictionary.readings.get(chars[i + l]);
			if (!readings) break;
			const next: string[] = [];
			for (const p of prefixes) for (const r of readings.slice(0, 1)) next.push(p + r);
			prefixes = next.slice(0, 8);
			for (const p of prefixes) keys.add('py:' + p);
		}
	}
}

/** Features of the Chinese units. */
export function chineseFeatures(
	units: string[],
	dictionary?: Dictionary,
	glossary: GlossaryPair[] = []
): UnitFeatures[] {
	return units.map((text) => {
		const items: string[][] = [];
		const keys = new Set<string>();
		const addItem = (itemKeys: string[]) => {
			if (!itemKeys.length) return;
			items.push(itemKeys);
			for (const k of itemKeys) keys.add(k);
		};
		const words: string[] = [];
		// Runs of single characters the dictionary could not join are often names (韦小宝).
		let run = '';
		const endRun = () => {
			if (run.length >= 2 && run.length <= 4) {
				words.push(run);
				keys.add('w:' + run);
			}
			run = '';
		};
		for (const word of segmentChinese(text, dictionary)) {
			if (word.length === 1 && !isChineseStopWord(word)) run += word;
			else endRun();
			if (isChineseStopWord(word)) continue;
			words.push(word);
			keys.add('w:' + word);
			addItem(dictionary?.entries.get(word) ?? []);
		}
		endRun();
		for (const m of text.matchAll(LATIN_IN_ZH)) addItem([stem(m[0].toLowerCase())]);
		for (const m of findChineseNumbers(text)) addItem([numberKey(m)]);
		for (const m of text.matchAll(/[？！]|[“「]/g)) addItem([PUNCT[m[0]]]);
		glossary.forEach((pair, g) => {
			if (pair.zh && text.includes(pair.zh)) addItem(['g:' + g]);
		});
		// Pinyin of every run of one to three Han characters: names are transliterated.
		if (dictionary) addReadings(text, dictionary, keys);
		return { length: visibleLength(text), items, keys, words };
	});
}

/** Features of the English units. */
export function englishFeatures(units: string[], glossary: GlossaryPair[] = []): UnitFeatures[] {
	const glossaryStems = glossary.map((pair) => pair.en.map(stemPhrase).filter(Boolean));
	return units.map((text) => {
		const items: string[][] = [];
		const keys = new Set<string>();
		const names = new Set<string>();
		for (const m of text.matchAll(NAME)) names.add(m[0]);
		const words: string[] = [];
		for (const token of englishContentWords(text)) {
			words.push(token.key);
			const itemKeys = [token.key];
			if (token.capitalised) itemKeys.push('py:' + token.text.toLowerCase().replace(/'.*$/, ''));
			items.push(itemKeys);
			for (const k of itemKeys) keys.add(k);
		}
		for (const m of findEnglishNumbers(text)) {
			const key = numberKey(m);
			items.push([key]);
			keys.add(key);
		}
		for (const m of text.matchAll(/[?!]+|(?:^|\s)['"‘“]/g)) {
			const p = m[0].trim();
			items.push([PUNCT[p[0]]]);
			keys.add(PUNCT[p[0]]);
		}
		// Hyphenated or apostrophised names (Bao-yu, Zhan'ao) as one transliteration.
		for (const name of names) {
			if (!/[-'’]/.test(name)) continue;
			const key = 'py:' + name.toLowerCase().replace(/[-'’]/g, '');
			items.push([key]);
			keys.add(key);
		}
		if (glossaryStems.length) {
			const joined = ` ${stemPhrase(text)} `;
			glossaryStems.forEach((stems, g) => {
				if (stems.some((s) => joined.includes(` ${s} `))) {
					items.push(['g:' + g]);
					keys.add('g:' + g);
				}
			});
		}
		return { length: visibleLength(text), items, keys, words };
	});
}
