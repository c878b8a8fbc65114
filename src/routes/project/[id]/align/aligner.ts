/**
 * The view's aligner: the alignment worker's client, adapted to what AlignmentState needs.
 */
import type { Dictionary } from '$lib/domain/dictionary/index.ts';
import type { Aligner } from '$lib/state/alignment.svelte.ts';

export function createAligner(): Aligner {
	let run = 0;
	let dictionary: Promise<Dictionary | undefined> | null = null;
	return {
		async align(zh, en, onProgress) {
			const mine = ++run;
			const [{ alignUnits }, { loadDictionary }] = await Promise.all([
				import('$lib/domain/alignment/index.ts'),
				import('$lib/domain/dictionary/index.ts')
			]);
			dictionary ??= fetch('/dict/cedict.txt')
				.then((r) => (r.ok ? r.text() : ''))
				.then((text) => (text ? loadDictionary(text) : undefined));
			const dict = await dictionary;
			if (mine !== run) return null;
			const result = alignUnits(zh, en, { onProgress, dictionary: dict });
			return mine === run ? result.beads : null;
		},
		cancel() {
			run++;
		}
	};
}
