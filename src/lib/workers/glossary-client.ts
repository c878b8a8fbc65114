/**
 * Glossary import (glossary-import.ts) in a Web Worker where there is one (glossary.worker.ts),
 * so a 100,000-entry termbase is read, planned and written without freezing the page, and only
 * the plan's report crosses to it; in place where there is none (Node, tests). Aborting a commit
 * rolls its transaction back: nothing of the file is kept.
 */
import type { Repos } from '../db/repos/index.ts';
import type { ConflictPolicy, GlossaryImportReport } from '../db/repos/glossaries.ts';
import {
	GlossaryImportSession,
	type GlossaryImportSteps,
	type ImportPreview
} from './glossary-import.ts';

export type GlossaryWorkerRequest =
	| {
			type: 'read';
			id: number;
			glossaryId: string;
			bytes: Uint8Array;
			fileName: string;
			policy: ConflictPolicy;
	  }
	| { type: 'plan' | 'commit'; id: number; policy: ConflictPolicy }
	| { type: 'cancel' };

export type GlossaryWorkerMessage =
	| { type: 'preview'; id: number; preview: ImportPreview }
	| { type: 'report'; id: number; report: GlossaryImportReport }
	| { type: 'progress'; id: number; written: number; total: number }
	| { type: 'cancelled'; id: number }
	| { type: 'error'; id: number; message: string };

/** One glossary's import: a file read and planned, then committed (or another file read). */
export interface GlossaryImporter {
	/** The file's preview; null when another file was read meanwhile. */
	read(bytes: Uint8Array, fileName: string, policy: ConflictPolicy): Promise<ImportPreview | null>;
	plan(policy: ConflictPolicy): Promise<GlossaryImportReport>;
	/** Rejects with an AbortError when `steps.signal` aborts (nothing written). */
	commit(policy: ConflictPolicy, steps?: GlossaryImportSteps): Promise<GlossaryImportReport>;
	stop(): void;
}

const aborted = () => new DOMException('The glossary import was cancelled', 'AbortError');

/**
 * @example
 * const importer = glossaryImporter(repos, glossary.id);
 * const preview = await importer.read(bytes, 'client.tbx', 'keep');
 * if (preview?.ok) await importer.commit('keep', { signal, onProgress });
 */
export function glossaryImporter(
	repos: Pick<Repos, 'glossaries'>,
	glossaryId: string
): GlossaryImporter {
	if (typeof Worker === 'undefined') {
		const session = new GlossaryImportSession(repos, glossaryId);
		let reads = 0;
		return {
			async read(bytes, fileName, policy) {
				const run = ++reads;
				const preview = await session.read(bytes, fileName, policy);
				return run === reads ? preview : null;
			},
			plan: (policy) => session.plan(policy),
			commit: (policy, steps) => session.commit(policy, steps),
			stop: () => void reads++
		};
	}
	return new WorkerImporter(glossaryId);
}

interface Pending {
	resolve: (message: GlossaryWorkerMessage | null) => void;
	reject: (error: Error) => void;
	onProgress?: (written: number, total: number) => void;
}

class WorkerImporter implements GlossaryImporter {
	#glossaryId: string;
	#worker: Worker | null = null;
	#next = 0;
	#lastRead = 0;
	#pending = new Map<number, Pending>();

	constructor(glossaryId: string) {
		this.#glossaryId = glossaryId;
	}

	#ensure(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./glossary.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<GlossaryWorkerMessage>) => {
			const message = event.data;
			const pending = this.#pending.get(message.id);
			if (!pending) return;
			if (message.type === 'progress') return pending.onProgress?.(message.written, message.total);
			this.#pending.delete(message.id);
			if (message.type === 'error') pending.reject(new Error(message.message));
			else if (message.type === 'cancelled') pending.reject(aborted());
			else pending.resolve(message);
		};
		worker.onerror = (event) => {
			const error = new Error(event.message || 'the glossary worker failed');
			for (const pending of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
		};
		return (this.#worker = worker);
	}

	#ask(
		request: GlossaryWorkerRequest & { id: number },
		onProgress?: Pending['onProgress'],
		transfer: Transferable[] = []
	): Promise<GlossaryWorkerMessage | null> {
		return new Promise((resolve, reject) => {
			this.#pending.set(request.id, { resolve, reject, onProgress });
			this.#ensure().postMessage(request, transfer);
		});
	}

	async read(bytes: Uint8Array, fileName: string, policy: ConflictPolicy) {
		const id = (this.#lastRead = ++this.#next);
		const answer = await this.#ask(
			{ type: 'read', id, glossaryId: this.#glossaryId, bytes, fileName, policy },
			undefined,
			[bytes.buffer]
		);
		return id === this.#lastRead && answer?.type === 'preview' ? answer.preview : null;
	}

	async plan(policy: ConflictPolicy): Promise<GlossaryImportReport> {
		return this.#report(await this.#ask({ type: 'plan', id: ++this.#next, policy }));
	}

	async commit(
		policy: ConflictPolicy,
		{ signal, onProgress }: GlossaryImportSteps = {}
	): Promise<GlossaryImportReport> {
		if (signal?.aborted) throw aborted();
		const cancel = () =>
			this.#worker?.postMessage({ type: 'cancel' } satisfies GlossaryWorkerRequest);
		signal?.addEventListener('abort', cancel, { once: true });
		try {
			return this.#report(
				await this.#ask({ type: 'commit', id: ++this.#next, policy }, onProgress)
			);
		} finally {
			signal?.removeEventListener('abort', cancel);
		}
	}

	#report(answer: GlossaryWorkerMessage | null): GlossaryImportReport {
		if (answer?.type !== 'report') throw new Error('the glossary worker stopped');
		return answer.report;
	}

	stop(): void {
		for (const pending of this.#pending.values()) pending.resolve(null);
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = null;
	}
}
