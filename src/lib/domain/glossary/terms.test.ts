import { describe, expect, it } from 'vitest';
import { newTermEntry, readStatus, termsOf, usableTexts } from './terms.ts';

describe('readStatus', () => {
	it.each([
		['preferredTerm-admn-sts', 'preferred'],
		['Preferred', 'preferred'],
		['admitted', 'admitted'],
		['deprecatedTerm-admn-sts', 'forbidden'],
		['superseded', 'forbidden'],
		['禁用', 'forbidden'],
		['首选', 'preferred'],
		['maybe', null],
		['', null]
	])('%s → %s', (value, status) => {
		expect(readStatus(value)).toBe(status);
	});
});

describe('newTermEntry', () => {
	it('makes a preferred pair from two selections, trimming quotes', () => {
		const e = newTermEntry('“放管服”', ' streamline administration ', { glossaryId: 'g', now: 5 });
		expect(e).toMatchObject({ glossaryIds: ['g'], createdAt: 5, updatedAt: 5 });
		expect(e.terms).toEqual([
			{ lang: 'zh-CN', text: '放管服', status: 'preferred' },
			{ lang: 'en', text: 'streamline administration', status: 'preferred' }
		]);
		expect(usableTexts(e, 'en')).toEqual({ allowed: ['streamline administration'], forbidden: [] });
	});

	it('leaves out an empty side', () => {
		expect(newTermEntry('放管服', '  ').terms.map((t) => t.lang)).toEqual(['zh-CN']);
	});
});

describe('termsOf', () => {
	it('orders preferred, admitted, forbidden and skips blanks', () => {
		const e = newTermEntry('甲', 'a');
		e.terms.push(
			{ lang: 'en-US', text: 'b', status: 'forbidden' },
			{ lang: 'en', text: 'c', status: 'admitted' },
			{ lang: 'en', text: ' ', status: 'preferred' }
		);
		expect(termsOf(e, 'en').map((t) => t.text)).toEqual(['a', 'c', 'b']);
	});
});
