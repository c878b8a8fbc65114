import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignUnits } from '../alignment/index.ts';
import { splitItems } from '../text/items.ts';
import {
	attachItem,
	coversExactly,
	crossingBeads,
	detachItem,
	fillGaps,
	gapsBetweenLocked,
	linkBeads,
	moveBoundary,
	splitBead,
	summarize,
	toggleLock,
	unlinkBead
} from './beads.ts';
import type { AlignmentBead } from '../types.ts';

const b = (zh: number[], en: number[], score = 0.9, locked = false): AlignmentBead =>
	locked ? { zh, en, score, locked } : { zh, en, score };
const shape = (beads: AlignmentBead[]) => beads.map((x) => `${x.zh.join(',')}:${x.en.join(',')}`);

describe('bead operations', () => {
	const base = [b([0], [0]), b([1], [1, 2], 0.4), b([2], []), b([3], [3])];
	const cases: { name: string; run: (x: AlignmentBead[]) => AlignmentBead[]; want: string[] }[] = [
		{
			name: 'boundary up gives the last English unit to the next bead',
			run: (x) => moveBoundary(x, 1, 'en', 'up'),
			want: ['0:0', '1:1', '2:2', '3:3']
		},
		{
			name: 'boundary down takes the next bead first unit',
			run: (x) => moveBoundary(x, 0, 'zh', 'down'),
			want: ['0,1:0', ':1,2', '2:', '3:3']
		},
		{
			name: 'boundary up from a bead with no unit on that side is refused',
			run: (x) => moveBoundary(x, 2, 'en', 'up'),
			want: ['0:0', '1:1,2', '2:', '3:3']
		},
		{ name: 'link joins a range', run: (x) => linkBeads(x, 1, 2), want: ['0:0', '1,2:1,2', '3:3'] },
		{
			name: 'link of a single bead is refused',
			run: (x) => linkBeads(x, 1, 1),
			want: ['0:0', '1:1,2', '2:', '3:3']
		},
		{
			name: 'unlink leaves every unit alone',
			run: (x) => unlinkBead(x, 1),
			want: ['0:0', '1:', ':1', ':2', '2:', '3:3']
		},
		{
			name: 'split halves a 1-2',
			run: (x) => splitBead(x, 1),
			want: ['0:0', '1:1', ':2', '2:', '3:3']
		},
		{
			name: 'split of a 1-0 is refused',
			run: (x) => splitBead(x, 2),
			want: ['0:0', '1:1,2', '2:', '3:3']
		},
		{
			name: 'mark missing: a Chinese unit alone',
			run: (x) => detachItem(x, 'zh', 3),
			want: ['0:0', '1:1,2', '2:', '3:', ':3']
		},
		{
			name: 'mark extra: the last English unit alone after its bead',
			run: (x) => detachItem(x, 'en', 2),
			want: ['0:0', '1:1', ':2', '2:', '3:3']
		},
		{
			name: 'mark extra: the first English unit alone before its bead',
			run: (x) => detachItem(x, 'en', 1),
			want: ['0:0', ':1', '1:2', '2:', '3:3']
		},
		{
			name: 'attach out of order crosses',
			run: (x) => attachItem(x, 2, 'en', 0),
			want: ['0:', '1:1,2', '2:0', '3:3']
		},
		{
			name: 'attach empties and removes the old bead',
			run: (x) => attachItem(linkBeads(x, 0, 0), 0, 'en', 3),
			want: ['0:0,3', '1:1,2', '2:', '3:']
		}
	];
	it.each(cases)('$name', ({ run, want }) => {
		const out = run(base);
		expect(shape(out)).toEqual(want);
		expect(coversExactly(out, 4, 4)).toBe(true);
	});

	it('refuses to touch a locked bead and gives back the same list (no undo step)', () => {
		const locked = toggleLock(base, 1);
		expect(locked[1]).toEqual({ zh: [1], en: [1, 2], score: 1, locked: true });
		for (const run of [
			(x: AlignmentBead[]) => moveBoundary(x, 1, 'en', 'up'),
			(x: AlignmentBead[]) => moveBoundary(x, 0, 'en', 'down'),
			(x: AlignmentBead[]) => linkBeads(x, 0, 2),
			(x: AlignmentBead[]) => unlinkBead(x, 1),
			(x: AlignmentBead[]) => splitBead(x, 1),
			(x: AlignmentBead[]) => detachItem(x, 'en', 2),
			(x: AlignmentBead[]) => attachItem(x, 0, 'en', 1)
		])
			expect(run(locked)).toBe(locked);
		expect(toggleLock(locked, 1)[1].locked).toBeUndefined();
	});

	it('gives hand-made beads score 1 and keeps the others', () => {
		const out = moveBoundary(base, 1, 'en', 'up');
		expect(out.map((x) => x.score)).toEqual([0.9, 1, 1, 0.9]);
	});

	it('detects crossings and broken coverage', () => {
		expect(crossingBeads([b([0], [1]), b([1], [0]), b([2], [2])])).toEqual([false, true, false]);
		expect(crossingBeads([b([0], [0, 2]), b([1], [1])])).toEqual([true, true]);
		expect(coversExactly([b([0], [0]), b([0], [1])], 1, 2)).toBe(false);
		expect(coversExactly([b([0], [0]), b([], [])], 1, 1)).toBe(false);
		expect(coversExactly([b([0], [0])], 2, 1)).toBe(false);
	});

	it('summarises counts', () => {
		expect(summarize(toggleLock(base, 1))).toEqual({
			beads: 4,
			oneToOne: 2,
			doubtful: 0,
			missing: 1,
			extra: 0,
			locked: 1
		});
		expect(summarize([b([0], [0], 0.3), b([1], [], 0.5)]).doubtful).toBe(2);
	});
});

describe('re-aligning around locked beads', () => {
	const root = new URL('../../../..', import.meta.url);
	const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
	const zh = splitItems(read('corpus/yichun-etdz-2023/zh.txt'), 'paragraph');
	const en = splitItems(read('corpus/yichun-etdz-2023/en.txt'), 'paragraph');

	it('keeps locked beads as they are and covers every paragraph once', () => {
		// A deliberately wrong start: everything in one bead except two locked links.
		let beads: AlignmentBead[] = [
			b([0], [0], 1, true),
			b(zh.map((_, i) => i).slice(1, -1), en.map((_, j) => j).slice(1, -1), 0.1),
			b([zh.length - 1], [en.length - 1], 1, true)
		];
		const gaps = gapsBetweenLocked(beads);
		expect(gaps.map((g) => [g.start, g.length, g.zh.length, g.en.length])).toEqual([
			[1, 1, zh.length - 2, en.length - 2]
		]);
		const results = gaps.map(
			(g) =>
				alignUnits(
					g.zh.map((i) => zh[i]),
					g.en.map((j) => en[j])
				).beads
		);
		beads = fillGaps(beads, gaps, results);
		expect(coversExactly(beads, zh.length, en.length)).toBe(true);
		expect(beads[0]).toEqual(b([0], [0], 1, true));
		expect(beads.at(-1)).toEqual(b([zh.length - 1], [en.length - 1], 1, true));
		expect(beads.length).toBeGreaterThan(3);
		expect(crossingBeads(beads).some(Boolean)).toBe(false);
	});

	it('re-aligns each stretch between locked beads in its own numbering', () => {
		const beads = [b([0, 1], [0], 0.2), b([2], [1], 1, true), b([3], [2, 3], 0.2)];
		const gaps = gapsBetweenLocked(beads);
		const out = fillGaps(beads, gaps, [
			[b([0], [0]), b([1], [])],
			[b([0], [0]), b([], [1])]
		]);
		expect(shape(out)).toEqual(['0:0', '1:', '2:1', '3:2', ':3']);
		expect(out[2].locked).toBe(true);
	});
});
