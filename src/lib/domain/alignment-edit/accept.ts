/**
 * Turning an alignment into work: the English each Chinese segment gets, which of those would
 * overwrite text already there, and the pairs kept for the translation memory.
 */
import type { Bead } from '../types.ts';
import { splitSentences } from '../segmentation/sentences.ts';
import type { EditBead } from './beads.ts';

/** What a segment looks like to the alignment: its id, its current target and lock. */
export interface AlignSegment {
	id: string;
	source: string;
	target: string;
	locked: boolean;
}

/** One segment's new target from the alignment. */
export interface AcceptItem {
	segmentId: string;
	target: string;
	score: number;
	/** The target the segment has now. */
	previous: string;
	/** Non-empty text that differs from the new one: replaced only if the translator says so. */
	conflict: boolean;
}

export interface AcceptPlan {
	items: AcceptItem[];
	/** Segments that would get English but are locked: left alone. */
	locked: string[];
}

/**
 * The English of each linked Chinese segment: the bead's draft paragraphs in draft order, joined
 * by a space. In a bead with several Chinese segments (2-1, 3-1 …) the first segment gets the
 * English and the others stay as they are. Segments whose English would not change are left out.
 *
 * @example
 * planAccept([{ id: 'a', source: '甲', target: '', locked: false }], [{ zh: [0], en: [0], score: 0.9 }], ['A.'])
 * // { items: [{ segmentId: 'a', target: 'A.', score: 0.9, previous: '', conflict: false }], locked: [] }
 */
export function planAccept(
	segments: AlignSegment[],
	beads: EditBead[],
	paragraphs: string[]
): AcceptPlan {
	const items: AcceptItem[] = [];
	const locked: string[] = [];
	for (const bead of beads) {
		if (!bead.zh.length || !bead.en.length) continue;
		const segment = segments[Math.min(...bead.zh)];
		if (!segment) continue;
		const target = [...bead.en]
			.sort((a, b) => a - b)
			.map((j) => (paragraphs[j] ?? '').replace(/\s*\n\s*/g, ' ').trim())
			.filter(Boolean)
			.join(' ');
		if (!target || target === segment.target) continue;
		if (segment.locked) {
			locked.push(segment.id);
			continue;
		}
		const previous = segment.target;
		items.push({
			segmentId: segment.id,
			target,
			score: bead.score,
			previous,
			conflict: previous.trim() !== ''
		});
	}
	return { items, locked };
}

/** A source–target pair for the translation memory. */
export interface TmPair {
	source: string;
	target: string;
	segmentId: string;
}

/** The sentences of a 1-1 paragraph pair, for a sentence aligner to pair up. */
export interface SentenceTask {
	/** Index of the paragraph bead. */
	bead: number;
	zh: string[];
	en: string[];
}

/**
 * The 1-1 paragraph pairs whose sentences need aligning: both paragraphs split into sentences,
 * kept when both sides have two or more.
 *
 * @example
 * sentenceTasks([{ id: 'a', source: '甲。乙。', target: '', locked: false }], [{ zh: [0], en: [0], score: 1 }], ['A. B.'])
 * // [{ bead: 0, zh: ['甲。', '乙。'], en: ['A.', 'B.'] }]
 */
export function sentenceTasks(
	segments: AlignSegment[],
	beads: EditBead[],
	paragraphs: string[]
): SentenceTask[] {
	const tasks: SentenceTask[] = [];
	beads.forEach((bead, k) => {
		const pair = onePair(segments, bead, paragraphs);
		if (!pair) return;
		const zh = splitSentences(pair.source, 'zh');
		const en = splitSentences(pair.target, 'en');
		// With one sentence on a side, the only pair is the paragraph pair itself.
		if (zh.length > 1 && en.length > 1) tasks.push({ bead: k, zh, en });
	});
	return tasks;
}

function onePair(segments: AlignSegment[], bead: EditBead, paragraphs: string[]): TmPair | null {
	if (bead.zh.length !== 1 || bead.en.length !== 1) return null;
	const segment = segments[bead.zh[0]];
	const source = segment?.source.trim();
	const target = paragraphs[bead.en[0]]?.replace(/\s*\n\s*/g, ' ').trim();
	return segment && source && target ? { source, target, segmentId: segment.id } : null;
}

/** Sentence beads under this score are not trusted enough for the translation memory. */
export const TM_SENTENCE_MIN_SCORE = 0.6;

/**
 * The pairs an accepted alignment gives the translation memory: every 1-1 paragraph pair, then
 * its sentence pairs. `sentences` holds a sentence aligner's beads for some of the tasks of
 * sentenceTasks (by paragraph bead); their linked beads scoring at least
 * TM_SENTENCE_MIN_SCORE become pairs (a 2-1 bead gives one pair of two Chinese sentences). Where
 * no sentence alignment is given, sentences are paired in order when both paragraphs have the
 * same number of them.
 *
 * @example
 * tmPairs([{ id: 'a', source: '甲。乙。', target: '', locked: false }], [{ zh: [0], en: [0], score: 1 }], ['A. B.'])
 * // [{ source: '甲。乙。', target: 'A. B.', segmentId: 'a' }, { source: '甲。', target: 'A.', … }, { source: '乙。', target: 'B.', … }]
 */
export function tmPairs(
	segments: AlignSegment[],
	beads: EditBead[],
	paragraphs: string[],
	sentences: Map<number, EditBead[]> = new Map()
): TmPair[] {
	const pairs: TmPair[] = [];
	beads.forEach((bead, k) => {
		const pair = onePair(segments, bead, paragraphs);
		if (!pair) return;
		pairs.push(pair);
		const zh = splitSentences(pair.source, 'zh');
		const en = splitSentences(pair.target, 'en');
		const aligned = sentences.get(k);
		if (aligned) {
			for (const b of aligned) {
				if (!b.zh.length || !b.en.length || b.score < TM_SENTENCE_MIN_SCORE) continue;
				if (b.zh.length === zh.length && b.en.length === en.length) continue; // the paragraph itself
				pairs.push({
					source: b.zh.map((i) => zh[i]).join(''),
					target: b.en.map((j) => en[j]).join(' '),
					segmentId: pair.segmentId
				});
			}
			return;
		}
		if (zh.length < 2 || zh.length !== en.length) return;
		zh.forEach((s, i) => pairs.push({ source: s, target: en[i], segmentId: pair.segmentId }));
	});
	return pairs;
}

/**
 * Stored beads (segment ids) as beads over segment positions, made whole again if the segments
 * changed since: unknown ids and repeated units are dropped, empty beads removed, and any unit
 * no bead holds gets a bead of its own (Chinese in order where it fits, English at the end).
 *
 * @example
 * fromStoredBeads([{ source: ['s1'], target: [0], score: 0.8 }], ['s1'], 1) // [{ zh: [0], en: [0], score: 0.8 }]
 */
export function fromStoredBeads(stored: Bead[], segmentIds: string[], enCount: number): EditBead[] {
	const position = new Map(segmentIds.map((id, i) => [id, i]));
	const seenZh = new Set<number>();
	const seenEn = new Set<number>();
	const out: EditBead[] = [];
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
		const lone: EditBead = { zh: [i], en: [], score: 0.5 };
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
export function toStoredBeads(beads: EditBead[], segmentIds: string[]): Bead[] {
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
