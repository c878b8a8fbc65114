/**
 * Turning an alignment into work: the English each Chinese segment gets (merged links split at
 * sentence level, or marked translated together), which of those would overwrite text already
 * there, and the draft paragraphs left unlinked. Nothing goes to the translation memory here: a
 * draft's English enters it when the translator confirms the paragraph.
 */
import type { AlignmentBead, Bead, SegmentKind } from '../types.ts';
import { splitSentences } from '../segmentation/sentences.ts';
import type { CutParagraph } from '../alignment/layout.ts';
import { classifyBlocks } from '../segmentation/kinds.ts';

/** What a segment looks like to the alignment: its id, its current target and lock. */
export interface AlignSegment {
	id: string;
	source: string;
	target: string;
	locked: boolean;
	/** Captions and credits a draft leaves out are missing, not translated together. */
	kind?: SegmentKind;
}

/** One segment's new target from the alignment. */
export interface AcceptItem {
	segmentId: string;
	/** The English; empty for a paragraph translated together with another. */
	target: string;
	score: number;
	/** The target the segment has now. */
	previous: string;
	/** Non-empty text that differs from the new one: replaced only if the translator says so. */
	conflict: boolean;
	/** Set when the paragraph is translated together with this (earlier) segment. */
	translatedWith?: string;
}

export interface AcceptPlan {
	items: AcceptItem[];
	/** Segments that would get English but are locked: left alone. */
	locked: string[];
	/** Draft paragraphs (indexes) linked to no segment: kept in the draft, listed for the translator. */
	unlinked: number[];
	/** Segments of a merged link that the draft leaves out (a caption or credit): stay as they are. */
	missing: string[];
}

/**
 * The sentences of a link of two or more Chinese paragraphs, for a sentence aligner: each
 * Chinese sentence with the paragraph (segment position) it belongs to, and the English
 * sentences of the link's draft paragraphs in draft order.
 */
export interface SplitTask {
	/** Index of the paragraph bead. */
	bead: number;
	zh: string[];
	/** Segment position of each Chinese sentence. */
	owner: number[];
	/**
	 * The piece of text each Chinese sentence comes from, counted in order: a paragraph, or a
	 * half of a paragraph cut by the captions set inside it (read in the order of the page).
	 */
	piece: number[];
	en: string[];
	/**
	 * For a link read in the order of the page: the kinds of the sentences (their paragraph's
	 * kind, guessed from the text for the draft's), for the sentence aligner to keep captions
	 * and credits apart from the text around them.
	 */
	kinds?: { zh: SegmentKind[]; en: SegmentKind[] };
}

const oneLine = (text: string | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

function draftText(bead: AlignmentBead, paragraphs: string[]): string {
	return [...bead.en]
		.sort((a, b) => a - b)
		.map((j) => oneLine(paragraphs[j]))
		.filter(Boolean)
		.join(' ');
}

const visible = (s: string) => s.replace(/\s+/g, '');

/**
 * The cut paragraphs a bead holds with all the units set inside them, whose halves are still
 * the segment's text.
 */
function cutsIn(bead: AlignmentBead, segments: AlignSegment[], cuts: readonly CutParagraph[]) {
	return cuts.filter(
		(c) =>
			bead.zh.includes(c.unit) &&
			c.between.every((v) => bead.zh.includes(v)) &&
			visible(segments[c.unit]?.source ?? '') === visible(c.head + c.tail)
	);
}

/**
 * The links with two or more Chinese paragraphs and some English (2-1, 3-1, 2-2 …): their
 * sentences, for splitting the English between the paragraphs. A paragraph the import joined
 * across captions set inside it (`cuts`, alignment/layout.ts), when the link holds it with
 * those captions, is read as the page had it: its first half, the captions, its second half;
 * the English is then split into sentences paragraph by paragraph (a caption has no full stop).
 *
 * @example
 * splitTasks([seg('a', '甲。'), seg('b', '乙。')], [{ zh: [0, 1], en: [0], score: 1 }], ['A. B.'])
 * // [{ bead: 0, zh: ['甲。', '乙。'], owner: [0, 1], piece: [0, 1], en: ['A.', 'B.'] }]
 */
export function splitTasks(
	segments: AlignSegment[],
	beads: AlignmentBead[],
	paragraphs: string[],
	cuts: readonly CutParagraph[] = []
): SplitTask[] {
	const tasks: SplitTask[] = [];
	beads.forEach((bead, k) => {
		if (bead.zh.length < 2 || !bead.en.length) return;
		const inside = cutsIn(bead, segments, cuts);
		const pieces: { text: string; owner: number; half?: true }[] = [];
		for (const i of [...bead.zh].sort((a, b) => a - b)) {
			const cut = inside.find((c) => c.unit === i);
			pieces.push(
				cut
					? { text: cut.head, owner: i, half: true }
					: { text: segments[i]?.source ?? '', owner: i }
			);
			const ended = inside.find((c) => c.between[c.between.length - 1] === i);
			if (ended) pieces.push({ text: ended.tail, owner: ended.unit, half: true });
		}
		const zh: string[] = [];
		const owner: number[] = [];
		const piece: number[] = [];
		pieces.forEach((p, n) => {
			for (const sentence of splitSentences(p.text, 'zh')) {
				zh.push(sentence);
				owner.push(p.owner);
				piece.push(n);
			}
		});
		if (!inside.length) {
			const en = splitSentences(draftText(bead, paragraphs), 'en');
			if (zh.length && en.length) tasks.push({ bead: k, zh, owner, piece, en });
			return;
		}
		// Sentences paragraph by paragraph: a caption or credit has no full stop to end it.
		const texts = [...bead.en].sort((a, b) => a - b).map((j) => oneLine(paragraphs[j]));
		const guessed = classifyBlocks(texts.map((text) => ({ text })));
		const en: string[] = [];
		const enKinds: SegmentKind[] = [];
		texts.forEach((text, n) => {
			for (const sentence of splitSentences(text, 'en')) {
				en.push(sentence);
				enKinds.push(guessed[n].kind);
			}
		});
		const zhKinds = pieces.flatMap((p, n) =>
			piece
				.filter((q) => q === n)
				.map(() => (p.half ? 'body' : (segments[p.owner]?.kind ?? 'body')))
		);
		if (zh.length && en.length)
			tasks.push({ bead: k, zh, owner, piece, en, kinds: { zh: zhKinds, en: enKinds } });
	});
	return tasks;
}

const MAY_BE_MISSING = new Set<SegmentKind>(['caption', 'credit', 'heading']);
const LABELS = new Set<SegmentKind>(['caption', 'credit']);

/**
 * Splits a merged link's English between its Chinese paragraphs by a sentence alignment of the
 * task: every sentence link must stay inside one paragraph; an English sentence with no Chinese
 * goes with the paragraph before it (the first one at the start). Every paragraph must get some
 * English, except a caption, credit or heading the draft leaves out (listed in `missing`).
 * Gives null when the group cannot be split cleanly.
 *
 * @example
 * splitGroup(task, [{ zh: [0], en: [0], score: 0.9 }, { zh: [1], en: [1], score: 0.9 }], segments)
 * // { targets: Map { 0 => 'A.', 1 => 'B.' }, missing: [] }
 */
export function splitGroup(
	task: SplitTask,
	sentenceBeads: AlignmentBead[],
	segments: AlignSegment[]
): { targets: Map<number, string>; missing: number[] } | null {
	const parts = new Map<number, string[]>();
	const pending: string[] = [];
	let last: number | null = null;
	let lastPiece = -1;
	// Beads of another task's sentences (the tasks changed since): nothing to split by.
	if (sentenceBeads.some((b) => b.zh.some((i) => i >= task.zh.length))) return null;
	// A caption's or credit's English left with no Chinese (it goes to the paragraph before it).
	let strayLabel = false;
	for (const b of sentenceBeads) {
		const owners = new Set(b.zh.map((i) => task.owner[i]));
		if (owners.size > 1) return null;
		const english = b.en.map((j) => task.en[j]).filter((x): x is string => x !== undefined);
		if (!owners.size) {
			if (b.en.some((j) => LABELS.has(task.kinds?.en[j] ?? 'body'))) strayLabel = true;
			if (last === null) pending.push(...english);
			else parts.get(last)!.push(...english);
			continue;
		}
		const [owner] = owners;
		const piece = Math.min(...b.zh.map((i) => task.piece[i]));
		if (piece < lastPiece) return null;
		lastPiece = Math.max(...b.zh.map((i) => task.piece[i]));
		if (!parts.has(owner)) parts.set(owner, []);
		if (pending.length) parts.get(owner)!.push(...pending.splice(0));
		parts.get(owner)!.push(...english);
		last = owner;
	}
	if (pending.length) return null;
	const targets = new Map<number, string>();
	const missing: number[] = [];
	for (const i of new Set(task.owner)) {
		const text = (parts.get(i) ?? []).join(' ').trim();
		if (text) targets.set(i, text);
		else if (MAY_BE_MISSING.has(segments[i]?.kind ?? 'body')) missing.push(i);
		else return null;
	}
	// A caption of the draft given to the text around it while a caption here gets nothing: the
	// draft set its captions elsewhere in the paragraph than the page here; not split.
	if (strayLabel && missing.some((i) => LABELS.has(segments[i]?.kind ?? 'body'))) return null;
	return targets.size ? { targets, missing } : null;
}

/**
 * planAccept with every link's sentence split done here, by `split` (the command line, tests;
 * the app runs the splits in its worker and passes them to planAccept).
 */
export function planAcceptSplitting(
	segments: AlignSegment[],
	beads: AlignmentBead[],
	paragraphs: string[],
	split: (task: SplitTask) => AlignmentBead[],
	cuts: readonly CutParagraph[] = []
): AcceptPlan {
	const splits = new Map(
		splitTasks(segments, beads, paragraphs, cuts).map((t) => [t.bead, split(t)])
	);
	return planAccept(segments, beads, paragraphs, splits, cuts);
}

/**
 * What accepting an alignment writes. A link with one Chinese paragraph gives it the link's
 * draft paragraphs in draft order, joined by a space. A link with several Chinese paragraphs is
 * split at sentence level (`splits`: a sentence aligner's beads for the tasks of splitTasks, by
 * paragraph bead; `cuts` as for splitTasks) so that each paragraph gets its own English; where
 * it cannot be split cleanly the first paragraph gets all the English and the others are
 * marked translated together with it. Segments whose English would not change are left out; locked ones are listed apart;
 * draft paragraphs linked to nothing are listed in `unlinked`.
 *
 * @example
 * planAccept([{ id: 'a', source: '甲', target: '', locked: false }], [{ zh: [0], en: [0], score: 0.9 }], ['A.'])
 * // { items: [{ segmentId: 'a', target: 'A.', score: 0.9, previous: '', conflict: false }], locked: [], unlinked: [], missing: [] }
 */
export function planAccept(
	segments: AlignSegment[],
	beads: AlignmentBead[],
	paragraphs: string[],
	splits: Map<number, AlignmentBead[]> = new Map(),
	cuts: readonly CutParagraph[] = []
): AcceptPlan {
	const plan: AcceptPlan = { items: [], locked: [], unlinked: [], missing: [] };
	const tasks = new Map(splitTasks(segments, beads, paragraphs, cuts).map((t) => [t.bead, t]));
	const give = (index: number, target: string, score: number, translatedWith?: string) => {
		const segment = segments[index];
		if (!segment) return;
		if (target === segment.target && !translatedWith) return;
		if (segment.locked) {
			plan.locked.push(segment.id);
			return;
		}
		const previous = segment.target;
		const item: AcceptItem = {
			segmentId: segment.id,
			target,
			score,
			previous,
			conflict: previous.trim() !== '' && previous !== target
		};
		if (translatedWith) item.translatedWith = translatedWith;
		plan.items.push(item);
	};
	beads.forEach((bead, k) => {
		if (!bead.zh.length) {
			plan.unlinked.push(...bead.en);
			return;
		}
		if (!bead.en.length) return;
		const zh = [...bead.zh].sort((a, b) => a - b);
		const whole = draftText(bead, paragraphs);
		if (!whole) return;
		if (zh.length === 1) return give(zh[0], whole, bead.score);
		const task = tasks.get(k);
		const sentenceBeads = splits.get(k);
		const split = task && sentenceBeads ? splitGroup(task, sentenceBeads, segments) : null;
		if (split) {
			for (const [i, target] of split.targets) give(i, target, bead.score);
			for (const i of split.missing) if (segments[i]) plan.missing.push(segments[i].id);
			return;
		}
		const lead = segments[zh[0]];
		if (!lead || lead.locked) {
			if (lead) plan.locked.push(lead.id);
			return;
		}
		give(zh[0], whole, bead.score);
		for (const i of zh.slice(1)) give(i, '', bead.score, lead.id);
	});
	plan.unlinked.sort((a, b) => a - b);
	return plan;
}

/**
 * Stored beads (segment ids) as beads over segment positions, made whole again if the segments
 * changed since: unknown ids and repeated units are dropped, empty beads removed, and any unit
 * no bead holds gets a bead of its own (Chinese in order where it fits, English at the end).
 *
 * @example
 * fromStoredBeads([{ source: ['s1'], target: [0], score: 0.8 }], ['s1'], 1) // [{ zh: [0], en: [0], score: 0.8 }]
 */
export function fromStoredBeads(
	stored: Bead[],
	segmentIds: string[],
	enCount: number
): AlignmentBead[] {
	const position = new Map(segmentIds.map((id, i) => [id, i]));
	const seenZh = new Set<number>();
	const seenEn = new Set<number>();
	const out: AlignmentBead[] = [];
	for (const bead of stored) {
		const zh = bead.source
			.map((id) => position.get(id))
			.filter((i): i is number => i !== undefined && !seenZh.has(i));
		const en = bead.target.filter(
			(j) => Number.isInteger(j) && j >= 0 && j < enCount && !seenEn.has(j)
		);
		zh.forEach((i) => seenZh.add(i));
		en.forEach((j) => seenEn.add(j));
		if (!zh.length && !en.length) continue;
		out.push(
			bead.locked ? { zh, en, score: bead.score, locked: true } : { zh, en, score: bead.score }
		);
	}
	for (let i = 0; i < segmentIds.length; i++) {
		if (seenZh.has(i)) continue;
		const at = out.findIndex((b) => b.zh.length && Math.min(...b.zh) > i);
		const lone: AlignmentBead = { zh: [i], en: [], score: 0.5 };
		if (at < 0) out.push(lone);
		else out.splice(at, 0, lone);
	}
	for (let j = 0; j < enCount; j++) if (!seenEn.has(j)) out.push({ zh: [], en: [j], score: 0.5 });
	return out;
}

/**
 * Beads over segment positions as stored in a draft (segment ids).
 *
 * @example
 * toStoredBeads([{ zh: [0], en: [0], score: 0.8 }], ['s1']) // [{ source: ['s1'], target: [0], score: 0.8 }]
 */
export function toStoredBeads(beads: AlignmentBead[], segmentIds: string[]): Bead[] {
	return beads.map((b) => {
		const bead: Bead = {
			source: b.zh.map((i) => segmentIds[i]),
			target: [...b.en],
			score: b.score
		};
		if (b.locked) bead.locked = true;
		return bead;
	});
}

/** The glossary as the aligner takes it: one function, in domain/alignment. */
export { glossaryPairs } from '../alignment/glossary.ts';
