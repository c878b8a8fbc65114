/** The bundled dictionary for benches, through the CLI's one loader, with its load time. */
import { readDictionary } from '../../src/cli/dictionary.ts';
import type { Dictionary } from '../../src/lib/domain/dictionary/index.ts';

export function benchDictionary(): { dictionary: Dictionary; ms: number } {
	const started = performance.now();
	const dictionary = readDictionary();
	return { dictionary, ms: performance.now() - started };
}

/**
 * The dictionary with the glosses of a share of its headwords hidden (FNV-1a hash of the
 * headword): a proxy for a freer translation, where the dictionary explains less.
 */
export function weakened(full: Dictionary, share: number): Dictionary {
	const hidden = (word: string) => {
		let h = 2166136261;
		for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 16777619);
		return ((h >>> 0) % 1000) / 1000 < share;
	};
	const out: Dictionary = Object.create(full);
	out.keys = (word) => (hidden(word) ? undefined : full.keys(word));
	return out;
}
