/**
 * The one Node loader of the bundled dictionary (static/dict/cedict.txt, CC-CEDICT prepared by
 * scripts/build-dictionary.ts and committed): the CLI commands, the tests and the benches call
 * it. Read once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionary, type Dictionary } from '../lib/domain/dictionary/index.ts';
import { CliError } from './io.ts';

/** Where the prepared dictionary lives, relative to the repository (and to a built package). */
export const DICTIONARY_PATH = 'static/dict/cedict.txt';

let cached: Dictionary | undefined;

/** The repository folder: the nearest parent of this module holding the dictionary file. */
function findDictionaryFile(): string | undefined {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = join(dir, DICTIONARY_PATH);
		if (existsSync(candidate)) return candidate;
		const parent = dirname(dir);
		if (parent === dir) return undefined;
		dir = parent;
	}
}

/**
 * The bundled dictionary, loaded on the first call. Fails with one line a person can act on
 * when the file is missing or is not a prepared dictionary.
 *
 * @example
 * readDictionary().keys('经济') // ['economi', …]
 */
export function readDictionary(): Dictionary {
	if (cached) return cached;
	const file = findDictionaryFile();
	if (!file) {
		throw new CliError(
			`the dictionary ${DICTIONARY_PATH} is missing: restore it with \`git checkout -- ${DICTIONARY_PATH}\``
		);
	}
	// Read, then decoded: Node 20's readFileSync(file, 'utf8') took a third longer on this file.
	const dictionary = loadDictionary(readFileSync(file).toString('utf8'));
	if (dictionary.size === 0) {
		throw new CliError(
			`${file} is not a prepared dictionary: rebuild it with \`npm run dict\` or restore it with git`
		);
	}
	cached = dictionary;
	return dictionary;
}
