import { describe, expect, it } from 'vitest';
import {
	markdownToPlainText,
	parseInline,
	renderMarkdownTokens,
	safeHref,
	type InlineToken
} from './tokens.ts';

const text = (t: string): InlineToken => ({ type: 'text', text: t });

describe('parseInline', () => {
	it.each<[string, string, InlineToken[]]>([
		['plain Chinese', '茶叙会是与企业家的茶话会', [text('茶叙会是与企业家的茶话会')]],
		[
			'strong',
			'**放管服** reform',
			[{ type: 'strong', children: [text('放管服')] }, text(' reform')]
		],
		['strong with underscores', '__宜春时代__', [{ type: 'strong', children: [text('宜春时代')] }]],
		[
			'em',
			'the *official* name',
			[text('the '), { type: 'em', children: [text('official')] }, text(' name')]
		],
		[
			'em around strong',
			'*a **b** c*',
			[
				{
					type: 'em',
					children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')]
				}
			]
		],
		['snake_case stays text', 'use glossary_entry_id here', [text('use glossary_entry_id here')]],
		['a lone star stays text', '5 * 3 = 15', [text('5 * 3 = 15')]],
		['unclosed strong stays text', '**not closed', [text('**not closed')]],
		[
			'code',
			'write `105亿元` as `10.5 billion`',
			[
				text('write '),
				{ type: 'code', text: '105亿元' },
				text(' as '),
				{ type: 'code', text: '10.5 billion' }
			]
		],
		['code keeps markup', '`**x** <b>`', [{ type: 'code', text: '**x** <b>' }]],
		['double backticks', '`` a`b ``', [{ type: 'code', text: 'a`b' }]],
		['escapes', '\\*not em\\*', [text('*not em*')]],
		['line break', '第一行\n第二行', [text('第一行'), { type: 'break' }, text('第二行')]],
		[
			'link',
			'see [CATL](https://www.catl.com/en/)',
			[text('see '), { type: 'link', href: 'https://www.catl.com/en/', children: [text('CATL')] }]
		],
		[
			'link with emphasis in its text',
			'[**官方**名称](http://example.org/a?b=1)',
			[
				{
					type: 'link',
					href: 'http://example.org/a?b=1',
					children: [{ type: 'strong', children: [text('官方')] }, text('名称')]
				}
			]
		],
		[
			'javascript link stays text',
			'[click](javascript:alert(1))',
			[text('[click](javascript:alert(1))')]
		],
		[
			'data link stays text',
			'[x](data:text/html,<script>alert(1)</script>)',
			[text('[x](data:text/html,<script>alert(1)</script>)')]
		],
		['relative link stays text', '[x](/etc/passwd)', [text('[x](/etc/passwd)')]],
		[
			'link whose address has parentheses: no stray ")"',
			'[宜春](https://en.wikipedia.org/wiki/Yichun_(Jiangxi))。',
			[
				{
					type: 'link',
					href: 'https://en.wikipedia.org/wiki/Yichun_(Jiangxi)',
					children: [text('宜春')]
				},
				text('。')
			]
		],
		['entities stay as typed', 'A &amp; B &lt;b&gt;', [text('A &amp; B &lt;b&gt;')]],
		[
			'bare URL, trailing full stop left out',
			'见 https://zh.wikipedia.org/wiki/宜春市.',
			[
				text('见 '),
				{
					type: 'link',
					href: 'https://zh.wikipedia.org/wiki/%E5%AE%9C%E6%98%A5%E5%B8%82',
					children: [text('https://zh.wikipedia.org/wiki/宜春市')]
				},
				text('.')
			]
		],
		[
			'bare URL before Chinese punctuation',
			'官网https://www.catl.com。',
			[
				text('官网'),
				{ type: 'link', href: 'https://www.catl.com/', children: [text('https://www.catl.com')] },
				text('。')
			]
		],
		[
			'bare URL with parentheses',
			'(see https://en.wikipedia.org/wiki/Yichun_(Jiangxi))',
			[
				text('(see '),
				{
					type: 'link',
					href: 'https://en.wikipedia.org/wiki/Yichun_(Jiangxi)',
					children: [text('https://en.wikipedia.org/wiki/Yichun_(Jiangxi)')]
				},
				text(')')
			]
		],
		[
			'angle autolink',
			'<https://example.org>',
			[{ type: 'link', href: 'https://example.org/', children: [text('https://example.org')] }]
		],
		['HTML stays text', '<img src=x onerror=alert(1)>', [text('<img src=x onerror=alert(1)>')]],
		['script stays text', '<script>alert("x")</script>', [text('<script>alert("x")</script>')]]
	])('%s', (_name, input, expected) => {
		expect(parseInline(input)).toEqual(expected);
	});
});

describe('renderMarkdownTokens', () => {
	it('splits paragraphs, lists and code blocks', () => {
		const note = [
			'Cultural note: **茶叙会** is a tea-talk meeting.',
			'Keep it short.',
			'',
			'- 茶叙会 → tea talk',
			'- 放管服 → streamline',
			'  administration',
			'',
			'2. second',
			'3. third',
			'```',
			'<b>not bold</b>',
			'```'
		].join('\n');
		expect(renderMarkdownTokens(note)).toEqual([
			{
				type: 'paragraph',
				children: [
					text('Cultural note: '),
					{ type: 'strong', children: [text('茶叙会')] },
					text(' is a tea-talk meeting.'),
					{ type: 'break' },
					text('Keep it short.')
				]
			},
			{
				type: 'list',
				ordered: false,
				start: 1,
				items: [
					{ children: [text('茶叙会 → tea talk')] },
					{ children: [text('放管服 → streamline'), { type: 'break' }, text('administration')] }
				]
			},
			{
				type: 'list',
				ordered: true,
				start: 2,
				items: [{ children: [text('second')] }, { children: [text('third')] }]
			},
			{ type: 'code_block', text: '<b>not bold</b>' }
		]);
	});

	it('keeps headings, quotes and rules as text, and nested list items in the list', () => {
		expect(renderMarkdownTokens('# 标题\n> 引文\n\n- 一\n  - 二')).toEqual([
			{ type: 'paragraph', children: [text('# 标题'), { type: 'break' }, text('> 引文')] },
			{
				type: 'list',
				ordered: false,
				start: 1,
				items: [{ children: [text('一')] }, { children: [text('二')] }]
			}
		]);
	});

	it('does not take a decimal at the start of a line for a list', () => {
		expect(renderMarkdownTokens('1.5秒就可生产一组电芯')).toEqual([
			{ type: 'paragraph', children: [text('1.5秒就可生产一组电芯')] }
		]);
	});

	it('keeps every character of hostile input as text', () => {
		const hostile = '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">x</a> &lt;';
		const tokens = renderMarkdownTokens(hostile);
		expect(tokens).toEqual([{ type: 'paragraph', children: [text(hostile)] }]);
		expect(JSON.stringify(tokens)).not.toContain('"html"');
	});

	it('returns nothing for an empty note', () => {
		expect(renderMarkdownTokens('')).toEqual([]);
		expect(renderMarkdownTokens('\n  \n')).toEqual([]);
	});
});

describe('safeHref', () => {
	it.each([
		['https://www.catl.com/en/', 'https://www.catl.com/en/'],
		['HTTP://EXAMPLE.org', 'http://example.org/'],
		['javascript:alert(1)', null],
		['JaVaScRiPt:alert(1)', null],
		['data:text/html,hi', null],
		['//example.org', null],
		['https://user:pw@example.org', null],
		['https://exa mple.org', null],
		['https://example.org/\u0000', null]
	])('%s', (raw, expected) => {
		expect(safeHref(raw)).toBe(expected);
	});
});

describe('markdownToPlainText', () => {
	it('drops the markup and keeps the words', () => {
		expect(markdownToPlainText('See **[CATL](https://www.catl.com)**\n\n- a\n- *b*')).toBe(
			'See CATL\n\n• a\n• b'
		);
	});
});
