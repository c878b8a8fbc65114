/**
 * The reader fuzz test: every reader, over truncated, byte-flipped, nested, oversized and
 * zip-bomb variants of the repository's files, may only read the input or refuse it with a
 * message. A throw (a stack overflow, out of memory, a bug) fails the test; a hang fails it by
 * the test's time bound. The count of inputs is fixed; nothing is timed.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/domain/formats/limits.ts';
import { outcome, READERS } from './readers.ts';
import { seedFiles, variantsOf, zipBombs, type Input } from './variants.ts';
import { hasShared, needsShared } from '../helpers/shared.ts';

const seeds = seedFiles();
const TIME = 240_000;

function runAll(inputs: Input[]) {
	const tally = { inputs: 0, read: 0, refused: 0 };
	for (const input of inputs) {
		for (const reader of READERS) {
			if (!reader.bytes && input.bytes.length > LIMITS.fileBytes) continue;
			tally.inputs++;
			tally[outcome(reader, input.bytes, input.name)]++;
		}
	}
	return tally;
}

describe('every reader reads or refuses cleanly', () => {
	it.each(seeds.map((s, i) => [s.name, i] as const))(
		'variants of %s',
		(_, i) => {
			const variants = variantsOf(seeds[i], i);
			const tally = runAll(variants);
			expect(tally.inputs).toBe(variants.length * READERS.length);
			// The seed itself is read by at least one reader.
			expect(READERS.some((r) => outcome(r, seeds[i].bytes, seeds[i].name) === 'read')).toBe(true);
		},
		TIME
	);

	it(
		'zip bombs and a file past the size limit are refused, naming the limit',
		() => {
			for (const bomb of zipBombs()) {
				for (const reader of READERS.filter((r) => r.bytes)) {
					expect(outcome(reader, bomb.bytes, bomb.name)).toBe('refused');
				}
				for (const name of [bomb.name]) {
					const issue = READERS[0]
						.read(bomb.bytes, name)
						.issues.find((i) => i.severity === 'error');
					expect(issue?.code).toMatch(/^limit\./);
				}
			}
		},
		TIME
	);

	it.runIf(hasShared)(
		needsShared('variants of the ../shared/fixtures files'),
		() => {
			const shared = seedFiles(true).slice(seeds.length);
			expect(shared.length).toBeGreaterThan(0);
			for (const [i, seed] of shared.entries()) runAll(variantsOf(seed, 100 + i));
		},
		TIME
	);
});
