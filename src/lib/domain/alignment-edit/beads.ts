/**
 * Corrections a translator makes to an alignment by hand. Beads are lists of unit indexes (Chinese
 * segments by order, English draft paragraphs by index); every operation returns a new list and
 * keeps the invariant that each unit of both sides sits in exactly one bead. Beads the translator
 * made get score 1: a person vouched for them. Pure: the alignment view and its tests share it.
 */

import type { AlignmentBead } from '../types.ts';

export type Side = 'zh' | 'en';

/** Score of a bead the translator made or confirmed by hand. */
export const MANUAL_SCORE = 1;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const isEmpty = (b: AlignmentBead) => b.zh.length === 0 && b.en.length === 0;
const manual = (zh: number[], en: number[], locked?: boolean): AlignmentBead =>
	locked
		? { zh: sorted(zh), en: sorted(en), score: MANUAL_SCORE, locked }
		: { zh: sorted(zh), en: sorted(en), score: MANUAL_SCORE };

function valid(beads: AlignmentBead[], index: number): boolean {
	return Number.isInteger(index) && index >= 0 && index < beads.length;
}

/**
 * Whether every Chinese unit 0..zhCount-1 and English unit 0..enCount-1 sits in exactly one bead
 * and no bead is empty: what any stored alignment must satisfy.
 *
 * @example
 * coversExactly([{ zh: [0], en: [1], score: 1 }, { zh: [], en: [0], score: 1 }], 1, 2) // true
 */
export function coversExactly(beads: AlignmentBead[], zhCount: number, enCount: number): boolean {
	const seen = { zh: new Set<number>(), en: new Set<number>() };
	for (const bead of beads) {
		if (isEmpty(bead)) return false;
		for (const side of ['zh', 'en'] as const) {
			const limit = side === 'zh' ? zhCount : enCount;
			for (const i of bead[side]) {
				if (!Number.isInteger(i) || i < 0 || i >= limit || seen[side].has(i)) return false;
				seen[side].add(i);
			}
		}
	}
	return seen.zh.size === zhCount && seen.en.size === enCount;
}

/**
 * Moves the boundary between bead `index` and the next one on one side. `up` gives the last
 * unit of bead `index` to the next bead; `down` takes the first unit of the next bead into bead
 * `index`. Beads left empty disappear. Locked beads are not changed (the list comes back as is).
 *
 * @example
 * moveBoundary([{ zh: [0], en: [0, 1], score: 0.9 }, { zh: [1], en: [], score: 0.5 }], 0, 'en', 'up')
 * // [{ zh: [0], en: [0], score: 1 }, { zh: [1], en: [1], score: 1 }]
 */
export function moveBoundary(
	beads: AlignmentBead[],
	index: number,
	side: Side,
	direction: 'up' | 'down'
): AlignmentBead[] {
	if (!valid(beads, index) || !valid(beads, index + 1)) return beads;
	const [a, b] = [beads[index], beads[index + 1]];
	if (a.locked || b.locked) return beads;
	const from = direction === 'up' ? a : b;
	if (!from[side].length) return beads;
	const unit = direction === 'up' ? sorted(from[side]).at(-1)! : sorted(from[side])[0];
	const take = (bead: AlignmentBead) => bead[side].filter((u) => u !== unit);
	const give = (bead: AlignmentBead) => [...bead[side], unit];
	const nextA =
		side === 'zh'
			? { zh: direction === 'up' ? take(a) : give(a), en: a.en }
			: { zh: a.zh, en: direction === 'up' ? take(a) : give(a) };
	const nextB =
		side === 'zh'
			? { zh: direction === 'up' ? give(b) : take(b), en: b.en }
			: { zh: b.zh, en: direction === 'up' ? give(b) : take(b) };
	const replaced = [manual(nextA.zh, nextA.en), manual(nextB.zh, nextB.en)].filter(
		(x) => !isEmpty(x)
	);
	return [...beads.slice(0, index), ...replaced, ...beads.slice(index + 2)];
}

/**
 * Joins beads `from`..`to` (inclusive) into one: linking a Chinese paragraph left alone with an
 * English one beside it, or merging two beads. Refused when a locked bead is in the range.
 *
 * @example
 * linkBeads([{ zh: [0], en: [], score: 0.5 }, { zh: [], en: [0], score: 0.5 }], 0, 1)
 * // [{ zh: [0], en: [0], score: 1 }]
 */
export function linkBeads(beads: AlignmentBead[], from: number, to: number): AlignmentBead[] {
	const [lo, hi] = from <= to ? [from, to] : [to, from];
	if (!valid(beads, lo) || !valid(beads, hi) || lo === hi) return beads;
	const range = beads.slice(lo, hi + 1);
	if (range.some((b) => b.locked)) return beads;
	const joined = manual(
		range.flatMap((b) => b.zh),
		range.flatMap((b) => b.en)
	);
	return [...beads.slice(0, lo), joined, ...beads.slice(hi + 1)];
}

/**
 * Unlinks a bead: each of its units becomes a bead of its own with no counterpart (Chinese
 * first, then English), for the translator to link again differently.
 *
 * @example
 * unlinkBead([{ zh: [0], en: [0], score: 0.4 }], 0) // [{ zh: [0], en: [], … }, { zh: [], en: [0], … }]
 */
export function unlinkBead(beads: AlignmentBead[], index: number): AlignmentBead[] {
	if (!valid(beads, index) || beads[index].locked) return beads;
	const bead = beads[index];
	if (bead.zh.length + bead.en.length < 2) return beads;
	const pieces = [
		...sorted(bead.zh).map((i) => manual([i], [])),
		...sorted(bead.en).map((j) => manual([], [j]))
	];
	return [...beads.slice(0, index), ...pieces, ...beads.slice(index + 1)];
}

/**
 * Splits a bead in two after `zhAt` Chinese and `enAt` English units (by default half of each,
 * rounded up), e.g. a 2-2 into two 1-1, a 1-2 into a 1-1 and a 0-1. Refused when a part would be
 * empty or the bead is locked.
 *
 * @example
 * splitBead([{ zh: [0, 1], en: [0, 1], score: 0.7 }], 0) // [{ zh: [0], en: [0], … }, { zh: [1], en: [1], … }]
 */
export function splitBead(
	beads: AlignmentBead[],
	index: number,
	zhAt?: number,
	enAt?: number
): AlignmentBead[] {
	if (!valid(beads, index) || beads[index].locked) return beads;
	const zh = sorted(beads[index].zh);
	const en = sorted(beads[index].en);
	const z = zhAt ?? Math.ceil(zh.length / 2);
	const e = enAt ?? Math.ceil(en.length / 2);
	const first = manual(zh.slice(0, z), en.slice(0, e));
	const second = manual(zh.slice(z), en.slice(e));
	if (isEmpty(first) || isEmpty(second)) return beads;
	return [...beads.slice(0, index), first, second, ...beads.slice(index + 1)];
}

/**
 * Takes one unit out of its bead and leaves it alone: a Chinese paragraph missing from the draft
 * (1-0) or an English paragraph extra in it (0-1). In reading order, the lone bead goes before
 * what is left of its old bead when the unit came first there, after it otherwise.
 *
 * @example
 * detachItem([{ zh: [0, 1], en: [0], score: 0.6 }], 'zh', 1) // [{ zh: [0], en: [0], … }, { zh: [1], en: [], … }]
 */
export function detachItem(beads: AlignmentBead[], side: Side, unit: number): AlignmentBead[] {
	const index = beads.findIndex((b) => b[side].includes(unit));
	if (index < 0 || beads[index].locked) return beads;
	const bead = beads[index];
	if (bead.zh.length + bead.en.length < 2) return beads;
	const rest =
		side === 'zh'
			? manual(
					bead.zh.filter((u) => u !== unit),
					bead.en
				)
			: manual(
					bead.zh,
					bead.en.filter((u) => u !== unit)
				);
	const alone = side === 'zh' ? manual([unit], []) : manual([], [unit]);
	const first = sorted(bead[side])[0] === unit;
	const pieces = first ? [alone, rest] : [rest, alone];
	return [
		...beads.slice(0, index),
		...pieces.filter((b) => !isEmpty(b)),
		...beads.slice(index + 1)
	];
}

/**
 * Attaches English unit `en` to bead `index` wherever it sits now, out of order if need be (the
 * ladder then shows a crossing link). Its old bead loses it and disappears if left empty.
 *
 * @example
 * attachItem([{ zh: [0], en: [], score: 0.5 }, { zh: [1], en: [0], score: 0.8 }], 0, 'en', 0)
 * // [{ zh: [0], en: [0], … }, { zh: [1], en: [], … }]
 */
export function attachItem(
	beads: AlignmentBead[],
	index: number,
	side: Side,
	unit: number
): AlignmentBead[] {
	if (!valid(beads, index) || beads[index].locked) return beads;
	const from = beads.findIndex((b) => b[side].includes(unit));
	if (from < 0 || from === index || beads[from].locked) return beads;
	const out = beads.map((bead, i) => {
		if (i === from) {
			return side === 'zh'
				? manual(
						bead.zh.filter((u) => u !== unit),
						bead.en
					)
				: manual(
						bead.zh,
						bead.en.filter((u) => u !== unit)
					);
		}
		if (i === index)
			return side === 'zh'
				? manual([...bead.zh, unit], bead.en)
				: manual(bead.zh, [...bead.en, unit]);
		return bead;
	});
	return out.filter((b) => !isEmpty(b));
}

/**
 * Locks or unlocks a bead. Locking says "this is right": the bead keeps its score 1 and stays as
 * it is when the rest is re-aligned.
 *
 * @example
 * toggleLock([{ zh: [0], en: [0], score: 0.4 }], 0) // [{ zh: [0], en: [0], score: 1, locked: true }]
 */
export function toggleLock(beads: AlignmentBead[], index: number): AlignmentBead[] {
	if (!valid(beads, index)) return beads;
	return beads.map((bead, i) => {
		if (i !== index) return bead;
		if (bead.locked) return { zh: bead.zh, en: bead.en, score: bead.score };
		return { zh: bead.zh, en: bead.en, score: MANUAL_SCORE, locked: true };
	});
}

/** A stretch of unlocked beads between locked ones: the units to align again. */
export interface AlignmentGap {
	/** Position of the stretch's first bead in the list. */
	start: number;
	/** Number of beads in the stretch. */
	length: number;
	zh: number[];
	en: number[];
}

/**
 * The stretches of unlocked beads between locked ones, with the units they hold, in list order.
 * Re-aligning only inside these keeps every locked bead a constraint.
 *
 * @example
 * gapsBetweenLocked([{ zh: [0], en: [0], score: 1, locked: true }, { zh: [1, 2], en: [1], score: 0.3 }])
 * // [{ start: 1, length: 1, zh: [1, 2], en: [1] }]
 */
export function gapsBetweenLocked(beads: AlignmentBead[]): AlignmentGap[] {
	const gaps: AlignmentGap[] = [];
	let current: AlignmentGap | null = null;
	beads.forEach((bead, i) => {
		if (bead.locked) {
			current = null;
			return;
		}
		if (!current) {
			current = { start: i, length: 0, zh: [], en: [] };
			gaps.push(current);
		}
		current.length++;
		current.zh.push(...bead.zh);
		current.en.push(...bead.en);
	});
	return gaps.map((g) => ({ ...g, zh: sorted(g.zh), en: sorted(g.en) }));
}

/**
 * Puts re-aligned stretches back. `results[k]` holds the beads for `gaps[k]` in the gap's own
 * numbering (0 = the gap's first Chinese / English unit), as the aligner returns them.
 *
 * @example
 * fillGaps(beads, gaps, [[{ zh: [0], en: [0], score: 0.9 }, { zh: [1], en: [], score: 0.5 }]])
 */
export function fillGaps(
	beads: AlignmentBead[],
	gaps: AlignmentGap[],
	results: AlignmentBead[][]
): AlignmentBead[] {
	const out: AlignmentBead[] = [];
	let at = 0;
	gaps.forEach((gap, k) => {
		out.push(...beads.slice(at, gap.start));
		for (const b of results[k] ?? []) {
			out.push({ zh: b.zh.map((i) => gap.zh[i]), en: b.en.map((j) => gap.en[j]), score: b.score });
		}
		at = gap.start + gap.length;
	});
	out.push(...beads.slice(at));
	return out.filter((b) => !isEmpty(b));
}

/** What the summary line says about an alignment. */
export interface AlignmentSummary {
	beads: number;
	oneToOne: number;
	doubtful: number;
	missing: number;
	extra: number;
	locked: number;
}

/** Below this score an unlocked bead is marked doubtful for the translator to check. */
export const DOUBTFUL_BELOW = 0.6;

/** Whether a bead deserves a second look: a low score, not locked or made by hand. */
export function isDoubtful(bead: AlignmentBead, threshold = DOUBTFUL_BELOW): boolean {
	return !bead.locked && bead.score < threshold;
}

/**
 * Counts for the summary line.
 *
 * @example
 * summarize([{ zh: [0], en: [0], score: 0.9 }, { zh: [1], en: [], score: 0.5 }])
 * // { beads: 2, oneToOne: 1, doubtful: 1, missing: 1, extra: 0, locked: 0 }
 */
export function summarize(beads: AlignmentBead[], threshold = DOUBTFUL_BELOW): AlignmentSummary {
	return {
		beads: beads.length,
		oneToOne: beads.filter((b) => b.zh.length === 1 && b.en.length === 1).length,
		doubtful: beads.filter((b) => isDoubtful(b, threshold)).length,
		missing: beads.filter((b) => b.zh.length > 0 && b.en.length === 0).length,
		extra: beads.filter((b) => b.zh.length === 0 && b.en.length > 0).length,
		locked: beads.filter((b) => b.locked).length
	};
}

/**
 * Whether a bead's English is out of reading order with respect to the beads before it (a link
 * attached by hand to a paragraph elsewhere): the ladder draws it as a crossing.
 *
 * @example
 * crossingBeads([{ zh: [0], en: [1], score: 1 }, { zh: [1], en: [0], score: 1 }]) // [false, true]
 */
export function crossingBeads(beads: AlignmentBead[]): boolean[] {
	let highest = -1;
	return beads.map((bead) => {
		const crosses =
			bead.en.some((j) => j < highest) || (bead.en.length > 1 && !contiguous(bead.en));
		for (const j of bead.en) highest = Math.max(highest, j);
		return crosses;
	});
}

function contiguous(xs: number[]): boolean {
	const s = sorted(xs);
	return s.every((x, i) => i === 0 || x === s[i - 1] + 1);
}
