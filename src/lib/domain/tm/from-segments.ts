/**
 * TM units from a project's own work: every confirmed paragraph, and its sentence pairs when a
 * sentence aligner has paired them.
 */
import type { Segment, TmUnit } from '../types.ts';

/** A source sentence and the target sentence(s) aligned with it. */
export interface SentencePair {
	source: string;
	target: string;
}

/** A sentence aligner's result for a segment: its sentence pairs, or nothing to add. */
export type SentenceSplitter = (segment: Segment) => SentencePair[] | null | undefined;

export interface TmFromSegmentsOptions {
	sourceLang?: string;
	targetLang?: string;
}

/** Statuses whose target a translator has confirmed. */
const CONFIRMED = new Set(['translated', 'reviewed']);

/** The id of a segment's paragraph unit, or of its sentence pair `sentence`. */
export function tmUnitId(segment: Pick<Segment, 'projectId' | 'id'>, sentence?: number): string {
	const base = `tm:${segment.projectId}:${segment.id}`;
	return sentence === undefined ? base : `${base}:${sentence}`;
}

/**
 * The TM units of confirmed segments (status translated or reviewed, both sides non-empty): one
 * paragraph pair each, plus its sentence pairs when `splitSentences` gives two or more pairs
 * with both sides non-empty. Ids are stable (`tm:PROJECT:SEGMENT[:N]`), so re-confirming a
 * segment replaces its units in the index instead of adding copies.
 *
 * @example
 * tmUnitsFromSegments(segments).map((u) => u.id) // ['tm:p1:s1', 'tm:p1:s4', …]
 */
export function tmUnitsFromSegments(
	segments: Segment[],
	splitSentences?: SentenceSplitter,
	{ sourceLang = 'zh-CN', targetLang = 'en' }: TmFromSegmentsOptions = {}
): TmUnit[] {
	const units: TmUnit[] = [];
	for (const segment of segments) {
		if (!CONFIRMED.has(segment.status)) continue;
		const source = segment.source.trim();
		const target = segment.target.trim();
		if (!source || !target) continue;
		const unit = (id: string, pair: SentencePair): TmUnit => ({
			id,
			source: pair.source,
			target: pair.target,
			sourceLang,
			targetLang,
			origin: 'project',
			projectId: segment.projectId,
			segmentId: segment.id,
			createdAt: segment.updatedAt,
			updatedAt: segment.updatedAt
		});
		units.push(unit(tmUnitId(segment), { source, target }));
		const pairs = (splitSentences?.(segment) ?? [])
			.map((p) => ({ source: p.source.trim(), target: p.target.trim() }))
			.filter((p) => p.source && p.target);
		if (pairs.length < 2) continue;
		pairs.forEach((pair, i) => units.push(unit(tmUnitId(segment, i), pair)));
	}
	return units;
}
