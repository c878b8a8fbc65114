import { describe, expect, it } from 'vitest';
import { markPieces, type Mark } from './index.ts';

const m = (start: number, end: number, id: string, kind = 'term'): Mark => ({
	start,
	end,
	id,
	kind
});
const show = (text: string, marks: Mark[]) =>
	markPieces(text, marks).map((p) => [p.text, p.marks.map((x) => x.id).join('+')]);

describe('markPieces', () => {
	it.each([
		['no marks', '深化放管服改革', [], [['深化放管服改革', '']]],
		[
			'one term',
			'深化放管服改革',
			[m(2, 5, 'a')],
			[
				['深化', ''],
				['放管服', 'a'],
				['改革', '']
			]
		],
		['at the edges', '放管服', [m(0, 3, 'a')], [['放管服', 'a']]],
		[
			'overlapping term and note',
			'拿地即开工机制',
			[m(0, 5, 't'), m(3, 7, 'n', 'note')],
			[
				['拿地即', 't'],
				['开工', 't+n'],
				['机制', 'n']
			]
		],
		['empty and out-of-range marks are ignored', 'abc', [m(1, 1, 'x'), m(2, 9, 'y')], [['abc', '']]]
	])('%s', (_name, text, marks, expected) => {
		expect(show(text, marks)).toEqual(expected);
	});

	it('keeps the text whole', () => {
		const text = '宜春时代、江西国轩先后投产';
		const pieces = markPieces(text, [m(0, 4, 'a'), m(5, 9, 'b'), m(2, 7, 'c')]);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
		expect(pieces.every((p) => text.slice(p.start, p.end) === p.text)).toBe(true);
	});
});
