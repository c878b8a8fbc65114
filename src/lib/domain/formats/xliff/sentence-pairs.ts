/**
 * Sentence pairs inside one paragraph, for exports by sentence (XLIFF segments, TMX units): the
 * paragraph's Chinese and English are cut into sentences and aligned with the same aligner as
 * the document, so a 1-2 or 2-1 sentence link stays one pair.
 */
import { alignUnits, type AlignOptions } from '../../alignment/index.ts';
import { splitSentences } from '../../segmentation/sentences.ts';
import type { Segment } from '../../types.ts';
import type { SentencePair } from './serialize.ts';

/**
 * Aligned sentence pairs of a segment; null when it has one sentence or no target (export it
 * whole). English sentences without a Chinese counterpart join the previous pair.
 *
 * @example
 * sentencePairs(segment, { dictionary }) // [{ source: '…。', target: '….' }, …]
 */
export function sentencePairs(
	segment: Pick<Segment, 'source' | 'target'>,
	options: AlignOptions = {}
): SentencePair[] | null {
	if (!segment.target.trim()) return null;
	const zh = splitSentences(segment.source, 'zh');
	const en = splitSentences(segment.target, 'en');
	if (zh.length < 2) return null;
	const { beads } = alignUnits(zh, en, options);
	const pairs: SentencePair[] = [];
	for (const b of beads) {
		const source = b.zh.map((i) => zh[i]).join('');
		const target = b.en.map((i) => en[i]).join(' ');
		if (!source) {
			if (pairs.length) {
				const last = pairs[pairs.length - 1];
				last.target = last.target ? `${last.target} ${target}` : target;
			} else pairs.push({ source: '', target });
			continue;
		}
		if (pairs.length === 1 && !pairs[0].source) {
			pairs[0] = { source, target: `${pairs[0].target} ${target}`.trim() };
			continue;
		}
		pairs.push({ source, target });
	}
	return pairs.length > 1 ? pairs : null;
}
