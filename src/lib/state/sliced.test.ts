import { describe, expect, it } from 'vitest';
import { sortInSlices } from './sliced.ts';

describe('sortInSlices', () => {
	it('sorts like Array.prototype.sort, stably, pausing between slices', async () => {
		let seed = 7;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const items = Array.from({ length: 1037 }, (_, i) => ({ key: Math.floor(rnd() * 50), i }));
		const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
		let pauses = 0;
		const sorted = await sortInSlices(items, byKey, 64, async () => void pauses++);
		expect(sorted).toEqual(items.slice().sort(byKey));
		expect(pauses).toBeGreaterThan(1037 / 64);
	});

	it('handles lists shorter than a slice and empty ones', async () => {
		const cmp = (a: number, b: number) => a - b;
		expect(await sortInSlices([3, 1, 2], cmp, 10)).toEqual([1, 2, 3]);
		expect(await sortInSlices([], cmp, 10)).toEqual([]);
		expect(await sortInSlices([5, 4, 3, 2, 1], cmp, 1)).toEqual([1, 2, 3, 4, 5]);
	});
});
