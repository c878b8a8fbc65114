/**
 * The main thread's side of the import worker: reads a file or pasted text off the main thread
 * (a 20,000-paragraph document takes seconds to read and repair), or cuts a draft into paragraphs. The latest request wins: an
 * older one resolves null.
 */
import type { ImportInput, ImportRead } from '../domain/import/read.ts';
import type { ImportRequest, ImportResponse } from './import.worker.ts';

type Answer = ImportRead | string[];

export class ImportClient {
	#worker: Worker | null = null;
	#next = 0;
	#pending: {
		id: number;
		resolve: (answer: Answer | null) => void;
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
				// Nothing else is asked of it: its copies of the document go with it (33 MB of a
				// 20,000-paragraph review tab); the next request starts a new worker.
				this.#worker?.terminate();
				this.#worker = null;
				const answer = event.data;
				if ('error' in answer) pending.reject(new Error(answer.error));
				else pending.resolve('read' in answer ? answer.read : answer.paragraphs);
			};
		}
		return this.#worker;
	}

	read(input: ImportInput): Promise<ImportRead | null> {
		return this.#ask((id) => ({ id, input })) as Promise<ImportRead | null>;
	}

	/** An English draft's paragraphs, as splitItems cuts them (null: replaced by a newer request). */
	paragraphs(text: string): Promise<string[] | null> {
		return this.#ask((id) => ({ id, paragraphsOf: text })) as Promise<string[] | null>;
	}

	#ask(request: (id: number) => ImportRequest): Promise<Answer | null> {
		this.#pending?.resolve(null);
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#pending = { id, resolve, reject };
			this.#ensure().postMessage(request(id));
		});
	}

	stop(): void {
		this.#pending?.resolve(null);
		this.#pending = null;
		this.#worker?.terminate();
		this.#worker = null;
	}
}
