/**
 * Export worker: renders one export (domain/formats/export renderExport) and posts progress and
 * the result. The dictionary for exports by sentence is fetched when asked for.
 */
import type { Dictionary } from '../domain/dictionary/index.ts';
import { renderExport, type ExportRequest } from '../domain/formats/export/index.ts';
import { fetchDictionary } from './dictionary.ts';
import type { ExportMessage } from './export-client.ts';

function dictionaryFor(req: ExportRequest): Promise<Dictionary | null> {
	// Sentence pairs still align on length and numbers without the dictionary.
	if (req.options.by !== 'sentence' || !req.dictionaryUrl) return Promise.resolve(null);
	return fetchDictionary(req.dictionaryUrl);
}

const post = (message: ExportMessage, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
	try {
		const dictionary = await dictionaryFor(event.data);
		let last = 0;
		const data = await renderExport(event.data, dictionary, (done, total) => {
			const now = Date.now();
			if (now - last < 100 && done < total) return;
			last = now;
			post({ type: 'progress', done, total });
		});
		post({ type: 'result', data }, typeof data === 'string' ? [] : [data.buffer]);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
