import { describe, expect, it } from 'vitest';
import { parseMarkdown, stripInline } from './parse.ts';

const blocks = (md: string) =>
	parseMarkdown(md).value!.map((b) => (b.kind ? [b.text, b.kind] : b.text));

describe('parseMarkdown', () => {
	it.each([
		[
			'the first # is the title, others headings',
			'# 风华正茂\n\n## 坚持招优引强\n\n正文。\n\n# 另一个',
			[['风华正茂', 'title'], ['坚持招优引强', 'heading'], '正文。', ['另一个', 'heading']]
		],
		[
			'setext headings',
			'标题\n===\n\n小标题\n---\n\n正文。',
			[['标题', 'title'], ['小标题', 'heading'], '正文。']
		],
		['closing hashes stripped', '## 小标题 ##', [['小标题', 'heading']]],
		[
			'paragraph lines unwrapped: Chinese without, English with a space',
			'宜春经开区\n高质量发展。\n\nThe zone\ngrows.',
			['宜春经开区高质量发展。', 'The zone grows.']
		],
		['list items are blocks', '- 一\n- 二\n1. 三\n* [x] 四', ['一', '二', '三', '四']],
		['blockquotes', '> 引文。\n> 续。', ['引文。续。']],
		['links keep words, images go', '见[宜春](http://x)。![图](a.png)', ['见宜春。']],
		['emphasis and code', '**粗** *斜* _下_ ~~删~~ `代码*`', ['粗 斜 下 删 代码*']],
		['snake_case words keep underscores', 'a_b_c', ['a_b_c']],
		['inline HTML stripped', '正文<br>继续<span style="x">。</span>', ['正文继续。']],
		['front matter skipped', '---\ntitle: x\n---\n正文。', ['正文。']],
		['horizontal rules skipped', '甲。\n\n***\n\n乙。', ['甲。', '乙。']],
		[
			'tables: a cell a block, separator row skipped',
			'| 指标 | 增幅 |\n|---|---:|\n| 工业 | 18.1% |',
			['指标', '增幅', '工业', '18.1%']
		],
		['fenced code kept as text', '```js\nlet a = 1;\n```', ['let a = 1;']],
		['escapes', '\\*不是强调\\*', ['*不是强调*']],
		['CRLF', '甲。\r\n\r\n乙。', ['甲。', '乙。']],
		['entities', 'A &amp; B', ['A & B']],
		[
			'a link target with parentheses leaves no stray ")"',
			'见[宜春](https://zh.wikipedia.org/wiki/宜春_(江西))。见[CATL](<https://x.cn/a b>)。',
			['见宜春。见CATL。']
		],
		[
			'an HTML block keeps its text, a block an element',
			'<div>\n<p>甲</p><p>乙</p>\n</div>\n\n丙',
			['甲', '乙', '丙']
		],
		['nested list items', '- 一\n  - 二\n- 三', ['一', '二', '三']],
		[
			'indented code, a line a block',
			'正文。\n\n    let a = 1;\n    let b = 2;',
			['正文。', 'let a = 1;', 'let b = 2;']
		],
		['a star between digits is not emphasis', '面积2*3*4米', ['面积2*3*4米']]
	])('%s', (_name, md, expected) => {
		expect(blocks(md)).toEqual(expected);
	});

	it('marks list items and table cells, so repair never joins them', () => {
		const value = parseMarkdown(
			'- 锂电新能源产业\n- 光伏产业\n\n| 指标 |\n|---|\n| 增幅 |\n\n正文'
		).value!;
		expect(value.map((b) => b.boundary)).toEqual([
			'list-item',
			'list-item',
			'table-cell',
			'table-cell',
			undefined
		]);
	});

	it('records blank lines before blocks', () => {
		expect(parseMarkdown('甲\n\n\n\n乙').value!.map((b) => b.blankBefore)).toEqual([0, 3]);
	});
});

describe('stripInline', () => {
	it.each([
		['[a](b) [c][d]', 'a c'],
		['<https://x.cn>', 'https://x.cn'],
		['2*3*4', '2*3*4'],
		['脚注[^1]', '脚注']
	])('%s', (input, expected) => expect(stripInline(input)).toBe(expected));
});
