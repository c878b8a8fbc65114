/**
 * The genre articles of corpus/ are consistent with themselves (corpus/README.md): the human
 * reading is made of the zh.txt blocks, every block used once; one English reference paragraph
 * per gold paragraph; every draft's gold beads cover both sides once, in order; every number
 * phrase is where the table says, in both languages; the .docx holds the same blocks as zh.txt.
 * Reads only corpus/ (no ../shared, no engine), so it says nothing about how the app does.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	KINDS,
	loadArticles,
	parseAlign,
	parseNumbers,
	readBlocks,
	LABEL_KINDS,
	type Article,
	type NumberKind
} from '../../bench/lib/genre-corpus.ts';
import { figures, findPhrase, phraseErrors } from '../helpers/number-errors.ts';
import { docxParagraphs } from '../helpers/docx-text.ts';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const articles = loadArticles(corpusDir);

/** Texts of the w:p paragraphs of a .docx body, runs concatenated. */
describe('corpus helpers', () => {
	it('read blocks and beads as the README says', () => {
		expect(readBlocks('\n甲乙\n\n\u3000\n丙\n丁\n')).toEqual(['甲乙', '丙丁']);
		expect(parseAlign('[0,1]:[0]\n[2]:[]\n[]:[1]\n')).toEqual([
			{ zh: [0, 1], en: [0] },
			{ zh: [2], en: [] },
			{ zh: [], en: [1] }
		]);
		expect(() => parseAlign('[0]-[1]')).toThrow(/not a bead/);
		expect(() => parseNumbers('paragraph\tzh\tvalue\tunit\tkind\ten\n1\t两条\t2\tcount\tmany\ttwo')).toThrow(
			/unknown kind/
		);
	});
});

describe('injected number errors (bench:genre)', () => {
	const errors = (en: string, kind: NumberKind) =>
		phraseErrors(en, { label: LABEL_KINDS.includes(kind) });
	it.each([
		['more than 12.6 million yuan', 'more_than', 'digit', 'more than 12.7 million yuan'],
		['326,000 mu', 'exact', 'digit', '327,000 mu'],
		['326,000 mu', 'exact', 'times10', '3,260,000 mu'],
		['2.5 tonnes', 'exact', 'div10', '0.25 tonnes'],
		['10.85 billion yuan', 'exact', 'scale', '10.85 million yuan'],
		['at least 400 yuan', 'at_least', 'drop_bound', '400 yuan'],
		['up to 1,500 yuan', 'at_most', 'flip_bound', 'at least 1,500 yuan'],
		['nearly 300', 'approx', 'drop_approx', '300'],
		['23.6%', 'percent', 'percent_point', '23.6 percentage points'],
		['From 2019 to 2023', 'range', 'digit', 'From 2019 to 2024'],
		['Seventeen', 'exact', 'word', 'Eighteen'],
		['from January to September', 'month_range', 'word', 'from January to October'],
		// Digits inside a unit or a name are not the phrase's value (numbers8).
		['412,000 tCO2e', 'exact', 'digit', '413,000 tCO2e'],
		['about 75,000 tonnes of CO2 equivalent', 'approx', 'digit', 'about 76,000 tonnes of CO2 equivalent'],
		['6,300 m3', 'exact', 'times10', '63,000 m3'],
		['41 micrograms of PM2.5', 'exact', 'digit', '42 micrograms of PM2.5'],
		['12 4A-level', 'exact', 'digit', '13 4A-level'],
		['RMB106.02 million', 'exact', 'digit', 'RMB106.03 million'],
		// Bounds the genre's references write (numbers8).
		['no higher than 4.5%', 'at_most', 'flip_bound', 'no lower than 4.5%'],
		['does not exceed 15%', 'at_most', 'drop_bound', 'is 15%'],
		['does not exceed 15%', 'at_most', 'flip_bound', 'exceeds 15%'],
		['50 staff or fewer', 'at_most', 'flip_bound', '50 staff or more'],
		['past 80 billion yuan', 'more_than', 'drop_bound', 'to 80 billion yuan'],
		['tops 3 million TEU', 'more_than', 'flip_bound', 'nearly reaches 3 million TEU']
	] as const)('%s (%s): %s → %s', (en, kind, type, expected) => {
		expect(errors(en, kind).find((m) => m.kind === type)?.to).toBe(expected);
	});

	it('gives no magnitude error to a year and no bound error to a plain count', () => {
		expect(errors('2019', 'year').map((m) => m.kind)).toEqual(['digit']);
		expect(errors('216', 'exact').map((m) => m.kind)).toEqual(['digit', 'times10', 'div10']);
	});

	it('leaves "the past five years" without a bound error', () => {
		expect(errors('the past 5 years', 'exact').map((m) => m.kind)).toEqual(['digit', 'times10', 'div10']);
	});

	it('leaves a phrase whose only digits are a name’s without a digit error', () => {
		expect(errors('the 5G network', 'exact').map((m) => m.kind)).toEqual([]);
		expect(figures('386,000 tCO2e; 2,800P; 10GW').map((m) => m[0])).toEqual([
			'386,000',
			'2,800',
			'10'
		]);
	});

	it('finds a phrase as a whole number, not inside a longer one', () => {
		expect(findPhrase('2.864 million and 6 villages', '6')).toBe(18);
		expect(findPhrase('16 and 6', '6')).toBe(7);
		expect(findPhrase('no six here', '6')).toBe(-1);
	});

	it('changes every numbers.tsv phrase of every article into something else', () => {
		for (const article of articles) {
			for (const row of article.numbers) {
				const paragraph = article.en[row.paragraph];
				expect(findPhrase(paragraph, row.en), row.en).toBeGreaterThanOrEqual(0);
				for (const m of errors(row.en, row.kind)) expect(m.to, `${row.en} ${m.kind}`).not.toBe(row.en);
			}
		}
	});
});

it('finds the seed and the two out-of-sample articles', () => {
	expect(articles.map((a) => a.slug)).toEqual(
		expect.arrayContaining(['yichun-etdz-2023', 'yunxi-tea-2023', 'jiangzhou-business-2023'])
	);
});

describe.each(articles.map((a): [string, Article] => [a.slug, a]))('%s', (_slug, article) => {
	it('reading.json joins the zh.txt blocks, each block once', () => {
		const used = article.reading.flatMap((p) => p.blocks);
		expect([...used].sort((a, b) => a - b)).toEqual(article.blocks.map((_, i) => i));
		for (const [i, p] of article.reading.entries()) {
			expect(KINDS, `paragraph ${i} kind`).toContain(p.kind);
			expect(p.text, `paragraph ${i}`).toBe(p.blocks.map((b) => article.blocks[b]).join(''));
		}
	});

	it('en.txt has one paragraph per gold paragraph', () => {
		expect(article.en).toHaveLength(article.reading.length);
		expect(article.en.every((p) => p.trim().length > 0)).toBe(true);
	});

	it('every draft has gold beads covering both sides once, in order', () => {
		for (const draft of article.drafts) {
			const zh = draft.gold.flatMap((b) => b.zh);
			const en = draft.gold.flatMap((b) => b.en);
			expect(zh, `${draft.name} Chinese side`).toEqual(article.reading.map((_, i) => i));
			expect(en, `${draft.name} English side`).toEqual(draft.paragraphs.map((_, i) => i));
			expect(
				draft.gold.every((b) => b.zh.length + b.en.length > 0),
				`${draft.name} empty bead`
			).toBe(true);
		}
	});

	it('every number phrase is in its paragraph, in Chinese and in the reference', () => {
		for (const row of article.numbers) {
			const where = `${row.paragraph} ${row.zh} / ${row.en}`;
			expect(article.reading[row.paragraph]?.text, where).toContain(row.zh);
			expect(article.en[row.paragraph], where).toContain(row.en);
		}
	});

	it.runIf(article.hasDocx)('zh.docx holds the zh.txt blocks, in order', () => {
		expect(
			docxParagraphs(`${article.dir}/zh.docx`)
				.map((p) => p.text)
				.filter((t) => t.trim() !== '')
		).toEqual(article.blocks);
	});
});

describe.each(
	articles.filter((a) => a.slug !== 'yichun-etdz-2023').map((a): [string, Article] => [a.slug, a])
)('%s (written for issue 11)', (_slug, article) => {
	it('has the layout damage and material the genre brings', () => {
		const ends = article.blocks.map((b) => b.at(-1));
		expect(ends).toContain('，');
		expect(ends.some((c) => c === '、' || c === '：')).toBe(true);
		expect(article.blocks.some((b) => /\d{4}—$/.test(b))).toBe(true);
		expect(article.reading.some((p) => p.blocks.length >= 3)).toBe(true);
		// A caption (and a credit) printed between the two halves of a broken paragraph.
		const between = article.reading.filter((p) => {
			const [a, b] = p.blocks;
			return p.blocks.length === 2 && b - a > 1;
		});
		expect(between.length).toBeGreaterThan(0);
		expect(article.reading.filter((p) => p.kind === 'caption').length).toBeGreaterThanOrEqual(3);
		expect(article.reading.some((p) => p.kind === 'credit')).toBe(true);
		expect(article.reading.length).toBeGreaterThanOrEqual(25);
		expect(article.reading.length).toBeLessThanOrEqual(40);
		expect(article.hasDocx).toBe(true);
		expect(article.drafts.map((d) => d.name)).toEqual(['draft-a', 'draft-b']);
		expect(article.numbers.length).toBeGreaterThan(50);
	});
});
