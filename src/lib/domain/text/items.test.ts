import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../segmentation/blocks.ts';
import { splitItems } from './items.ts';

describe('splitItems', () => {
	it('cuts a draft into paragraphs exactly as a source is cut on import', () => {
		const wrapped = [
			'Yichun Economic and Technological Development Zone has kept attracting',
			'strong investors and top companies over the past year, and the projects',
			'signed reached 10.5 billion yuan.',
			'',
			'  The second paragraph starts with an indent and runs on for a while',
			'as PDF copies do.',
			'  The third paragraph.'
		].join('\n');
		expect(splitItems(wrapped, 'paragraph')).toEqual(textToBlocks(wrapped).map((b) => b.text));
		expect(splitItems(wrapped, 'paragraph')).toEqual([
			'Yichun Economic and Technological Development Zone has kept attracting strong investors and top companies over the past year, and the projects signed reached 10.5 billion yuan.',
			'The second paragraph starts with an indent and runs on for a while as PDF copies do.',
			'The third paragraph.'
		]);
	});

	it('takes a Chinese text written one paragraph per line as one paragraph a line', () => {
		const text = '\u3000\u3000第一段。\r\n\u3000\u3000第二段，\u3000有空格。\r\n';
		expect(splitItems(text, 'paragraph')).toEqual(['第一段。', '第二段， 有空格。']);
	});

	it('in line mode gives every non-empty line, trimmed, wrapped or not', () => {
		const text = '\uFEFF甲\n\n  乙  \n丙\r\n\u3000\n';
		expect(splitItems(text, 'line')).toEqual(['甲', '乙', '丙']);
	});
});
