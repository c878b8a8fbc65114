/**
 * Chinese–English alignment (DESIGN.md §4): paragraphs or sentences of a Chinese text lined up
 * with an English draft. Pure; runs in a worker in the app and under Node in the CLI.
 */
import type { Dictionary } from '../dictionary/index.ts';
import type { AlignmentBead, SearchBead, SegmentKind } from '../types.ts';
import {
	chineseFeatures,
	englishFeatures,
	englishNames,
	type GlossaryPair,
	type NameSet,
	type UnitFeatures
} from './features.ts';
import { DEFAULT_PARAMS, PARAGRAPH_PARAMS, ownParams, type AlignParams } from './model.ts';
import { classifyBlocks } from '../segmentation/kinds.ts';
import { search, searchGuided, type UnitKinds } from './search.ts';
import { pageOrder, unitBeads, type CutParagraph, type PageUnit } from './layout.ts';
import { learnTable, withLearntKeys } from './realign.ts';
import {
	draftUnits,
	joinCutParagraphs,
	pairStrandedHeadings,
	splitJoinedBeads,
	strandedTails,
	withTail,
	type JoinedDraft
} from './continuations.ts';

export type { GlossaryPair } from './features.ts';
export type { AlignmentBead } from '../types.ts';
export { glossaryPairs } from './glossary.ts';
export { DEFAULT_PARAMS, PARAGRAPH_PARAMS, shapeCosts, type AlignParams } from './model.ts';
export type { UnitKinds } from './search.ts';
export { cutParagraphs, type CutParagraph, type LayoutUnit } from './layout.ts';

export interface Alignment {
	beads: AlignmentBead[];
}

export interface AlignOptions {
	glossary?: GlossaryPair[];
	dictionary?: Dictionary;
	onProgress?: (fraction: number) => void;
	/**
	 * Sentences or lines, or paragraphs (insertions and deletions cheaper). When not given, it
	 * is read from the text: Chinese units of 60 characters or more on average are paragraphs
	 * (MAC's sentences average 22–34, the seed article's paragraphs 128).
	 */
	level?: 'sentence' | 'paragraph';
	/** Model constants; the defaults were fitted on MAC-Dev. */
	params?: Partial<AlignParams>;
	/**
	 * Kinds of the units (paragraphs of a document: title, heading, caption, credit, body), when
	 * known. At the paragraph level a side without kinds gets them guessed from its text
	 * (segmentation classifyBlocks); they make a caption or heading missing from a draft, or
	 * added to it, a cheap 1-0 / 0-1 bead and keep such labels out of merged beads. Sentences
	 * with kinds given get the same costs for labels.
	 */
	kinds?: UnitKinds;
	/**
	 * Paragraphs of the Chinese the import joined across captions or credits set inside them
	 * (layout.ts cutParagraphs, from the blocks each paragraph was made of). At the paragraph
	 * level the Chinese is also read as the page had it, and that reading is kept for each such
	 * paragraph where the alignment costs less: a draft translated from the page as printed.
	 */
	cuts?: readonly CutParagraph[];
}

/**
 * Aligns Chinese units with English units (sentences, lines or paragraphs). Every unit of both
 * sides appears in exactly one bead, in order; a bead with an empty side is a unit with no
 * counterpart.
 *
 * @example
 * alignUnits(['我爱你。', '他走了。'], ['I love you.', 'He left.'], { dictionary }).beads
 * // [{ zh: [0], en: [0], score: … }, { zh: [1], en: [1], score: … }]
 */
export function alignUnits(zh: string[], en: string[], options: AlignOptions = {}): Alignment {
	const enFeatures = englishFeatures(en, options.glossary);
	const zhFeatures = chineseFeatures(
		zh,
		options.dictionary,
		options.glossary,
		englishNames(enFeatures)
	);
	const meanLength = zhFeatures.reduce((s, u) => s + u.length, 0) / Math.max(zh.length, 1);
	const level =
		options.level ?? (meanLength >= PARAGRAPH_MIN_MEAN_LENGTH ? 'paragraph' : 'sentence');
	const params = ownParams({
		...(level === 'paragraph' ? PARAGRAPH_PARAMS : DEFAULT_PARAMS),
		// Sentences with kinds (a caption or credit inside a link being split): the paragraph
		// level's costs for labels, which keep them out of merges and cheap to leave alone.
		...(level === 'sentence' && options.kinds ? labelCosts(PARAGRAPH_PARAMS) : {}),
		...options.params
	});
	const kinds = level === 'paragraph' ? paragraphKinds(zh, en, options.kinds) : options.kinds;
	// Features by text: the draft read joined or with a tail moved shares most units with it.
	let enKnown: Map<string, UnitFeatures> | undefined;
	const knownEnglish = () => (enKnown ??= new Map(en.map((text, k) => [text, enFeatures[k]])));
	// A draft's paragraphs cut by a caption set inside them are aligned whole (continuations.ts);
	// when every join is borne out, the search that weighed them is the alignment.
	const weighed =
		level === 'paragraph' && kinds?.zh && kinds.en
			? borneOut(
					joinCutParagraphs(en, kinds.en),
					zhFeatures,
					en,
					kinds.zh,
					kinds.en,
					params,
					options,
					knownEnglish
				)
			: null;
	let joined = weighed?.joined ?? null;
	let raw = weighed?.beads
		? weighed.beads
		: joined
			? search(
					zhFeatures,
					englishFeaturesOf(joined.units, options.glossary, knownEnglish()),
					params,
					options.onProgress,
					{ ...kinds, en: joined.kinds }
				)
			: params.realignBand > 0
				? realign(zhFeatures, enFeatures, params, options.onProgress, kinds)
				: search(zhFeatures, enFeatures, params, options.onProgress, kinds);
	// A cut no repair rule sees (the first half ends with a full stop): the tail left alone after
	// the captions set inside its paragraph joins that paragraph when the pair then scores better.
	if (level === 'paragraph' && kinds?.zh && kinds.en) {
		const better = reattachTails(
			zhFeatures,
			en,
			kinds.zh,
			kinds.en,
			joined,
			raw,
			params,
			options,
			knownEnglish()
		);
		if (better) ({ joined, raw } = better);
		if (options.cuts?.length) {
			const printed = readAsPrinted(
				zh,
				zhFeatures,
				kinds.zh,
				joined,
				en,
				kinds.en,
				params,
				options,
				knownEnglish(),
				englishNames(enFeatures)
			);
			if (printed) raw = printed;
		}
	}
	const beads = raw.map((b) => ({
		zh: b.zh,
		en: b.en,
		score: b.zh.length && b.en.length ? round(1 / (1 + Math.exp(-b.margin / 4))) : 0.5
	}));
	const linked = joined ? splitJoinedBeads(beads, joined.members) : beads;
	return {
		beads:
			level === 'paragraph' && kinds?.zh && kinds.en
				? pairStrandedHeadings(linked, kinds.zh, kinds.en)
				: linked
	};
}

/**
 * Two passes (realign.ts): the search, a translation table learnt from its confident beads,
 * then the search again with the table's pairs as extra keys, in a narrow band around the
 * first path (the first pass's anchors keep fitting the break cost).
 */
function realign(
	zh: UnitFeatures[],
	en: UnitFeatures[],
	params: AlignParams,
	onProgress: ((fraction: number) => void) | undefined,
	kinds: UnitKinds | undefined
): SearchBead[] {
	const first = searchGuided(zh, en, params, onProgress && ((f) => onProgress(f * 0.7)), kinds);
	const learnt = withLearntKeys(zh, learnTable(zh, en, first.beads, first.matchedItems));
	if (learnt === zh) {
		onProgress?.(1);
		return first.beads;
	}
	let i = 0;
	let j = 0;
	const path: [number, number][] = first.beads.map((b) => {
		i += b.zh.length;
		j += b.en.length;
		return [i - 0.5, j - 0.5];
	});
	return searchGuided(learnt, en, params, onProgress && ((f) => onProgress(0.7 + f * 0.3)), kinds, {
		anchors: first.anchors,
		path,
		band: params.realignBand,
		scorer: first.scorer
	}).beads;
}

/**
 * The draft's joins (joinCutParagraphs) that the Chinese bears out: each join is undone and
 * kept undone when the search over the draft's own paragraphs there costs no more than with it.
 * The rules that propose a join read one side only, and a line without a full stop is not
 * always a paragraph cut short (a table's last row over a section head: …(%) — 55.3 — 67.5 |
 * 03 Age-friendly renovation…); the Chinese shows which it is: two paragraphs of their own, or
 * the two halves of one (whose 1-2 link costs a merge the joined unit does not). Each join is
 * weighed in a window of JOIN_WINDOW links either side of its link in the search with all the
 * joins, so a long draft with many joins costs one search and many small ones. Null when none
 * is kept.
 */
function borneOut(
	proposed: JoinedDraft | null,
	zhFeatures: UnitFeatures[],
	en: string[],
	zhKinds: readonly SegmentKind[],
	enKinds: readonly SegmentKind[],
	params: AlignParams,
	options: AlignOptions,
	known: () => Map<string, UnitFeatures>
): { joined: JoinedDraft | null; beads?: SearchBead[] } | null {
	if (!proposed) return null;
	const units = englishFeaturesOf(proposed.units, options.glossary, known());
	const beads = search(zhFeatures, units, params, options.onProgress, {
		zh: zhKinds,
		en: proposed.kinds
	});
	// Where each link starts, on both sides.
	const zhAt = [0];
	const enAt = [0];
	for (const b of beads) {
		zhAt.push(zhAt[zhAt.length - 1] + b.zh.length);
		enAt.push(enAt[enAt.length - 1] + b.en.length);
	}
	const costOf = (i0: number, i1: number, english: UnitFeatures[], kinds: readonly SegmentKind[]) =>
		search(zhFeatures.slice(i0, i1), english, params, undefined, {
			zh: zhKinds.slice(i0, i1),
			en: kinds
		}).reduce((sum, b) => sum + b.cost, 0);
	const undo = new Set<number>();
	proposed.members.forEach((members, u) => {
		if (members.length < 2) return;
		const k = beads.findIndex((b) => b.en.includes(u));
		const from = Math.max(0, k - JOIN_WINDOW);
		const to = Math.min(beads.length, k + JOIN_WINDOW + 1);
		const [i0, i1, j0, j1] = [zhAt[from], zhAt[to], enAt[from], enAt[to]];
		const joined = costOf(i0, i1, units.slice(j0, j1), proposed.kinds.slice(j0, j1));
		const apart = englishFeatures(
			members.map((m) => en[m]),
			options.glossary
		);
		const english = [...units.slice(j0, u), ...apart, ...units.slice(u + 1, j1)];
		const kinds = [
			...proposed.kinds.slice(j0, u),
			...members.map((m) => enKinds[m]),
			...proposed.kinds.slice(u + 1, j1)
		];
		if (costOf(i0, i1, english, kinds) <= joined) undo.add(u);
	});
	if (!undo.size) return { joined: proposed, beads };
	const groups = proposed.members.flatMap((g, u) => (undo.has(u) ? g.map((m) => [m]) : [g]));
	return { joined: groups.every((g) => g.length === 1) ? null : draftUnits(en, enKinds, groups) };
}

/** Links either side of a joined unit's link within which the join is weighed (borneOut). */
const JOIN_WINDOW = 4;

/**
 * Tails stranded after the captions set inside their paragraph (strandedTails), each tried as
 * part of the paragraph before the captions: kept when the paragraph's link then has a larger
 * margin (length and lexical evidence against its Chinese). Null when none is kept.
 */
function reattachTails(
	zhFeatures: UnitFeatures[],
	en: string[],
	zhKinds: readonly SegmentKind[],
	enKinds: readonly SegmentKind[],
	first: JoinedDraft | null,
	firstRaw: SearchBead[],
	params: AlignParams,
	options: AlignOptions,
	enKnown: Map<string, UnitFeatures>
): { joined: JoinedDraft; raw: SearchBead[] } | null {
	let joined =
		first ??
		draftUnits(
			en,
			enKinds,
			en.map((_, k) => [k])
		);
	let raw = firstRaw;
	let kept = false;
	const tried = new Set<string>();
	for (;;) {
		const candidate = strandedTails(raw, zhKinds, joined.kinds).find(
			([body, tail]) => !tried.has(`${joined.members[body]}:${joined.members[tail]}`)
		);
		if (!candidate) break;
		const [body, tail] = candidate;
		tried.add(`${joined.members[body]}:${joined.members[tail]}`);
		const before = raw.find((b) => b.en.length === 1 && b.en[0] === body)!;
		const next = draftUnits(en, enKinds, withTail(joined.members, body, tail));
		const nextRaw = search(
			zhFeatures,
			englishFeaturesOf(next.units, options.glossary, enKnown),
			params,
			undefined,
			{ zh: zhKinds, en: next.kinds }
		);
		const after = nextRaw.find((b) => b.en.length === 1 && b.en[0] === body);
		if (!after || after.zh.join() !== before.zh.join() || after.margin <= before.margin) continue;
		joined = next;
		raw = nextRaw;
		kept = true;
	}
	return kept ? { joined, raw } : null;
}

/**
 * The Chinese read in the order of the page (layout.ts): each cut paragraph of options.cuts in
 * turn has its first half, the captions set inside it, then its second half, and is kept so
 * when the search over that order costs less than without it (both searches plain, over the
 * same English units). With any kept, the beads of the search over the page order mapped back
 * onto the units (a kept paragraph and its captions in one bead); null when none is kept.
 */
function readAsPrinted(
	zh: string[],
	zhFeatures: UnitFeatures[],
	zhKinds: readonly SegmentKind[],
	joined: JoinedDraft | null,
	en: string[],
	enKinds: readonly SegmentKind[],
	params: AlignParams,
	options: AlignOptions,
	enKnown: Map<string, UnitFeatures>,
	names: NameSet
): SearchBead[] | null {
	const english =
		joined ??
		draftUnits(
			en,
			enKinds,
			en.map((_, k) => [k])
		);
	const enFeatures = englishFeaturesOf(english.units, options.glossary, enKnown);
	const kindsOf = (page: PageUnit[]) => ({ zh: page.map((p) => p.kind), en: english.kinds });
	const costOf = (beads: SearchBead[]) => beads.reduce((s, b) => s + b.cost, 0);
	const halves = new Map(
		(options.cuts ?? []).map((cut) => {
			const [head, tail] = chineseFeatures(
				[cut.head, cut.tail],
				options.dictionary,
				options.glossary,
				names
			);
			return [cut.unit, { head, tail }] as const;
		})
	);
	const featuresOf = (page: PageUnit[]) =>
		page.map((p) => (p.half ? halves.get(p.unit)![p.half] : zhFeatures[p.unit]));
	let best = costOf(
		search(zhFeatures, enFeatures, params, undefined, { zh: zhKinds, en: english.kinds })
	);
	let kept: CutParagraph[] = [];
	for (const cut of options.cuts ?? []) {
		if (cut.unit >= zh.length || cut.between.some((v) => v >= zh.length)) continue;
		const page = pageOrder(zh, zhKinds, [...kept, cut]);
		const beads = search(featuresOf(page), enFeatures, params, undefined, kindsOf(page));
		// Both halves must find English where they stood: else the page order explains nothing.
		const halvesLinked = beads.every(
			(b) => b.en.length || !b.zh.some((i) => page[i].unit === cut.unit && page[i].half)
		);
		const cost = costOf(beads);
		if (!halvesLinked || cost >= best) continue;
		best = cost;
		kept = [...kept, cut];
	}
	if (!kept.length) return null;
	const page = pageOrder(zh, zhKinds, kept);
	const beads =
		joined || params.realignBand <= 0
			? search(featuresOf(page), enFeatures, params, undefined, kindsOf(page))
			: realign(featuresOf(page), enFeatures, params, undefined, kindsOf(page));
	return unitBeads(beads, page);
}

/**
 * englishFeatures of units, taking a unit's from `known` when its text is there (features are
 * a function of the text and the glossary alone) and adding the ones worked out. A 20,000-
 * paragraph draft's features are some 150 MB: each search over the draft as joined or with a
 * tail moved (reattachTails, readAsPrinted) held a second copy of them beside the first.
 */
function englishFeaturesOf(
	units: string[],
	glossary: GlossaryPair[] | undefined,
	known: Map<string, UnitFeatures>
): UnitFeatures[] {
	const missing = [...new Set(units.filter((text) => !known.has(text)))];
	englishFeatures(missing, glossary).forEach((f, k) => known.set(missing[k], f));
	return units.map((text) => known.get(text)!);
}

/**
 * Aligns paragraphs of a Chinese document with the paragraphs of an English draft: alignUnits
 * with the paragraph level's costs.
 *
 * @example
 * alignParagraphs(zhParagraphs, enParagraphs, { dictionary }).beads // [{ zh: [9, 10, 11], en: [9], score: … }, …]
 */
export function alignParagraphs(zh: string[], en: string[], options: AlignOptions = {}): Alignment {
	return alignUnits(zh, en, { ...options, level: 'paragraph' });
}

/** Kinds of both sides of a paragraph alignment: as given, else guessed from the text. */
function paragraphKinds(zh: string[], en: string[], given: UnitKinds = {}): UnitKinds {
	const guess = (units: string[]) =>
		classifyBlocks(units.map((text) => ({ text }))).map((g) => g.kind);
	return {
		zh: given.zh?.length === zh.length ? given.zh : guess(zh),
		en: given.en?.length === en.length ? given.en : guess(en)
	};
}

function labelCosts(p: AlignParams): Partial<AlignParams> {
	const { nullCostByKind, labelMergeCost, labelMismatchCost, labelMatchBonus } = p;
	return { nullCostByKind, labelMergeCost, labelMismatchCost, labelMatchBonus };
}

/** Mean Chinese unit length (characters) from which units are taken to be paragraphs. */
const PARAGRAPH_MIN_MEAN_LENGTH = 60;

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}

/** The sentences of one paragraph bead and how they align. */
export interface SentenceAlignment {
	/** Index of the paragraph bead in `paragraphs`. */
	paragraphBead: number;
	/** Sentences of the bead's Chinese paragraphs, then of its English paragraphs, in order. */
	zh: string[];
	en: string[];
	/** Beads over those sentences (indexes into `zh` and `en` above). */
	beads: AlignmentBead[];
}

export interface DocumentAlignment {
	paragraphs: AlignmentBead[];
	sentences: SentenceAlignment[];
}

/**
 * Two levels: paragraphs first, then the sentences inside each paragraph bead that has both
 * sides. `splitSentences` is passed in so the caller chooses the splitter (the app and the CLI
 * pass the one in domain/segmentation).
 *
 * @example
 * const doc = alignDocument(zhParagraphs, enParagraphs, splitSentences, { dictionary });
 * doc.paragraphs[0] // { zh: [0], en: [0], score: 0.98 }
 * doc.sentences[0].beads // [{ zh: [0], en: [0, 1], score: … }, …]
 */
export function alignDocument(
	zh: string[],
	en: string[],
	splitSentences: (text: string, lang: 'zh' | 'en') => string[],
	options: AlignOptions = {}
): DocumentAlignment {
	const progress = options.onProgress;
	const paragraphs = alignParagraphs(zh, en, {
		...options,
		onProgress: progress && ((f) => progress(f / 2))
	}).beads;
	const sentences: SentenceAlignment[] = [];
	paragraphs.forEach((bead, k) => {
		if (!bead.zh.length || !bead.en.length) return;
		const zs = bead.zh.flatMap((i) => splitSentences(zh[i], 'zh'));
		const es = bead.en.flatMap((j) => splitSentences(en[j], 'en'));
		const inner =
			zs.length === 1 || es.length === 1
				? [{ zh: zs.map((_, i) => i), en: es.map((_, j) => j), score: bead.score }]
				: alignUnits(zs, es, {
						...options,
						level: 'sentence',
						kinds: undefined,
						onProgress: undefined
					}).beads;
		sentences.push({ paragraphBead: k, zh: zs, en: es, beads: inner });
		progress?.(0.5 + (0.5 * (k + 1)) / paragraphs.length);
	});
	progress?.(1);
	return { paragraphs, sentences };
}
