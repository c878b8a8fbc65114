import { describe, expect, it } from 'vitest';
import type { AnnotationCategory } from '../types.ts';
import { createSelector } from './anchor.ts';
import { highlightPieces } from './highlight.ts';

const text = '宜春时代仅用18个月便拔地而起';
const at = (quote: string) => {
	const start = text.indexOf(quote);
	return createSelector(text, start, start + quote.length);
};
const n = (id: string, quote: string, category: AnnotationCategory, detached = false) => ({
	id,
	category,
	detached,
	selector: at(quote)
});

describe('highlightPieces', () => {
	it('cuts at every boundary and keeps overlapping notes', () => {
		const pieces = highlightPieces(text, [
			n('a', '宜春时代', 'terminology'),
			n('b', '时代仅用18个月', 'error'),
			n('c', '拔地而起', 'cultural', true)
		]);
		expect(pieces.map((p) => [p.text, p.ids.join('+'), p.categories.join('+')])).toEqual([
			['宜春', 'a', 'terminology'],
			['时代', 'a+b', 'terminology+error'],
			['仅用18个月', 'b', 'error'],
			['便拔地而起', '', '']
		]);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
	});

	it('gives one piece for a text without notes, and ignores spans outside it', () => {
		const stale = {
			id: 'x',
			category: 'comment' as const,
			detached: false,
			selector: { exact: 'x', prefix: '', suffix: '', start: 40, end: 44 }
		};
		expect(highlightPieces(text, [stale])).toEqual([
			{ start: 0, end: text.length, text, ids: [], categories: [] }
		]);
		expect(highlightPieces('', [])).toEqual([
			{ start: 0, end: 0, text: '', ids: [], categories: [] }
		]);
	});
});
