/**
 * Split and merge of segments as pure plans: the new rows and where their notes go. The
 * repository (db/repos/structure.ts) stores a plan in one transaction and keeps what undo needs.
 */
import type { Annotation, Segment, SegmentStatus } from '../types.ts';
import { rebaseOnMerge, rebaseOnSplit } from '../annotations/anchor.ts';
import { cutText, targetOffsetFor, type TextCut } from './split.ts';
import { joinTexts, mergeJoined } from './merge.ts';

export interface SplitPlan {
	/** The segment cut down to its first part (same id). */
	first: Segment;
	/** The new segment holding the second part (order = first.order + 1). */
	second: Segment;
	/** Every note of the segment, moved to the part that holds it. */
	notes: Annotation[];
	sourceCut: TextCut;
	targetCut: TextCut;
}

export interface MergePlan {
	/** The first segment with both texts (same id). */
	merged: Segment;
	/** The id of the second segment, which goes away. */
	removedId: string;
	/** The notes of both segments, now on the merged one. */
	notes: Annotation[];
}

export interface SplitOptions {
	/** Where to cut the target; by default {@link targetOffsetFor} (sentence-aligned). */
	targetOffset?: number;
	/** The id of the new segment. */
	newId: string;
	now?: number;
	/**
	 * Where each block of `segment.joined` starts in the source, same order: the blocks before
	 * the cut stay with the first part, the others go to the second.
	 */
	blockStarts?: number[];
}

function statusFor(target: string): SegmentStatus {
	return target.trim() ? 'draft' : 'new';
}

function withJoined<T extends Segment>(segment: T, joined: number[] | undefined): T {
	const copy = { ...segment };
	if (joined && joined.length > 1) copy.joined = joined;
	else delete copy.joined;
	return copy;
}

/**
 * Plans the split of a segment at a source offset. Returns null for a locked segment or a
 * cut that would leave either source part empty.
 *
 * @example
 * planSplit(seg('甲乙。丙丁', 'AB. CD'), [], 3, { newId: 'n' })
 * // { first: { source: '甲乙。', target: 'AB.', … }, second: { id: 'n', source: '丙丁', target: 'CD', … }, … }
 */
export function planSplit(
	segment: Segment,
	notes: readonly Annotation[],
	sourceOffset: number,
	options: SplitOptions
): SplitPlan | null {
	if (segment.locked) return null;
	const sourceCut = cutText(segment.source, sourceOffset);
	if (!sourceCut.first.trim() || !sourceCut.second.trim()) return null;
	const targetOffset =
		options.targetOffset ?? targetOffsetFor(segment.source, sourceOffset, segment.target);
	const targetCut = cutText(segment.target, targetOffset);
	const now = options.now ?? Date.now();
	let firstJoined: number[] | undefined;
	let secondJoined: number[] | undefined;
	const starts = options.blockStarts;
	if (segment.joined && starts && starts.length === segment.joined.length) {
		const secondFrom = sourceCut.at + sourceCut.gap;
		firstJoined = segment.joined.filter((_, i) => starts[i] < secondFrom);
		secondJoined = segment.joined.filter((_, i) => starts[i] >= secondFrom);
	}
	const first = withJoined(
		{
			...segment,
			source: sourceCut.first,
			target: targetCut.first,
			status: statusFor(targetCut.first),
			updatedAt: now
		},
		firstJoined
	);
	delete first.score;
	const second = withJoined(
		{
			...first,
			id: options.newId,
			order: segment.order + 1,
			source: sourceCut.second,
			target: targetCut.second,
			status: statusFor(targetCut.second)
		},
		secondJoined
	);
	const moved = notes
		.filter((n) => n.segmentId === segment.id)
		.map((note): Annotation => {
			const cut = note.side === 'source' ? sourceCut : targetCut;
			const rebased = rebaseOnSplit(note.selector, cut.at, cut.gap);
			// A note on nothing but the dropped white space stays on the first part, detached.
			if (!rebased) return { ...note, detached: true };
			return {
				...note,
				segmentId: rebased.part === 'first' ? first.id : second.id,
				selector: rebased.selector
			};
		});
	return { first, second, notes: moved, sourceCut, targetCut };
}

/**
 * Plans the merge of a segment with the one after it: sources and targets joined (no space
 * between Chinese, a space between English), status back to draft, `joined` lists combined,
 * the notes of the second moved onto the merged text. Null when either is locked.
 *
 * @example
 * planMerge(seg('较为完善的产业'), seg('配套。'), []).merged.source // '较为完善的产业配套。'
 */
export function planMerge(
	a: Segment,
	b: Segment,
	notes: readonly Annotation[],
	now = Date.now()
): MergePlan | null {
	if (a.locked || b.locked) return null;
	const source = joinTexts(a.source, b.source);
	const target = joinTexts(a.target, b.target);
	const merged = withJoined(
		{
			...a,
			source: source.text,
			target: target.text,
			status: statusFor(target.text),
			updatedAt: now
		},
		mergeJoined(a.joined, b.joined)
	);
	delete merged.score;
	const moved = notes
		.filter((n) => n.segmentId === a.id || n.segmentId === b.id)
		.map((note): Annotation => {
			if (note.segmentId === a.id) return note;
			const join = note.side === 'source' ? source : target;
			const text = note.side === 'source' ? source.text : target.text;
			return {
				...note,
				segmentId: a.id,
				selector: rebaseOnMerge(note.selector, join.offset - join.trimmed, text)
			};
		});
	return { merged, removedId: b.id, notes: moved };
}

/**
 * Where each of a repaired paragraph's blocks starts in its source, found in order; null when
 * a block's text is no longer there (the source was changed since).
 *
 * @example
 * blockStartsIn('较为完善的产业配套。', ['较为完善的产业', '配套。']) // [0, 7]
 */
export function blockStartsIn(source: string, pieces: readonly string[]): number[] | null {
	const starts: number[] = [];
	let from = 0;
	for (const piece of pieces) {
		const text = piece.trim();
		const at = text ? source.indexOf(text, from) : -1;
		if (at < 0) return null;
		starts.push(at);
		from = at + text.length;
	}
	return starts;
}
