import { describe, expect, it } from 'vitest';
import {
	expandReplacement,
	makeFinder,
	replaceAllIn,
	replaceHit,
	type FindOptions
} from './index.ts';

const plain: FindOptions = { query: '', caseSensitive: false, wholeWord: false, regex: false };
function spans(options: Partial<FindOptions>, text: string): [number, number][] {
	const f = makeFinder({ ...plain, ...options });
	if (!f.ok) throw new Error(f.reason);
	return f.find(text).map((h) => [h.start, h.end]);
}
function hits(options: Partial<FindOptions>, text: string) {
	const f = makeFinder({ ...plain, ...options });
	if (!f.ok) throw new Error(f.reason);
	return f.find(text);
}

describe('makeFinder', () => {
	it.each([
		// [options, text, expected spans]
		[
			{ query: 'gdp' },
			'GDP and gdp',
			[
				[0, 3],
				[8, 11]
			]
		],
		[{ query: 'gdp', caseSensitive: true }, 'GDP and gdp', [[8, 11]]],
		[
			{ query: 'an', wholeWord: true },
			'banana an an.',
			[
				[7, 9],
				[10, 12]
			]
		],
		[{ query: 'GDP', wholeWord: true }, 'GDPR, GDP增长', [[6, 9]]],
		// Chinese has no spaces: a Chinese neighbour does not join a hit to a longer word.
		[
			{ query: '中国', wholeWord: true },
			'中国人民和中国。',
			[
				[0, 2],
				[5, 7]
			]
		],
		// Digits do: 20 is not a whole word in 2020.
		[{ query: '20', wholeWord: true }, '2020年，20强', [[6, 8]]],
		[{ query: 'a.b' }, 'a.b axb', [[0, 3]]],
		[
			{ query: 'a.b', regex: true },
			'a.b axb',
			[
				[0, 3],
				[4, 7]
			]
		],
		[
			{ query: '\\d+亿', regex: true },
			'签约105亿元，另有20亿',
			[
				[2, 6],
				[10, 13]
			]
		],
		// Hits do not overlap: after one, the search goes on from its end.
		[
			{ query: 'aa' },
			'aaaaa',
			[
				[0, 2],
				[2, 4]
			]
		],
		[{ query: '(?<=\\$)\\d+', regex: true }, 'cost $30 or 40', [[6, 8]]]
	] as [Partial<FindOptions>, string, [number, number][]][])(
		'%o in %s',
		(options, text, expected) => {
			expect(spans(options, text)).toEqual(expected);
		}
	);

	it('refuses an invalid regular expression with the reason, and empty text', () => {
		const bad = makeFinder({ ...plain, query: '(unclosed', regex: true });
		expect(bad.ok).toBe(false);
		if (!bad.ok) {
			expect(bad.reason).toBe('invalid_regex');
			expect(bad.detail).toMatch(/unterminated|missing|\)/i);
		}
		expect(makeFinder(plain)).toEqual({ ok: false, reason: 'empty' });
	});

	it.each(['a*', '^', '$', '\\b', 'x?', '(?=a)|b*'])('refuses %s, which can match nothing', (q) => {
		expect(makeFinder({ ...plain, query: q, regex: true })).toEqual({
			ok: false,
			reason: 'empty_match'
		});
	});

	it('takes * and ^ literally when not searching by expression', () => {
		expect(spans({ query: 'a*' }, 'a* b')).toEqual([[0, 2]]);
	});
});

describe('replacing', () => {
	it('expands groups, named groups, $& and $$ for expressions only', () => {
		const [hit] = hits({ query: '(\\d+)(?<unit>亿)', regex: true }, '共105亿元');
		expect(expandReplacement('$1 $<unit> [$&] $$1', hit, true)).toBe('105 亿 [105亿] $1');
		expect(expandReplacement('$1', hit, false)).toBe('$1');
		// $3 does not exist: left as written.
		expect(expandReplacement('$3', hit, true)).toBe('$3');
	});

	it('replaces one hit, or all without overlapping', () => {
		const text = 'Growth of GDP; GDP per head';
		const [first] = hits({ query: 'GDP' }, text);
		expect(replaceHit(text, first, 'output', false)).toBe('Growth of output; GDP per head');
		expect(replaceAllIn('aaaa', hits({ query: 'aa' }, 'aaaa'), 'b', false)).toEqual({
			text: 'bb',
			replaced: 2,
			skipped: 0
		});
		expect(replaceAllIn('aaa', hits({ query: 'aa' }, 'aaa'), 'b', false).text).toBe('ba');
		const dates = '2020-05 and 2021-11';
		expect(
			replaceAllIn(dates, hits({ query: '(\\d{4})-(\\d{2})', regex: true }, dates), '$2/$1', true)
				.text
		).toBe('05/2020 and 11/2021');
	});

	it('never replaces across an inline code', () => {
		const text = 'About \uE000Gandalf\uE001 and Gandalf';
		const found = hits({ query: 'About.*Gandalf', regex: true }, text);
		expect(replaceAllIn(text, found, 'x', true)).toEqual({ text, replaced: 0, skipped: 1 });
		const names = hits({ query: 'Gandalf' }, text);
		expect(replaceAllIn(text, names, 'Mithrandir', false).text).toBe(
			'About \uE000Mithrandir\uE001 and Mithrandir'
		);
	});
});
