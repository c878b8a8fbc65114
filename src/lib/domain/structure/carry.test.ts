import { describe, expect, it } from 'vitest';
import { carryTyping } from './carry.ts';
import { joinTexts } from './merge.ts';
import { cutText } from './split.ts';

const a = { id: 'a', target: 'It grew.' };
const b = { id: 'b', target: 'It won.' };
const merged = [{ id: 'a', target: joinTexts(a.target, b.target).text }];

describe('carryTyping', () => {
	it('carries typing in the first paragraph of a merge to its place in the merged one', () => {
		expect(carryTyping([a, b], merged, new Map([['a', 'It grew fast.']]))).toEqual(
			new Map([['a', 'It grew fast. It won.']])
		);
	});

	it('carries typing in the paragraph a merge removes into the merged one', () => {
		expect(carryTyping([a, b], merged, new Map([['b', 'It won. Again.']]))).toEqual(
			new Map([['a', 'It grew. It won. Again.']])
		);
		expect(carryTyping([a, b], merged, new Map([['b', 'Now it won.']]))).toEqual(
			new Map([['a', 'It grew. Now it won.']])
		);
	});

	it('keeps typing in both paragraphs of a merge', () => {
		const typed = new Map([
			['a', 'It grew fast.'],
			['b', 'It won twice.']
		]);
		expect(carryTyping([a, b], merged, typed).get('a')).toBe('It grew fast. It won twice.');
	});

	it('sends typing before and after a split cut to the piece it was typed in', () => {
		const whole = { id: 's', target: 'One. Two.' };
		const cut = cutText(whole.target, 4);
		const pieces = [
			{ id: 's', target: cut.first },
			{ id: 'n', target: cut.second }
		];
		expect(carryTyping([whole], pieces, new Map([['s', 'One. Two. Three.']]))).toEqual(
			new Map([['n', 'Two. Three.']])
		);
		expect(carryTyping([whole], pieces, new Map([['s', 'One, first. Two.']]))).toEqual(
			new Map([['s', 'One, first.']])
		);
		expect(carryTyping([whole], pieces, new Map([['s', 'Zero. One. Two.']]))).toEqual(
			new Map([['s', 'Zero. One.']])
		);
	});

	it('keeps Chinese typing in place across a merge with no space at the join', () => {
		const x = { id: 'x', target: '较为完善的产业' };
		const y = { id: 'y', target: '配套。' };
		const joined = [{ id: 'x', target: joinTexts(x.target, y.target).text }];
		expect(carryTyping([x, y], joined, new Map([['y', '配套体系。']])).get('x')).toBe(
			'较为完善的产业配套体系。'
		);
	});

	it('joins typing into two empty paragraphs in their order, as the merge joins texts', () => {
		const e1 = { id: 'a', target: '' };
		const e2 = { id: 'b', target: '' };
		const typed = new Map([
			['a', 'Alpha.'],
			['b', 'Beta.']
		]);
		expect(carryTyping([e1, e2], [{ id: 'a', target: '' }], typed).get('a')).toBe('Alpha. Beta.');
	});

	it('cuts typed text in three where an unjoin cut the stored one', () => {
		const whole = { id: 's', target: 'One. Two. Three.' };
		const pieces = [
			{ id: 's', target: 'One.' },
			{ id: 'n', target: 'Two.' },
			{ id: 'm', target: 'Three.' }
		];
		expect(carryTyping([whole], pieces, new Map([['s', 'One. Two, 2. Three.']]))).toEqual(
			new Map([['n', 'Two, 2.']])
		);
	});

	it('sends typing on both sides of a merge to the paragraphs its undo puts back', () => {
		const now = 'It grew fast. It won twice. Yes.';
		expect(carryTyping(merged, [a, b], new Map([['a', now]]))).toEqual(
			new Map([
				['a', 'It grew fast.'],
				['b', 'It won twice. Yes.']
			])
		);
	});

	it('places typing by the characters around it when the edit is neither join nor cut', () => {
		// The stored text had two spaces at the join: joining again would not give it back.
		const x = { id: 'x', target: 'It grew.' };
		const y = { id: 'y', target: 'It won.' };
		const after = [{ id: 'x', target: 'It grew.  It won.' }];
		expect(carryTyping([x, y], after, new Map([['y', 'It won big.']])).get('x')).toBe(
			'It grew.  It won big.'
		);
	});

	it('merges three ways when the edit changed the words (a restored version)', () => {
		const now = { id: 'a', target: 'It grew fast.' };
		const restored = [{ id: 'a', target: 'Once it grew fast.' }];
		expect(carryTyping([now], restored, new Map([['a', 'It grew fast. Yes.']])).get('a')).toBe(
			'Once it grew fast. Yes.'
		);
	});

	it('changes nothing when nothing was typed', () => {
		expect(carryTyping([a, b], merged, new Map([['a', a.target]])).size).toBe(0);
		expect(carryTyping([a, b], merged, new Map()).size).toBe(0);
	});
});
