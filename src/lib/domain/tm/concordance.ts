/**
 * Concordance: every TM unit whose source or target contains a word or phrase, with where it
 * occurs in each language, so the hits can be highlighted. Chinese phrases of two characters or
 * more are found through the fuzzy index's bigram postings; anything else by a scan of the
 * case-folded texts, kept beside the index.
 */
import type { TmUnit } from '../types.ts';
import { normaliseForMatch, textGrams } from './normalise.ts';
import type { TmIndex } from './search.ts';

/** A [start, end) range of UTF-16 offsets in a unit's text. */
export type HitRange = [number, number];

export interface ConcordanceHit {
	unit: TmUnit;
	/** Where the query occurs in the unit's source, and in its target. */
	source: HitRange[];
	target: HitRange[];
}

export interface ConcordanceResult {
	/** How many units contain the query (hits holds at most `limit` of them). */
	total: number;
	/** The most recently updated first. */
	hits: ConcordanceHit[];
}

export interface ConcordanceOptions {
	/** Most hits returned (the total counts them all). */
	limit?: number;
	accept?: (unit: TmUnit) => boolean;
}

/** Case-folded source and target by slot, filled on first use and kept up to date after. */
const folded = new WeakMap<TmIndex, { source: string[]; target: string[] }>();

/** Lower case that keeps offsets (a character whose lower case is longer stays as it is). */
function fold(text: string): string {
	const lower = text.toLowerCase();
	if (lower.length === text.length) return lower;
	return Array.from(text, (c) => {
		const l = c.toLowerCase();
		return l.length === c.length ? l : c;
	}).join('');
}

function foldedOf(index: TmIndex): { source: string[]; target: string[] } {
	let cache = folded.get(index);
	if (!cache) {
		cache = { source: [], target: [] };
		folded.set(index, cache);
	}
	for (let slot = cache.source.length; slot < index.units.length; slot++) {
		const unit = index.units[slot];
		cache.source.push(unit ? fold(unit.source) : '');
		cache.target.push(unit ? fold(unit.target) : '');
	}
	return cache;
}

/**
 * Folds the texts of units added since the last call, so the first concordance search does
 * not do it for the whole memory at once (call it as a large memory is read in).
 *
 * @example
 * for (const unit of page) addToTmIndex(index, unit);
 * prepareConcordance(index);
 */
export function prepareConcordance(index: TmIndex): void {
	foldedOf(index);
}

/**
 * Every range where `needle` (already folded) occurs in `haystack` (folded), not overlapping.
 *
 * @example
 * rangesOf('industrial clusters and industrial parks', 'industrial') // [[0, 10], [24, 34]]
 */
export function rangesOf(haystack: string, needle: string): HitRange[] {
	const ranges: HitRange[] = [];
	if (!needle) return ranges;
	let at = haystack.indexOf(needle);
	while (at >= 0) {
		ranges.push([at, at + needle.length]);
		at = haystack.indexOf(needle, at + needle.length);
	}
	return ranges;
}

/** Sorted slot lists intersected, smallest first. */
function intersect(lists: number[][]): number[] {
	const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
	let result = first;
	for (const list of rest) {
		const next: number[] = [];
		let j = 0;
		for (const slot of result) {
			while (j < list.length && list[j] < slot) j++;
			if (list[j] === slot) next.push(slot);
		}
		result = next;
		if (result.length === 0) break;
	}
	return result;
}

const ALL_CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}$/u;

/**
 * The units containing `query` in their source or target (case-insensitive, white space inside
 * the query made single spaces), with the ranges to highlight on both sides.
 *
 * @example
 * concordance(index, '产业集群').total // 412
 * concordance(index, 'industrial clusters').hits[0].target // [[31, 50]]
 */
export function concordance(
	index: TmIndex,
	query: string,
	{ limit = 50, accept }: ConcordanceOptions = {}
): ConcordanceResult {
	const needle = fold(query.replace(/\s+/gu, ' ').trim());
	if (!needle) return { total: 0, hits: [] };
	const texts = foldedOf(index);
	const normalised = normaliseForMatch(needle);
	// Every bigram of a Chinese phrase is in the postings of a unit that contains the phrase.
	let slots: Iterable<number>;
	if (ALL_CJK.test(normalised)) {
		const lists = textGrams(normalised).map((gram) => index.postings.get(gram) ?? []);
		slots = intersect(lists);
	} else {
		slots = index.units.keys();
	}
	const found: number[] = [];
	for (const slot of slots) {
		const unit = index.units[slot];
		if (!unit) continue;
		if (!texts.source[slot].includes(needle) && !texts.target[slot].includes(needle)) continue;
		if (accept && !accept(unit)) continue;
		found.push(slot);
	}
	const units = index.units as TmUnit[];
	found.sort(
		(a, b) =>
			units[b].updatedAt - units[a].updatedAt ||
			(units[a].id < units[b].id ? -1 : units[a].id > units[b].id ? 1 : 0)
	);
	// Ranges only for the hits returned.
	const hits = found.slice(0, Math.max(0, limit)).map((slot) => ({
		unit: units[slot],
		source: rangesOf(texts.source[slot], needle),
		target: rangesOf(texts.target[slot], needle)
	}));
	return { total: found.length, hits };
}
