/**
 * Merging two adjacent paragraphs: texts joined with the separator the language wants
 * (nothing between Chinese, a space between English words), and where the second text
 * starts in the result, so notes on it can follow.
 */
import { joinPieces } from '../segmentation/blocks.ts';

/** Two texts joined: `text.slice(offset)` is the second one (trimmed). */
export interface TextJoin {
	text: string;
	/** Where the second text starts in `text`. */
	offset: number;
	/** Characters trimmed off the start of the second text (its offsets shift by this too). */
	trimmed: number;
}

/**
 * Joins two paragraphs' texts.
 *
 * @example
 * joinTexts('较为完善的产业', '配套。') // { text: '较为完善的产业配套。', offset: 7, trimmed: 0 }
 * joinTexts('It grew.', 'It won.') // { text: 'It grew. It won.', offset: 9, trimmed: 0 }
 */
export function joinTexts(first: string, second: string): TextJoin {
	const left = first.trimEnd();
	const right = second.trimStart();
	const trimmed = second.length - right.length;
	if (!left) return { text: right, offset: 0, trimmed };
	if (!right) return { text: left, offset: left.length, trimmed };
	const text = joinPieces(left, right);
	return { text, offset: text.length - right.length, trimmed };
}

/**
 * The `joined` list of a merged paragraph: both lists in order, without repeats; absent when
 * fewer than two blocks are known.
 *
 * @example
 * mergeJoined([3, 4], [5]) // [3, 4, 5]
 * mergeJoined(undefined, undefined) // undefined
 */
export function mergeJoined(a?: number[], b?: number[]): number[] | undefined {
	const list = [...new Set([...(a ?? []), ...(b ?? [])])];
	return list.length > 1 ? list : undefined;
}
