/**
 * Export worker: reads the project from IndexedDB, then either reports what the export would
 * lack (domain/formats/export exportReport) or renders it (renderExport), posting progress and
 * the result. The dictionary for exports by sentence is fetched when asked for.
 */
import { workspaceRepo } from '../db/repos/workspace.ts';
import { getDb } from '../db/schema.ts';
import type { Dictionary } from '../domain/dictionary/index.ts';
import { exportReport, renderExport, type ExportRequest } from '../domain/formats/export/index.ts';
import { fetchDictionary } from './dictionary.ts';
import type { ExportJob, ExportMessage } from './export-client.ts';

function dictionaryFor(req: ExportRequest): Promise<Dictionary | null> {
	// Sentence pairs still align on length and numbers without the dictionary.
	if (req.options.by !== 'sentence' || !req.dictionaryUrl) return Promise.resolve(null);
	return fetchDictionary(req.dictionaryUrl);
}

const post = (message: ExportMessage, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ExportJob>) => {
	const job = event.data;
	try {
		const file = await workspaceRepo(getDb()).projectFile(job.projectId);
		if (!file) throw new Error(`project ${job.projectId} not found`);
		if (job.type === 'report') {
			post({ type: 'report', report: exportReport(file, job.format, job.options) });
			return;
		}
		const req: ExportRequest = { ...job.order, file };
		const dictionary = await dictionaryFor(req);
		let last = 0;
		const data = await renderExport(req, dictionary, (done, total) => {
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
