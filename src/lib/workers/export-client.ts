/**
 * Exports of a project in every format, run in a Web Worker (export.worker.ts) so a big DOCX
 * neither freezes the page nor blocks cancelling: `cancel()` ends the worker. The worker reads
 * the project from IndexedDB itself (a 20,000-paragraph project read, copied and checked on the
 * main thread was one task of 3–5 s); the page sends only its id and the options.
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
import type {
	ExportFormat,
	ExportOptions,
	ExportReport,
	ExportRequest
} from '../domain/formats/export/index.ts';

/** An export request without the file: the worker reads the project by id. */
export type ExportOrder = Omit<ExportRequest, 'file'>;

/** What the page asks the worker: what an export would lack, or the export itself. */
export type ExportJob =
	| { type: 'report'; projectId: string; format: ExportFormat; options: ExportOptions }
	| { type: 'render'; projectId: string; order: ExportOrder };

export type ExportMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'result'; data: string | Uint8Array }
	| { type: 'report'; report: ExportReport }
	| { type: 'error'; message: string };

/** Minimal Worker surface, so tests can hand in a fake. */
export interface WorkerLike {
	onmessage: ((event: MessageEvent<ExportMessage>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(message: ExportJob): void;
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

	/** Renders an export of the project; resolves with the file's text or bytes. */
	run(
		projectId: string,
		order: ExportOrder,
		onProgress: (done: number, total: number) => void
	): Promise<string | Uint8Array> {
		return this.#start({ type: 'render', projectId, order: $state_snapshot(order) }, onProgress);
	}

	/** What an export would lack (paragraphs without English, units), computed in the worker. */
	report(projectId: string, format: ExportFormat, options: ExportOptions): Promise<ExportReport> {
		return this.#start({ type: 'report', projectId, format, options: $state_snapshot(options) });
	}

	/** Runs one job in a fresh worker; resolves with its result or its report. */
	#start<T extends string | Uint8Array | ExportReport>(
		job: ExportJob,
		onProgress: (done: number, total: number) => void = () => {}
	): Promise<T> {
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
				else if (msg.type === 'result' || msg.type === 'report') {
					finish();
					resolve((msg.type === 'result' ? msg.data : msg.report) as T);
				} else {
					finish();
					reject(new Error(msg.message));
				}
			};
			worker.onerror = (event) => {
				finish();
				reject(new Error(event.message || 'the export worker failed'));
			};
			worker.postMessage(job);
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
