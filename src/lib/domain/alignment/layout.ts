/**
 * Paragraphs the import's repair joined across captions and credits set inside them on the page
 * (a photo, its credit, a page-jump line （下转第二版）, a box with its own head and text). The
 * repaired Chinese reads the joined paragraph first and the captions after it; a draft
 * translated from the page as printed has the English of the first half, then of the captions,
 * then of the second half. The repair knows which blocks it stepped over (Segment.joined, the
 * blocks of each paragraph in reading order), so the aligner does not have to guess the layout
 * from English cues: it tries the Chinese in the order of the page as well and keeps that
 * reading where the alignment costs less (index.ts), then makes the paragraph and its captions
 * one bead, in order; accepting it gives each its own English (alignment-edit/accept.ts).
 */
import type { SearchBead, SegmentKind } from '../types.ts';

/** A paragraph joined across other units set inside it, as the repair read it. */
export interface CutParagraph {
	/** The paragraph (unit index). */
	unit: number;
	/** Its text before the units set inside it, and after them. */
	head: string;
	tail: string;
	/** The units (captions, credits) that stood between the two halves: the units right after it. */
	between: number[];
}

/** A unit of a document: its text, kind and the input blocks it was made from in reading order. */
export interface LayoutUnit {
	text: string;
	kind: SegmentKind;
	/**
	 * Input blocks (0-based) it was made from in reading order, as Segment.joined and
	 * ImportedParagraph.joined: absent (or one block) for a unit made of one block.
	 */
	joined?: readonly number[];
}

/**
 * The input blocks of every unit: the given ones, and for a unit without them the next block no
 * unit holds (single blocks follow the repaired paragraphs in order, as in original-order.ts).
 * Null when that does not fit (the units were split or merged since the import).
 */
function unitBlocks(units: readonly LayoutUnit[]): number[][] | null {
	const many = (u: LayoutUnit) => (u.joined?.length ?? 0) > 1;
	const used = new Set(units.flatMap((u) => (many(u) ? u.joined! : [])));
	const singles = units.filter((u) => !many(u)).length;
	const free: number[] = [];
	for (let b = 0; free.length < singles && b <= used.size + singles; b++)
		if (!used.has(b)) free.push(b);
	if (free.length !== singles) return null;
	let next = 0;
	return units.map((u) => (many(u) ? [...u.joined!] : [free[next++]]));
}

/** Index in `text` after `count` non-space characters, or -1. */
function afterVisible(text: string, count: number): number {
	let seen = 0;
	for (let k = 0; k < text.length; k++) {
		if (seen === count) return k;
		if (!/\s/.test(text[k])) seen++;
	}
	return seen === count ? text.length : -1;
}

const visible = (s: string) => s.replace(/\s+/g, '');

const SET_INSIDE: ReadonlySet<SegmentKind> = new Set(['caption', 'credit']);

/**
 * How a footnote opens: its reference mark (①, ※, ＊, [1], ［1］) or a note's label (注：, 注①：).
 * A page prints it at the foot, so a paragraph running on to the next page is cut by it (and by
 * the running footer and page number after it), as by a caption.
 */
const FOOTNOTE = /^\s*(?:[①-⑳※＊*]|[[［]\d{1,2}[\]］]|(?:备注|附注|注)\s*[①-⑳\d]*\s*[：:])/u;

/** A unit set inside a paragraph on the page: a caption, a credit or a footnote. */
const setInside = (unit: LayoutUnit) =>
	SET_INSIDE.has(unit.kind) || (unit.kind === 'body' && FOOTNOTE.test(unit.text));

/**
 * The paragraphs joined across captions, credits or a box set inside them that now follow them:
 * for each, its text cut where the first of those units stood. `blockText` gives an input
 * block's text as imported. Units whose blocks cannot be told (split or merged since the
 * import) give none.
 *
 * @example
 * cutParagraphs([{ text: '甲乙', kind: 'body', joined: [0, 2] }, { text: '图', kind: 'caption' }], (b) => ['甲', '图', '乙'][b])
 * // [{ unit: 0, head: '甲', tail: '乙', between: [1] }]
 */
export function cutParagraphs(
	units: readonly LayoutUnit[],
	blockText: (block: number) => string | undefined
): CutParagraph[] {
	const blocks = unitBlocks(units);
	if (!blocks) return [];
	const owner = new Map<number, number>();
	blocks.forEach((list, u) => list.forEach((b) => owner.set(b, u)));
	const out: CutParagraph[] = [];
	units.forEach((unit, u) => {
		const list = blocks[u];
		if (unit.kind !== 'body' || list.length < 2) return;
		const gap = list.findIndex((b, k) => k + 1 < list.length && list[k + 1] !== b + 1);
		if (gap < 0 || list[gap + 1] < list[gap]) return;
		// The blocks between the two halves: all of them units of their own, right after this one.
		const between: number[] = [];
		for (let b = list[gap] + 1; b < list[gap + 1]; b++) {
			const v = owner.get(b);
			if (v === undefined || v === u) return;
			if (!between.includes(v)) between.push(v);
		}
		// Set inside it on the page: captions, credits, page-jump lines and footnotes (with the
		// running footer and page number of a page break), or a box of its own head and text
		// (【链接】… | 地方政府债券分为…), which opens with its head. (Other body text alone between
		// the halves is a fragment the repair moved, not something set inside.)
		const box = between.length > 0 && units[between[0]].kind === 'heading';
		const inside = between.every(
			(v, k) =>
				v === u + 1 + k &&
				(box || setInside(units[v])) &&
				blocks[v].every((b) => b > list[gap] && b < list[gap + 1])
		);
		if (!between.length || !inside) return;
		const heads = list.slice(0, gap + 1).map(blockText);
		if (heads.some((t) => t === undefined)) return;
		const head = visible(heads.join(''));
		if (!visible(unit.text).startsWith(head)) return;
		const cut = afterVisible(unit.text, head.length);
		if (cut <= 0 || cut >= unit.text.length) return;
		const tail = unit.text.slice(cut).trim();
		if (!tail) return;
		out.push({ unit: u, head: unit.text.slice(0, cut).trim(), tail, between });
	});
	return out;
}

/** A Chinese unit of the page order: a unit, or the second half of a cut paragraph. */
export interface PageUnit {
	text: string;
	/** The unit it belongs to. */
	unit: number;
	kind: SegmentKind;
	/** Which half of a cut paragraph it is. */
	half?: 'head' | 'tail';
}

/**
 * The units in the order of the page for the cut paragraphs given: each paragraph's first half
 * in its place, the units set inside it, then its second half.
 *
 * @example
 * pageOrder(['甲乙', '图', '丙'], kinds, [{ unit: 0, head: '甲', tail: '乙', between: [1] }])
 * // [{ text: '甲', unit: 0 }, { text: '图', unit: 1 }, { text: '乙', unit: 0 }, { text: '丙', unit: 2 }] (with kinds)
 */
export function pageOrder(
	texts: readonly string[],
	kinds: readonly SegmentKind[],
	cuts: readonly CutParagraph[]
): PageUnit[] {
	const byUnit = new Map(cuts.map((c) => [c.unit, c]));
	const tailAfter = new Map(cuts.map((c) => [c.between[c.between.length - 1], c]));
	const out: PageUnit[] = [];
	texts.forEach((text, u) => {
		const cut = byUnit.get(u);
		out.push(
			cut
				? { text: cut.head, unit: u, kind: kinds[u], half: 'head' }
				: { text, unit: u, kind: kinds[u] }
		);
		const ended = tailAfter.get(u);
		if (ended) out.push({ text: ended.tail, unit: ended.unit, kind: 'body', half: 'tail' });
	});
	return out;
}

/**
 * Beads over the page-order units as beads over the units, in order: the beads from a cut
 * paragraph's first half to its second half become one bead (the paragraph, the captions set
 * inside it and whatever else they hold), so every unit is in exactly one bead. Captions the
 * draft left out altogether (all of them 1-0) stay beads of their own after it.
 *
 * @example
 * unitBeads([{ zh: [0], en: [0], … }, { zh: [1], en: [1], … }, { zh: [2], en: [2], … }], page) // one bead { zh: [0, 1], en: [0, 1, 2], … }
 */
export function unitBeads(beads: readonly SearchBead[], page: readonly PageUnit[]): SearchBead[] {
	const lastBead = new Map<number, number>();
	beads.forEach((b, k) => b.zh.forEach((i) => lastBead.set(page[i].unit, k)));
	const out: SearchBead[] = [];
	for (let k = 0; k < beads.length; k++) {
		let end = k;
		for (let m = k; m <= end; m++)
			for (const i of beads[m].zh) end = Math.max(end, lastBead.get(page[i].unit)!);
		const group = beads.slice(k, end + 1);
		k = end;
		if (group.length === 1) {
			out.push(merged(group, page));
			continue;
		}
		// Beads of units wholly inside the group (not a half of the cut paragraph) with no English.
		const half = (b: SearchBead) => b.zh.some((i) => page[i].half);
		const left = group.filter((b) => !half(b) && !b.en.length && b.zh.length);
		const kept = group.filter((b) => !left.includes(b));
		const main = merged(kept, page);
		const lone = left.map((b) => merged([b], page));
		const inOrder = lone.every((b) => b.zh[0] > main.zh[main.zh.length - 1]);
		const linkedLeft = group.some((b) => !half(b) && b.en.length && b.zh.length);
		if (left.length && !linkedLeft && inOrder) out.push(main, ...lone);
		else out.push(merged(group, page));
	}
	return out;
}

/** One bead of the beads given, over units. */
function merged(group: readonly SearchBead[], page: readonly PageUnit[]): SearchBead {
	const linked = group.filter((b) => b.zh.length && b.en.length);
	return {
		zh: [...new Set(group.flatMap((b) => b.zh.map((i) => page[i].unit)))].sort((x, y) => x - y),
		en: group.flatMap((b) => b.en),
		cost: group.reduce((s, b) => s + b.cost, 0),
		// The weakest link of the group, so its score says how sure the whole is.
		margin: linked.length ? Math.min(...linked.map((b) => b.margin)) : 0
	};
}
