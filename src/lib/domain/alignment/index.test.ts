import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segmentation/sentences.ts';
import { alignDocument, alignParagraphs, alignUnits, type AlignmentBead } from './index.ts';
import {
	readRepoText,
	SEED_JOINED,
	seedParagraphs,
	showBeads,
	testDictionary
} from '../../../../tests/helpers/corpus.ts';
import { hasShared, needsShared } from '../../../../tests/helpers/shared.ts';

const dictionary = testDictionary();
const seed = seedParagraphs();
const repaired = SEED_JOINED.map((blocks) => blocks.map((b) => seed.zh[b]).join(''));
const identity = (n: number) => Array.from({ length: n }, (_, k) => `[${k}]:[${k}]`).join(' ');

/** Every unit of both sides exactly once, in order. */
function expectCovering(beads: AlignmentBead[], nz: number, ne: number) {
	expect(beads.flatMap((b) => b.zh)).toEqual(Array.from({ length: nz }, (_, k) => k));
	expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: ne }, (_, k) => k));
	for (const b of beads) {
		expect(b.zh.length + b.en.length).toBeGreaterThan(0);
		expect(b.score).toBeGreaterThanOrEqual(0);
		expect(b.score).toBeLessThanOrEqual(1);
	}
}

describe('alignParagraphs on the seed article', { timeout: 60_000 }, () => {
	it('aligns the 28 repaired Chinese paragraphs one to one with the English', () => {
		expect(seed.en).toHaveLength(28);
		const { beads } = alignParagraphs(repaired, seed.en, { dictionary });
		expect(showBeads(beads)).toBe(identity(28));
	});

	it('aligns the 35 raw blocks: broken paragraphs join, the stray block 21 stays alone', () => {
		const { beads } = alignParagraphs(seed.zh, seed.en, { dictionary });
		expectCovering(beads, 35, 28);
		const expected = SEED_JOINED.map((blocks, k) => ({
			zh: blocks.filter((b) => b !== 21),
			en: [k]
		}));
		expected.splice(17, 0, { zh: [21], en: [] });
		expect(showBeads(beads)).toBe(showBeads(expected));
	});

	// Variants of the English draft: each edit, and the beads it must produce around it.
	const sentencesOf = (p: string) => splitSentences(p, 'en');
	const variants: [string, (en: string[]) => string[], (k: number) => string][] = [
		[
			'two English paragraphs merged',
			(en) => [...en.slice(0, 6), en[6] + ' ' + en[7], ...en.slice(8)],
			() => '[6,7]:[6]'
		],
		[
			'an English paragraph split in two',
			(en) => {
				const s = sentencesOf(en[13]);
				const half = Math.ceil(s.length / 2);
				return [
					...en.slice(0, 13),
					s.slice(0, half).join(' '),
					s.slice(half).join(' '),
					...en.slice(14)
				];
			},
			() => '[13]:[13,14]'
		],
		[
			'an English paragraph dropped',
			(en) => [...en.slice(0, 19), ...en.slice(20)],
			() => '[19]:[]'
		],
		['an English heading dropped', (en) => [...en.slice(0, 11), ...en.slice(12)], () => '[11]:[]'],
		[
			'two consecutive English paragraphs dropped',
			(en) => [...en.slice(0, 20), ...en.slice(22)],
			() => '[20]:[] [21]:[]'
		],
		[
			'three English paragraphs merged',
			(en) => [...en.slice(0, 5), [en[5], en[6], en[7]].join(' '), ...en.slice(8)],
			() => '[5,6,7]:[5]'
		],
		[
			'paragraphs merged and another dropped',
			(en) => [...en.slice(0, 13), en[13] + ' ' + en[14], ...en.slice(15, 19), ...en.slice(20)],
			() => '[13,14]:[13] [19]:[]'
		],
		[
			'the photo captions and the credit left out',
			(en) => en.filter((_, j) => ![10, 15, 24, 25, 26].includes(j)),
			() => '[10]:[] [15]:[] [24]:[] [25]:[] [26]:[]'
		],
		[
			'the captions left out and three paragraphs merged',
			(en) => {
				const rest = en.filter((_, j) => ![10, 15, 24, 25, 26].includes(j));
				return [...rest.slice(0, 5), rest.slice(5, 8).join(' '), ...rest.slice(8)];
			},
			() => '[5,6,7]:[5] [10]:[] [15]:[] [24]:[] [25]:[] [26]:[]'
		],
		[
			"a translator's note at the start",
			(en) => ["Translator's note: this article was first published in Jiangxi Daily.", ...en],
			() => '[]:[0]'
		],
		[
			"a translator's note added",
			(en) => [
				...en.slice(0, 10),
				"Translator's note: the figures in this section are quoted as published by the zone's administrative committee and have not been checked against provincial statistics.",
				...en.slice(10)
			],
			() => '[]:[10]'
		]
	];
	for (const [name, edit, mark] of variants) {
		it(`stays exact when ${name}`, () => {
			const en = edit(seed.en);
			const { beads } = alignParagraphs(repaired, en, { dictionary });
			expectCovering(beads, repaired.length, en.length);
			expect(showBeads(beads.filter((b) => b.zh.length !== 1 || b.en.length !== 1))).toBe(mark(0));
		});
	}

	it('leaves an English paragraph alone when its Chinese paragraph is missing', () => {
		const zh = [...repaired.slice(0, 12), ...repaired.slice(13)];
		const { beads } = alignParagraphs(zh, seed.en, { dictionary });
		expectCovering(beads, zh.length, seed.en.length);
		expect(showBeads(beads.filter((b) => b.zh.length !== 1 || b.en.length !== 1))).toBe('[]:[12]');
	});

	it('stays exact when the English is lightly paraphrased', () => {
		const swaps: [RegExp, string][] = [
			[/\bIn recent years\b/g, 'Lately'],
			[/\benterprises\b/g, 'companies'],
			[/\bbillion yuan\b/g, 'billion RMB'],
			[/\bindustrial\b/g, 'industry'],
			[/\bhigh-quality\b/g, 'quality']
		];
		const en = seed.en.map((p) => swaps.reduce((s, [from, to]) => s.replace(from, to), p));
		expect(en.join('')).not.toBe(seed.en.join(''));
		expect(showBeads(alignParagraphs(repaired, en, { dictionary }).beads)).toBe(identity(28));
	});

	it('treats long units as paragraphs when no level is given', () => {
		const { beads } = alignUnits(seed.zh, seed.en, { dictionary });
		expect(beads).toContainEqual(expect.objectContaining({ zh: [21], en: [] }));
		const asSentences = alignUnits(seed.zh, seed.en, { dictionary, level: 'sentence' }).beads;
		expect(asSentences).not.toContainEqual(expect.objectContaining({ zh: [21], en: [] }));
	});

	it('reports progress from 0 to 1', () => {
		const seen: number[] = [];
		alignParagraphs(repaired, seed.en, { dictionary, onProgress: (f) => seen.push(f) });
		expect(seen.at(-1)).toBe(1);
		expect([...seen].sort((a, b) => a - b)).toEqual(seen);
	});
});

describe.skipIf(!hasShared)(needsShared('alignUnits on MAC-Dev lines'), { timeout: 60_000 }, () => {
	const lines = (path: string) =>
		readRepoText(path)
			.split('\n')
			.filter((l, k, a) => k < a.length - 1 || l);

	it('covers every line once and finds most gold beads', () => {
		const zh = lines('../shared/bench/mac-dev/zh/006.txt');
		const en = lines('../shared/bench/mac-dev/en/006.txt');
		const gold = new Set(
			readRepoText('../shared/bench/mac-dev/gold/006.align')
				.trim()
				.split('\n')
				.map((l) => l.replace(/\s/g, ''))
		);
		const { beads } = alignUnits(zh, en, { dictionary });
		expectCovering(beads, zh.length, en.length);
		const hits = beads.filter((b) => gold.has(`[${b.zh}]:[${b.en}]`)).length;
		expect(hits / gold.size).toBeGreaterThan(0.8);
	});
});

describe.skipIf(!hasShared)(
	needsShared('alignUnits on a long draft with a large insertion'),
	{ timeout: 60_000 },
	() => {
		it('covers every line and keeps the gold beads around 60 unrelated English lines in the middle', () => {
			const zh = readRepoText('../shared/bench/mac-dev/zh/005.txt').trim().split('\n');
			const en = readRepoText('../shared/bench/mac-dev/en/005.txt').trim().split('\n');
			const inserted = readRepoText('../shared/bench/mac-dev/en/001.txt')
				.trim()
				.split('\n')
				.slice(0, 60);
			const middle = Math.floor(en.length / 2);
			const draft = [...en.slice(0, middle), ...inserted, ...en.slice(middle)];
			const { beads } = alignUnits(zh, draft, { dictionary });
			expectCovering(beads, zh.length, draft.length);
			// Gold beads away from the insertion, English ids shifted past it, are still found.
			const found = new Set(beads.map((b) => `[${b.zh}]:[${b.en}]`));
			const gold = readRepoText('../shared/bench/mac-dev/gold/005.align')
				.trim()
				.split('\n')
				.map((l) => JSON.parse(`[${l.replace(':', ',')}]`) as [number[], number[]])
				.filter(([, e]) => e.length && (e[e.length - 1] < middle - 10 || e[0] > middle + 10))
				.map(([z, e]) => `[${z}]:[${e.map((j) => (j >= middle ? j + 60 : j))}]`);
			expect(gold.filter((g) => found.has(g)).length / gold.length).toBeGreaterThan(0.8);
		});
	}
);

describe('alignUnits on small texts', () => {
	const cases: [string, string[], string[], string][] = [
		[
			'names by pinyin',
			['陈清扬说我是破鞋。', '我说你不是。', '王二很高兴。'],
			['Chen Qingyang said I was damaged goods.', 'I said you were not.', 'Wang Er was pleased.'],
			'[0]:[0] [1]:[1] [2]:[2]'
		],
		[
			'one Chinese sentence, two English ones',
			['2022年，工业增加值增长18.1%，营业收入达到105亿元。', '企业数量增加了。'],
			[
				'In 2022, industrial added value grew by 18.1%.',
				'Operating revenue reached 10.5 billion yuan.',
				'The number of enterprises increased.'
			],
			'[0]:[0,1] [1]:[2]'
		],
		['empty English side', ['你好。', '再见。'], [], '[0]:[] [1]:[]'],
		['empty Chinese side', [], ['Hello.'], '[]:[0]'],
		['both empty', [], [], '']
	];
	for (const [name, zh, en, expected] of cases) {
		it(name, () => {
			const { beads } = alignUnits(zh, en, { dictionary });
			expectCovering(beads, zh.length, en.length);
			expect(showBeads(beads)).toBe(expected);
		});
	}

	it('reads clause breaks: lengths being equal, the Chinese with more breaks takes more English sentences', () => {
		// Both Chinese units have 20 characters and the three English ones 40: by length alone
		// [0]:[0,1] [1]:[2] and [0]:[0] [1]:[1,2] cost the same. No dictionary: no lexical evidence.
		const many = '甲乙丙丁，戊己庚；辛壬癸子：丑寅卯辰。';
		const one = '巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸子丑。';
		const en = [
			'Aaaa bbbb cccc dddd eeee ffff gggg hhh.',
			'Iiii jjjj kkkk llll mmmm nnnn oooo ppp.',
			'Qqqq rrrr ssss tttt uuuu vvvv wwww xxx.'
		];
		expect(showBeads(alignUnits([many, one], en, { level: 'sentence' }).beads)).toBe(
			'[0]:[0,1] [1]:[2]'
		);
		expect(showBeads(alignUnits([one, many], en, { level: 'sentence' }).beads)).toBe(
			'[0]:[0] [1]:[1,2]'
		);
	});

	it('uses glossary pairs as anchors', () => {
		const zh = ['宜春经开区发展很快。', '放管服改革深入推进。'];
		const en = ['The zone grew fast.', 'Streamlining reform went deeper.'];
		const glossary = [{ zh: '放管服', en: ['streamlining'] }];
		const { beads } = alignUnits(zh, en, { dictionary, glossary });
		expect(showBeads(beads)).toBe('[0]:[0] [1]:[1]');
	});
});

describe('alignDocument', () => {
	it('aligns paragraphs, then the sentences inside each paragraph bead', () => {
		const doc = alignDocument(repaired.slice(5, 9), seed.en.slice(5, 9), splitSentences, {
			dictionary
		});
		expect(showBeads(doc.paragraphs)).toBe(identity(4));
		expect(doc.sentences).toHaveLength(4);
		for (const s of doc.sentences) {
			expectCovering(s.beads, s.zh.length, s.en.length);
			expect(s.zh.join('').replace(/\s+/g, '')).toBe(
				repaired[5 + s.paragraphBead].replace(/\s+/g, '')
			);
		}
		// The first sentence of paragraph 5 names the zone in full on both sides.
		const first = doc.sentences[0];
		expect(first.beads[0].zh).toContain(0);
		expect(first.beads[0].en).toContain(0);
	});
});
