import { describe, expect, it } from 'vitest';
import {
	loadRepairArticles,
	scoreCleanCopy,
	scoreRepair,
	scoreRepairAsLines
} from '../../../../tests/helpers/repair-score.ts';
import { applyRepairs, manualJoin, repairBlocks } from './repair.ts';
import { textToBlocks } from './blocks.ts';
import { segmentBlocks } from '../import/segment-document.ts';

/**
 * Broken articles of the genre written for these tests (tests/fixtures/repair): commas, 、 and
 * open quotes at a break, year and month ranges cut after the dash (2019— | 2023年), figures
 * cut from their units, photos set between the halves of a paragraph, chains of three to five
 * blocks, numbered, parallel and plain section heads, captions that look like headings, bylines
 * and credits. The held-out ones (heldout-*) are not asserted here: `npx tsx bench/repair.ts`
 * reports them apart.
 */
const articles = loadRepairArticles().filter((a) => !a.heldOut);

describe('broken articles of the genre', () => {
	it('each reading places every block exactly once (held-out ones too)', () => {
		for (const a of loadRepairArticles()) {
			const covered = a.gold.flatMap(([joined]) => joined).sort((x, y) => x - y);
			expect(covered, a.name).toEqual(a.blocks.map((_, i) => i));
		}
	});

	it('has at least four articles to tune on', () => {
		expect(articles.length).toBeGreaterThanOrEqual(4);
	});
	it.each(articles.map((a) => [a.name, a] as const))('%s is repaired as a reader would', (_, a) => {
		const score = scoreRepair(a);
		expect(score.errors).toEqual([]);
		expect(score.paragraphs).toBe(score.goldParagraphs);
		expect(score.captionsCreditsRight).toBe(score.captionsCredits);
	});
});

describe('the same articles one paragraph per line, with no blank lines', () => {
	it.each(articles.map((a) => [a.name, a] as const))('%s', (_, a) => {
		const score = scoreRepairAsLines(a);
		expect(score.errors).toEqual([]);
		expect(score.right).toBe(score.total);
	});
});

describe('the same articles as the reader repaired them: nothing to join, every kind kept', () => {
	it.each(articles.map((a) => [a.name, a] as const))('%s', (_, a) => {
		expect(scoreCleanCopy(a).errors).toEqual([]);
	});
});

describe('a caption set between the halves of a paragraph', () => {
	const blocks = textToBlocks(
		[
			'近年来，该区聚焦新能源、新材料、',
			'电子信息三大主导产业。2019—',
			'工人正在光伏组件生产线上作业',
			'2023年，全区规上工业增加值年均增长9.6%。'
		].join('\n\n')
	);

	it('joins the halves and places the caption after the paragraph, saying it moved', () => {
		const units = segmentBlocks(blocks, { repair: true });
		expect(units.map((u) => [u.joined, u.kind])).toEqual([
			[[0, 1, 3], 'body'],
			[[2], 'caption']
		]);
		expect(units[1].movedAfter).toBe(0);
		expect(units[0].text).toBe(
			'近年来，该区聚焦新能源、新材料、电子信息三大主导产业。2019—2023年，全区规上工业增加值年均增长9.6%。'
		);
	});

	it('puts the caption back between the halves when the join is rejected', () => {
		const { proposals } = repairBlocks(blocks);
		const across = proposals.find((p) => p.kind === 'join' && p.skipped?.includes(2));
		expect(across?.id).toBe('join:1-3');
		const units = applyRepairs(blocks, proposals, { [across!.id]: false });
		expect(units.map((u) => u.joined)).toEqual([[0, 1], [2], [3]]);
		expect(units.every((u) => u.movedAfter === undefined)).toBe(true);
	});
});

describe('no false joins', () => {
	const cases: [string, string[], number[][]][] = [
		[
			'a heading is not joined to the text after it',
			['二、创新驱动，激活发展内生动力', '创新是绿色转型的关键。'],
			[[0], [1]]
		],
		[
			'a paragraph ending in 。 or in a closing quote after it is complete',
			['他说：“我们还要继续加大投入。”', '该区建立了挂点帮扶企业机制。'],
			[[0], [1]]
		],
		[
			'a list intro ending in ： keeps its items apart',
			['主要做法有：', '一是推行“一窗受理”；', '二是推行“一网通办”。'],
			[[0], [1], [2]]
		],
		[
			'a list item cut at "；" with a caption and its credit between the halves',
			[
				'（三）着力深化改革，发展活力不断增强。持续深化改革，1862个高频事项实现“掌上办”；',
				'图为市政务服务中心，工作人员正在为群众办理业务。',
				'（摄影\u3000许文静）',
				'企业开办时间压缩至1个工作日以内，全年新增经营主体120万户。'
			],
			[[0, 3], [1], [2]]
		],
		[
			'an enumeration running inside a block goes on into the next item',
			[
				'（二）坚持创新驱动，加快发展新质生产力。一是实施科技创新攻坚计划，研发投入强度提高到2.2%以上；',
				'二是做强重点产业链，继续深化“链长制”；三是培育优质企业。'
			],
			[[0, 1]]
		],
		[
			'a chain of three blocks, the last cut inside a decimal (3. | 5倍)',
			[
				'园区成立于2016年，是全省首批数字经济示范园区。2019—',
				'2023年，园区营业收入由286亿元增长到1002亿元，是2019年的3.',
				'5倍，年均增长36.8%。'
			],
			[[0, 1, 2]]
		],
		[
			'an English paragraph ending in a year and a full stop is complete',
			['The park was founded in 2016.', 'It now hosts 1,460 companies.'],
			[[0], [1]]
		],
		[
			'a list set one item a block stays apart',
			['一是实施科技创新攻坚计划，研发投入强度提高；', '二是做强重点产业链，继续深化“链长制”。'],
			[[0], [1]]
		],
		[
			'two real paragraphs, the second opening with a date',
			['该区今年新引进项目12个。', '1月15日，项目集中开工仪式举行。'],
			[[0], [1]]
		]
	];
	it.each(cases)('%s', (_, texts, joined) => {
		const units = segmentBlocks(textToBlocks(texts.join('\n\n')), { repair: true });
		expect(units.map((u) => u.joined)).toEqual(joined);
	});
});

describe('a join made by hand', () => {
	const blocks = textToBlocks(['标题', '甲段。', '乙段的', '丙段。', '的尾巴。'].join('\n\n'));
	const { proposals } = repairBlocks(blocks);
	const units = applyRepairs(blocks, proposals);

	it('appends any block to any paragraph, before or after it', () => {
		const down = manualJoin(units, proposals, {}, 1, 3, blocks.length);
		expect(down).toMatchObject({ item: { id: 'manual:1-3', kind: 'join', reason: 'manual' } });
		const up = manualJoin(units, proposals, {}, 3, 1, blocks.length);
		expect(up).toMatchObject({ item: { kind: 'move-join', blocks: [3, 1] } });
		if (!('item' in down)) throw new Error('refused');
		const rejected = Object.fromEntries(down.detach.map((id) => [id, false]));
		const joined = applyRepairs(blocks, [...proposals, down.item], rejected);
		expect(joined.find((u) => u.joined[0] === 1)?.text).toBe('甲段。丙段。');
	});

	it('takes a block away from the paragraph it was joined to', () => {
		const joinedInto = units.find((u) => u.joined.length > 1)!;
		const piece = joinedInto.joined[1];
		const result = manualJoin(units, proposals, {}, 1, piece, blocks.length);
		expect('detach' in result && result.detach.length).toBe(1);
	});

	it('refuses what cannot be joined, with a reason', () => {
		expect(manualJoin(units, proposals, {}, 1, 1, blocks.length)).toEqual({
			refused: 'same_block'
		});
		expect(manualJoin(units, proposals, {}, 1, 9, blocks.length)).toEqual({
			refused: 'out_of_range'
		});
		const joinedInto = units.find((u) => u.joined.length > 1)!;
		expect(
			manualJoin(
				units,
				proposals,
				{},
				...(joinedInto.joined.slice(0, 2) as [number, number]),
				blocks.length
			)
		).toEqual({ refused: 'same_paragraph' });
	});
});

describe('cuts the repair reads', () => {
	it.each([
		['a year range cut after its dash', '数据显示，2018—', '2022年，地区生产总值年均增长8.7%。'],
		['a month range cut after its dash', '今年1—', '9月，全市茶叶出口额达1.6亿美元。'],
		['a number cut from its unit', '全区共有高新技术企业158', '家，省级以上创新平台43个。'],
		['a figure after a verb that needs one', '总投资超过', '600亿元。'],
		['an open bracket', '产业体系（其中汽车产业', '营收占比超过40%）。'],
		['an open quote and a comma', '“招一个龙头、带一批配套，', '成一个集群。”这是一条经验。']
	])('%s', (_, a, b) => {
		const units = segmentBlocks(textToBlocks(['标题', `${a}`, `${b}`].join('\n\n')), {
			repair: true
		});
		expect(units.map((u) => u.joined)).toEqual([[0], [1, 2]]);
	});
});

describe('kinds the genre prints that the seed does not', () => {
	it('a speaker under a report’s title is a credit; a caption with a note after its full stop is a caption', () => {
		const blocks = textToBlocks(
			[
				'澜江省政府工作报告（摘要）',
				'——2024年1月22日在澜江省第十四届人民代表大会第二次会议上',
				'澜江省省长\u3000宋文博',
				'一、2023年工作回顾',
				'过去一年，全省经济运行持续回升向好。',
				'图为澜州经济技术开发区一家新能源汽车企业的总装车间。（资料图片）',
				'数字经济加快发展，核心产业增加值增长11.8%。'
			].join('\n\n')
		);
		expect(segmentBlocks(blocks, { repair: true }).map((u) => u.kind)).toEqual([
			'title',
			'subtitle',
			'credit',
			'heading',
			'body',
			'caption',
			'body'
		]);
	});
});
