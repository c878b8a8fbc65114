/**
 * The one browser loader of the bundled dictionary, shared by the workers: fetched once per
 * worker and parsed by domain/dictionary loadDictionary. A failed fetch gives null (callers
 * align without it and say so) and is retried on the next request.
 */
import { loadDictionary, type Dictionary } from '../domain/dictionary/index.ts';

/** Where the app serves the dictionary when it has no base path. */
export const DICTIONARY_URL = '/dict/cedict.txt';

let loading: Promise<Dictionary | null> | null = null;

export function fetchDictionary(url: string = DICTIONARY_URL): Promise<Dictionary | null> {
	loading ??= fetch(url)
		.then((response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return response.text();
		})
		.then((text) => {
			const dictionary = loadDictionary(text);
			if (dictionary.size === 0) throw new Error(`${url}: not a prepared dictionary`);
			return dictionary;
		})
		.catch(() => {
			loading = null;
			return null;
		});
	return loading;
}
