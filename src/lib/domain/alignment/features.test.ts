import { describe, expect, it } from 'vitest';
import { chineseFeatures, englishFeatures } from './features.ts';

describe('englishFeatures', () => {
	it('reads figures as numbers only, not also as words that never match', () => {
		const [unit] = englishFeatures(['Between 2019 and 2023, 84,000 mu were built.']);
		const keys = unit.items.map((item) => item.join('|'));
		expect(keys).not.toContain('2019');
		expect(keys).not.toContain('84');
		expect(keys).not.toContain('000');
		expect(keys.filter((k) => k.includes('84000'))).toHaveLength(1);
	});

	it('counts a word said twice once: one piece of evidence, one possible miss', () => {
		const [unit] = englishFeatures(['Tea gardens and more tea gardens, new tea gardens.']);
		const keys = unit.items.map((item) => item[0]);
		expect(keys.filter((k) => k === 'tea')).toHaveLength(1);
		expect(keys.filter((k) => k === 'garden')).toHaveLength(1);
	});

	it('gives the units of a text one item array and one string per key, shared', () => {
		const [first, second] = englishFeatures([
			'Exports of green tea rose 12% in Pinghu.',
			'Pinghu sold more green tea, up 12%.'
		]);
		const itemOf = (unit: typeof first, key: string) => unit.items.find((item) => item[0] === key);
		for (const key of ['tea', 'green', 'pinghu']) {
			expect(itemOf(first, key)).toBeDefined();
			expect(itemOf(second, key)).toBe(itemOf(first, key));
		}
		const number = first.items.find((item) => item.length === 1 && item[0].includes('12'));
		expect(second.items).toContain(number);
	});

	it('counts sentence and clause breaks', () => {
		const [unit] = englishFeatures(['He came; she left. Why? Li said: "Go."']);
		expect(unit.breaks).toBe(5);
	});
});

describe('turnEnd', () => {
	it('marks a unit that ends a quotation with a sentence end, on either side', () => {
		const [said, asked, open, plain] = englishFeatures([
			"'Don't you worry, Grannie!'",
			'"Where is he?" ',
			"'Well,' she said, 'all right.",
			'She darted a look at Grannie Liu.'
		]);
		expect([said, asked, open, plain].map((u) => u.turnEnd)).toEqual([1, 1, 0, 0]);
		const zh = chineseFeatures([
			'便笑说：“老老你放心。”',
			'只顾吃果子！”',
			'他说：“来，',
			'她笑了。'
		]);
		expect(zh.map((u) => u.turnEnd)).toEqual([1, 1, 0, 0]);
	});
});

describe('note marks', () => {
	const noted = (units: { items: string[][] }[]) =>
		units.map((u) => u.items.some((item) => item.includes('p:*')));

	it('gives a footnote mark or a note label the same key on both sides', () => {
		expect(
			noted(
				chineseFeatures([
					'夜间消费额达到42亿元※。',
					'注：按银联数据推算。',
					'※注：含线下消费。',
					'注重实效。'
				])
			)
		).toEqual([true, true, true, false]);
		expect(
			noted(
				englishFeatures([
					'Night-time spending reached 4.2 billion yuan*.',
					'Note: estimated from UnionPay data.',
					'(*Offline spending only.)',
					"Translator's note: the mu is a unit of area.",
					'Notes on the economy were taken.'
				])
			)
		).toEqual([true, true, true, false, false]);
	});
});
