/**
 * Translation-memory lookup as CAT tools do it: an exact match by the normalised text (100%),
 * and fuzzy matches shortlisted through a character n-gram inverted index and then scored by
 * edit distance, score = 1 − distance / longer length, shown as a percentage.
 */
import { distance } from 'fastest-levenshtein';
import type { TmUnit } from '../types.ts';
import { normaliseForMatch, textGrams } from './normalise.ts';

/**
 * An in-memory index over TM units. Build it once (in a worker for a large TM) and keep it up
 * to date with {@link addToTmIndex} / {@link removeFromTmIndex}; treat the fields as private.
 */
export interface TmIndex {
	/** Units by slot; a replaced or removed unit leaves a dead slot behind. */
	units: (TmUnit | null)[];
	/** Normalised source text by slot. */
	normalised: string[];
	/** Length of each slot's normalised source. */
	lengths: number[];
	/** Number of distinct grams of each slot's source. */
	gramCounts: number[];
	/** Normalised source → live slots with that text. */
	exact: Map<string, number[]>;
	/** Gram → slots whose source contains it (dead slots are skipped when read). */
	postings: Map<string, number[]>;
	/** Unit id → its live slot. */
	slotById: Map<string, number>;
	/** Scratch counters for a search, one per slot, zero between searches. */
	scratch: Int32Array;
}

export interface TmMatch {
	unit: TmUnit;
	/** 0..1; 1 only for an exact (normalised) match. */
	score: number;
	/** The score as CAT tools show it: 100 only for an exact match, otherwise at most 99. */
	percent: number;
}

export interface TmSearchOptions {
	/** Lowest score returned (0..1). */
	minScore?: number;
	/** Most matches returned. */
	limit?: number;
	/**
	 * Units to consider (e.g. the project's language pair, or not the paragraph's own unit);
	 * asked only of units that could match, so it may be slow-ish.
	 */
	accept?: (unit: TmUnit) => boolean;
}

/** How many of the best-sharing candidates get an edit distance, per match asked for. */
const SHORTLIST_PER_RESULT = 20;
const SHORTLIST_MIN = 100;
/** A gram in more than this share of the units (and this many) is too common to shortlist. */
const COMMON_GRAM_SHARE = 0.1;
const COMMON_GRAM_MIN = 2000;
/** Common grams are skipped only when the query keeps this many others. */
const MIN_RARE_GRAMS = 4;

/**
 * An empty index, or one over the given units (later units with the same id replace earlier).
 *
 * @example
 * const index = buildTmIndex(units);
 * searchTm(index, '坚持招优引强 培育壮大产业集群');
 */
export function buildTmIndex(units: TmUnit[] = []): TmIndex {
	const index: TmIndex = {
		units: [],
		normalised: [],
		lengths: [],
		gramCounts: [],
		exact: new Map(),
		postings: new Map(),
		slotById: new Map(),
		scratch: new Int32Array(Math.max(16, units.length))
	};
	for (const unit of units) addToTmIndex(index, unit);
	return index;
}

/** The number of live units in the index. */
export function tmIndexSize(index: TmIndex): number {
	return index.slotById.size;
}

/**
 * Removes a unit by id; returns whether it was there.
 *
 * @example
 * removeFromTmIndex(index, 'tm:p1:s12') // true
 */
export function removeFromTmIndex(index: TmIndex, id: string): boolean {
	const slot = index.slotById.get(id);
	if (slot === undefined) return false;
	index.slotById.delete(id);
	index.units[slot] = null;
	const key = index.normalised[slot];
	const same = index.exact.get(key);
	if (same) {
		const rest = same.filter((s) => s !== slot);
		if (rest.length) index.exact.set(key, rest);
		else index.exact.delete(key);
	}
	return true;
}

/**
 * Adds a unit to the index, replacing the unit with the same id (a re-confirmed segment).
 *
 * @example
 * addToTmIndex(index, { id: 'tm:p1:s12', source: '…', target: '…', … });
 */
export function addToTmIndex(index: TmIndex, unit: TmUnit): void {
	removeFromTmIndex(index, unit.id);
	const slot = index.units.length;
	const normalised = normaliseForMatch(unit.source);
	const grams = textGrams(normalised);
	index.units.push(unit);
	index.normalised.push(normalised);
	index.lengths.push(normalised.length);
	index.gramCounts.push(grams.length);
	index.slotById.set(unit.id, slot);
	const same = index.exact.get(normalised);
	if (same) same.push(slot);
	else index.exact.set(normalised, [slot]);
	for (const gram of grams) {
		const list = index.postings.get(gram);
		if (list) list.push(slot);
		else index.postings.set(gram, [slot]);
	}
	if (index.scratch.length < index.units.length) {
		const grown = new Int32Array(Math.max(index.units.length, index.scratch.length * 2));
		grown.set(index.scratch);
		index.scratch = grown;
	}
}

/**
 * Brings an index up to date with the units stored now: new or changed units (by id and
 * updatedAt, source and target) are added, units no longer there removed, the rest left alone,
 * so a memory of 100,000 units is not re-indexed because one paragraph was confirmed. Returns
 * how many units it added or removed.
 *
 * @example
 * syncTmIndex(index, await repos.tm.list()) // 2
 */
export function syncTmIndex(index: TmIndex, units: readonly TmUnit[]): number {
	let changed = 0;
	const present = new Set<string>();
	for (const unit of units) {
		present.add(unit.id);
		const slot = index.slotById.get(unit.id);
		const held = slot === undefined ? null : index.units[slot];
		if (
			held &&
			held.updatedAt === unit.updatedAt &&
			held.source === unit.source &&
			held.target === unit.target
		)
			continue;
		addToTmIndex(index, unit);
		changed++;
	}
	for (const id of [...index.slotById.keys()]) {
		if (present.has(id)) continue;
		removeFromTmIndex(index, id);
		changed++;
	}
	return changed;
}

const BINS = 512;

/**
 * The `budget` slots with the highest Dice, without sorting every candidate: a histogram finds
 * the cut, and only the candidates above it are sorted.
 */
function topByDice(slots: Int32Array, dice: Float64Array, count: number, budget: number): number[] {
	let cut = 0;
	if (count > budget) {
		const histogram = new Int32Array(BINS + 1);
		for (let i = 0; i < count; i++) histogram[Math.floor(dice[i] * BINS)]++;
		let above = 0;
		for (cut = BINS; cut > 0; cut--) {
			above += histogram[cut];
			if (above >= budget) break;
		}
	}
	const chosen: number[] = [];
	for (let i = 0; i < count; i++) if (Math.floor(dice[i] * BINS) >= cut) chosen.push(i);
	chosen.sort((a, b) => dice[b] - dice[a] || slots[a] - slots[b]);
	return chosen.slice(0, budget).map((i) => slots[i]);
}

/** 100 only for an exact match; a fuzzy score never rounds up to it. */
function percentOf(score: number): number {
	return score >= 1 ? 100 : Math.min(99, Math.floor(score * 100 + 1e-9));
}

/**
 * The best TM matches for a source text, best first: exact matches (100%) and fuzzy ones down to
 * `minScore`, one per distinct source/target pair (the most recently updated), at most `limit`.
 * Ties go to the more recent unit.
 *
 * @example
 * searchTm(index, '宜春经开区坚持把改革创新摆在更加突出位置', { minScore: 0.7 })
 * // [{ unit, score: 0.91, percent: 91 }, …]
 */
export function searchTm(
	index: TmIndex,
	source: string,
	{ minScore = 0.5, limit = 5, accept }: TmSearchOptions = {}
): TmMatch[] {
	const query = normaliseForMatch(source);
	if (query.length === 0 || limit <= 0) return [];
	const scored = new Map<number, number>();
	const rejected = (slot: number) => accept !== undefined && !accept(index.units[slot] as TmUnit);
	for (const slot of index.exact.get(query) ?? []) scored.set(slot, rejected(slot) ? -1 : 1);

	const grams = textGrams(query);
	const counts = index.scratch;
	const touched: number[] = [];
	// Grams found in a large share of a large TM (a Chinese stop-gram such as 发展) shortlist
	// nothing; when the query has enough others they are left out of the count.
	const lists = grams
		.map((gram) => index.postings.get(gram))
		.filter((list): list is number[] => list !== undefined)
		.sort((a, b) => a.length - b.length);
	const common = Math.max(COMMON_GRAM_MIN, index.units.length * COMMON_GRAM_SHARE);
	const rare = lists.filter((list) => list.length <= common);
	for (const list of rare.length >= MIN_RARE_GRAMS ? rare : lists) {
		for (let i = 0; i < list.length; i++) {
			const slot = list[i];
			if (counts[slot] === 0) touched.push(slot);
			counts[slot]++;
		}
	}
	// A candidate can only reach minScore if the lengths are close enough: the distance is at
	// least their difference. Rank the rest by shared grams (Dice) and score the best few.
	const shortSlots = new Int32Array(touched.length);
	const shortDice = new Float64Array(touched.length);
	let shortCount = 0;
	const qLength = query.length;
	for (const slot of touched) {
		const shared = counts[slot];
		counts[slot] = 0;
		if (index.units[slot] === null || scored.has(slot)) continue;
		const length = index.lengths[slot];
		if (1 - Math.abs(length - qLength) / Math.max(length, qLength) < minScore) continue;
		shortSlots[shortCount] = slot;
		shortDice[shortCount] = (2 * shared) / (grams.length + index.gramCounts[slot]);
		shortCount++;
	}
	const budget = Math.max(SHORTLIST_MIN, limit * SHORTLIST_PER_RESULT);
	for (const slot of topByDice(shortSlots, shortDice, shortCount, budget)) {
		if (rejected(slot)) continue;
		const candidate = index.normalised[slot];
		const score = 1 - distance(query, candidate) / Math.max(candidate.length, qLength);
		if (score >= minScore) scored.set(slot, score);
	}

	const ranked = [...scored]
		.filter(([, score]) => score >= 0)
		.map(([slot, score]) => ({ unit: index.units[slot] as TmUnit, score }));
	ranked.sort(
		(a, b) =>
			b.score - a.score ||
			b.unit.updatedAt - a.unit.updatedAt ||
			(a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0)
	);
	const seen = new Set<string>();
	const matches: TmMatch[] = [];
	for (const { unit, score } of ranked) {
		const pair = `${normaliseForMatch(unit.source)}\u0000${normaliseForMatch(unit.target)}`;
		if (seen.has(pair)) continue;
		seen.add(pair);
		matches.push({ unit, score, percent: percentOf(score) });
		if (matches.length >= limit) break;
	}
	return matches;
}
