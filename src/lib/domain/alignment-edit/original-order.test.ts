import { describe, expect, it } from 'vitest';
import { originalOrderUnits, segmentBeads } from './original-order.ts';

// Imported blocks: 0 title, 1 a paragraph cut after "产业", 2 another paragraph, 3 the fragment
// "配套。" set after it. Repair moved block 3 back: segment 1 is blocks [1, 3].
const segments = [
	{ source: '风华正茂勇争先' },
	{ source: '形成了较为完善的产业配套。', joined: [1, 3] },
	{ source: '推介会签约项目22个。' }
];
const moves = [{ host: 1, fragment: 3, text: '配套。' }];

describe('aligning in the imported order', () => {
	it('puts a moved fragment back where it stood', () => {
		expect(originalOrderUnits(segments, moves)).toEqual([
			{ text: '风华正茂勇争先', segment: 0 },
			{ text: '形成了较为完善的产业', segment: 1 },
			{ text: '推介会签约项目22个。', segment: 2 },
			{ text: '配套。', segment: 1, fragment: true }
		]);
	});

	it('gives nothing when no fragment moved or the segments changed since', () => {
		expect(originalOrderUnits(segments, [])).toBeNull();
		expect(originalOrderUnits([segments[1], segments[0]], moves)).toBeNull();
		expect(originalOrderUnits(segments, [{ host: 1, fragment: 3, text: '别的' }])).toBeNull();
	});

	it("links the fragment's English to the paragraph the fragment went to", () => {
		const units = originalOrderUnits(segments, moves)!;
		// A draft in the imported order: title, first half, the other paragraph, the fragment.
		const beads = [
			{ zh: [0], en: [0], score: 0.9 },
			{ zh: [1], en: [1], score: 0.8 },
			{ zh: [2], en: [2], score: 0.9 },
			{ zh: [3], en: [3], score: 0.6 }
		];
		expect(segmentBeads(beads, units, 3, 4)).toEqual([
			{ zh: [0], en: [0], score: 0.9 },
			{ zh: [1], en: [1, 3], score: 0.8 },
			{ zh: [2], en: [2], score: 0.9 }
		]);
	});

	it('leaves English with the rest of its link when the fragment shared one', () => {
		const units = originalOrderUnits(segments, moves)!;
		const beads = [
			{ zh: [0], en: [0], score: 0.9 },
			{ zh: [1], en: [1], score: 0.8 },
			{ zh: [2, 3], en: [2], score: 0.7 }
		];
		expect(segmentBeads(beads, units, 3, 3)).toEqual([
			{ zh: [0], en: [0], score: 0.9 },
			{ zh: [1], en: [1], score: 0.8 },
			{ zh: [2], en: [2], score: 0.7 }
		]);
	});
});
