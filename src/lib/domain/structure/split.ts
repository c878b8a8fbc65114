/**
 * Splitting a paragraph in two: where the source is cut (white space at the cut is dropped,
 * and said how much, so notes can follow) and where its target should be cut to match.
 */
import { isMostlyChinese } from '../segmentation/blocks.ts';
import { splitSentencesWithOffsets, type SentenceLang } from '../segmentation/sentences.ts';

/** A text cut in two: `first = text.slice(0, at)`, `second = text.slice(at + gap)`. */
export interface TextCut {
	first: string;
	second: string;
	at: number;
	gap: number;
}

const SPACE = /\s/u;

/**
 * Cuts a text at `offset` (clamped to the text), dropping the white space around the cut.
 *
 * @example
 * cutText('One. Two.', 4) // { first: 'One.', second: 'Two.', at: 4, gap: 1 }
 * cutText('甲乙。丙丁', 3) // { first: '甲乙。', second: '丙丁', at: 3, gap: 0 }
 */
export function cutText(text: string, offset: number): TextCut {
	const cut = Math.max(0, Math.min(text.length, Math.round(offset)));
	let at = cut;
	while (at > 0 && SPACE.test(text[at - 1])) at--;
	let to = cut;
	while (to < text.length && SPACE.test(text[to])) to++;
	return { first: text.slice(0, at), second: text.slice(to), at, gap: to - at };
}

function langOf(text: string): SentenceLang {
	return isMostlyChinese(text) ? 'zh' : 'en';
}

/** Sentence ends inside a text (offsets after each sentence but the last). */
function sentenceEnds(text: string): number[] {
	const spans = splitSentencesWithOffsets(text, langOf(text));
	return spans.slice(0, -1).map((s) => s.end);
}

/**
 * Where to cut a target when its source is cut at `sourceOffset`. When the source is cut
 * after its k-th sentence and the target has as many sentences, the target is cut after its
 * k-th too; otherwise at the sentence end nearest the same proportion of the text, or (with
 * a single sentence) at the word gap nearest it. An empty target gives 0.
 *
 * @example
 * targetOffsetFor('第一句。第二句。', 4, 'First one. Second one.') // 10
 * targetOffsetFor('甲乙丙丁', 2, 'abc def') // 3
 */
export function targetOffsetFor(source: string, sourceOffset: number, target: string): number {
	if (!target.trim()) return 0;
	const at = cutText(source, sourceOffset).at;
	const sourceEnds = sentenceEnds(source);
	const targetEnds = sentenceEnds(target);
	const k = sourceEnds.indexOf(at);
	if (k >= 0 && sourceEnds.length === targetEnds.length) return targetEnds[k];
	if (at <= 0) return 0;
	if (at >= source.trimEnd().length) return target.length;
	const wanted = (at / Math.max(1, source.length)) * target.length;
	const nearest = (offsets: number[]) =>
		offsets.reduce<number | null>(
			(best, o) => (best === null || Math.abs(o - wanted) < Math.abs(best - wanted) ? o : best),
			null
		);
	const bySentence = nearest(targetEnds);
	// A sentence end further than a third of the text from the proportional point is no match.
	if (bySentence !== null && Math.abs(bySentence - wanted) <= target.length / 3) return bySentence;
	const gaps: number[] = [];
	for (let i = 1; i < target.length; i++) {
		if (SPACE.test(target[i]) && !SPACE.test(target[i - 1])) gaps.push(i);
	}
	return nearest(gaps) ?? Math.round(wanted);
}
