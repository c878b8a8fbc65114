import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countDocument, countText } from './count.ts';
import { textToBlocks } from '../segmentation/blocks.ts';

describe('countText', () => {
	it.each([
		['', 0, 0],
		['风华正茂勇争先', 7, 0],
		['推动高质量发展，国家级开发区如何作为？', 17, 0],
		['宜春经开区2022年增长18.1%，引进CATL。', 10, 3],
		['全省5G科技产业基地', 8, 1],
		['“1+2+N”现代产业布局', 6, 3],
		['投放贷款197.17亿元', 6, 1],
		['可提供住房1892套，满足3200余人居住需求', 14, 2],
		['〇', 1, 0],
		['𠀀字', 2, 0],
		['Hello world.', 0, 2],
		["The zone's high-quality growth: 10.5 billion yuan, 1,892 flats.", 0, 9],
		['In 2022, the Yichun ETDZ ranked first.', 0, 7],
		['“first grade” — third in Jiangxi', 0, 5],
		['U.S. e.g.', 0, 2],
		['  spaces\tand\nlines  ', 0, 3]
	])('%s → %i Han, %i words', (text, han, words) => {
		const c = countText(text);
		expect(c.chineseCharacters).toBe(han);
		expect(c.englishWords).toBe(words);
		expect(c.words).toBe(han + words);
	});

	it('counts characters with and without white space by code point', () => {
		expect(countText('𠀀 a')).toMatchObject({ characters: 2, charactersWithSpaces: 3 });
	});
});

describe('countDocument', () => {
	it('counts the seed article per paragraph and in all', () => {
		const text = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8');
		const counts = countDocument(textToBlocks(text).map((b) => b.text));
		expect(counts.paragraphs).toBe(35);
		// Independently: python3 re.findall('[\u4e00-\u9fff]') over the file gives 3802 Han
		// characters, and 76 runs of ASCII letters and digits (with . , inside numbers).
		expect(counts.chineseCharacters).toBe(3802);
		expect(counts.englishWords).toBe(76);
		expect(counts.perParagraph[0]).toMatchObject({ chineseCharacters: 7, englishWords: 0 });
		expect(counts.perParagraph.reduce((n, c) => n + c.chineseCharacters, 0)).toBe(3802);
	});
});
