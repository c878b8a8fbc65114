/**
 * Exports of a project file in every format, run in a Web Worker (export.worker.ts) so a big
 * DOCX neither freezes the page nor blocks cancelling: `cancel()` ends the worker.
 * The rendering itself is domain/formats/export `renderExport`, shared with the CLI.
 */
export {
	EXPORT_FORMATS,
	FORMAT_FILE,
	renderExport,
	type ExportFormat,
	type ExportOptions,
	type ExportRequest
} from '../domain/formats/export/index.ts';
import type { ExportRequest } from '../domain/formats/export/index.ts';

export type ExportMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'result'; data: string | Uint8Array }
	| { type: 'error'; message: string };

/** Minimal Worker surface, so tests can hand in a fake. */
export interface WorkerLike {
	onmessage: ((event: MessageEvent<ExportMessage>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(message: ExportRequest): void;
	terminate(): void;
}

export class ExportCancelled extends Error {
	constructor() {
		super('export cancelled');
	}
}

/** Runs exports one at a time in a fresh worker each, so cancelling is ending that worker. */
export class ExportClient {
	#worker: WorkerLike | null = null;
	#reject: ((err: Error) => void) | null = null;

	constructor(
		private readonly createWorker: () => WorkerLike = () =>
			new Worker(new URL('./export.worker.ts', import.meta.url), {
				type: 'module'
			}) as unknown as WorkerLike
	) {}

	run(
		request: ExportRequest,
		onProgress: (done: number, total: number) => void
	): Promise<string | Uint8Array> {
		this.cancel();
		const worker = this.createWorker();
		this.#worker = worker;
		return new Promise((resolve, reject) => {
			this.#reject = reject;
			const finish = () => {
				worker.terminate();
				if (this.#worker === worker) {
					this.#worker = null;
					this.#reject = null;
				}
			};
			worker.onmessage = (event) => {
				const msg = event.data;
				if (msg.type === 'progress') onProgress(msg.done, msg.total);
				else if (msg.type === 'result') {
					finish();
					resolve(msg.data);
				} else {
					finish();
					reject(new Error(msg.message));
				}
			};
			worker.onerror = (event) => {
				finish();
				reject(new Error(event.message || 'the export worker failed'));
			};
			worker.postMessage($state_snapshot(request));
		});
	}

	cancel(): void {
		if (!this.#worker) return;
		this.#worker.terminate();
		this.#worker = null;
		this.#reject?.(new ExportCancelled());
		this.#reject = null;
	}
}

/** Plain copy for postMessage (Svelte state proxies cannot be cloned). */
function $state_snapshot<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
