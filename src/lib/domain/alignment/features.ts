/**
 * What the aligner reads from each unit: its length and its lexical items, each item carrying
 * the keys it can match on the other side (dictionary glosses, pinyin of names, numbers by
 * value, Latin tokens, glossary pairs, note marks). A Chinese item and an English item match
 * when they share a key.
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
	/**
	 * Keys the unit holds besides its items' (Chinese: names by pinyin). English units have none:
	 * every key of theirs is in an item (a set per unit repeating them was 37 MB at 20,000
	 * paragraphs).
	 */
	keys: Set<string>;
	/** Quotations opened and closed in the unit: dialogue turns survive translation. */
	quotesOpened: number;
	quotesClosed: number;
	/** Sentence and clause breaks (。！？；： and .!?;:): a translation keeps most of them. */
	breaks: number;
	/**
	 * 1 when the unit ends a quotation with a sentence end (。” .' ?'): a turn of dialogue
	 * ends there, and the next unit rarely belongs to the same bead.
	 */
	turnEnd: number;
	/**
	 * What a document's own translation table is learnt from (realign.ts): the Chinese words of
	 * the unit (stop words out), or the English content stems (each once).
	 */
	terms: string[];
	/** Chinese units: per term, the index of its item in `items`, or -1 when it has none. */
	termItems?: number[];
}

/**
 * Quotations of speech: in Chinese opened at the start of a unit or after ：。！？ and closed
 * after a sentence end or a comma (“快” for emphasis is neither); in English opened before a word
 * at the start or after a space, closed after a sentence end or a comma (girls' or Gou-er's is
 * neither).
 */
const ZH_OPEN = /(?:^|[：:。！？!?])\s*[“「『]/g;
const ZH_CLOSE = /[。！？!?…，,—]\s*[”」』]/g;
const EN_OPEN = /(?:^|\s)['"‘“](?=[A-Za-z])/g;
const EN_CLOSE = /[.,!?—-]['"’”]/g;

const ZH_BREAK = /[。！？；：!?;:]+/g;
const ZH_TURN_END = /[。！？!?…—]\s*[”」』]\s*$/;
const EN_TURN_END = /[.!?…—–]['"’”]\s*$/;
const EN_BREAK = /[.!?;:]+(?=\s|['"’”)]|$)/g;

/** Whether a word is all digits (cheaper than a regular expression, on every word). */
function isDigits(word: string): boolean {
	for (let k = 0; k < word.length; k++) {
		const c = word.charCodeAt(k);
		if (c < 48 || c > 57) return false;
	}
	return word.length > 0;
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

const LATIN_IN_ZH = /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g;
/**
 * Digits or number words: the English number reader is only worth running on these (ordinals
 * by their stems: "with", "both" and "month" end in -th too, and are in most sentences).
 */
const MAY_HAVE_NUMBER =
	/[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter|first|second|third)\b|(?:teen|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|teen|tie|hundred|thousand|million|billion)ths?)\b/i;

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
/**
 * A note's mark, which a translation keeps: the reference mark of a footnote (收入※ ↔ revenue*,
 * ※注： ↔ *Note:) or a note's label opening the unit (注： ↔ Note:). Not an editor's,
 * reporter's or translator's note: those have labels of their own (编者按, 记者手记) or none.
 */
const NOTE_MARK_ZH = /[※＊*]|^\s*[（(]?(?:备注|附注|注)[：:]/u;
const NOTE_MARK_EN = /\*|^\s*\(?(?:notes?|nb)\s*:/iu;
const NOTE_KEY = 'p:*';

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

/** Transliterated names an English text may hold: the `py:` keys of its features. */
export interface NameSet {
	names: Set<string>;
	prefixes: Set<string>;
}

/** The `py:` keys of English features, with their prefixes so the Chinese side can stop early. */
export function englishNames(en: UnitFeatures[]): NameSet {
	const names = new Set<string>();
	const prefixes = new Set<string>();
	for (const u of en) {
		for (const k of u.items.flat()) {
			if (!k.startsWith('py:')) continue;
			const name = k.slice(3);
			names.add(name);
			for (let l = 1; l <= name.length; l++) prefixes.add(name.slice(0, l));
		}
	}
	return { names, prefixes };
}

/**
 * Adds `py:` keys for the readings of runs of one to three Han characters; with `only`, just
 * those that are names on the English side (the rest could never match).
 */
function addReadings(
	text: string,
	dictionary: Dictionary,
	keys: Set<string>,
	only: NameSet | undefined,
	shared: SharedKeys
) {
	const chars = [...text];
	for (let i = 0; i < chars.length; i++) {
		let joined = '';
		for (let l = 0; l < 3 && i + l < chars.length; l++) {
			const reading = dictionary.reading(chars[i + l]);
			if (!reading) break;
			joined += reading;
			if (only && !only.prefixes.has(joined)) break;
			if (!only || only.names.has(joined)) keys.add(shared.string('py:' + joined));
		}
	}
}

/** Features of the Chinese units. */
export function chineseFeatures(
	units: string[],
	dictionary?: Dictionary,
	glossary: GlossaryPair[] = [],
	names?: NameSet
): UnitFeatures[] {
	const shared = new SharedKeys();
	return units.map((text) => {
		// Item keys stay in the items (dictionary arrays, not copied); `keys` holds the rest.
		const items: string[][] = [];
		const keys = new Set<string>();
		const addItem = (itemKeys: string[]) => {
			if (itemKeys.length) items.push(itemKeys);
		};
		const terms: string[] = [];
		const termItems: number[] = [];
		for (const word of segmentChinese(text, dictionary)) {
			if (isChineseStopWord(word)) continue;
			const wordKeys = dictionary?.keys(word) ?? [];
			terms.push(shared.string(word));
			termItems.push(wordKeys.length ? items.length : -1);
			addItem(wordKeys);
		}
		for (const m of text.matchAll(LATIN_IN_ZH)) addItem(shared.item(stem(m[0].toLowerCase())));
		for (const m of findChineseNumbers(text)) addItem(shared.item(numberKey(m)));
		for (const m of text.matchAll(/[？！]|[“「]/g)) addItem(shared.item(PUNCT[m[0]]));
		if (NOTE_MARK_ZH.test(text)) addItem(shared.item(NOTE_KEY));
		glossary.forEach((pair, g) => {
			if (pair.zh && text.includes(pair.zh)) addItem(shared.item('g:' + g));
		});
		// Pinyin of every run of one to three Han characters: names are transliterated.
		if (dictionary) addReadings(text, dictionary, keys, names, shared);
		return {
			length: visibleLength(text),
			items,
			keys: keys.size ? keys : NO_KEYS,
			quotesOpened: count(text, ZH_OPEN),
			quotesClosed: count(text, ZH_CLOSE),
			breaks: count(text, ZH_BREAK),
			turnEnd: ZH_TURN_END.test(text) ? 1 : 0,
			terms,
			termItems
		};
	});
}

/** The keys of every English unit (none besides its items') and of a Chinese unit without names; never added to. */
const NO_KEYS: Set<string> = new Set();

/**
 * One string and one item array per key of a batch of units. Units of a document repeat their
 * keys (stems, numbers, names, punctuation): a fresh string and array for each occurrence was
 * most of the features' memory, 6.4 KB an English paragraph (some 130 MB for a 20,000-paragraph
 * draft, beside the Chinese side's 80 MB). Items are never changed once made (the second pass
 * copies a unit's list before it adds keys), so units may share them; the lexical model reads an
 * item's keys, and treats two arrays with the same keys alike.
 */
class SharedKeys {
	private readonly strings = new Map<string, string>();
	private readonly singles = new Map<string, string[]>();
	private readonly pairs = new Map<string, Map<string, string[]>>();

	string(text: string): string {
		const known = this.strings.get(text);
		if (known !== undefined) return known;
		this.strings.set(text, text);
		return text;
	}

	/** The item of one key. */
	item(key: string): string[] {
		let item = this.singles.get(key);
		if (!item) this.singles.set(key, (item = [this.string(key)]));
		return item;
	}

	/** The item of two keys (a capitalised word: its stem and its reading as a name). */
	pair(first: string, second: string): string[] {
		let byFirst = this.pairs.get(first);
		if (!byFirst) this.pairs.set(first, (byFirst = new Map()));
		let item = byFirst.get(second);
		if (!item) byFirst.set(second, (item = [this.string(first), this.string(second)]));
		return item;
	}
}

/** Features of the English units. */
export function englishFeatures(units: string[], glossary: GlossaryPair[] = []): UnitFeatures[] {
	const glossaryStems = glossary.map((pair) => pair.en.map(stemPhrase).filter(Boolean));
	const shared = new SharedKeys();
	return units.map((text) => {
		const items: string[][] = [];
		const names = new Set<string>();
		for (const m of text.matchAll(NAME)) names.add(m[0]);
		const seen = new Set<string>();
		for (const token of englishContentWords(text)) {
			// Digits are read as numbers below; a word said twice is one piece of evidence.
			if (isDigits(token.key) || seen.has(token.key)) continue;
			const item = token.capitalised
				? shared.pair(token.key, 'py:' + token.text.toLowerCase().replace(/'.*$/, ''))
				: shared.item(token.key);
			seen.add(item[0]);
			items.push(item);
		}
		for (const m of MAY_HAVE_NUMBER.test(text) ? findEnglishNumbers(text) : []) {
			items.push(shared.item(numberKey(m)));
		}
		for (const m of text.matchAll(/[?!]+|(?:^|\s)['"‘“]/g)) {
			const p = m[0].trim();
			items.push(shared.item(PUNCT[p[0]]));
		}
		if (NOTE_MARK_EN.test(text)) items.push(shared.item(NOTE_KEY));
		// Hyphenated or apostrophised names (Bao-yu, Zhan'ao) as one transliteration.
		for (const name of names) {
			if (!/[-'’]/.test(name)) continue;
			items.push(shared.item('py:' + name.toLowerCase().replace(/[-'’]/g, '')));
		}
		if (glossaryStems.length) {
			const joined = ` ${stemPhrase(text)} `;
			glossaryStems.forEach((stems, g) => {
				if (stems.some((s) => joined.includes(` ${s} `))) {
					items.push(shared.item('g:' + g));
				}
			});
		}
		return {
			length: visibleLength(text),
			items,
			keys: NO_KEYS,
			quotesOpened: count(text, EN_OPEN),
			quotesClosed: count(text, EN_CLOSE),
			breaks: count(text, EN_BREAK),
			turnEnd: EN_TURN_END.test(text) ? 1 : 0,
			terms: [...seen]
		};
	});
}
