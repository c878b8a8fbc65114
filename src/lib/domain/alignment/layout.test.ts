/**
 * Drafts translated from the page as printed (issue 11, "displaced captions"): the English of a
 * photo caption and its credit, or of page-jump lines, stands between the English halves of the
 * paragraph they interrupted, while the repaired Chinese has the joined paragraph first and the
 * captions after it. An article written for this test (a county's cold-chain logistics park),
 * its blocks as a newspaper page sets them, the paragraphs the repair makes of them, and drafts
 * that vary the layout: a cut in mid-sentence or at a sentence end, credit before caption, two
 * stacked photos, page-jump lines, a caption the draft leaves out, a draft that follows the
 * repaired order. The paragraph and the units set inside it must come out one bead, in order.
 */
import { describe, expect, it } from 'vitest';
import { showBeads, testDictionary } from '../../../../tests/helpers/corpus.ts';
import type { SegmentKind } from '../types.ts';
import { alignParagraphs, alignUnits, type AlignmentBead } from './index.ts';
import { planAcceptSplitting, type AlignSegment } from '../alignment-edit/accept.ts';
import { segmentBlocks } from '../import/segment-document.ts';
import { cutParagraphs, pageOrder, type LayoutUnit } from './layout.ts';

const dictionary = testDictionary();

/** A block of the page: its Chinese, its kind and the draft's English for it. */
interface Block {
	zh: string;
	kind: SegmentKind;
	en: string;
}

const TITLE: Block = {
	zh: '北岭县冷链物流园投入运营',
	kind: 'title',
	en: "Beiling County's Cold-Chain Logistics Park Opens"
};
const BYLINE: Block = { zh: '本报记者 周文涛', kind: 'credit', en: 'By our reporter Zhou Wentao' };
const OPENING: Block = {
	zh: '11月28日，北岭县冷链物流园正式投入运营。园区总投资12.6亿元，占地480亩，建有冷库库容15万吨，可满足全县果蔬、肉类和水产品的仓储需求。',
	kind: 'body',
	en: "On November 28, the cold-chain logistics park of Beiling County went into operation. With a total investment of 1.26 billion yuan, it covers 480 mu and has cold storage for 150,000 tons, enough for the county's fruit, vegetables, meat and aquatic products."
};
const SORTING_HEAD: Block = {
	zh: '园区引进了自动分拣线和智能温控系统，每天可处理生鲜农产品3200吨，',
	kind: 'body',
	en: 'The park has brought in automatic sorting lines and smart temperature control, and can handle 3,200 tons of fresh farm produce a day,'
};
const SORTING_TAIL: Block = {
	zh: '比过去提高了近两倍。县商务局局长马春燕介绍，园区已与27家电商平台和61家连锁超市签订了合作协议。',
	kind: 'body',
	en: "nearly three times as much as before. Ma Chunyan, head of the county's commerce bureau, said the park has signed agreements with 27 e-commerce platforms and 61 supermarket chains."
};
const KIWI_CAPTION: Block = {
	zh: '工人在冷链物流园分拣车间整理刚入库的猕猴桃。',
	kind: 'caption',
	en: 'Workers sort newly stored kiwifruit in the sorting workshop of the park.'
};
const KIWI_CREDIT: Block = { zh: '本报记者 周文涛 摄', kind: 'credit', en: 'Photo by Zhou Wentao' };
const HEADING: Block = { zh: '带动农民增收', kind: 'heading', en: "Raising Farmers' Incomes" };
const SALES: Block = {
	zh: '冷链物流园的建成，让农民的“鲜货”卖上了好价钱。今年前10个月，全县猕猴桃销售额达到8.7亿元，同比增长23.5%。',
	kind: 'body',
	en: "The park lets farmers sell their fresh produce at good prices. In the first ten months of this year, the county's kiwifruit sales reached 870 million yuan, up 23.5 percent year on year."
};
/** Cut at a sentence end: the first half ends with a full stop on both sides. */
const VILLAGER_HEAD: Block = {
	zh: '村民何建国种了15亩猕猴桃。“以前摘下来三天就得卖掉，价格全由收购商说了算。',
	kind: 'body',
	en: 'Villager He Jianguo grows 15 mu of kiwifruit. "In the past we had to sell them within three days of picking, and the buyers set the price.'
};
const VILLAGER_TAIL: Block = {
	zh: '现在放进冷库能存半年，我们可以等价格好了再卖。”他说，今年家里的收入比去年多了4万多元。',
	kind: 'body',
	en: 'Now they keep for half a year in cold storage, and we can wait for a good price." His family earned over 40,000 yuan more this year than last, he said.'
};
/** A caption without a full stop in either language. */
const TRUCK_CAPTION: Block = {
	zh: '10月15日，货车在园区装运冷藏果蔬',
	kind: 'caption',
	en: 'October 15: trucks load chilled fruit and vegetables at the park'
};
const TRUCK_CREDIT: Block = { zh: '李晓峰 摄', kind: 'credit', en: 'Photo by Li Xiaofeng' };
const PLAN_HEAD: Block = {
	zh: '下一步，北岭县将投资3.5亿元建设二期工程，新增冷库库容10万吨，',
	kind: 'body',
	en: 'Next, Beiling will invest 350 million yuan in a second phase, adding 100,000 tons of cold storage,'
};
const JUMP_OUT: Block = { zh: '（下转第二版）', kind: 'credit', en: '(Continued on page 2)' };
const JUMP_IN: Block = { zh: '（上接第一版）', kind: 'credit', en: '(Continued from page 1)' };
const PLAN_TAIL: Block = {
	zh: '力争到2026年把园区建成全省重要的农产品冷链集散中心。',
	kind: 'body',
	en: 'and aims to make the park a major cold-chain hub for farm produce in the province by 2026.'
};

/** A box set inside a paragraph on the page: its own head and its text. */
const BOX_HEAD: Block = {
	zh: '【链接】什么是冷链物流',
	kind: 'heading',
	en: 'LINK: What is cold-chain logistics?'
};
const BOX_TEXT: Block = {
	zh: '冷链物流是指冷藏冷冻类物品在生产、贮藏、运输和销售的全过程中始终处于规定低温环境下的物流方式，能减少损耗、保证质量。',
	kind: 'body',
	en: 'Cold-chain logistics keeps chilled and frozen goods at a set low temperature through production, storage, transport and sale, which cuts losses and keeps their quality.'
};

/** A paragraph running on to the next page: its footnote, the running footer and page number between. */
const CASCADE_HEAD: Block = {
	zh: '园区冷库采用复叠式制冷①，比传统氨制冷节能约20%，',
	kind: 'body',
	en: "The park's cold stores use cascade refrigeration①, which takes about 20 percent less energy than ammonia systems,"
};
const CASCADE_NOTE: Block = {
	zh: '①复叠式制冷：把两套制冷循环串联起来以获得更低温度的制冷方式。',
	kind: 'body',
	en: '① Cascade refrigeration: reaching lower temperatures by running two refrigeration cycles in series.'
};
const FOOTER: Block = {
	zh: '《北岭农业信息》2024年第9期',
	kind: 'credit',
	en: 'Beiling Farm Bulletin, No. 9, 2024'
};
const PAGE_NUMBER: Block = { zh: '— 3 —', kind: 'credit', en: '— 3 —' };
const CASCADE_TAIL: Block = {
	zh: '每年可节约电费约180万元，减少碳排放1.1万吨。',
	kind: 'body',
	en: 'saving about 1.8 million yuan of electricity and 11,000 tons of carbon emissions a year.'
};

/**
 * The page: blocks in file order, each paragraph of the reading as the blocks it joins (the
 * first of a list is where the paragraph stands; units set inside a joined paragraph follow it).
 */
interface Page {
	blocks: Block[];
	reading: number[][];
}

/** The repaired Chinese (units with their blocks) and the cuts the repair's layout gives. */
function repaired(page: Page) {
	const units: LayoutUnit[] = page.reading.map((list) => ({
		text: list.map((b) => page.blocks[b].zh).join(''),
		kind: page.blocks[list[0]].kind,
		joined: list
	}));
	return { units, cuts: cutParagraphs(units, (b) => page.blocks[b]?.zh) };
}

/** The draft as printed: one English paragraph per block, in file order, minus those left out. */
function printed(page: Page, leftOut: Block[] = []): string[] {
	return page.blocks.filter((b) => !leftOut.includes(b)).map((b) => b.en);
}

function align(page: Page, en: string[], withCuts = true): AlignmentBead[] {
	const { units, cuts } = repaired(page);
	return alignParagraphs(
		units.map((u) => u.text),
		en,
		{ dictionary, kinds: { zh: units.map((u) => u.kind) }, cuts: withCuts ? cuts : [] }
	).beads;
}

/** The usual page: three cut paragraphs (a photo, a photo with a caption lacking its stop, jump lines). */
const PAGE: Page = {
	blocks: [
		TITLE, // 0
		BYLINE, // 1
		OPENING, // 2
		SORTING_HEAD, // 3
		KIWI_CAPTION, // 4
		KIWI_CREDIT, // 5
		SORTING_TAIL, // 6
		HEADING, // 7
		SALES, // 8
		VILLAGER_HEAD, // 9
		TRUCK_CAPTION, // 10
		TRUCK_CREDIT, // 11
		VILLAGER_TAIL, // 12
		PLAN_HEAD, // 13
		JUMP_OUT, // 14
		JUMP_IN, // 15
		PLAN_TAIL // 16
	],
	reading: [[0], [1], [2], [3, 6], [4], [5], [7], [8], [9, 12], [10], [11], [13, 16], [14], [15]]
};

describe('cutParagraphs', () => {
	it('finds each paragraph joined across the captions that now follow it, cut where they stood', () => {
		const { cuts } = repaired(PAGE);
		expect(cuts.map((c) => [c.unit, c.between])).toEqual([
			[3, [4, 5]],
			[8, [9, 10]],
			[11, [12, 13]]
		]);
		expect(cuts[1].head).toBe(VILLAGER_HEAD.zh);
		expect(cuts[1].tail).toBe(VILLAGER_TAIL.zh);
	});

	it('tells the blocks of one-block paragraphs that do not list them', () => {
		const { units } = repaired(PAGE);
		const bare = units.map((u) => (u.joined!.length > 1 ? u : { text: u.text, kind: u.kind }));
		expect(cutParagraphs(bare, (b) => PAGE.blocks[b]?.zh)).toEqual(repaired(PAGE).cuts);
	});

	it('finds a paragraph joined across a box set inside it (its head, then its text)', () => {
		const page: Page = {
			blocks: [TITLE, OPENING, SORTING_HEAD, BOX_HEAD, BOX_TEXT, SORTING_TAIL, SALES],
			reading: [[0], [1], [2, 5], [3], [4], [6]]
		};
		expect(repaired(page).cuts.map((c) => [c.unit, c.between])).toEqual([[2, [3, 4]]]);
	});

	it('finds a paragraph cut by a page break: its footnote, the running footer, the page number', () => {
		const page: Page = {
			blocks: [
				TITLE,
				OPENING,
				CASCADE_HEAD,
				CASCADE_NOTE,
				FOOTER,
				PAGE_NUMBER,
				CASCADE_TAIL,
				SALES
			],
			reading: [[0], [1], [2, 6], [3], [4], [5], [7]]
		};
		expect(repaired(page).cuts.map((c) => [c.unit, c.between])).toEqual([[2, [3, 4, 5]]]);
		// Body text between the halves without a note's mark is a moved fragment, not a footnote.
		const moved: Page = {
			blocks: [TITLE, CASCADE_HEAD, SALES, FOOTER, CASCADE_TAIL],
			reading: [[0], [1, 4], [2], [3]]
		};
		expect(repaired(moved).cuts).toEqual([]);
	});

	it('gives none for a paragraph joined across body text (a moved fragment) or with unknown blocks', () => {
		const page: Page = {
			blocks: [SALES, SORTING_HEAD, OPENING, SORTING_TAIL],
			reading: [[0], [1, 3], [2]]
		};
		expect(repaired(page).cuts).toEqual([]);
		const { units } = repaired(PAGE);
		expect(cutParagraphs(units, () => undefined)).toEqual([]);
	});

	it('reads the page order back: first half, the units set inside, second half', () => {
		const { units, cuts } = repaired(PAGE);
		const page = pageOrder(
			units.map((u) => u.text),
			units.map((u) => u.kind),
			cuts
		);
		expect(page.map((p) => p.text)).toEqual(PAGE.blocks.map((b) => b.zh));
		expect(page.map((p) => p.unit)).toEqual([
			0, 1, 2, 3, 4, 5, 3, 6, 7, 8, 9, 10, 8, 11, 12, 13, 11
		]);
	});
});

describe('aligning a draft translated from the page as printed', () => {
	it('makes each cut paragraph and what was set inside it one bead, in order', () => {
		expect(showBeads(align(PAGE, printed(PAGE)))).toBe(
			'[0]:[0] [1]:[1] [2]:[2] [3,4,5]:[3,4,5,6] [6]:[7] [7]:[8] [8,9,10]:[9,10,11,12] [11,12,13]:[13,14,15,16]'
		);
	});

	it('needs the layout for a cut at a sentence end: English cues alone leave the second half unlinked', () => {
		const without = showBeads(align(PAGE, printed(PAGE), false));
		expect(without).not.toContain('[8,9,10]:[9,10,11,12]');
	});

	it('follows a credit set before its caption', () => {
		const page: Page = {
			blocks: [TITLE, OPENING, SORTING_HEAD, KIWI_CREDIT, KIWI_CAPTION, SORTING_TAIL, SALES],
			reading: [[0], [1], [2, 5], [3], [4], [6]]
		};
		expect(showBeads(align(page, printed(page)))).toBe('[0]:[0] [1]:[1] [2,3,4]:[2,3,4,5] [5]:[6]');
	});

	it('makes a paragraph and the box set inside it one bead when the draft has the box there', () => {
		const page: Page = {
			blocks: [TITLE, OPENING, SORTING_HEAD, BOX_HEAD, BOX_TEXT, SORTING_TAIL, SALES],
			reading: [[0], [1], [2, 5], [3], [4], [6]]
		};
		expect(showBeads(align(page, printed(page)))).toBe('[0]:[0] [1]:[1] [2,3,4]:[2,3,4,5] [5]:[6]');
		// A draft in the repaired order keeps one paragraph to one.
		const en = page.reading.map((list) => list.map((b) => page.blocks[b].en).join(' '));
		expect(showBeads(align(page, en))).toBe('[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4] [5]:[5]');
	});

	it('makes a paragraph cut by a page break one bead with its footnote, footer and page number', () => {
		const page: Page = {
			blocks: [
				TITLE,
				OPENING,
				CASCADE_HEAD,
				CASCADE_NOTE,
				FOOTER,
				PAGE_NUMBER,
				CASCADE_TAIL,
				SALES
			],
			reading: [[0], [1], [2, 6], [3], [4], [5], [7]]
		};
		expect(showBeads(align(page, printed(page)))).toBe(
			'[0]:[0] [1]:[1] [2,3,4,5]:[2,3,4,5,6] [6]:[7]'
		);
		// A draft in the repaired order keeps one paragraph to one.
		const en = page.reading.map((list) => list.map((b) => page.blocks[b].en).join(' '));
		expect(showBeads(align(page, en))).toBe(en.map((_, k) => `[${k}]:[${k}]`).join(' '));
	});

	it('takes two stacked photos inside one paragraph', () => {
		const page: Page = {
			blocks: [
				TITLE,
				OPENING,
				VILLAGER_HEAD,
				KIWI_CAPTION,
				KIWI_CREDIT,
				TRUCK_CAPTION,
				TRUCK_CREDIT,
				VILLAGER_TAIL,
				SALES
			],
			reading: [[0], [1], [2, 7], [3], [4], [5], [6], [8]]
		};
		expect(showBeads(align(page, printed(page)))).toBe(
			'[0]:[0] [1]:[1] [2,3,4,5,6]:[2,3,4,5,6,7] [7]:[8]'
		);
	});

	it('keeps a caption the draft leaves out inside the bead when its credit is there', () => {
		expect(showBeads(align(PAGE, printed(PAGE, [TRUCK_CAPTION])))).toContain(
			'[7]:[8] [8,9,10]:[9,10,11] [11,12,13]:[12,13,14,15]'
		);
	});

	it('leaves page-jump lines the draft leaves out as beads of their own', () => {
		expect(showBeads(align(PAGE, printed(PAGE, [JUMP_OUT, JUMP_IN])))).toContain(
			'[8,9,10]:[9,10,11,12] [11]:[13,14] [12]:[] [13]:[]'
		);
	});

	it('keeps a draft that follows the repaired order one paragraph to one', () => {
		const { units } = repaired(PAGE);
		const en = PAGE.reading.map((list) => list.map((b) => PAGE.blocks[b].en).join(' '));
		expect(units.length).toBe(en.length);
		expect(showBeads(align(PAGE, en))).toBe(en.map((_, k) => `[${k}]:[${k}]`).join(' '));
	});

	it('takes the page order only where the draft has it (one photo displaced, one not)', () => {
		const en = printed(PAGE);
		// The draft moved the truck photo's caption and credit after the whole paragraph.
		const reordered = [...en.slice(0, 10), en[12], en[10], en[11], ...en.slice(13)];
		expect(showBeads(align(PAGE, reordered))).toContain(
			'[3,4,5]:[3,4,5,6] [6]:[7] [7]:[8] [8]:[9,10] [9]:[11] [10]:[12] [11,12,13]:[13,14,15,16]'
		);
	});
});

describe('from the import to each paragraph its own English', () => {
	// The page imported as a newspaper text file: one block per line of the page, repaired as
	// the import does; the draft translated from the page as printed, aligned and accepted.
	// (A caption without its full stop right before a paragraph's second half is taken by the
	// repair for the start of that half; the page here has the other two cuts.)
	const page: Page = {
		blocks: [...PAGE.blocks.slice(0, 9), VILLAGER_HEAD, VILLAGER_TAIL, ...PAGE.blocks.slice(13)],
		reading: [...PAGE.reading.slice(0, 8), [9], [10], [11, 14], [12], [13]]
	};
	const blocks = page.blocks.map((b) => ({ text: b.zh }));
	const units = segmentBlocks(blocks, { repair: true });
	const cuts = cutParagraphs(units, (b) => blocks[b]?.text);
	const en = printed(page, [KIWI_CAPTION]);
	const { beads } = alignParagraphs(
		units.map((u) => u.text),
		en,
		{ dictionary, kinds: { zh: units.map((u) => u.kind) }, cuts }
	);
	const segments: AlignSegment[] = units.map((u, i) => ({
		id: `s${i}`,
		source: u.text,
		target: '',
		locked: false,
		kind: u.kind
	}));
	const plan = planAcceptSplitting(
		segments,
		beads,
		en,
		(t) => alignUnits(t.zh, t.en, { dictionary, level: 'sentence', kinds: t.kinds }).beads,
		cuts
	);
	const target = (text: string) =>
		plan.items.find((i) => i.segmentId === segments[units.findIndex((u) => u.text === text)].id);

	it('repairs the page into the paragraphs of the reading', () => {
		expect(units.map((u) => u.joined)).toEqual(page.reading);
	});

	it('gives a cut paragraph both halves of its English and each caption and credit its own', () => {
		expect(target(SORTING_HEAD.zh + SORTING_TAIL.zh)?.target).toBe(
			`${SORTING_HEAD.en} ${SORTING_TAIL.en}`
		);
		expect(target(KIWI_CREDIT.zh)?.target).toBe(KIWI_CREDIT.en);
		expect(target(PLAN_HEAD.zh + PLAN_TAIL.zh)?.target).toBe(`${PLAN_HEAD.en} ${PLAN_TAIL.en}`);
		expect(target(JUMP_OUT.zh)?.target).toBe(JUMP_OUT.en);
		expect(target(JUMP_IN.zh)?.target).toBe(JUMP_IN.en);
		for (const block of [VILLAGER_HEAD, VILLAGER_TAIL])
			expect(target(block.zh)?.target).toBe(block.en);
	});

	it('lists the caption the draft left out as missing, and nothing as translated together', () => {
		expect(plan.missing).toEqual([segments[units.findIndex((u) => u.text === KIWI_CAPTION.zh)].id]);
		expect(plan.items.filter((i) => i.translatedWith)).toEqual([]);
		expect(plan.unlinked).toEqual([]);
	});

	it('without the layout, accept cannot split such a link and marks it translated together', () => {
		const bare = planAcceptSplitting(
			segments,
			beads,
			en,
			(t) => alignUnits(t.zh, t.en, { dictionary, level: 'sentence' }).beads
		);
		expect(bare.items.some((i) => i.translatedWith)).toBe(true);
	});
});
