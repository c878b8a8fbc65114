/**
 * The view's aligner: the alignment worker's client, adapted to what AlignmentState needs.
 */
import type { Aligner } from '$lib/state/alignment.svelte.ts';

export function createAligner(): Aligner {
	let run = 0;
	return {
		async align(zh, en, onProgress) {
			const mine = ++run;
			const { alignUnits } = await import('$lib/domain/alignment/index.ts');
			const result = alignUnits(zh, en, { onProgress });
			return mine === run ? result.beads : null;
		},
		cancel() {
			run++;
		}
	};
}
