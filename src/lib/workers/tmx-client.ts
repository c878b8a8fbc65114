/**
 * TMX import (tmx-import.ts) in a Web Worker where there is one (tmx.worker.ts), so a
 * 100,000-unit memory is parsed and stored without freezing the page and its cancel button
 * answers; in place where there is none (Node, tests). Aborting ends the worker while it parses
 * and rolls the store back once it stores: either way nothing of the file is kept.
 */
import type { Repos } from '../db/repos/index.ts';
import { importTmxInto, type TmxImportOutcome, type TmxImportSteps } from './tmx-import.ts';

export type TmxWorkerRequest =
	{ type: 'import'; bytes: Uint8Array; fileName?: string } | { type: 'cancel' };

export type TmxWorkerMessage =
	| { type: 'storing'; total: number }
	| { type: 'progress'; written: number; total: number }
	| { type: 'done'; outcome: TmxImportOutcome }
	| { type: 'cancelled' }
	| { type: 'error'; message: string };

const aborted = () => new DOMException('The TMX import was cancelled', 'AbortError');

/**
 * Imports a TMX file; rejects with an AbortError when `signal` aborts (nothing kept).
 *
 * @example
 * const outcome = await importTmx(repos, bytes, 'client.tmx', { signal, onProgress });
 */
export function importTmx(
	repos: Pick<Repos, 'tm'>,
	bytes: Uint8Array,
	fileName: string | undefined,
	steps: TmxImportSteps = {}
): Promise<TmxImportOutcome> {
	if (typeof Worker === 'undefined') return importTmxInto(repos, bytes, fileName, steps);
	const { signal, onStoring, onProgress } = steps;
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(aborted());
		const worker = new Worker(new URL('./tmx.worker.ts', import.meta.url), { type: 'module' });
		let storing = false;
		const finish = () => {
			signal?.removeEventListener('abort', cancel);
			worker.terminate();
		};
		function cancel() {
			// While parsing nothing is written: end the worker. While storing: roll back first.
			if (storing) return worker.postMessage({ type: 'cancel' } satisfies TmxWorkerRequest);
			finish();
			reject(aborted());
		}
		signal?.addEventListener('abort', cancel, { once: true });
		worker.onmessage = (event: MessageEvent<TmxWorkerMessage>) => {
			const message = event.data;
			if (message.type === 'storing') {
				storing = true;
				onStoring?.(message.total);
			} else if (message.type === 'progress') onProgress?.(message.written, message.total);
			else {
				finish();
				if (message.type === 'done') resolve(message.outcome);
				else if (message.type === 'cancelled') reject(aborted());
				else reject(new Error(message.message));
			}
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(event.message || 'the TMX worker failed'));
		};
		worker.postMessage({ type: 'import', bytes, fileName } satisfies TmxWorkerRequest, [
			bytes.buffer
		]);
	});
}
