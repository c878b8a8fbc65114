/**
 * Paragraph alignment of drafts (issue 11): an article of the genre written for this test
 * (tests/fixtures/alignment/port-*.txt, a port's year in figures, with a title, a subtitle,
 * headings, two photo captions and a credit) and English drafts that leave out the captions,
 * merge two or three paragraphs into one, split one, abridge, or add a note. Every bead must
 * come out right.
 */
import { describe, expect, it } from 'vitest';
import { readRepoText, showBeads, testDictionary } from '../../../../tests/helpers/corpus.ts';
import { splitItems } from '../text/items.ts';
import type { SegmentKind } from '../types.ts';
import { alignParagraphs, type AlignmentBead } from './index.ts';

const dictionary = testDictionary();
const zh = splitItems(readRepoText('tests/fixtures/alignment/port-zh.txt'), 'paragraph');
const en = splitItems(readRepoText('tests/fixtures/alignment/port-en.txt'), 'paragraph');
/** The kinds the import gives these paragraphs. */
const KINDS: SegmentKind[] = [
	'title',
	'subtitle',
	'caption',
	'body',
	'heading',
	'body',
	'body',
	'body',
	'caption',
	'heading',
	'body',
	'body',
	'body',
	'credit'
];
const CAPTIONS = [2, 8, 13];

/** The beads that are not 1-1 on the same index shift, as `[zh]:[en]`. */
function unusual(beads: AlignmentBead[]): string {
	return showBeads(beads.filter((b) => b.zh.length !== 1 || b.en.length !== 1));
}

function expectCovering(beads: AlignmentBead[], nz: number, ne: number) {
	expect(beads.flatMap((b) => b.zh)).toEqual(Array.from({ length: nz }, (_, k) => k));
	expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: ne }, (_, k) => k));
}

const without = (list: string[], drop: number[]) => list.filter((_, k) => !drop.includes(k));
const merged = (list: string[], from: number, count: number) => [
	...list.slice(0, from),
	list.slice(from, from + count).join(' '),
	...list.slice(from + count)
];
function split(list: string[], k: number): string[] {
	const sentences = list[k].split(/(?<=[.;])\s+(?=[A-Z"])/);
	const half = Math.ceil(sentences.length / 2);
	return [
		...list.slice(0, k),
		sentences.slice(0, half).join(' '),
		sentences.slice(half).join(' '),
		...list.slice(k + 1)
	];
}

/**
 * The draft as translated from the printed page: paragraph k cut where `cut` occurs, with the
 * paragraphs `inside` (a caption, a credit) set between its two halves.
 */
function layoutOrder(list: string[], k: number, cut: string, inside: number[]): string[] {
	const at = list[k].indexOf(cut);
	if (at < 0) throw new Error(`"${cut}" is not in paragraph ${k}`);
	const rest = list.filter((_, m) => m !== k && !inside.includes(m));
	const head = list[k].slice(0, at).trimEnd();
	const tail = list[k].slice(at);
	const place = rest.indexOf(list[k + inside.length + 1]);
	return [...rest.slice(0, place), head, ...inside.map((m) => list[m]), tail, ...rest.slice(place)];
}

describe('paragraph alignment of drafts', { timeout: 60_000 }, () => {
	it('the test article: 14 paragraphs on both sides, aligned one to one', () => {
		expect(zh).toHaveLength(14);
		expect(en).toHaveLength(14);
		const { beads } = alignParagraphs(zh, en, { dictionary, kinds: { zh: KINDS } });
		expect(unusual(beads)).toBe('');
		expect(beads.map((b) => `${b.zh}:${b.en}`)).toEqual(zh.map((_, k) => `${k}:${k}`));
	});

	// Each draft, and the beads that are not 1-1 (English indexes are the draft's own).
	const drafts: [string, string[], string][] = [
		['leaves out the captions and the credit', without(en, CAPTIONS), '[2]:[] [8]:[] [13]:[]'],
		['leaves out the first caption only', without(en, [2]), '[2]:[]'],
		['merges two paragraphs into one', merged(en, 5, 2), '[5,6]:[5]'],
		['merges three paragraphs into one', merged(en, 10, 3), '[10,11,12]:[10]'],
		['splits a paragraph in two', split(en, 3), '[3]:[3,4]'],
		['drops a body paragraph (abridged)', without(en, [7]), '[7]:[]'],
		['leaves out the headings', without(en, [4, 9]), '[4]:[] [9]:[]'],
		[
			'leaves out the captions and merges three paragraphs',
			merged(without(en, CAPTIONS), 8, 3),
			'[2]:[] [8]:[] [10,11,12]:[8] [13]:[]'
		],
		[
			'leaves out the captions, merges two and splits one',
			split(merged(without(en, CAPTIONS), 4, 2), 2),
			'[2]:[] [3]:[2,3] [5,6]:[5] [8]:[] [13]:[]'
		],
		[
			'sets the caption inside the paragraph before it, cut mid-sentence (layout order)',
			layoutOrder(en, 7, 'for loading onto', [8]),
			'[7,8]:[7,8,9]'
		],
		[
			'sets the caption inside a paragraph cut before a name (layout order)',
			layoutOrder(en, 7, "Shanghai's Yangshan Port", [8]),
			'[7,8]:[7,8,9]'
		],
		['splits a paragraph of figures in two', split(en, 6), '[6]:[6,7]'],
		[
			"adds a translator's note after a heading",
			[
				...en.slice(0, 5),
				"Translator's note: TEU, the twenty-foot equivalent unit, measures a port's container traffic.",
				...en.slice(5)
			],
			'[]:[5]'
		],
		[
			'adds an English caption the Chinese does not have',
			[...en.slice(0, 10), 'Trucks queue at the customs inspection gate', ...en.slice(10)],
			'[]:[10]'
		]
	];
	for (const [name, draft, expected] of drafts) {
		it(`a draft that ${name}`, () => {
			const { beads } = alignParagraphs(zh, draft, { dictionary, kinds: { zh: KINDS } });
			expectCovering(beads, zh.length, draft.length);
			expect(unusual(beads)).toBe(expected);
		});
	}

	// The page's caption written as a dated sentence with its photographer's credit under it, on
	// both sides, and a draft in layout order that sets both inside the paragraph before them.
	const zhCredited = [...zh.slice(0, 9), '（通讯员 李明 摄）', ...zh.slice(9)];
	const kindsCredited: SegmentKind[] = [...KINDS.slice(0, 9), 'credit', ...KINDS.slice(9)];
	const enCredited = [
		...en.slice(0, 8),
		'On May 20, a train loaded with goods pulls into the railway line serving the Chengxi port area.',
		'(Photo by correspondent Li Ming)',
		...en.slice(9)
	];
	const creditedDrafts: [string, string[], string][] = [
		[
			'sets a dated caption sentence and its credit inside a paragraph cut at a comma',
			layoutOrder(enCredited, 7, 'with weekly round trips', [8, 9]),
			'[7,8,9]:[7,8,9,10]'
		],
		[
			'sets a caption and its credit inside a paragraph cut after a full stop',
			layoutOrder(enCredited, 7, 'Cargo leaving Jiujiang', [8, 9]),
			'[7,8,9]:[7,8,9,10]'
		]
	];
	for (const [name, draft, expected] of creditedDrafts) {
		it(`a draft that ${name} (layout order)`, () => {
			const { beads } = alignParagraphs(zhCredited, draft, {
				dictionary,
				kinds: { zh: kindsCredited }
			});
			expectCovering(beads, zhCredited.length, draft.length);
			expect(unusual(beads)).toBe(expected);
		});
	}

	it('guesses the kinds from the text when the caller gives none', () => {
		const draft = merged(without(en, CAPTIONS), 8, 3);
		const { beads } = alignParagraphs(zh, draft, { dictionary });
		expect(unusual(beads)).toBe('[2]:[] [8]:[] [10,11,12]:[8] [13]:[]');
	});
});

describe('a line the draft leaves without a full stop that is no paragraph cut short', () => {
	// A table flattened to lines, its last row right over a numbered section head: the English
	// rules read the row as a paragraph the head goes on with ("02 Home …" starts with a count),
	// the Chinese shows two paragraphs of their own.
	const zhTable = [
		'南川市养老服务发展成效',
		'近年来，南川市持续完善养老服务体系，全市养老机构达到86家，社区养老服务设施实现全覆盖。',
		'南川市养老服务主要指标',
		'指标　　2022年末　　2024年末',
		'长者食堂（家）　　98　　240',
		'养老床位（万张）　　1.82　　2.35',
		'02家庭病床“送”医上门',
		'2023年以来，南川为失能老人建立家庭病床3600张，医生每月上门服务两次，老人在家就能看病。'
	];
	const kindsTable: SegmentKind[] = [
		'title',
		'body',
		'heading',
		'body',
		'body',
		'body',
		'heading',
		'body'
	];
	const enTable = [
		'Nanchuan Elderly Care in Figures',
		'In recent years Nanchuan has kept improving its elderly-care system: the city now has 86 care institutions, and community care facilities cover every neighbourhood.',
		'Main indicators of elderly care in Nanchuan',
		'Indicator | End of 2022 | End of 2024',
		"Seniors' canteens | 98 | 240",
		'Elderly-care beds (10,000) | 1.82 | 2.35',
		'02 Home hospital beds bring doctors to the door',
		'Since 2023 Nanchuan has set up 3,600 home hospital beds for disabled older people; doctors visit twice a month, so they can see a doctor at home.'
	];

	it('links the last row and the head each to its own Chinese', () => {
		const { beads } = alignParagraphs(zhTable, enTable, {
			dictionary,
			kinds: { zh: kindsTable }
		});
		expect(showBeads(beads)).toBe(zhTable.map((_, k) => `[${k}]:[${k}]`).join(' '));
	});

	it('still joins the halves of a paragraph the draft cut there', () => {
		// The draft cut the last paragraph after "older people;" (no full stop): one link.
		const cut = [
			...enTable.slice(0, 7),
			'Since 2023 Nanchuan has set up 3,600 home hospital beds for disabled older people;',
			'doctors visit twice a month, so they can see a doctor at home.'
		];
		const { beads } = alignParagraphs(zhTable, cut, { dictionary, kinds: { zh: kindsTable } });
		expect(unusual(beads)).toBe('[7]:[7,8]');
	});
});

describe('a note the draft folds into the paragraph it annotates', () => {
	// ※注： below a paragraph, rendered as "(*…)" at the end of the English of that paragraph:
	// the note's words find few glosses, its mark finds the mark.
	const zhNote = [
		'临川县夜间经济持续升温',
		'今年前三季度，临川县夜间消费额达到42亿元※，同比增长18.6%，夜间客流量突破900万人次，对全县消费增长的贡献率超过三成。',
		'县里新建了三条夜市街区，引进特色餐饮、文创和演艺项目120个，带动就业5000余人，街区商户平均营业额比去年提高了两成以上。',
		'※注：夜间消费额指每日18时至次日2时的线下消费金额，按银联刷卡数据和商户抽样调查推算。',
		'打造夜间文旅品牌',
		'明年，临川县将举办首届夜间文化旅游节，推出夜游古城、夜赏灯会等10条精品线路，力争夜间消费额突破60亿元。',
		'县文旅局局长王丽说，夜间经济不仅要“亮起来”，更要“火起来”，让游客留下来、住下来。'
	];
	const kindsNote: SegmentKind[] = ['title', 'body', 'body', 'body', 'heading', 'body', 'body'];
	const enNote = [
		'Night-time Economy Heats Up in Linchuan',
		"In the first three quarters Linchuan's night-time spending reached 4.2 billion yuan*, up 18.6 percent year on year, with more than 9 million night-time visits; it contributed over 30 percent of the county's consumption growth.",
		'Three new night-market streets have brought in 120 food, creative and performance projects and more than 5,000 jobs, and the average turnover of their shops is up by over a fifth. (*Offline spending from 6 p.m. to 2 a.m., estimated from card data.)',
		'Building a night-time tourism brand',
		'Next year Linchuan will hold its first night-time culture and tourism festival with 10 routes such as night tours of the old town and lantern shows, aiming for night-time spending of over 6 billion yuan.',
		'Wang Li, head of the county culture and tourism bureau, said the night-time economy must not only "light up" but also "heat up", so that visitors stay on and stay the night.'
	];

	it('links the note with that paragraph instead of leaving it out', () => {
		const { beads } = alignParagraphs(zhNote, enNote, { dictionary, kinds: { zh: kindsNote } });
		expect(unusual(beads)).toBe('[2,3]:[2]');
	});
});
