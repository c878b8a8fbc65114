/**
 * English paragraphs of a draft that the page layout cut in two: a draft translated from the
 * page as printed may set a photo caption and its credit inside a paragraph (…over 120 brand
 * shops and nearly | caption | credit | 1,000 local tea anchors.). Paragraph repair's rules find
 * these joins in English as in Chinese; the aligner reads each such paragraph as one unit, then
 * maps its links back onto the draft's own paragraphs, so the tail is linked with its paragraph
 * instead of left over.
 */
import { repairBlocks } from '../segmentation/repair.ts';
import { isFigureLine } from '../segmentation/signals.ts';
import type { AlignmentBead, SearchBead, SegmentKind } from '../types.ts';

/** The draft read with its cut paragraphs whole: each unit lists the draft paragraphs it holds. */
export interface JoinedDraft {
	units: string[];
	kinds: SegmentKind[];
	members: number[][];
}

/**
 * Joins English paragraphs that continue one another (repairBlocks' joins, kept where the second
 * paragraph starts mid-sentence or a caption or credit sits between the two); null when there
 * are none.
 *
 * @example
 * joinCutParagraphs(['Shops opened in Beijing and nearly', 'A livestreamer at work', 'a thousand anchors.'], kinds)
 * // { units: ['Shops opened in Beijing and nearly a thousand anchors.', 'A livestreamer at work'], members: [[0, 2], [1]], … }
 */
export function joinCutParagraphs(
	paragraphs: readonly string[],
	kinds: readonly SegmentKind[]
): JoinedDraft | null {
	const next = new Map<number, number>();
	for (const p of repairBlocks(paragraphs.map((text, k) => ({ text, kind: kinds[k] }))).proposals) {
		if (p.kind !== 'join' || kinds[p.blocks[0]] !== 'body' || kinds[p.blocks[1]] !== 'body')
			continue;
		// A paragraph left unfinished before a caption or credit, or one whose next paragraph
		// starts mid-sentence: not a heading without its full stop, nor a caption taken for text.
		const overCaption =
			!!p.skipped?.length &&
			p.skipped.every((k) => kinds[k] === 'caption' || kinds[k] === 'credit');
		if (p.reason !== 'unterminated_continuation' && !overCaption) continue;
		// A chart's figures or a fact box's line ends without a full stop by design: no cut.
		if (isFigureLine(paragraphs[p.blocks[0]])) continue;
		next.set(p.blocks[0], p.blocks[1]);
	}
	if (!next.size) return null;
	const joined = new Set(next.values());
	const groups: number[][] = [];
	paragraphs.forEach((_, k) => {
		if (joined.has(k)) return;
		const members = [k];
		for (let m = next.get(k); m !== undefined; m = next.get(m)) members.push(m);
		groups.push(members);
	});
	return draftUnits(paragraphs, kinds, groups);
}

/** The draft read as units, each unit the draft paragraphs of one group joined (groups in order). */
export function draftUnits(
	paragraphs: readonly string[],
	kinds: readonly SegmentKind[],
	groups: readonly number[][]
): JoinedDraft {
	return {
		units: groups.map((members) => members.map((m) => paragraphs[m].trim()).join(' ')),
		kinds: groups.map((members) => kinds[members[0]]),
		members: groups.map((members) => [...members])
	};
}

const CAPTION_KINDS: ReadonlySet<SegmentKind> = new Set(['caption', 'credit']);

/**
 * The tail of a paragraph the draft cut with a full stop before a caption set inside it
 * (…handled on mobile phones. | caption | credit | Applicants now …): an English body unit left
 * unlinked (0-1) right after a run of caption and credit links that follows a body 1-1 link.
 * Returns [body unit, tail unit] pairs, English unit indexes of the beads given.
 *
 * @example
 * strandedTails(beads, zhKinds, enKinds) // [[7, 10]] when 7 is linked 1-1, 8-9 are captions, 10 is alone
 */
export function strandedTails(
	beads: readonly SearchBead[],
	zhKinds: readonly SegmentKind[],
	enKinds: readonly SegmentKind[]
): [number, number][] {
	const out: [number, number][] = [];
	const captionLink = (b: SearchBead) =>
		b.zh.every((i) => CAPTION_KINDS.has(zhKinds[i])) &&
		b.en.every((j) => CAPTION_KINDS.has(enKinds[j]));
	beads.forEach((b, q) => {
		if (b.zh.length || b.en.length !== 1 || enKinds[b.en[0]] !== 'body') return;
		let p = q - 1;
		while (p >= 0 && captionLink(beads[p])) p--;
		const body = beads[p];
		if (p === q - 1 || !body || body.zh.length !== 1 || body.en.length !== 1) return;
		if (zhKinds[body.zh[0]] !== 'body' || enKinds[body.en[0]] !== 'body') return;
		out.push([body.en[0], b.en[0]]);
	});
	return out;
}

/** The groups with the tail unit's paragraphs moved to the end of the body unit's group. */
export function withTail(groups: readonly number[][], body: number, tail: number): number[][] {
	return groups
		.map((members, u) => (u === body ? [...members, ...groups[tail]] : [...members]))
		.filter((_, u) => u !== tail);
}

/**
 * Beads over the joined units mapped back onto the draft's paragraphs. A joined paragraph's
 * tail comes after the captions set inside it, so its bead and the beads of those captions
 * become one bead (zh in order, en a contiguous run): every paragraph in exactly one bead, in
 * order.
 */
export function splitJoinedBeads(
	beads: readonly AlignmentBead[],
	members: readonly number[][]
): AlignmentBead[] {
	const out: AlignmentBead[] = [];
	let open: AlignmentBead | null = null;
	let placed = 0;
	let highest = -1;
	for (const b of beads) {
		const en = b.en.flatMap((u) => members[u]);
		const bead: AlignmentBead = { zh: [...b.zh], en, score: b.score };
		if (open) {
			open.zh.push(...bead.zh);
			open.en.push(...bead.en);
			open.score = Math.min(open.score, bead.score);
		}
		placed += en.length;
		for (const j of en) highest = Math.max(highest, j);
		// Open while some draft paragraph before the highest one placed is still to come.
		const waiting = placed < highest + 1;
		if (!open && waiting) open = bead;
		else if (!open) out.push(bead);
		if (open && !waiting) {
			open.en.sort((x, y) => x - y);
			out.push(open);
			open = null;
		}
	}
	if (open) out.push(open);
	return out;
}

const HEAD_KINDS: ReadonlySet<SegmentKind> = new Set(['heading', 'subtitle']);

/**
 * A Chinese heading the draft left out (1-0) and a heading the draft added (0-1) in the same
 * gap, with nothing but units of the other side between them (captions and credits the draft
 * also left out): the draft's heading is that heading translated, so the two become one 1-1
 * bead at the later one's place (both sides stay in order).
 *
 * @example
 * pairStrandedHeadings([{ zh: [], en: [12], score: 0.5 }, { zh: [18], en: [], score: 0.5 }, { zh: [20], en: [], score: 0.5 }], zhKinds, enKinds)
 * // [{ zh: [18], en: [], score: 0.5 }, { zh: [20], en: [12], score: 0.5 }] when 20 and 12 are headings
 */
export function pairStrandedHeadings(
	beads: readonly AlignmentBead[],
	zhKinds: readonly SegmentKind[],
	enKinds: readonly SegmentKind[]
): AlignmentBead[] {
	const out = beads.map((b) => ({ ...b, zh: [...b.zh], en: [...b.en] }));
	const lone = (b: AlignmentBead, side: 'zh' | 'en') =>
		b[side].length === 1 &&
		b[side === 'zh' ? 'en' : 'zh'].length === 0 &&
		HEAD_KINDS.has((side === 'zh' ? zhKinds : enKinds)[b[side][0]]);
	for (let a = 0; a < out.length; a++) {
		const side = lone(out[a], 'zh') ? 'zh' : lone(out[a], 'en') ? 'en' : null;
		if (!side) continue;
		const other = side === 'zh' ? 'en' : 'zh';
		// Only beads without units of this side may sit between: moving the lone unit down
		// past them keeps its side in order.
		for (let b = a + 1; b < out.length && out[b][side].length === 0; b++) {
			if (!lone(out[b], other)) continue;
			out[b][side] = out[a][side];
			out.splice(a, 1);
			break;
		}
	}
	return out;
}
