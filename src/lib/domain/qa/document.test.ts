import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LENGTH_RATIO,
	checkConsistency,
	checkLength,
	documentLengthRatio
} from './document.ts';

describe('checkConsistency', () => {
	it('flags a source translated differently, on the later unit', () => {
		const out = checkConsistency([
			{ source: '宜春经开区提供', target: 'Provided by the Yichun ETDZ' },
			{ source: '其他', target: 'Other' },
			{ source: '宜春经开区提供。', target: 'Courtesy of Yichun ETDZ' }
		]);
		expect(out[0]).toEqual([]);
		expect(out[2].map((f) => f.code)).toEqual(['inconsistent_target']);
		expect(out[2][0].params.otherUnit).toBe(0);
	});

	it('accepts the same translation up to case, spacing and the final stop', () => {
		const out = checkConsistency([
			{ source: '现场', target: 'The scene.' },
			{ source: '现场', target: 'the  scene' }
		]);
		expect(out.flat()).toEqual([]);
	});

	it('flags two sources translated the same way', () => {
		const out = checkConsistency([
			{ source: '招商推介会现场', target: 'The scene at the conference' },
			{ source: '签约仪式现场', target: 'The scene at the conference' }
		]);
		expect(out[1].map((f) => f.code)).toEqual(['inconsistent_source']);
	});

	it('ignores empty targets', () => {
		const out = checkConsistency([
			{ source: '现场', target: '' },
			{ source: '现场', target: 'The scene' }
		]);
		expect(out.flat()).toEqual([]);
	});
});

describe('checkLength', () => {
	const zh = '设立20年的宜春经济技术开发区用实际行动给出了答案，高质量发展迈出新步伐。';
	it.each([
		[
			'The Yichun Economic and Technological Development Zone, set up 20 years ago, has answered with action and taken new strides in high-quality development.',
			[]
		],
		['Yes.', ['length_short']],
		['The zone answered.', ['length_short']],
		[
			`${'The Yichun Economic and Technological Development Zone has answered with action. '.repeat(4)}`,
			['length_long']
		]
	])('%s', (target, expected) => {
		expect(checkLength(zh, target, DEFAULT_LENGTH_RATIO).map((f) => f.code)).toEqual(expected);
	});

	it('does not judge titles and captions', () => {
		expect(checkLength('风华正茂勇争先', 'Prime', 3.2)).toEqual([]);
	});

	it('takes the ratio from the document, or a default when it is too short to tell', () => {
		expect(documentLengthRatio([])).toBe(DEFAULT_LENGTH_RATIO);
		const units = [1, 2, 3].map(() => ({
			source: '一二三四五六七八九十一二三四五六七八九十',
			target: 'x'.repeat(80)
		}));
		expect(documentLengthRatio(units)).toBe(4);
	});
});
