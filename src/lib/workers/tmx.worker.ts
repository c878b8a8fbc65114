/**
 * TMX worker: parses a TMX file and stores its units (tmx-import.ts) off the page's thread; a
 * 'cancel' message aborts the store's transaction, so nothing of it is kept.
 */
import { tmRepo } from '../db/repos/tm.ts';
import { getDb } from '../db/schema.ts';
import type { TmxWorkerMessage, TmxWorkerRequest } from './tmx-client.ts';
import { importTmxInto } from './tmx-import.ts';

const controller = new AbortController();
const post = (message: TmxWorkerMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<TmxWorkerRequest>) => {
	const request = event.data;
	if (request.type === 'cancel') return controller.abort();
	try {
		const outcome = await importTmxInto({ tm: tmRepo(getDb()) }, request.bytes, request.fileName, {
			signal: controller.signal,
			onStoring: (total) => post({ type: 'storing', total }),
			onProgress: (written, total) => post({ type: 'progress', written, total })
		});
		post({ type: 'done', outcome });
	} catch (err) {
		post(
			controller.signal.aborted
				? { type: 'cancelled' }
				: { type: 'error', message: err instanceof Error ? err.message : String(err) }
		);
	}
};
