import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	typeset,
	wrapLines,
	type Layout,
	type SetPiece
} from '../../../../tests/helpers/typeset.ts';
import { segmentBlocks } from '../import/segment-document.ts';
import { textToBlocks } from './blocks.ts';
import { displayWidth, wrapColumn } from './hard-wrap.ts';
import { repairBlocks } from './repair.ts';

/** A made-up feature (tests/fixtures/hard-wrap): headings, a caption and credit, a footnote. */
const pieces: SetPiece[] = JSON.parse(
	readFileSync(
		new URL('../../../../tests/fixtures/hard-wrap/qingtan-cold-chain.json', import.meta.url),
		'utf8'
	)
).pieces;
const squash = (s: string) => s.replace(/\s+/g, '');
const body = pieces.filter((p) => p.kind === 'body').map((p) => p.text);

describe('displayWidth', () => {
	it('counts a Han character or full-width mark one, ASCII and Latin a half', () => {
		expect(displayWidth('产值12.5亿元，')).toBe(7);
		expect(displayWidth('约86km²')).toBe(3.5);
		expect(displayWidth('AI算法', 1)).toBe(4);
	});
});

describe('wrapColumn', () => {
	it.each([14, 18, 22, 30])('reads the width of a column %i characters wide', (width) => {
		const text = body.flatMap((t) => wrapLines(t, width, 0.5)).join('\n');
		expect(wrapColumn(text.split('\n'))).toEqual({ width, half: 0.5, indent: 0 });
	});

	it('reads a copy that counted every ASCII character whole', () => {
		const text = body.flatMap((t) => wrapLines(t, 20, 1)).join('\n');
		expect(wrapColumn(text.split('\n'))).toEqual({ width: 20, half: 1, indent: 0 });
	});

	it('finds no column in a text written one paragraph a line', () => {
		expect(wrapColumn(body)).toBeNull();
		expect(wrapColumn(body.join('\n\n').split('\n'))).toBeNull();
	});

	it('finds no column in short lines of one length that end at punctuation or a word', () => {
		const lines = [
			'园区召开会议部署工作。',
			'坚持改革创新 激发活力',
			'近年来，园区坚持改革。',
			'一、总体要求不断明确',
			'（一）加强组织领导。'
		];
		expect(wrapColumn(lines)).toBeNull();
	});

	it('finds no column in English wrapped at word ends', () => {
		const lines = [
			'The county has built cold stores in its orchards and',
			'villages, and its trucks now reach the coast overnight,',
			'so that fruit picked at dawn is on sale the next day in',
			'cities hundreds of kilometres away, the county head said.'
		];
		expect(wrapColumn(lines)).toBeNull();
	});
});

describe('textToBlocks on a hard-wrapped copy', () => {
	it('goes on past a sentence that ends at the margin, and ends a paragraph on a short line', () => {
		const lines = [
			'县里新建冷库六座，总库容达',
			'到三万立方米。今年以来，全',
			'县果品外销量增长了两成以上，',
			'带动农户增收。',
			'村里的合作社也没闲着，社员',
			'们忙着分拣装箱，准备发往外',
			'省。合作社负责人说，今年的',
			'订单已排到春节。'
		];
		// The second line ends a sentence at the margin; the fourth is short and ends the paragraph.
		expect(displayWidth(lines[1])).toBe(13);
		expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([
			'县里新建冷库六座，总库容达到三万立方米。今年以来，全县果品外销量增长了两成以上，带动农户增收。',
			'村里的合作社也没闲着，社员们忙着分拣装箱，准备发往外省。合作社负责人说，今年的订单已排到春节。'
		]);
	});

	it('ends a paragraph at a full line when the next opens a list item, a caption or a head', () => {
		const lines = [
			'目前主要做了以下几件事情。',
			'（一）建设田头冷库，让果品',
			'采后两小时入库预冷。',
			'◆冷链织网',
			'全县开通冷链干线十七条，直',
			'达长三角和珠三角主要市场。',
			'图为工人在分拣柑橘。',
			'本报记者 林舟 摄',
			'配备冷藏车两百多辆，接入监',
			'管平台实时上传车厢温度。'
		];
		expect(displayWidth(lines[0])).toBe(13);
		const blocks = textToBlocks(lines.join('\n'));
		expect(blocks.map((b) => b.text)).toEqual([
			'目前主要做了以下几件事情。',
			'（一）建设田头冷库，让果品采后两小时入库预冷。',
			'◆冷链织网',
			'全县开通冷链干线十七条，直达长三角和珠三角主要市场。',
			'图为工人在分拣柑橘。',
			'本报记者 林舟 摄',
			'配备冷藏车两百多辆，接入监管平台实时上传车厢温度。'
		]);
	});

	it('keeps a caption wrapped over two lines in one piece', () => {
		const lines = [
			'全县开通冷链干线十七条，直',
			'达长三角和珠三角市场。',
			'12月5日，工人们在集配中心',
			'分拣柑橘。记者 林舟 摄',
			'配备冷藏车两百多辆，接入监',
			'管平台实时上传车厢温度。'
		];
		expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toContain(
			'12月5日，工人们在集配中心分拣柑橘。记者 林舟 摄'
		);
	});

	it('marks the half of a paragraph a page break cut at the margin, and the repair joins it over the page foot and its footnote', () => {
		const text = [
			'去年以来，县里推行冷库共享模',
			'式①，合作社按天租用库位，每',
			'立方米每天收费不超过三角，全',
			'',
			'①共享模式：冷库由村集体所有，',
			'委托专业公司运营的做法。',
			'',
			'《青潭农业经济》2024年第11期',
			'',
			'— 3 —',
			'',
			'县冷库的利用率因此提高到七成',
			'以上。'
		].join('\n');
		const blocks = textToBlocks(text);
		expect(blocks[0].cutAtMargin).toBe(true);
		const units = segmentBlocks(blocks, { repair: true });
		expect(units.map((u) => u.text)).toEqual([
			'去年以来，县里推行冷库共享模式①，合作社按天租用库位，每立方米每天收费不超过三角，全县冷库的利用率因此提高到七成以上。',
			'①共享模式：冷库由村集体所有，委托专业公司运营的做法。',
			'《青潭农业经济》2024年第11期',
			'— 3 —'
		]);
	});

	it('leaves a list numbered ①② alone when no paragraph marks a note', () => {
		const blocks = [
			{ text: '县里下一步将抓好三件事，分别是' },
			{ text: '①建设冷库；' },
			{ text: '②培育主体；' }
		];
		const joins = repairBlocks(blocks).proposals.filter((p) => p.kind === 'join');
		expect(joins.every((p) => !(p.skipped ?? []).includes(1))).toBe(true);
	});
});

describe('a made-up feature set in a column and copied out', () => {
	const layouts: Layout[] = [];
	for (const width of [18, 20, 22, 24, 26])
		for (const blanks of ['all', 'none', 'some'] as const)
			for (const pageLines of [undefined, 7, 11])
				for (const half of [0.5, 1] as const)
					for (const indent of [false, true])
						layouts.push({
							width,
							blanks,
							half,
							indent,
							pageLines,
							footer: pageLines
								? width % 4
									? '《青潭农业经济》2024年第11期'
									: width % 8
										? '青潭日报　2024年11月20日　星期三　第3版'
										: '冷链观察·专题报道'
								: undefined,
							pageNumber: width % 3 ? undefined : (n) => `第${n}页`
						});

	it('gives back every paragraph whose end the copy shows, whatever the width and the blank lines', () => {
		const wrong: string[] = [];
		for (const layout of layouts) {
			const { text, unclear } = typeset(pieces, layout);
			const units = new Set(
				segmentBlocks(textToBlocks(text), { repair: true }).map((u) => squash(u.text))
			);
			pieces.forEach((p, k) => {
				if (!unclear.has(k) && !units.has(squash(p.text)))
					wrong.push(
						`${JSON.stringify({ ...layout, pageNumber: undefined })}: ${p.text.slice(0, 12)}`
					);
			});
		}
		expect(wrong).toEqual([]);
	});
});

/**
 * A made-up magazine feature for a column `width` wide whose paragraphs lose their indent in the
 * copy: a subtitle and a byline, heads that reach the margin (no end of sentence), one head
 * broken over two short lines, a pull quote set narrow, and a sidebar in a narrower box.
 */
function magazinePieces(width: number): SetPiece[] {
	const fill = '县里把冷链仓储作为乡村产业振兴的关键一环持续推进';
	const head = (n: string, t: string) => n + (t + fill).slice(0, width - n.length);
	return [
		{ kind: 'title', text: '青潭：冷链“链”起好日子' },
		{ kind: 'heading', text: '——青潭县发展农产品冷链物流调查' },
		{ kind: 'credit', text: '本刊记者　柯　岚　通讯员　齐明远' },
		{
			kind: 'body',
			text: '清晨六点，青潭县果蔬集配中心的冷库门口已排起车队。工人们把刚采下的杨梅分拣装箱，送进预冷间，两个小时后就能装车发往省城。'
		},
		{ kind: 'heading', text: head('一、', '补齐短板：') },
		{
			kind: 'body',
			text: '过去，青潭的杨梅一半烂在路上。县里先后建起产地冷库38座，库容达到2.6万吨，覆盖全县九成以上的产果村，果农再也不用连夜抢运。'
		},
		{
			kind: 'body',
			text: '“冷库建到家门口，杨梅能多放三天，价钱也能卖上去。”种植大户许长根说，今年他家的杨梅每斤多卖了四元，全年增收六万多元。'
		},
		{
			kind: 'body',
			text: '冷库多了，收购商也来了。今年杨梅季，全县共有外地客商一百二十多家，收购价比去年每斤高出两元左右，果农的腰包鼓了起来。'
		},
		{ kind: 'heading', text: head('二、', '搭建平台：') },
		{
			kind: 'body',
			text: '平台上线以前，冷链车常常空跑。县交通运输局负责人介绍，平台把全县的车辆和库位统一登记，按订单就近派车，车辆空驶率降低了三成。'
		},
		{
			kind: 'body',
			text: '下一步，县里将再建一批移动冷库，把冷链延伸到山区的每一个产果村，让更多农产品走出大山，卖出好价钱。'
		},
		{
			kind: 'body',
			text: '县里搭起冷链信息平台，车辆、库位和订单一网调度，冷链运输车辆增加到126辆，果蔬损耗率由两成降到百分之五左右。'
		}
	];
}

describe('a magazine column copied out with blank lines kept and indents lost', () => {
	it('learns the indent from the paragraphs that open short of the margin', () => {
		for (const width of [16, 18, 20]) {
			const { text } = typeset(magazinePieces(width), { width, blanks: 'all', lostIndent: true });
			expect(wrapColumn(text.split('\n'))?.indent).toBe(2);
		}
		// A column whose paragraphs open at the margin has no indent.
		const { text } = typeset(magazinePieces(18), { width: 18, blanks: 'all' });
		expect(wrapColumn(text.split('\n'))?.indent).toBe(0);
	});

	it('keeps heads that reach the margin and the byline apart from the paragraph under them', () => {
		const wrong: string[] = [];
		for (const width of [16, 17, 18, 19, 20, 22])
			for (const pageLines of [undefined, 7, 11]) {
				const pieces = magazinePieces(width);
				const { text } = typeset(pieces, {
					width,
					blanks: 'all',
					lostIndent: true,
					pageLines,
					footer: pageLines ? '《青潭农业经济》2024年第11期' : undefined,
					pageNumber: (n) => `·${n}·`
				});
				const units = new Set(
					segmentBlocks(textToBlocks(text), { repair: true }).map((u) => squash(u.text))
				);
				for (const p of pieces)
					if (!units.has(squash(p.text)))
						wrong.push(`${width}/${pageLines}: ${p.text.slice(0, 12)}`);
			}
		expect(wrong).toEqual([]);
	});

	it('reads a box set narrower than the column at its own width, and a head on two short lines as one', () => {
		const text = [
			'二、搭建平台：数据让冷链',
			'跑起来',
			'',
			'县里搭起冷链信息平台，车辆、库',
			'位和订单一网调度。',
			'',
			'名词解释',
			'',
			'冷链物流是指冷藏冷冻类产',
			'品在生产、贮藏、运输、销',
			'售的各个环节始终处于规定',
			'的低温环境下的物流。',
			'',
			'果蔬损耗率由两成降到百分之五',
			'左右，冷链运输车辆增加到一百二',
			'十六辆，覆盖全县所有乡镇和主要',
			'产果村，果农不用连夜抢运了。',
			'',
			'平台上线以前，冷链车常常空',
			'跑。县里把全县的车辆和库位统一',
			'登记，按订单就近派车，车辆空驶',
			'率降低了三成，运费也跟着降了。'
		].join('\n');
		const blocks = textToBlocks(text).map((b) => b.text);
		expect(blocks).toContain('二、搭建平台：数据让冷链跑起来');
		expect(blocks).toContain(
			'冷链物流是指冷藏冷冻类产品在生产、贮藏、运输、销售的各个环节始终处于规定的低温环境下的物流。'
		);
	});

	it('marks a paragraph cut before a page foot even when its last line ends on a colon', () => {
		const text = [
			'清晨六点，青潭县果蔬集配',
			'中心的冷库门口已排起车队。',
			'',
			'种植大户许长根给记者算了',
			'一笔账，他家的杨梅今年每斤',
			'多卖四元，全年增收六万元：',
			'',
			'①集配中心：集中收购、分拣',
			'农产品的场所。',
			'',
			'·12·',
			'',
			'除去人工和冷藏的费用，一年',
			'净赚三万多元，比往年翻了番。',
			'',
			'过去，青潭的杨梅一半烂在',
			'路上，果农只能连夜抢运。县里',
			'先后建起产地冷库三十八座①，',
			'库容达到两万六千吨以上了。'
		].join('\n');
		const blocks = textToBlocks(text);
		expect(blocks.find((b) => b.text.endsWith('全年增收六万元：'))?.cutAtMargin).toBe(true);
		const units = segmentBlocks(blocks, { repair: true }).map((u) => squash(u.text));
		expect(units).toContain(
			'种植大户许长根给记者算了一笔账，他家的杨梅今年每斤多卖四元，全年增收六万元：除去人工和冷藏的费用，一年净赚三万多元，比往年翻了番。'
		);
	});
});
