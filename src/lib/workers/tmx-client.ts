/**
 * Parsing a TMX file for import: in a Web Worker (tmx.worker.ts) where there is one, so a
 * 100,000-unit memory neither freezes the page nor blocks its cancel button (aborting ends the
 * worker); in place where there is none (Node, tests).
 */
import { parseTmx, type TmxImport } from '../domain/formats/tmx/parse.ts';
import type { ParseResult } from '../domain/types.ts';
import { newId } from '../domain/ids.ts';

type TmxMessage =
	{ type: 'result'; result: ParseResult<TmxImport> } | { type: 'error'; message: string };

/**
 * The TMX's units (ids `tmx:…`) and report; rejects with an AbortError when `signal` aborts.
 *
 * @example
 * const { value } = await parseTmxOffThread(bytes, controller.signal);
 */
export function parseTmxOffThread(
	bytes: Uint8Array,
	signal?: AbortSignal
): Promise<ParseResult<TmxImport>> {
	if (typeof Worker === 'undefined') {
		return new Promise((resolve) => {
			signal?.throwIfAborted();
			resolve(parseTmx(bytes, { newId: () => `tmx:${newId()}` }));
		});
	}
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const worker = new Worker(new URL('./tmx.worker.ts', import.meta.url), { type: 'module' });
		const stop = () => {
			worker.terminate();
			reject(signal?.reason);
		};
		signal?.addEventListener('abort', stop, { once: true });
		const finish = () => {
			signal?.removeEventListener('abort', stop);
			worker.terminate();
		};
		worker.onmessage = (event: MessageEvent<TmxMessage>) => {
			finish();
			if (event.data.type === 'result') resolve(event.data.result);
			else reject(new Error(event.data.message));
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(event.message || 'the TMX worker failed'));
		};
		worker.postMessage(bytes);
	});
}
