/**
 * Turns CC-CEDICT (the `cedict_ts.u8` text) into the compact form the aligner loads: one line per
 * simplified headword, `headword<TAB>key key key`, the keys being the stemmed content words of
 * its glosses. Notes that only point elsewhere ("variant of", "see …", classifiers, bracketed
 * remarks) are dropped, since they would match English words by accident.
 */
import { englishContentWords } from './english.ts';

/** Attribution written at the head of the prepared file (CC BY-SA 4.0 asks for it). */
export const CEDICT_ATTRIBUTION = [
	'# Derived from CC-CEDICT (https://cc-cedict.org/wiki/), published by MDBG,',
	'# licensed under Creative Commons Attribution-ShareAlike 4.0 International',
	'# (https://creativecommons.org/licenses/by-sa/4.0/). Referenced work: CEDICT,',
	'# Copyright (C) 1997, 1998 Paul Andrew Denisowski. Changes: simplified headwords only,',
	'# glosses reduced to stemmed English content words; this file is under the same licence.'
];

const RAW_LINE = /^(\S+)\s+(\S+)\s+\[([^\]]*)\]\s+\/(.*)\/\s*$/;
const DROP_GLOSS =
	/^(?:\(.*?\)\s*)*(?:old |archaic |obscure |japanese |also )?(?:variant of|see |cl:|also written|also pr\.|used in|surname |abbr\. for|\(bound form\)\s*$)/i;

/** Keys of one CC-CEDICT gloss, or none if the gloss only points elsewhere. */
export function glossKeys(gloss: string): string[] {
	if (DROP_GLOSS.test(gloss.trim())) return [];
	const cleaned = gloss
		.replace(/\([^)]*\)/g, ' ')
		.replace(/\[[^\]]*\]/g, ' ')
		.replace(/[\u2E80-\u9FFF\uF900-\uFAFF|]+/g, ' ');
	return englishContentWords(cleaned).map((t) => t.key);
}

/**
 * Parses one raw CC-CEDICT line into its simplified headword and gloss keys.
 *
 * @example
 * parseCedictLine('蘋果 苹果 [ping2 guo3] /apple/') // { headword: '苹果', keys: ['appl'], reading: 'pingguo' }
 */
export function parseCedictLine(
	line: string
): { headword: string; keys: string[]; reading: string } | null {
	const m = RAW_LINE.exec(line);
	if (!m) return null;
	const keys = new Set<string>();
	for (const gloss of m[4].split('/')) for (const k of glossKeys(gloss)) keys.add(k);
	const reading = m[3].toLowerCase().replace(/u:/g, 'u').replace(/[0-9]/g, '').replace(/\s+/g, '');
	return { headword: m[2], keys: [...keys], reading };
}

/** Headwords longer than this are never matched (segmentChinese looks no further). */
export const MAX_WORD_LENGTH = 8;

/** Marks the line that lists the key vocabulary of the prepared file. */
export const KEYS_LINE = '@keys ';

/**
 * The prepared dictionary text for a raw CC-CEDICT file: attribution header, a `@keys` line with
 * every gloss key once (most frequent first), then one sorted line per headword,
 * `headword<TAB>key ids` (base 36 indexes into the `@keys` line), with a third field of toneless
 * readings for single characters. Headwords longer than MAX_WORD_LENGTH are left out.
 *
 * @example
 * prepareCedict('蘋果 苹果 [ping2 guo3] /apple/\n').split('\n').slice(-3) // ['@keys appl', '苹果\t0', '']
 * // single characters also get their readings: '陈\t1 2\tchen'
 */
export function prepareCedict(raw: string): string {
	const entries = new Map<string, Set<string>>();
	// Readings of single characters, for matching transliterated names.
	const readings = new Map<string, Set<string>>();
	for (const line of raw.split(/\r?\n/)) {
		if (!line || line.startsWith('#')) continue;
		const parsed = parseCedictLine(line);
		if (!parsed || parsed.headword.length > MAX_WORD_LENGTH) continue;
		if ([...parsed.headword].length === 1 && /^[a-z]+$/.test(parsed.reading)) {
			let set = readings.get(parsed.headword);
			if (!set) readings.set(parsed.headword, (set = new Set()));
			set.add(parsed.reading);
		}
		if (parsed.keys.length === 0) continue;
		let set = entries.get(parsed.headword);
		if (!set) entries.set(parsed.headword, (set = new Set()));
		for (const k of parsed.keys) set.add(k);
	}
	const frequency = new Map<string, number>();
	for (const keys of entries.values())
		for (const k of keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
	const vocabulary = [...frequency.keys()].sort(
		(a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : 1)
	);
	const id = new Map(vocabulary.map((k, n) => [k, n.toString(36)]));
	const headwords = [...new Set([...entries.keys(), ...readings.keys()])].sort();
	const lines = headwords.map((h) => {
		const keys = [...(entries.get(h) ?? [])].map((k) => id.get(k)).join(' ');
		const reading = readings.get(h);
		return reading ? `${h}\t${keys}\t${[...reading].slice(0, 3).join(' ')}` : `${h}\t${keys}`;
	});
	const date = /^#! date=(\S+)/m.exec(raw)?.[1];
	const release = date ? [`# CC-CEDICT release of ${date}.`] : [];
	return [...CEDICT_ATTRIBUTION, ...release, KEYS_LINE + vocabulary.join(' '), ...lines, ''].join(
		'\n'
	);
}
