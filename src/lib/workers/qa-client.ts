/**
 * The main thread's side of the QA worker: tags each request, the latest wins, and a run can
 * be cancelled (the worker is replaced, so the old run stops at once).
 */
import type { QaIssue } from '../domain/types.ts';
import type { QaRequest, QaResponse } from './qa.worker.ts';

export class QaClient {
	#worker: Worker | null = null;
	#next = 0;
	#pending: {
		id: number;
		resolve: (issues: QaIssue[] | null) => void;
		reject: (e: Error) => void;
	} | null = null;

	#ensure(): Worker {
		if (!this.#worker) {
			this.#worker = new Worker(new URL('./qa.worker.ts', import.meta.url), { type: 'module' });
			this.#worker.onmessage = (event: MessageEvent<QaResponse>) => {
				const pending = this.#pending;
				if (!pending || pending.id !== event.data.id) return; // superseded
				this.#pending = null;
				// Nothing else is asked of it: what it read of the project goes with it; the next
				// run starts a new worker.
				this.#worker?.terminate();
				this.#worker = null;
				if ('error' in event.data) pending.reject(new Error(event.data.error));
				else pending.resolve(event.data.issues);
			};
		}
		return this.#worker;
	}

	/** Runs the checks; resolves null when a newer run or a cancel replaced this one. */
	run(request: Omit<QaRequest, 'id'>): Promise<QaIssue[] | null> {
		this.#pending?.resolve(null);
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#pending = { id, resolve, reject };
			this.#ensure().postMessage({ id, ...request } satisfies QaRequest);
		});
	}

	cancel(): void {
		this.#pending?.resolve(null);
		this.#pending = null;
		this.#worker?.terminate();
		this.#worker = null;
	}
}
