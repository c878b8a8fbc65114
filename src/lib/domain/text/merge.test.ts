import { describe, expect, it } from 'vitest';
import { mergeText } from './merge.ts';

const BASE = 'The zone grew fast.';

describe('mergeText', () => {
	it.each([
		['one side unchanged', BASE, BASE + ' More.', BASE, BASE + ' More.'],
		['the other side unchanged', BASE, BASE, 'The zone grew.', 'The zone grew.'],
		['both the same', BASE, 'X', 'X', 'X'],
		[
			'changes in different places are both applied',
			BASE,
			'The ETDZ grew fast.',
			'The zone grew very fast.',
			'The ETDZ grew very fast.'
		],
		['adjacent changes', 'abcdef', 'abXdef', 'abcYef', 'abXYef']
	])('%s', (_, base, ours, theirs, expected) => {
		expect(mergeText(base, ours, theirs)).toEqual({ text: expected, overlapped: false });
	});

	it('two tabs typing at the same place keep every character of both', () => {
		const r = mergeText('In 2023, ', 'In 2023, AAAAAA', 'In 2023, BBBBBB');
		expect(r).toEqual({ text: 'In 2023, BBBBBBAAAAAA', overlapped: true });
	});

	it('overlapping rewrites keep both versions of the span', () => {
		const r = mergeText(BASE, 'The park grew fast.', 'The area grew fast.');
		expect(r.overlapped).toBe(true);
		expect(r.text).toBe('The areapark grew fast.');
	});

	it('works on Chinese and astral text without splitting what was typed', () => {
		const r = mergeText('宜春经开区', '宜春经开区发展', '江西宜春经开区');
		expect(r).toEqual({ text: '江西宜春经开区发展', overlapped: false });
	});
});
