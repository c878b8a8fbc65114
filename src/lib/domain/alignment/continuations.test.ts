import { describe, expect, it } from 'vitest';
import { joinCutParagraphs, pairStrandedHeadings, splitJoinedBeads } from './continuations.ts';
import type { SegmentKind } from '../types.ts';
import { alignParagraphs } from './index.ts';
import { testDictionary } from '../../../../tests/helpers/corpus.ts';

const dictionary = testDictionary();

const b = (zh: number[], en: number[], score = 0.9) => ({ zh, en, score });

describe('joinCutParagraphs', () => {
	const draft = [
		'Tea Brands',
		'Sales grew fast. The county opened over 120 shops and trained nearly',
		'A livestreamer promoting tea at the e-commerce base',
		'(Photo by Liu Xiaodong)',
		'1,000 local tea anchors. Online sales reached 1.93 billion yuan.',
		'Exports rose.'
	];
	const kinds: SegmentKind[] = ['heading', 'body', 'caption', 'credit', 'body', 'body'];

	it('joins a paragraph cut by a caption and its credit, which stay units of their own', () => {
		const joined = joinCutParagraphs(draft, kinds);
		expect(joined?.members).toEqual([[0], [1, 4], [2], [3], [5]]);
		expect(joined?.units[1]).toBe(`${draft[1]} ${draft[4]}`);
		expect(joined?.kinds).toEqual(['heading', 'body', 'caption', 'credit', 'body']);
	});

	it('joins nothing in a draft whose paragraphs all end', () => {
		expect(
			joinCutParagraphs(
				['Sales grew.', 'A livestreamer at work', 'Exports rose.'],
				['body', 'caption', 'body']
			)
		).toBeNull();
	});
});

describe('splitJoinedBeads', () => {
	it('makes the joined paragraph and the captions inside it one bead, in order', () => {
		const members = [[0], [1, 4], [2], [3], [5]];
		// zh 1 body, zh 2 caption, zh 3 a caption the draft lacks, zh 4 credit.
		const beads = [
			b([0], [0]),
			b([1], [1], 0.8),
			b([2], [2]),
			b([3], []),
			b([4], [3]),
			b([5], [4])
		];
		expect(splitJoinedBeads(beads, members)).toEqual([
			b([0], [0]),
			b([1, 2, 3, 4], [1, 2, 3, 4], 0.8),
			b([5], [5])
		]);
	});

	it('leaves beads as they are when nothing was joined', () => {
		const beads = [b([0], [0]), b([1], []), b([2], [1, 2])];
		expect(splitJoinedBeads(beads, [[0], [1], [2]])).toEqual(beads);
	});
});

describe('pairStrandedHeadings', () => {
	// zh: 0 body, 1 caption, 2 credit, 3 heading, 4 body; en: 0 body, 1 heading, 2 body.
	const zhKinds: SegmentKind[] = ['body', 'caption', 'credit', 'heading', 'body'];
	const enKinds: SegmentKind[] = ['body', 'heading', 'body'];

	it('links a heading left out and a heading added across the captions the draft also left out', () => {
		const beads = [
			b([0], [0]),
			b([], [1], 0.5),
			b([1], [], 0.5),
			b([2], [], 0.5),
			b([3], [], 0.5),
			b([4], [2])
		];
		expect(pairStrandedHeadings(beads, zhKinds, enKinds).map((x) => [x.zh, x.en])).toEqual([
			[[0], [0]],
			[[1], []],
			[[2], []],
			[[3], [1]],
			[[4], [2]]
		]);
	});

	it('leaves them apart when a draft paragraph sits between (the order would break)', () => {
		const kinds: SegmentKind[] = ['body', 'heading', 'body', 'body'];
		const beads = [b([0], [0]), b([], [1], 0.5), b([1], [2]), b([3], [], 0.5), b([4], [3])];
		expect(pairStrandedHeadings(beads, zhKinds, kinds)).toEqual(beads);
	});
});

describe('draft paragraphs that end without a full stop by design', () => {
	it("joins no chart's series or fact box line with the paragraph after a credit", () => {
		const draft = [
			'Freight has grown every year since the new berths opened.',
			'2020: 3.41; 2021: 3.58; 2022: 3.77 (million tonnes)',
			'Source: Port Authority. Chart: Chen Lu',
			'Shipping lines that left during the pandemic have returned.',
			'12.6 million mu: land under fruit trees',
			'Photo by Li Wen',
			'The county sold its first carbon credits in 2022.'
		];
		const kinds: SegmentKind[] = ['body', 'body', 'credit', 'body', 'body', 'credit', 'body'];
		expect(joinCutParagraphs(draft, kinds)).toBeNull();
		// A sentence cut open across the same credit is still joined.
		const cut = [...draft];
		cut[4] = 'The county has planted fruit trees on 12.6 million mu of';
		cut[6] = 'bare hillside since 2019.';
		expect(joinCutParagraphs(cut, kinds)?.members).toEqual([[0], [1], [2], [3], [4, 6], [5]]);
	});

	it('aligns a draft 1-1 when its dash subtitle, chart series and two-part credit end unstopped', () => {
		const zh = [
			'践行“清水就是财富”理念',
			'衡山：让果园变成“第二份工资”',
			'——衡山县扩大果园种植、为森林碳汇定价、让护林农民增收的调查',
			'本报记者　李　文　赵　平',
			'深秋的衡山，漫山遍野的梨树挂满果实。果农们正在采摘今年最后一批梨子，收入比去年增加了两成。',
			'2019年以来，全县新种果园4万亩，果业产值达到42.7亿元，带动1.2万户农民增收。',
			'2020年　3.41　2021年　3.58　2022年　3.77',
			'数据来源：衡山县港务局　制图：陈　露',
			'港口：航线回来了',
			'疫情期间停开的航线已经全部恢复，港务局负责人说，今年货物吞吐量将再创新高。'
		];
		const zhKinds: SegmentKind[] = [
			'subtitle',
			'title',
			'subtitle',
			'credit',
			'body',
			'body',
			'body',
			'credit',
			'heading',
			'body'
		];
		const en = [
			'Putting into practice the idea that "clear water is wealth"',
			'Hengshan: turning orchards into a "second wage"',
			'— An inquiry into how Hengshan County is widening its orchards, pricing the carbon its forests store and raising the incomes of the farmers who look after them',
			'By staff reporters Li Wen and Zhao Ping',
			'Late autumn in Hengshan, and the pear trees on every hillside are heavy with fruit. Farmers are picking the last pears of the year, earning 20 per cent more than last year.',
			'Since 2019 the county has planted 40,000 mu of new orchards; fruit output has reached 4.27 billion yuan, raising the incomes of 12,000 farming households.',
			'2020: 3.41; 2021: 3.58; 2022: 3.77',
			'Source: Hengshan County Port Authority. Graphic: Chen Lu',
			'The port: shipping lines are back',
			'Shipping lines suspended during the pandemic have all been restored, the head of the port authority said, and cargo throughput will reach a new record this year.'
		];
		const { beads } = alignParagraphs(zh, en, { dictionary, kinds: { zh: zhKinds } });
		expect(beads.map((x) => [x.zh, x.en])).toEqual(zh.map((_, i) => [[i], [i]]));
	});
});
