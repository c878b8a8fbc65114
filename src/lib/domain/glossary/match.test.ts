import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TermEntry, TermStatus } from '../types.ts';
import { splitItems } from '../text/items.ts';
import { buildTermIndex, findTerms } from './match.ts';
import { syntheticGlossary } from './synthetic.ts';

function entry(id: string, zh: string | string[], en: [string, TermStatus][] = []): TermEntry {
	const zhs = Array.isArray(zh) ? zh : [zh];
	return {
		id,
		glossaryIds: ['g'],
		terms: [
			...zhs.map((text) => ({ lang: 'zh-CN', text, status: 'preferred' as const })),
			...en.map(([text, status]) => ({ lang: 'en', text, status }))
		],
		createdAt: 0,
		updatedAt: 0
	};
}

const entries = [
	entry('kfq', '开发区', [['development zone', 'preferred']]),
	entry('etdz', '经济技术开发区', [
		['economic and technological development zone', 'preferred'],
		['ETDZ', 'admitted'],
		['economic development zone', 'forbidden']
	]),
	entry('cr', '产城融合', [['industry-city integration', 'preferred']]),
	entry('crh', '城融', [['x', 'preferred']]),
	entry('5g', '5G', [['5G', 'preferred']]),
	entry('5gcy', '5G产业', [['5G industry', 'preferred']]),
	entry('12n', '1+2+N', [['"1+2+N"', 'preferred']]),
	entry('gdp', 'GDP', [['GDP', 'preferred']]),
	entry('fgf', '放管服', [['reforms to streamline administration', 'preferred']]),
	entry('sw', '首位产业', [['leading industry', 'preferred']]),
	entry('cy', '产业', [['industry', 'preferred']]),
	entry('dup', '产业', [['sector', 'preferred']])
];
const index = buildTermIndex(entries);

describe('findTerms', () => {
	it.each([
		['longest match wins', '宜春经济技术开发区', [['经济技术开发区', 2, 9]]],
		['shorter term alone', '各类开发区', [['开发区', 2, 5]]],
		['leftmost wins over an overlapping later term', '产城融合', [['产城融合', 0, 4]]],
		[
			'no overlap',
			'首位产业产业',
			[
				['首位产业', 0, 4],
				['产业', 4, 6]
			]
		],
		['traditional source from simplified entry', '經濟技術開發區', [['经济技术开发区', 0, 7]]],
		['traditional, Hong Kong forms', '推進產城融合', [['产城融合', 2, 6]]],
		['Latin inside Chinese, longest', '全省5G产业基地', [['5G产业', 2, 6]]],
		['Latin term alone', '建设5G基站', [['5G', 2, 4]]],
		['full-width Latin', '５Ｇ產業', [['5G产业', 0, 4]]],
		['not inside a longer number', '15G网络', []],
		['case-insensitive Latin', '全市gdp增长', [['GDP', 2, 5]]],
		['not inside a longer Latin word', 'GDPR规定', []],
		[
			'symbols in a term',
			'构建"1+2+N"产业体系',
			[
				['1+2+N', 3, 8],
				['产业', 9, 11]
			]
		],
		['nothing to find', '今天天气很好', []]
	] as [string, string, [string, number, number][]][])('%s', (_name, text, expected) => {
		const found = findTerms(index, text).map((m) => [m.zh, m.start, m.end]);
		expect(found).toEqual(expected);
		for (const m of findTerms(index, text)) {
			// offsets index the text as given, whatever the folding did
			expect(text.slice(m.start, m.end).length).toBe(m.zh.length);
		}
	});

	it('gives English preferred then admitted, and forbidden apart', () => {
		const [m] = findTerms(index, '经济技术开发区');
		expect(m.entryId).toBe('etdz');
		expect(m.en).toEqual(['economic and technological development zone', 'ETDZ']);
		expect(m.forbidden).toEqual(['economic development zone']);
	});

	it('lets the first entry win when two share a term, and names the others', () => {
		expect(findTerms(index, '产业').map((m) => [m.entryId, m.otherEntryIds])).toEqual([
			['cy', ['dup']]
		]);
		expect(findTerms(index, '放管服')[0].otherEntryIds).toBeUndefined();
		const reversed = buildTermIndex([...entries].reverse());
		expect(findTerms(reversed, '产业').map((m) => m.entryId)).toEqual(['dup']);
	});

	it('recognises every Chinese synonym of an entry', () => {
		const idx = buildTermIndex([
			entry('s', ['简政放权', '放管服'], [['streamlining', 'preferred']])
		]);
		expect(findTerms(idx, '放管服和简政放权').map((m) => [m.entryId, m.start])).toEqual([
			['s', 0],
			['s', 4]
		]);
	});

	it('ignores terms that are not Chinese', () => {
		const idx = buildTermIndex([entry('e', [], [['zone', 'preferred']])]);
		expect(idx.patterns).toHaveLength(0);
		expect(findTerms(idx, 'zone 区')).toEqual([]);
	});

	it('finds the real terms of the corpus in the corpus text', () => {
		const text = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8');
		const units = splitItems(text, 'paragraph');
		const found = units.flatMap((u) => findTerms(index, u).map((m) => m.zh));
		expect(found).toContain('产城融合');
		expect(found).toContain('首位产业');
		expect(found).toContain('经济技术开发区');
	});

	it('handles a 10,000-term synthetic glossary over many paragraphs', () => {
		const glossary = syntheticGlossary(10_000, 7, ['产城融合']);
		expect(new Set(glossary.map((e) => e.terms[0].text)).size).toBe(10_000);
		const idx = buildTermIndex(glossary);
		const units = splitItems(readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8'), 'paragraph');
		for (const unit of units) {
			const matches = findTerms(idx, unit);
			for (let i = 1; i < matches.length; i++) {
				expect(matches[i].start).toBeGreaterThanOrEqual(matches[i - 1].end);
			}
			for (const m of matches) expect(unit.slice(m.start, m.end)).toBe(m.zh);
		}
	});
});

describe('benchTermRecognition', () => {
	it('reports sizes and matches (times are not asserted)', async () => {
		const { benchTermRecognition, repeatParagraphs } = await import('./synthetic.ts');
		const units = splitItems(readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8'), 'paragraph');
		const doc = repeatParagraphs(units, 200);
		expect(doc).toHaveLength(200);
		const result = benchTermRecognition(doc, syntheticGlossary(1000, 3, ['产城融合']));
		expect(result).toMatchObject({ entries: 1000, paragraphs: 200 });
		expect(result.matches).toBeGreaterThan(0);
		expect(result.characters).toBe(doc.join('').length);
	});
});
