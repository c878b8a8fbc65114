/**
 * Repetitions: the same source paragraph, or the same source sentence, elsewhere in the project,
 * and the translation already given there. Sources are compared as the memory and the analysis
 * report compare them ({@link normaliseForMatch}), so what the report counts as a repetition
 * is what the editor offers.
 */
import { splitSentences, type SentenceLang } from '../segmentation/sentences.ts';
import type { Segment, SegmentStatus } from '../types.ts';
import { normaliseForMatch } from './normalise.ts';

export interface Repetition {
	/** 'paragraph': the whole source is the same; 'sentence': one of its sentences is. */
	unit: 'paragraph' | 'sentence';
	/** Position of the current paragraph's sentence (0 for a paragraph repetition). */
	position: number;
	/** The repeated source text (the paragraph, or the sentence). */
	source: string;
	/** The translation already given for it. */
	target: string;
	/** Where it was given. */
	segmentId: string;
	order: number;
	status: SegmentStatus;
}

/** Statuses whose target is a translation worth offering again (draft included). */
const GIVEN = new Set<SegmentStatus>(['draft', 'translated', 'reviewed']);

/** Normalised sources, remembered: the same document is looked through at every move. */
const keys = new Map<string, string>();
const KEYS_KEPT = 50_000;

function keyOf(source: string): string {
	let key = keys.get(source);
	if (key === undefined) {
		if (keys.size >= KEYS_KEPT) keys.clear();
		key = normaliseForMatch(source);
		keys.set(source, key);
	}
	return key;
}

/** Sentence pairs of a paragraph when its source and target have as many sentences. */
function pairsOf(segment: Segment, lang: SentenceLang): { source: string; target: string }[] {
	const source = splitSentences(segment.source, lang);
	const target = splitSentences(segment.target, lang === 'zh' ? 'en' : 'zh');
	if (source.length !== target.length) return [];
	return source.map((s, i) => ({ source: s, target: target[i] }));
}

/**
 * What the rest of the project already translated of `current`: paragraphs with the same source
 * first, then, sentence by sentence, a sentence of another paragraph with the same source
 * (paired with its translation when that paragraph's source and target have as many sentences,
 * or a whole one-sentence paragraph). Confirmed before draft, then nearest in the document.
 *
 * @example
 * repetitionsOf(segments, segments[7]) // [{ unit: 'sentence', position: 1, target: '…', order: 2, … }]
 */
export function repetitionsOf(
	segments: readonly Segment[],
	current: Segment,
	lang: SentenceLang = 'zh'
): Repetition[] {
	const own = normaliseForMatch(current.source);
	if (!own) return [];
	const sentences = splitSentences(current.source, lang)
		.map((text, position) => ({ text, position, key: normaliseForMatch(text) }))
		.filter((s) => s.key);
	const found: Repetition[] = [];
	for (const other of segments) {
		if (other.id === current.id || !GIVEN.has(other.status) || !other.target.trim()) continue;
		const key = keyOf(other.source);
		const base = { segmentId: other.id, order: other.order, status: other.status };
		if (key === own) {
			found.push({
				...base,
				unit: 'paragraph',
				position: 0,
				source: other.source,
				target: other.target
			});
			continue;
		}
		// Only a paragraph that contains one of the sentences is split.
		const inside = sentences.filter((s) => key.includes(s.key));
		if (inside.length === 0) continue;
		const pairs = pairsOf(other, lang);
		for (const sentence of inside) {
			const pair =
				key === sentence.key
					? { source: other.source, target: other.target }
					: pairs.find((p) => normaliseForMatch(p.source) === sentence.key);
			if (pair)
				found.push({
					...base,
					unit: 'sentence',
					position: sentence.position,
					source: pair.source,
					target: pair.target.trim()
				});
		}
	}
	const rank = (r: Repetition) => (r.status === 'draft' ? 1 : 0);
	const distance = (r: Repetition) => Math.abs(r.order - current.order);
	return found.sort(
		(a, b) =>
			(a.unit === b.unit ? 0 : a.unit === 'paragraph' ? -1 : 1) ||
			a.position - b.position ||
			rank(a) - rank(b) ||
			distance(a) - distance(b)
	);
}
