/** The bundled dictionary for benches, through the CLI's one loader, with its load time. */
import { readDictionary } from '../../src/cli/dictionary.ts';
import type { Dictionary } from '../../src/lib/domain/dictionary/index.ts';

export function benchDictionary(): { dictionary: Dictionary; ms: number } {
	const started = performance.now();
	const dictionary = readDictionary();
	return { dictionary, ms: performance.now() - started };
}
