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

/**
 * The prepared dictionary text for a raw CC-CEDICT file: attribution header, then one sorted
 * line per headword, `headword<TAB>keys`, with a third field of readings for single characters.
 *
 * @example
 * prepareCedict('蘋果 苹果 [ping2 guo3] /apple/\n').split('\n').at(-2) // '苹果\tappl'
 * // single characters also get their toneless readings: '陈\tstale old\tchen'
 */
export function prepareCedict(raw: string): string {
	const entries = new Map<string, Set<string>>();
	// Readings of single characters, for matching transliterated names.
	const readings = new Map<string, Set<string>>();
	for (const line of raw.split(/\r?\n/)) {
		if (!line || line.startsWith('#')) continue;
		const parsed = parseCedictLine(line);
		if (!parsed) continue;
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
	const headwords = [...new Set([...entries.keys(), ...readings.keys()])].sort();
	const lines = headwords.map((h) => {
		const keys = [...(entries.get(h) ?? [])].join(' ');
		const reading = readings.get(h);
		return reading ? `${h}\t${keys}\t${[...reading].slice(0, 3).join(' ')}` : `${h}\t${keys}`;
	});
	return [...CEDICT_ATTRIBUTION, ...lines, ''].join('\n');
}
