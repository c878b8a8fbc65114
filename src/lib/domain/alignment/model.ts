/**
 * The constants of the alignment model, fitted on MAC-Dev and shipped as they are
 * (bench/lib/fit-align.ts measures the match rates and length spread, bench/lib/tune-align.ts
 * searches the costs). Costs are negative log-probabilities (nats).
 */

import type { SegmentKind } from '../types.ts';

/** Bead shapes: [Chinese units, English units]. */
export type BeadShape = readonly [number, number];

export interface AlignParams {
	shapes: BeadShape[];
	/** Cost of each shape (prior plus merge penalty), same order as shapes. */
	shapeCost: number[];
	/** Standard deviation of log(en chars / (ratio · zh chars)) in a true bead. */
	lengthSigma: number;
	/** Added to both lengths before the log ratio, so short units are not over-penalised. */
	lengthSmoothing: number;
	/** Weight of the lexical log-likelihood ratio against the length cost. */
	lexWeight: number;
	/** P(an English item finds a match | true bead). */
	pMatch: number;
	/** Weight of the Chinese-side ratio (Chinese words matched in the English) against the English side. */
	zhWeight: number;
	/** P(a Chinese word finds a match | true bead). */
	pMatchZh: number;
	/** Lower bound of P(match | random Chinese unit), so no single match is decisive. */
	pRandomFloor: number;
	/** Cost of each quotation opened (or closed) on one side of a bead and not on the other. */
	quoteCost: number;
	/** The same for quotations found only in the English of a bead. */
	quoteCostEnglish: number;
	/** Weight of the squared log ratio of sentence and clause breaks of the two sides of a bead. */
	breakWeight: number;
	/**
	 * Cost of each unit inside a merged bead (not the last of its side) that ends a quotation
	 * with a sentence end (features.ts turnEnd): a turn of dialogue ends the bead.
	 */
	turnCost: number;
	/**
	 * Cost of leaving one unit of a kind without a counterpart (paragraphs whose kinds are
	 * known): a caption or credit missing from a draft is common, a body paragraph much less so.
	 * Kinds not listed cost the 1-0 / 0-1 shape cost.
	 */
	nullCostByKind: Partial<Record<SegmentKind, number>>;
	/** Added to a bead that merges a title, heading, caption or credit with other units. */
	labelMergeCost: number;
	/** Added to a 1-1 bead that pairs such a label with a body paragraph. */
	labelMismatchCost: number;
	/** Taken off a 1-1 bead that pairs two labels of the same kind (a title with a title). */
	labelMatchBonus: number;
	/** Half-width of the band around the anchor path, in units. */
	band: number;
	/**
	 * Merged beads (1-2, 2-1 and larger) whose length cost alone is above this are not scored
	 * (0: all are). 8 is four standard deviations (lengths 2.2 times off the document's ratio):
	 * sentences merged so unevenly are not a translation's, and skipping them saves time.
	 */
	mergeLengthCutoff: number;
	/** Half-width of the diagonal window where anchors are looked for. */
	anchorWindow: number;
	/** Minimum lexical log-likelihood ratio of an anchor. */
	anchorMinLlr: number;
	/**
	 * Half-width (units) of the band of the second pass, which aligns again with a translation
	 * table learnt from the first (realign.ts); 0: one pass only.
	 */
	realignBand: number;
}

/**
 * The constants as one new object with every field in one order (a field added to AlignParams
 * must be added here: the type says so). The search reads them in every cell. Built by
 * spreading DEFAULT_PARAMS or PARAGRAPH_PARAMS, the objects shared those constants' hidden
 * class, which V8 replaced partway through a batch: every optimised function reading
 * `params` was thrown away ("wrong map" at this.params reads: 15 of the 24-pair batch's 34
 * deoptimisations; 4 are left with this, the output the same).
 */
export function ownParams(p: AlignParams): AlignParams {
	return {
		shapes: p.shapes,
		shapeCost: p.shapeCost,
		lengthSigma: p.lengthSigma,
		lengthSmoothing: p.lengthSmoothing,
		lexWeight: p.lexWeight,
		pMatch: p.pMatch,
		zhWeight: p.zhWeight,
		pMatchZh: p.pMatchZh,
		pRandomFloor: p.pRandomFloor,
		quoteCost: p.quoteCost,
		quoteCostEnglish: p.quoteCostEnglish,
		breakWeight: p.breakWeight,
		turnCost: p.turnCost,
		nullCostByKind: p.nullCostByKind,
		labelMergeCost: p.labelMergeCost,
		labelMismatchCost: p.labelMismatchCost,
		labelMatchBonus: p.labelMatchBonus,
		band: p.band,
		mergeLengthCutoff: p.mergeLengthCutoff,
		anchorWindow: p.anchorWindow,
		anchorMinLlr: p.anchorMinLlr,
		realignBand: p.realignBand
	};
}

/** Shapes MAC-Dev shows, with their counts there (1,329 beads). */
const SHAPES: [BeadShape, number][] = [
	[[1, 1], 817],
	[[1, 2], 275],
	[[1, 3], 75],
	[[2, 1], 62],
	[[1, 4], 33],
	[[2, 2], 21],
	[[2, 3], 13],
	[[1, 0], 9],
	[[3, 2], 6],
	[[1, 5], 5],
	[[0, 1], 4],
	[[2, 4], 3],
	[[3, 1], 2],
	[[3, 3], 2],
	[[1, 6], 2]
];

/** Prior costs from counts, plus a penalty growing with the bead's size. */
export function shapeCosts(prior: number, mergePenalty: number, nullCost: number): number[] {
	const total = SHAPES.reduce((s, [, n]) => s + n, 0);
	return SHAPES.map(([[a, b], n]) => {
		if (a === 0 || b === 0) return nullCost;
		return -prior * Math.log((n + 1) / total) + mergePenalty * (a + b - 2);
	});
}

export const DEFAULT_PARAMS: AlignParams = {
	shapes: SHAPES.map(([s]) => s),
	// Fitted on MAC-Dev by bench/lib/tune-align.ts (table F1 .890): the counts' prior adds
	// nothing once the merge penalty is there, so shapes cost 3.75 per unit beyond 1-1.
	shapeCost: shapeCosts(0, 3.75, 21),
	lengthSigma: 0.2,
	lengthSmoothing: 8,
	lexWeight: 0.8,
	pMatch: 0.45,
	zhWeight: 1.2,
	pMatchZh: 0.35,
	pRandomFloor: 0.02,
	quoteCost: 4,
	quoteCostEnglish: 1,
	// Fitted on the tune half (table F1 .942 → .956 with the English items below deduplicated);
	// the held-out half went .855 → .847 (chapter 002, a free translation, .786 → .746).
	breakWeight: 6,
	// Chosen on the tune half and its proxies (bench/lib/proxies.ts): in the gold beads of the
	// tune half a unit ending a quotation with a sentence end is followed by one of the same
	// bead 4 times in 86 in the English (291 in 1,011 for all units), 6 in 88 in the Chinese (63 in
	// 783); the gain is in 003, the chapter with most dialogue (001 and 005 unchanged).
	// 1 of 0.5–8 was best on all five proxies (table F1 full .953 → .962).
	turnCost: 1,
	nullCostByKind: {},
	labelMergeCost: 0,
	labelMismatchCost: 0,
	labelMatchBonus: 0,
	band: 15,
	mergeLengthCutoff: 8,
	anchorWindow: 40,
	anchorMinLlr: 6,
	// Chosen on the tune half and on it with the dictionary weakened (bench:align --tune-only
	// --weaken-dictionary): .956 → .953 with the full dictionary, .904 → .918 and .880 → .905
	// with half and four fifths of the headwords hidden; bands 2–6 gave the same beads. The
	// held-out half, measured once afterwards, went .854 → .868 (002 .764 → .793).
	realignBand: 3
};

/**
 * Paragraphs of a draft: the same model, but a paragraph missing from the draft or added to it
 * (a translator's note) is a normal event there, so insertions and deletions cost less.
 */
export const PARAGRAPH_PARAMS: AlignParams = {
	...DEFAULT_PARAMS,
	...onlyShapes(
		[
			[1, 1],
			[1, 2],
			[2, 1],
			[1, 3],
			[3, 1],
			[2, 2],
			[1, 0],
			[0, 1]
		],
		shapeCosts(0, 3.75, 4)
	),
	nullCostByKind: { caption: 1, credit: 1, title: 4, subtitle: 4, heading: 2.5 },
	labelMergeCost: 12,
	labelMismatchCost: 3,
	labelMatchBonus: 1.5,
	// An abridged draft may render three paragraphs in one short one: score every merge.
	mergeLengthCutoff: 0,
	// Measured on sentences only.
	turnCost: 0,
	realignBand: 0
};

/**
 * A subset of the shapes with their costs. Paragraphs of a draft merge or split by two or
 * three, so the paragraph level searches only the beads DESIGN.md §4 lists (and is faster).
 */
function onlyShapes(keep: BeadShape[], costs: number[]): Pick<AlignParams, 'shapes' | 'shapeCost'> {
	const index = keep.map(([a, b]) => SHAPES.findIndex(([[x, y]]) => x === a && y === b));
	return { shapes: keep, shapeCost: index.map((k) => costs[k]) };
}

/** Kinds that stand alone in a translation: never merged with a neighbour. */
export const LABEL_KINDS: ReadonlySet<SegmentKind> = new Set([
	'title',
	'subtitle',
	'heading',
	'caption',
	'credit'
]);
