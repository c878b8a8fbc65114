import { describe, expect, it } from 'vitest';
import { joinPieces, textToBlocks } from './blocks.ts';
import { normaliseText } from '../text/normalise.ts';

describe('normaliseText', () => {
	it.each([
		['CRLF', '甲\r\n乙\r丙', '甲\n乙\n丙'],
		['ideographic indent', '\u3000\u3000宜春经开区。', '宜春经开区。'],
		['NBSP inside a line', 'Yichun\u00A0ETDZ', 'Yichun ETDZ'],
		[
			'ideographic space inside a heading',
			'坚持招优引强\u3000培育壮大产业集群',
			'坚持招优引强 培育壮大产业集群'
		],
		['zero-width space', '宜\u200B春', '宜春'],
		['BOM at start and stray BOM', '\uFEFF宜春\uFEFF', '宜春'],
		['soft hyphen', 'co\u00ADoperation', 'cooperation'],
		['ZWJ in an emoji sequence is kept', '👩\u200D💻', '👩\u200D💻'],
		['ZWNJ is kept', 'می\u200Cخواهم', 'می\u200Cخواهم'],
		['paragraph separator', '甲\u2029乙', '甲\n\n乙'],
		['form feed (page break)', '甲\f乙', '甲\n\n乙'],
		['tabs and runs of spaces', 'a\t\t b', 'a b'],
		['trailing spaces', '宜春。 \u3000', '宜春。']
	])('%s', (_name, input, expected) => {
		expect(normaliseText(input)).toBe(expected);
	});
});

describe('textToBlocks', () => {
	it.each([
		{
			name: 'blank-line separated paragraphs, with the blank lines counted',
			text: '\n\n标题\n\n\n\n正文一。\n\n正文二。\n',
			texts: ['标题', '正文一。', '正文二。'],
			blank: [2, 3, 1]
		},
		{
			name: 'one paragraph per line with ideographic indents',
			text: '\u3000\u3000第一段。\n\u3000\u3000第二段写的是另一件事\n\u3000\u3000第三段。',
			texts: ['第一段。', '第二段写的是另一件事', '第三段。'],
			blank: [0, 0, 0]
		},
		{
			name: 'one paragraph per line, no indent, each line a sentence',
			text: '园区召开会议。\n会议强调要加快发展。\n会议要求压实责任。',
			texts: ['园区召开会议。', '会议强调要加快发展。', '会议要求压实责任。'],
			blank: [0, 0, 0]
		},
		{
			name: 'a list printed one item a line (short items ending in "；") is one paragraph',
			text: '主要预期目标是：\n地区生产总值增长5.5%左右；\n一般公共预算收入增长6%；\n居民消费价格涨幅3%左右。\n会议要求压实责任。',
			texts: [
				'主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长6%；居民消费价格涨幅3%左右。',
				'会议要求压实责任。'
			],
			blank: [0, 0]
		},
		{
			name: 'an intro ending in "：" before paragraphs ending in full stops stays its own line',
			text: '我们主要做了以下工作：\n（一）着力扩大有效需求。\n（二）着力推进产业转型升级。',
			texts: ['我们主要做了以下工作：', '（一）着力扩大有效需求。', '（二）着力推进产业转型升级。'],
			blank: [0, 0, 0]
		},
		{
			name: 'labelled items ending in "；" stay one a line',
			text: '重点做好以下工作：\n（1）开展技能培训；\n（2）推行联合培养；\n（3）给予培训补贴。',
			texts: [
				'重点做好以下工作：',
				'（1）开展技能培训；',
				'（2）推行联合培养；',
				'（3）给予培训补贴。'
			],
			blank: [0, 0, 0, 0]
		},
		{
			name: 'a hard-wrapped English paragraph is unwrapped with spaces',
			text: 'The Yichun Economic and Technological\nDevelopment Zone, established twenty\nyears ago, has answered the question.',
			texts: [
				'The Yichun Economic and Technological Development Zone, established twenty years ago, has answered the question.'
			],
			blank: [0]
		},
		{
			name: 'a hard-wrapped Chinese paragraph is unwrapped without spaces',
			text: '设立20年的宜春经济技术开发区用实际行动\n给出了答案面对复杂的国内外形势和日趋激\n烈的市场竞争。',
			texts: [
				'设立20年的宜春经济技术开发区用实际行动给出了答案面对复杂的国内外形势和日趋激烈的市场竞争。'
			],
			blank: [0]
		},
		{
			name: 'a title and a subtitle on consecutive lines stay apart',
			text: '风华正茂勇争先\n——解析宜春经济技术开发区高质量发展密码\n\n正文。',
			texts: ['风华正茂勇争先', '——解析宜春经济技术开发区高质量发展密码', '正文。'],
			blank: [0, 0, 1]
		},
		{
			name: 'a PDF copy: first-line indents start paragraphs, the lines between are wraps',
			text: '\u3000\u3000设立20年的宜春经济技术开发区用实际\n行动给出了答案。\n\u3000\u3000数据显示，2022年，宜春经开区\n工业增加值增幅列全省第一。',
			texts: [
				'设立20年的宜春经济技术开发区用实际行动给出了答案。',
				'数据显示，2022年，宜春经开区工业增加值增幅列全省第一。'
			],
			blank: [0, 0]
		},
		{
			name: 'an English PDF copy with no blank lines: short last lines end paragraphs',
			text: 'The Yichun zone has set its sights on two\ngoals for the coming years of growth.\nIt has freed up its thinking and made the\nreal economy its main focus.\nA Heading Line',
			texts: [
				'The Yichun zone has set its sights on two goals for the coming years of growth.',
				'It has freed up its thinking and made the real economy its main focus.',
				'A Heading Line'
			],
			blank: [0, 0, 0]
		},
		{
			name: 'a Chinese .txt with one long paragraph per line and no blank lines',
			text: '设立20年的宜春经济技术开发区用实际行动给出了答案。面对复杂的国内外形势，该经开区锚定目标。\n数据显示，2022年，宜春经开区工业增加值增幅列全省开发区第一位。\n坚持招优引强 培育壮大产业集群',
			texts: [
				'设立20年的宜春经济技术开发区用实际行动给出了答案。面对复杂的国内外形势，该经开区锚定目标。',
				'数据显示，2022年，宜春经开区工业增加值增幅列全省开发区第一位。',
				'坚持招优引强 培育壮大产业集群'
			],
			blank: [0, 0, 0]
		},
		{
			name: 'a heading as long as the short paragraphs around it is not a wrap',
			text: '园区召开会议部署工作。\n坚持改革创新 激发活力\n近年来，园区坚持改革。\n一、总体要求不断明确\n（一）加强组织领导。',
			texts: [
				'园区召开会议部署工作。',
				'坚持改革创新 激发活力',
				'近年来，园区坚持改革。',
				'一、总体要求不断明确',
				'（一）加强组织领导。'
			],
			blank: [0, 0, 0, 0, 0]
		},
		{
			name: 'lines of white space only (U+3000, NBSP, ZWSP) are blank',
			text: '甲。\n\u3000\u3000\n\u00A0\n\u200B\n乙。',
			texts: ['甲。', '乙。'],
			blank: [0, 3]
		}
	])('$name', ({ text, texts, blank }) => {
		const blocks = textToBlocks(text);
		expect(blocks.map((x) => x.text)).toEqual(texts);
		expect(blocks.map((x) => x.blankBefore)).toEqual(blank);
	});
});

describe('textToBlocks: a text that sets blank lines between its paragraphs', () => {
	const text = [
		'茶乡新貌',
		'本报记者 林晓',
		'近年来，云岭镇把茶产业作为富民产业来抓，全镇茶园面积达到3.2万亩。',
		// A soft return inside a paragraph: two lines, each ending a sentence.
		'镇里推行“合作社+农户”模式，统一技术标准和收购价格。\n全镇组建茶叶合作社18家，带动1200余户茶农增收。',
		'坚持品牌引领',
		'今年春茶季，云岭毛尖每斤卖到了800元。',
		'茶叶加工厂里，新上的自动化生产线一天能加工鲜叶20吨。',
		'镇里还建起了茶文化体验园，去年接待游客15万人次。',
		'“以前茶叶卖不上价，现在不愁销路了。”茶农李大姐说。',
		'图为茶农在云岭镇茶园采摘春茶。\n（摄影 王强）',
		'重点做好以下工作：\n（1）建设标准化茶园；\n（2）培育龙头企业。'
	].join('\n\n');

	it('reads a single newline inside a run as a wrap, not a paragraph break', () => {
		expect(textToBlocks(text).map((x) => x.text)).toEqual([
			'茶乡新貌',
			'本报记者 林晓',
			'近年来，云岭镇把茶产业作为富民产业来抓，全镇茶园面积达到3.2万亩。',
			'镇里推行“合作社+农户”模式，统一技术标准和收购价格。全镇组建茶叶合作社18家，带动1200余户茶农增收。',
			'坚持品牌引领',
			'今年春茶季，云岭毛尖每斤卖到了800元。',
			'茶叶加工厂里，新上的自动化生产线一天能加工鲜叶20吨。',
			'镇里还建起了茶文化体验园，去年接待游客15万人次。',
			'“以前茶叶卖不上价，现在不愁销路了。”茶农李大姐说。',
			// A caption above its credit, and labelled items, stay lines of their own.
			'图为茶农在云岭镇茶园采摘春茶。',
			'（摄影 王强）',
			'重点做好以下工作：',
			'（1）建设标准化茶园；',
			'（2）培育龙头企业。'
		]);
	});

	it('keeps one paragraph a line where the text has few blank lines', () => {
		const lines = text.replace(/\n\n/g, '\n');
		expect(textToBlocks(lines).map((x) => x.text)).toContain(
			'镇里推行“合作社+农户”模式，统一技术标准和收购价格。'
		);
	});
});

describe('joinPieces', () => {
	it.each([
		['较为完善的产业', '配套。', '较为完善的产业配套。'],
		['the Yangtze River', 'Delta.', 'the Yangtze River Delta.'],
		['宜春经开区2023年', '重大项目', '宜春经开区2023年重大项目'],
		['the well-', 'known zone', 'the well-known zone'],
		['“金', '融活水”', '“金融活水”'],
		['', '乙', '乙']
	])('%s + %s', (a, b, expected) => {
		expect(joinPieces(a, b)).toBe(expected);
	});
});
