/**
 * The search: bead costs from the length model and the lexical likelihood ratio, confident 1-1
 * anchors first (mutual best, longest increasing chain), then dynamic programming in a band
 * around them, so time grows about linearly with the document.
 */
import type { UnitFeatures } from './features.ts';
import type { SearchBead, SegmentKind } from '../types.ts';
import { LABEL_KINDS, type AlignParams } from './model.ts';
import { LexicalModel } from './lexical.ts';

/** Kinds of the units of either side, when known (paragraphs of a document). */
export interface UnitKinds {
	zh?: readonly SegmentKind[];
	en?: readonly SegmentKind[];
}

/** Precomputed model state for one pair of documents. */
export class Scorer {
	readonly ratio: number;
	private readonly zhPrefix: Float64Array;
	private readonly enPrefix: Float64Array;
	/** log(length + smoothing) of English spans, log(ratio · length + smoothing) of Chinese ones. */
	private readonly logEnLength: Float64Array;
	private readonly logZhLength: Float64Array;
	private readonly zhOpen: Float64Array;
	private readonly zhClose: Float64Array;
	private readonly enOpen: Float64Array;
	private readonly enClose: Float64Array;
	private readonly zhBreaks: Float64Array;
	private readonly enBreaks: Float64Array;
	private readonly zhTurns: Float64Array;
	private readonly enTurns: Float64Array;
	/** Per unit: cost of leaving it alone (1-0 or 0-1), and whether it is a label (heading, caption…). */
	private readonly zhNull: Float64Array;
	private readonly enNull: Float64Array;
	private readonly zhLabel: Uint8Array;
	private readonly enLabel: Uint8Array;
	private readonly labelled: boolean;
	private readonly zhKinds: readonly SegmentKind[] | undefined;
	private readonly enKinds: readonly SegmentKind[] | undefined;
	/** The 1-0 and 0-1 shape costs, whatever the kinds (a bead's margin is measured against them). */
	readonly zhShapeNull: number;
	/** params.shapes as two typed arrays (Chinese units, English units), read in every search cell. */
	readonly shapeZh: Int32Array;
	readonly shapeEn: Int32Array;
	readonly enShapeNull: number;
	/** English items matched in the Chinese, and Chinese items matched in the English. */
	private readonly fromEn: LexicalModel;
	private readonly fromZh: LexicalModel | null;

	constructor(
		readonly zh: UnitFeatures[],
		readonly en: UnitFeatures[],
		readonly params: AlignParams,
		kinds: UnitKinds = {},
		previous?: Scorer
	) {
		const zhLen = zh.reduce((s, u) => s + u.length, 0);
		const enLen = en.reduce((s, u) => s + u.length, 0);
		this.ratio = zhLen > 0 && enLen > 0 ? enLen / zhLen : 1;
		this.zhPrefix = prefixSums(zh.map((u) => u.length));
		this.enPrefix = prefixSums(en.map((u) => u.length));
		const s = params.lengthSmoothing;
		this.logEnLength = Float64Array.from({ length: LENGTH_TABLE }, (_, n) => Math.log(n + s));
		this.logZhLength = Float64Array.from({ length: LENGTH_TABLE }, (_, n) =>
			Math.log(this.ratio * n + s)
		);
		this.zhOpen = prefixSums(zh.map((u) => u.quotesOpened));
		this.zhClose = prefixSums(zh.map((u) => u.quotesClosed));
		this.enOpen = prefixSums(en.map((u) => u.quotesOpened));
		this.enClose = prefixSums(en.map((u) => u.quotesClosed));
		this.zhBreaks = prefixSums(zh.map((u) => u.breaks));
		this.enBreaks = prefixSums(en.map((u) => u.breaks));
		this.zhTurns = prefixSums(zh.map((u) => u.turnEnd));
		this.enTurns = prefixSums(en.map((u) => u.turnEnd));
		const shapeNull = (a: number, b: number) =>
			params.shapeCost[params.shapes.findIndex(([x, y]) => x === a && y === b)] ?? Infinity;
		const nulls = (n: number, list: readonly SegmentKind[] | undefined, fallback: number) =>
			Float64Array.from({ length: n }, (_, k) => {
				const kind = list?.[k];
				return (kind && params.nullCostByKind[kind]) ?? fallback;
			});
		const labels = (n: number, list: readonly SegmentKind[] | undefined) =>
			Uint8Array.from({ length: n }, (_, k) => (list && LABEL_KINDS.has(list[k]) ? 1 : 0));
		this.shapeZh = Int32Array.from(params.shapes, ([a]) => a);
		this.shapeEn = Int32Array.from(params.shapes, ([, b]) => b);
		this.zhShapeNull = shapeNull(1, 0);
		this.enShapeNull = shapeNull(0, 1);
		this.zhNull = nulls(zh.length, kinds.zh, this.zhShapeNull);
		this.enNull = nulls(en.length, kinds.en, this.enShapeNull);
		this.zhLabel = labels(zh.length, kinds.zh);
		this.enLabel = labels(en.length, kinds.en);
		this.labelled = !!(kinds.zh || kinds.en);
		this.zhKinds = kinds.zh;
		this.enKinds = kinds.en;
		this.breakWeight = params.breakWeight;
		const patch = previous && changedUnits(previous, zh, en);
		this.fromEn = new LexicalModel(
			en,
			zh,
			params.pMatch,
			params.pRandomFloor,
			patch && { before: previous.fromEn, only: patch.en }
		);
		this.fromZh =
			params.zhWeight > 0
				? new LexicalModel(
						zh,
						en,
						params.pMatchZh,
						params.pRandomFloor,
						patch && previous.fromZh ? { before: previous.fromZh, only: patch.zh } : undefined
					)
				: null;
	}

	/** Lexical log-likelihood ratio of zh[i0, i1) against en[j0, j1), both directions. */
	llr(i0: number, i1: number, j0: number, j1: number): number {
		const en = this.fromEn.llr(j0, j1, i0, i1);
		return this.fromZh ? en + this.params.zhWeight * this.fromZh.llr(i0, i1, j0, j1) : en;
	}

	/**
	 * Per item of zh unit i (side 'zh') or en unit i (side 'en'), whether it finds a match in
	 * the other side's units [o0, o1).
	 */
	matchedItems(side: 'zh' | 'en', i: number, o0: number, o1: number): Uint8Array {
		if (side === 'en') return this.fromEn.matchedItems(i, o0, o1);
		return (this.fromZh ?? new LexicalModel(this.zh, this.en, 0.5, 0.5)).matchedItems(i, o0, o1);
	}

	/** One term of llr's English side: en unit j against zh units [i0, i1). */
	enTerm(j: number, i0: number, i1: number): number {
		return this.fromEn.unitLlr(j, i0, i1);
	}

	/** One term of llr's Chinese side (0 when it has none): zh unit i against en units [j0, j1). */
	zhTerm(i: number, j0: number, j1: number): number {
		return this.fromZh ? this.fromZh.unitLlr(i, j0, j1) : 0;
	}

	/** Whether llr has a Chinese side (params.zhWeight > 0). */
	get bothSides(): boolean {
		return this.fromZh !== null;
	}

	/** English-side ratio only: cheap enough to scan the wide window where anchors are sought. */
	llrFromEnglish(i: number, j: number): number {
		return this.fromEn.llr(j, j + 1, i, i + 1);
	}

	/**
	 * Whether en unit j may match zh unit i at all (an item of j with a key i holds; true for
	 * units too long to tell cheaply): when not, llrFromEnglish(i, j) is a sum of misses, ≤ 0.
	 */
	mayMatchFromEnglish(i: number, j: number): boolean {
		return this.fromEn.mayMatch(j, i);
	}

	lengthCost(i0: number, i1: number, j0: number, j1: number): number {
		const lz = this.zhPrefix[i1] - this.zhPrefix[i0];
		const le = this.enPrefix[j1] - this.enPrefix[j0];
		const s = this.params.lengthSmoothing;
		const logEn = le < LENGTH_TABLE ? this.logEnLength[le] : Math.log(le + s);
		const logZh = lz < LENGTH_TABLE ? this.logZhLength[lz] : Math.log(this.ratio * lz + s);
		const d = (logEn - logZh) / this.params.lengthSigma;
		return (d * d) / 2;
	}

	/**
	 * Weight of the break cost in this document: params.breakWeight, scaled down where the
	 * confident pairs show the translation keeps the breaks loosely (see fitBreaks).
	 */
	breakWeight: number;

	/** Breaks (sentence and clause ends) on the two sides of a bead, compared on a log scale. */
	breakCost(i0: number, i1: number, j0: number, j1: number): number {
		const z = this.zhBreaks[i1] - this.zhBreaks[i0];
		const e = this.enBreaks[j1] - this.enBreaks[j0];
		const d = logOnePlus(e) - logOnePlus(z);
		return this.breakWeight * d * d;
	}

	/**
	 * Quotations opened or closed in the Chinese of the bead and not in its English, or the
	 * other way round (cheaper: English often breaks one quotation in two around "he said").
	 */
	quoteCost(i0: number, i1: number, j0: number, j1: number): number {
		const open = this.zhOpen[i1] - this.zhOpen[i0] - (this.enOpen[j1] - this.enOpen[j0]);
		const close = this.zhClose[i1] - this.zhClose[i0] - (this.enClose[j1] - this.enClose[j0]);
		return this.quoteSide(open) + this.quoteSide(close);
	}

	/** quoteCost for one count (opened or closed): Chinese only above 0, English only below. */
	private quoteSide(d: number): number {
		return d > 0 ? this.params.quoteCost * d : -this.params.quoteCostEnglish * d;
	}

	/**
	 * Turns of dialogue ended inside a bead: units other than the last of their side that end
	 * a quotation with a sentence end.
	 */
	turnCost(i0: number, i1: number, j0: number, j1: number): number {
		const inside =
			this.zhTurns[i1 - 1] - this.zhTurns[i0] + (this.enTurns[j1 - 1] - this.enTurns[j0]);
		return this.params.turnCost * inside;
	}

	/** Labels (headings, captions…) merged with other units, or paired with body text. */
	labelCost(i0: number, i1: number, j0: number, j1: number): number {
		let zl = 0;
		let el = 0;
		for (let i = i0; i < i1; i++) zl += this.zhLabel[i];
		for (let j = j0; j < j1; j++) el += this.enLabel[j];
		if (!zl && !el) return 0;
		const p = this.params;
		if (i1 - i0 > 1 || j1 - j0 > 1) return p.labelMergeCost;
		if (zl !== el) return p.labelMismatchCost;
		return this.zhKinds?.[i0] === this.enKinds?.[j0] ? -p.labelMatchBonus : 0;
	}

	/** Cost of leaving units alone: zh[i0, i1) and en[j0, j1), one side empty. */
	nullCost(i0: number, i1: number, j0: number, j1: number): number {
		let c = 0;
		for (let i = i0; i < i1; i++) c += this.zhNull[i];
		for (let j = j0; j < j1; j++) c += this.enNull[j];
		return c;
	}

	/** Squared log ratio of the breaks of zh unit i and en unit j. */
	breakSquare(i: number, j: number): number {
		const d =
			logOnePlus(this.enBreaks[j + 1] - this.enBreaks[j]) -
			logOnePlus(this.zhBreaks[i + 1] - this.zhBreaks[i]);
		return d * d;
	}

	/**
	 * Re-estimates the break cost's weight from the document itself: the mean squared log
	 * ratio of breaks over its confident 1-1 pairs (anchors), shrunk towards BREAK_VARIANCE
	 * (what the tuning chapters of MAC-Dev show, .018–.034). A translation that moves its
	 * breaks more freely than that gets a proportionally lower weight; never a higher one.
	 */
	fitBreaks(anchors: [number, number][]): void {
		if (!this.params.breakWeight) return;
		let sum = 0;
		for (const [i, j] of anchors) sum += this.breakSquare(i, j);
		const variance =
			(sum + BREAK_PRIOR_PAIRS * BREAK_VARIANCE) / (anchors.length + BREAK_PRIOR_PAIRS);
		this.breakWeight = this.params.breakWeight * Math.min(1, BREAK_VARIANCE / variance);
	}

	/**
	 * Cost of a bead of shape index t ending at (i, j); its length cost and lexical ratio
	 * (llr of the bead) when known already.
	 */
	beadCost(t: number, i: number, j: number, length?: number, llr?: number): number {
		const a = this.shapeZh[t];
		const b = this.shapeEn[t];
		const prior = this.params.shapeCost[t];
		if (a === 0 || b === 0) return this.nullCost(i - a, i, j - b, j);
		return (
			prior +
			(this.labelled ? this.labelCost(i - a, i, j - b, j) : 0) +
			(length ?? this.lengthCost(i - a, i, j - b, j)) +
			this.quoteCost(i - a, i, j - b, j) +
			(a + b > 2 && this.params.turnCost ? this.turnCost(i - a, i, j - b, j) : 0) +
			(this.breakWeight ? this.breakCost(i - a, i, j - b, j) : 0) -
			this.params.lexWeight * (llr ?? this.llr(i - a, i, j - b, j))
		);
	}
}

/**
 * The units whose lexical terms differ from a previous scorer's, when the Chinese units have
 * gained keys (the second pass: withLearntKeys returns a unit without learnt words as it was,
 * and changes nothing else): Chinese units that are not the same object, and English units
 * holding a key one of those gained. Every other unit reads the same items and keys.
 */
function changedUnits(previous: Scorer, zh: UnitFeatures[], en: UnitFeatures[]) {
	if (previous.en !== en || previous.zh.length !== zh.length) {
		throw new Error('a scorer is patched only for the same English units and as many Chinese');
	}
	const zhChanged = new Uint8Array(zh.length);
	const gained = new Set<string>();
	zh.forEach((u, i) => {
		const old = previous.zh[i];
		if (u === old) return;
		zhChanged[i] = 1;
		const had = new Set<string>(old.keys);
		for (const item of old.items) for (const k of item) had.add(k);
		for (const item of u.items) for (const k of item) if (!had.has(k)) gained.add(k);
		for (const k of u.keys) if (!had.has(k)) gained.add(k);
	});
	const enChanged = new Uint8Array(en.length);
	if (gained.size) {
		en.forEach((u, j) => {
			if (u.items.some((item) => item.some((k) => gained.has(k)))) enChanged[j] = 1;
		});
	}
	return { zh: zhChanged, en: enChanged };
}

/** Span lengths (characters) whose logs are tabulated: merges are shorter than this. */
const LENGTH_TABLE = 4096;

/** log(1 + n) for the counts of breaks a bead holds: tabulated, it is asked for in every cell. */
const LOG_ONE_PLUS = Float64Array.from({ length: 256 }, (_, n) => Math.log(1 + n));
function logOnePlus(n: number): number {
	return n < 256 ? LOG_ONE_PLUS[n] : Math.log(1 + n);
}

/** Mean squared log ratio of breaks in confident pairs of a translation that keeps them. */
const BREAK_VARIANCE = 0.03;
/** Weight of BREAK_VARIANCE against a document's own anchors, in pairs. */
const BREAK_PRIOR_PAIRS = 20;

/** Confident 1-1 pairs: mutual best in a diagonal window, then the longest increasing chain. */
function findAnchors(s: Scorer): [number, number][] {
	const nz = s.zh.length;
	const ne = s.en.length;
	const p = s.params;
	const bestForJ = new Float64Array(ne).fill(-Infinity);
	const argForJ = new Int32Array(ne).fill(-1);
	const bestForI: [number, number, number][] = [];
	for (let i = 0; i < nz; i++) {
		const centre = ((i + 0.5) * ne) / nz;
		const lo = Math.max(0, Math.floor(centre - p.anchorWindow));
		const hi = Math.min(ne - 1, Math.ceil(centre + p.anchorWindow));
		let best = -Infinity;
		let arg = -1;
		let bestLlr = 0;
		for (let j = lo; j <= hi; j++) {
			// Most pairs of the window share no key: their ratio is ≤ 0, never an anchor's.
			if (!s.mayMatchFromEnglish(i, j)) continue;
			const llr = s.llrFromEnglish(i, j);
			if (llr <= 0) continue;
			const score = p.lexWeight * llr - s.lengthCost(i, i + 1, j, j + 1);
			if (score > best) {
				best = score;
				arg = j;
				bestLlr = llr;
			}
			if (score > bestForJ[j]) {
				bestForJ[j] = score;
				argForJ[j] = i;
			}
		}
		bestForI.push([arg, best, bestLlr]);
	}
	const candidates: [number, number][] = [];
	for (let i = 0; i < nz; i++) {
		const [j, , llr] = bestForI[i];
		if (j >= 0 && argForJ[j] === i && llr >= p.anchorMinLlr) candidates.push([i, j]);
	}
	// Longest chain increasing in both coordinates (patience sorting on j).
	const tails: number[] = [];
	const prev = new Int32Array(candidates.length).fill(-1);
	for (let c = 0; c < candidates.length; c++) {
		const j = candidates[c][1];
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (candidates[tails[mid]][1] < j) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) prev[c] = tails[lo - 1];
		tails[lo] = c;
	}
	const chain: [number, number][] = [];
	for (let c = tails.length ? tails[tails.length - 1] : -1; c >= 0; c = prev[c])
		chain.push(candidates[c]);
	return dropOutliers(chain.reverse());
}

/**
 * Drops anchors that stray from the line through their neighbours: a lone wrong anchor would
 * drag the band away from the true path.
 */
function dropOutliers(chain: [number, number][]): [number, number][] {
	if (chain.length < 3) return chain;
	const kept: [number, number][] = [chain[0]];
	for (let k = 1; k < chain.length - 1; k++) {
		const [x0, y0] = kept[kept.length - 1];
		const [x, y] = chain[k];
		const [x1, y1] = chain[k + 1];
		const expected = y0 + ((x - x0) * (y1 - y0)) / Math.max(x1 - x0, 1);
		if (Math.abs(y - expected) <= 4 + 0.25 * (x1 - x0)) kept.push(chain[k]);
	}
	kept.push(chain[chain.length - 1]);
	return kept;
}

/** For each zh position 0..nz, the band of en positions the DP may visit. */
function bandAround(anchors: [number, number][], nz: number, ne: number, width: number) {
	const points: [number, number][] = [
		[0, 0],
		...anchors.map(([i, j]) => [i + 0.5, j + 0.5] as [number, number]),
		[nz, ne]
	];
	const lo = new Int32Array(nz + 1);
	const hi = new Int32Array(nz + 1);
	let k = 0;
	for (let i = 0; i <= nz; i++) {
		while (k < points.length - 2 && points[k + 1][0] <= i) k++;
		const [x0, y0] = points[k];
		const [x1, y1] = points[k + 1];
		const centre = x1 > x0 ? y0 + ((i - x0) * (y1 - y0)) / (x1 - x0) : y0;
		lo[i] = Math.max(0, Math.floor(centre - width));
		hi[i] = Math.min(ne, Math.ceil(centre + width));
	}
	lo[0] = 0;
	hi[nz] = ne;
	for (let i = nz - 1; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1]);
	for (let i = 1; i <= nz; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
	// Rows must overlap, or a steep stretch between two anchors would leave no path.
	for (let i = 1; i <= nz; i++) if (hi[i - 1] < lo[i]) hi[i - 1] = lo[i];
	return { lo, hi };
}

/**
 * A second search's guide (realign.ts): the first search's anchors (they fit the break cost
 * again) and a path to search narrowly around, instead of finding anchors.
 */
export interface SearchGuide {
	anchors: [number, number][];
	/** Points (zh, en) the path passed through, in order. */
	path: [number, number][];
	/** Half-width of the band around the path, in units. */
	band: number;
	/**
	 * The first search's scorer: the lexical terms of the units the learnt keys leave as they
	 * were are taken from it (with its caches) instead of being worked out again.
	 */
	scorer?: Scorer;
}

/** Per item of a unit of one side, whether it matches in the other side's units [o0, o1). */
export type ItemMatches = (side: 'zh' | 'en', unit: number, o0: number, o1: number) => Uint8Array;

/** Aligns two feature sequences; every unit ends up in exactly one bead, in order. */
export function search(
	zh: UnitFeatures[],
	en: UnitFeatures[],
	params: AlignParams,
	onProgress?: (fraction: number) => void,
	kinds: UnitKinds = {}
): SearchBead[] {
	return searchGuided(zh, en, params, onProgress, kinds).beads;
}

/** search, with the anchors it used; around a guide's path when given. */
export function searchGuided(
	zh: UnitFeatures[],
	en: UnitFeatures[],
	params: AlignParams,
	onProgress?: (fraction: number) => void,
	kinds: UnitKinds = {},
	guide?: SearchGuide
): {
	beads: SearchBead[];
	anchors: [number, number][];
	matchedItems: ItemMatches;
	scorer: Scorer;
} {
	const nz = zh.length;
	const ne = en.length;
	const s = new Scorer(zh, en, params, kinds, guide?.scorer);
	const full = nz * ne <= 40000;
	const anchors = guide ? guide.anchors : full && !params.breakWeight ? [] : findAnchors(s);
	s.fitBreaks(anchors);
	const { lo, hi } = guide
		? bandAround(guide.path, nz, ne, Math.max(1, guide.band))
		: full
			? { lo: new Int32Array(nz + 1), hi: new Int32Array(nz + 1).fill(ne) }
			: bandAround(anchors, nz, ne, Math.max(1, params.band));
	onProgress?.(0.2);
	const back = fillCosts(s, lo, hi, onProgress);
	const beads = traceBack(s, back, lo);
	onProgress?.(1);
	return {
		beads,
		anchors,
		matchedItems: (side, unit, o0, o1) => s.matchedItems(side, unit, o0, o1),
		scorer: s
	};
}

/**
 * The dynamic programming over the band: per zh position i, the best shape of the last bead
 * ending at each en position j in [lo[i], hi[i]] (-1: none), row i at back[at[i] + j - lo[i]].
 * A function of its own, as is traceBack: V8 optimises each apart, where one long search() was
 * deoptimised at the first trace back of every document. Only the last rows of costs a bead
 * reaches back to are kept (a typed array per row of a 20,000-paragraph draft was 40,000
 * arrays, garbage once the search is over).
 */
function fillCosts(
	s: Scorer,
	lo: Int32Array,
	hi: Int32Array,
	onProgress?: (fraction: number) => void
): { back: Int8Array; at: Float64Array } {
	const nz = s.zh.length;
	const shapeZh = s.shapeZh;
	const shapeEn = s.shapeEn;
	const shapes = shapeZh.length;
	const cutoff = s.params.mergeLengthCutoff;
	const rows = new LlrRows(s, lo, hi);
	const at = new Float64Array(nz + 2);
	let widest = 0;
	for (let i = 0; i <= nz; i++) {
		const width = hi[i] - lo[i] + 1;
		at[i + 1] = at[i] + width;
		if (width > widest) widest = width;
	}
	const back = new Int8Array(at[nz + 1]).fill(-1);
	// Rows i - maxA … i of the costs, row k in ring[k % kept].
	let maxA = 0;
	for (let t = 0; t < shapes; t++) maxA = Math.max(maxA, shapeZh[t]);
	const kept = maxA + 1;
	const ring: Float64Array[] = [];
	for (let k = 0; k < kept; k++) ring.push(new Float64Array(widest));
	/** The row a bead of a Chinese units ending in the current row starts from: ending[a]. */
	const ending: Float64Array[] = new Array<Float64Array>(kept).fill(ring[0]);
	for (let i = 0; i <= nz; i++) {
		rows.startRow(i);
		for (let a = 0; a <= maxA && a <= i; a++) ending[a] = ring[(i - a) % kept];
		const row = ending[0];
		const base = at[i] - lo[i];
		row.fill(Infinity, 0, hi[i] - lo[i] + 1);
		for (let j = lo[i]; j <= hi[i]; j++) {
			if (i === 0 && j === 0) {
				row[0] = 0;
				continue;
			}
			let best = Infinity;
			let arg = -1;
			for (let t = 0; t < shapes; t++) {
				const a = shapeZh[t];
				const b = shapeEn[t];
				const pi = i - a;
				const pj = j - b;
				if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
				const before = ending[a][pj - lo[pi]];
				if (before === Infinity) continue;
				const length = a && b ? s.lengthCost(pi, i, pj, j) : 0;
				// A merge whose lengths are far apart is never the answer: skip its lexical scoring.
				if (cutoff > 0 && a + b > 2 && a && b && length > cutoff) continue;
				const c = before + s.beadCost(t, i, j, length, a && b ? rows.llr(i, a, j, b) : 0);
				if (c < best) {
					best = c;
					arg = t;
				}
			}
			row[j - lo[i]] = best;
			back[base + j] = arg;
		}
		if (onProgress && (i & 63) === 0) onProgress(0.2 + (0.8 * i) / Math.max(nz, 1));
	}
	return { back, at };
}

/**
 * The lexical ratios (Scorer.llr) of the beads fillCosts scores in one row (zh position i), from
 * the terms llr adds up: en unit u against zh units [i - a, i), asked for in row i only, and zh
 * unit u against en units [j - b, j), asked for in rows u + 1 … u + maxA. Each term is worked
 * out once, where llr itself worked it out again for every shape and cell holding it (a 1-3
 * bead and a 2-3 bead ending at the same cell share the English span of three units; a zh unit
 * is in beads ending in three rows). The terms are added in llr's order: the same numbers.
 */
export class LlrRows {
	private readonly maxA: number;
	private readonly maxB: number;
	/** English terms of the current row: [a - 1][u - enBase], NaN until asked for. */
	private readonly enTerms: Float64Array;
	private readonly enStride: number;
	private enBase = 0;
	/** Chinese terms of units i - maxA … i - 1, each in slot u % maxA: [j · maxB + b - 1]. */
	private readonly zhTerms: Float64Array[] = [];
	private readonly zhWeight: number;

	constructor(
		private readonly s: Scorer,
		private readonly lo: Int32Array,
		private readonly hi: Int32Array
	) {
		this.maxA = Math.max(1, ...s.shapeZh);
		this.maxB = Math.max(1, ...s.shapeEn);
		let width = 0;
		for (let i = 0; i < lo.length; i++) width = Math.max(width, hi[i] - lo[i] + 1);
		this.enStride = width + this.maxB;
		this.enTerms = new Float64Array(this.maxA * this.enStride);
		if (s.bothSides) {
			for (let k = 0; k < this.maxA; k++)
				this.zhTerms.push(new Float64Array((s.en.length + 1) * this.maxB));
		}
		this.zhWeight = s.params.zhWeight;
	}

	/** Row i begins: its English terms are new, and so are zh unit i - 1's. */
	startRow(i: number): void {
		this.enBase = this.lo[i] - this.maxB;
		this.enTerms.fill(NaN);
		if (i === 0 || !this.zhTerms.length) return;
		const last = Math.min(i - 1 + this.maxA, this.lo.length - 1);
		this.zhTerms[(i - 1) % this.maxA].fill(
			NaN,
			this.lo[i] * this.maxB,
			(this.hi[last] + 1) * this.maxB
		);
	}

	/** Scorer.llr(i - a, i, j - b, j), for a bead of a, b > 0 units ending in this row. */
	llr(i: number, a: number, j: number, b: number): number {
		let en = 0;
		const enRow = (a - 1) * this.enStride - this.enBase;
		for (let u = j - b; u < j; u++) {
			let v = this.enTerms[enRow + u];
			if (v !== v) v = this.enTerms[enRow + u] = this.s.enTerm(u, i - a, i);
			en += v;
		}
		if (!this.zhTerms.length) return en;
		let zh = 0;
		const at = j * this.maxB + b - 1;
		for (let u = i - a; u < i; u++) {
			const terms = this.zhTerms[u % this.maxA];
			let v = terms[at];
			if (v !== v) v = terms[at] = this.s.zhTerm(u, j - b, j);
			zh += v;
		}
		return en + this.zhWeight * zh;
	}
}

/** The beads of the best path, from the shapes fillCosts kept, in order. */
function traceBack(
	s: Scorer,
	{ back, at }: { back: Int8Array; at: Float64Array },
	lo: Int32Array
): SearchBead[] {
	const beads: SearchBead[] = [];
	let i = s.zh.length;
	let j = s.en.length;
	while (i > 0 || j > 0) {
		const t = back[at[i] + j - lo[i]];
		if (t < 0) throw new Error(`alignment search lost its path at ${i},${j}`);
		const a = s.shapeZh[t];
		const b = s.shapeEn[t];
		const c = s.beadCost(t, i, j);
		beads.push({
			zh: range(i - a, i),
			en: range(j - b, j),
			cost: c,
			margin: a && b ? a * s.zhShapeNull + b * s.enShapeNull - c : 0
		});
		i -= a;
		j -= b;
	}
	return beads.reverse();
}

function range(from: number, to: number): number[] {
	const out: number[] = [];
	for (let k = from; k < to; k++) out.push(k);
	return out;
}

function prefixSums(values: number[]): Float64Array {
	const out = new Float64Array(values.length + 1);
	for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k];
	return out;
}
