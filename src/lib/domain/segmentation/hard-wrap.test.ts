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
		expect(wrapColumn(text.split('\n'))).toEqual({ width, half: 0.5 });
	});

	it('reads a copy that counted every ASCII character whole', () => {
		const text = body.flatMap((t) => wrapLines(t, 20, 1)).join('\n');
		expect(wrapColumn(text.split('\n'))).toEqual({ width: 20, half: 1 });
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
