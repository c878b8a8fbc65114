/**
 * The main thread's side of the import worker: reads a file or pasted text off the main thread
 * (a 20,000-paragraph document takes seconds to read and repair). The latest request wins: an
 * older one resolves null.
 */
import type { ImportInput, ImportRead } from '../domain/import/read.ts';
import type { ImportRequest, ImportResponse } from './import.worker.ts';

export class ImportClient {
	#worker: Worker | null = null;
	#next = 0;
	#pending: {
		id: number;
		resolve: (read: ImportRead | null) => void;
		reject: (e: Error) => void;
	} | null = null;

	#ensure(): Worker {
		if (!this.#worker) {
			this.#worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (event: MessageEvent<ImportResponse>) => {
				const pending = this.#pending;
				if (!pending || pending.id !== event.data.id) return; // superseded
				this.#pending = null;
				if ('error' in event.data) pending.reject(new Error(event.data.error));
				else pending.resolve(event.data.read);
			};
		}
		return this.#worker;
	}

	read(input: ImportInput): Promise<ImportRead | null> {
		this.#pending?.resolve(null);
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#pending = { id, resolve, reject };
			this.#ensure().postMessage({ id, input } satisfies ImportRequest);
		});
	}

	stop(): void {
		this.#pending?.resolve(null);
		this.#pending = null;
		this.#worker?.terminate();
		this.#worker = null;
	}
}
