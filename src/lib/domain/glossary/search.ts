/**
 * Searching a glossary the way a translator remembers a term: by its Chinese, its English, its
 * pinyin with or without tones (fàng guǎn fú, fang4guan3fu2, fangguanfu) or its initials (fgf),
 * or a word of its note or definition.
 */
import { pinyin } from 'pinyin-pro';
import type { TermEntry } from '../types.ts';
import { isLang } from './terms.ts';

/** Pinyin derived from an entry's Chinese terms (one string per Chinese term). */
export interface EntryPinyin {
	/** With tone marks, syllables separated by spaces: 'fàng guǎn fú'. */
	toned: string[];
	/** Tone numbers, no spaces: 'fang4guan3fu2'. */
	numbered: string[];
	/** Without tones, no spaces: 'fangguanfu'. */
	plain: string[];
	/** First letters: 'fgf'. */
	initials: string[];
}

const pinyinCache = new WeakMap<TermEntry, { key: string; value: EntryPinyin }>();

function squash(s: string): string {
	return s.replace(/\s+/g, '').toLowerCase();
}

/**
 * Derives the pinyin of an entry's Chinese terms (cached per entry object).
 *
 * @example
 * entryPinyin(entry).initials // ['fgf'] for 放管服
 */
export function entryPinyin(entry: TermEntry, sourceLang = 'zh'): EntryPinyin {
	const zh = entry.terms.filter((t) => isLang(t.lang, sourceLang)).map((t) => t.text);
	const key = zh.join('\u0000');
	const cached = pinyinCache.get(entry);
	if (cached && cached.key === key) return cached.value;
	const value: EntryPinyin = { toned: [], numbered: [], plain: [], initials: [] };
	for (const text of zh) {
		// One pass of pinyin-pro per term; the other spellings are derived from it.
		const items = pinyin(text, { type: 'all' });
		const toned: string[] = [];
		let numbered = '';
		let plain = '';
		let initials = '';
		/** Digits and Latin letters come one item each: keep a run of them one word (20强 → 20 qiáng). */
		let inRun = false;
		for (const item of items) {
			if (item.isZh && item.pinyin) {
				inRun = false;
				const bare = stripTones(item.pinyin);
				toned.push(item.pinyin);
				plain += bare;
				numbered += bare + (item.num || '');
				initials += bare[0] ?? '';
			} else if (item.origin.trim()) {
				const o = item.origin.toLowerCase();
				if (inRun) toned[toned.length - 1] += item.origin;
				else toned.push(item.origin);
				inRun = true;
				plain += o;
				numbered += o;
				initials += o;
			} else inRun = false;
		}
		value.toned.push(toned.join(' '));
		value.numbered.push(numbered);
		value.plain.push(plain);
		value.initials.push(initials);
	}
	pinyinCache.set(entry, { key, value });
	return value;
}

/** Tone marks off, ü as v: what a translator types for pinyin without tones. */
function stripTones(s: string): string {
	return s
		.normalize('NFD')
		.replace(/u\u0308/g, 'v')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ü/g, 'v');
}

/** What a search compares an entry with: its texts lower-cased, with their weights. */
interface SearchKeys {
	terms: TermEntry['terms'];
	updatedAt: number;
	texts: [string, number][];
	/** Pinyin spellings, squashed and NFC (derived on the first Latin query). */
	pinyin?: { numbered: string[]; toned: string[]; plain: string[]; initials: string[] };
}

const keysCache = new WeakMap<TermEntry, SearchKeys>();

/** An entry's search keys, cached per entry object until its terms or updatedAt change. */
function keysOf(entry: TermEntry): SearchKeys {
	const cached = keysCache.get(entry);
	if (cached && cached.terms === entry.terms && cached.updatedAt === entry.updatedAt) return cached;
	const texts: [string, number][] = [];
	const add = (value: string | undefined, weight: number) => {
		if (value) texts.push([value.toLowerCase(), weight]);
	};
	for (const term of entry.terms) {
		add(term.text, 10);
		add(term.note, 1);
	}
	add(entry.note, 1);
	add(entry.definition, 1);
	add(entry.domain, 1);
	const keys: SearchKeys = { terms: entry.terms, updatedAt: entry.updatedAt, texts };
	keysCache.set(entry, keys);
	return keys;
}

function pinyinKeys(entry: TermEntry, keys: SearchKeys): NonNullable<SearchKeys['pinyin']> {
	if (!keys.pinyin) {
		const py = entryPinyin(entry);
		const nfc = (values: string[]) => values.map((v) => v.normalize('NFC'));
		keys.pinyin = {
			numbered: nfc(py.numbered),
			toned: nfc(py.toned.map(squash)),
			plain: nfc(py.plain),
			initials: nfc(py.initials)
		};
	}
	return keys.pinyin;
}

/**
 * Derives and caches what searching these entries needs (their pinyin above all), so the first
 * keystroke of a search does not pay for it; call it in idle time, a slice at a time.
 *
 * @example
 * prepareEntrySearch(entries.slice(0, 500));
 */
export function prepareEntrySearch(entries: readonly TermEntry[]): void {
	for (const entry of entries) pinyinKeys(entry, keysOf(entry));
}

/**
 * Entries matching a query, best first: exact Chinese or English, then a prefix, then a match
 * anywhere; pinyin and initials count like Chinese. An empty query returns every entry.
 *
 * @example
 * searchEntries(entries, 'fgf') // [the 放管服 entry]
 * searchEntries(entries, 'fàng guǎn') // [the 放管服 entry]
 */
export function searchEntries(entries: TermEntry[], query: string): TermEntry[] {
	const q = query.trim().toLowerCase();
	if (!q) return entries.slice();
	const qSquashed = squash(q);
	const qPlain = squash(stripTones(q)).replace(/[1-5]/g, '');
	const hasToneNumbers = /[a-z][1-5]/.test(q);
	const decomposed = q.normalize('NFD');
	const hasToneMarks = /[\u0300-\u0307\u0309-\u036f]/.test(decomposed);
	const isLatin = /^[a-z\s1-5']+$/.test(decomposed.replace(/[\u0300-\u036f]/g, ''));
	const tonedNeedle = qSquashed.normalize('NFC');
	const scored: { entry: TermEntry; score: number; i: number }[] = [];
	entries.forEach((entry, i) => {
		let score = 0;
		const keys = keysOf(entry);
		for (const [v, weight] of keys.texts) {
			if (v === q) score = Math.max(score, 3 * weight);
			else if (v.startsWith(q)) score = Math.max(score, 2 * weight);
			else if (v.includes(q)) score = Math.max(score, weight);
		}
		if (isLatin && qPlain.length > 0) {
			const py = pinyinKeys(entry, keys);
			const fields: [string[], string, number][] = hasToneNumbers
				? [[py.numbered, qSquashed, 9]]
				: hasToneMarks
					? [[py.toned, tonedNeedle, 9]]
					: [
							[py.plain, qPlain, 8],
							[py.initials, qPlain, 7]
						];
			for (const [values, needle, weight] of fields) {
				for (const v of values) {
					if (v === needle) score = Math.max(score, 3 * weight);
					else if (v.startsWith(needle)) score = Math.max(score, 2 * weight);
					else if (needle.length >= 2 && v.includes(needle)) score = Math.max(score, weight);
				}
			}
		}
		if (score > 0) scored.push({ entry, score, i });
	});
	scored.sort((a, b) => b.score - a.score || a.i - b.i);
	return scored.map((s) => s.entry);
}

export type EntrySort = 'zh' | 'pinyin' | 'en' | 'updated';

/**
 * A sorted copy of the entries: by Chinese (code point order of the headword), by pinyin (then
 * tone), by English headword (case-insensitive), or most recently changed first.
 *
 * @example
 * sortEntries(entries, 'pinyin').map((e) => e.terms[0].text) // ['产城融合', '放管服', '首位产业']
 */
export function sortEntries(entries: TermEntry[], by: EntrySort): TermEntry[] {
	const key = (e: TermEntry): string => {
		const zh = e.terms.find((t) => isLang(t.lang, 'zh'))?.text ?? '';
		if (by === 'zh') return zh;
		if (by === 'pinyin') {
			const py = entryPinyin(e);
			return (py.plain[0] ?? '') + '\u0000' + (py.numbered[0] ?? '');
		}
		const en =
			e.terms.find((t) => isLang(t.lang, 'en') && t.status === 'preferred') ??
			e.terms.find((t) => isLang(t.lang, 'en'));
		return (en?.text ?? '').toLowerCase();
	};
	if (by === 'updated') return entries.slice().sort((a, b) => b.updatedAt - a.updatedAt);
	const keyed = entries.map((entry) => ({ entry, key: key(entry) }));
	// Entries without a key (no English, say) go last.
	keyed.sort((a, b) => (a.key === b.key ? 0 : !a.key ? 1 : !b.key ? -1 : a.key < b.key ? -1 : 1));
	return keyed.map((k) => k.entry);
}
