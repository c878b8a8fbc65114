/**
 * The main thread's side of the alignment worker: tags each request, the latest wins (an
 * older request resolves null), reports progress, and an AbortSignal stops a run at once (the
 * worker is terminated and replaced on the next request).
 */
import type {
	AlignmentBead,
	CutParagraph,
	GlossaryPair,
	UnitKinds
} from '../domain/alignment/index.ts';
import type { DraftImport, DraftSource } from '../state/align-draft.ts';
import type { AlignmentRequest, AlignmentResponse, DraftRequest } from './alignment.worker.ts';
import { packStrings, transferOf } from './packed.ts';

export interface AlignmentResult {
	beads: AlignmentBead[];
	/** False when the dictionary could not be loaded (weaker alignment). */
	dictionary: boolean;
}

export interface AlignOptions {
	glossary?: GlossaryPair[];
	/** Paragraphs (the default) or sentences. */
	level?: 'paragraph' | 'sentence';
	/** Kinds of the paragraphs (title, heading, caption…), when known. */
	kinds?: UnitKinds;
	/** Paragraphs joined across captions set inside them (domain/alignment/layout.ts). */
	cuts?: readonly CutParagraph[];
	onProgress?: (fraction: number) => void;
	signal?: AbortSignal;
}

type Pending = {
	id: number;
	resolve: (result: AlignmentResult | null) => void;
	reject: (error: Error) => void;
	onProgress?: (fraction: number) => void;
};

/** Minimal Worker surface, so tests can hand in a fake. */
export interface WorkerLike {
	postMessage(message: AlignmentRequest | DraftRequest, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<AlignmentResponse>) => void) | null;
	terminate(): void;
}

export class AlignmentClient {
	#worker: WorkerLike | null = null;
	#next = 0;
	#pending: Pending | null = null;
	/** The draft import or re-alignment running (latest wins), with its own answer. */
	#job: {
		id: number;
		resolve: (answer: DraftImport | boolean | null) => void;
		reject: (error: Error) => void;
		onProgress?: (fraction: number) => void;
	} | null = null;

	constructor(
		private readonly createWorker: () => WorkerLike = () =>
			new Worker(new URL('./alignment.worker.ts', import.meta.url), {
				type: 'module'
			}) as unknown as WorkerLike,
		private readonly dictionaryUrl?: string
	) {}

	#ensure(): WorkerLike {
		if (!this.#worker) {
			const worker = this.createWorker();
			worker.onmessage = (event) => {
				const message = event.data;
				const job = this.#job;
				if (job && job.id === message.id) {
					if (message.type === 'progress') return job.onProgress?.(message.fraction);
					this.#job = null;
					if (message.type === 'imported') job.resolve(message.outcome);
					else if (message.type === 'aligned-draft') job.resolve(message.aligned);
					else if (message.type === 'error') job.reject(new Error(message.message));
					return;
				}
				const pending = this.#pending;
				if (!pending || pending.id !== message.id) return; // superseded
				if (message.type === 'progress') {
					pending.onProgress?.(message.fraction);
					return;
				}
				this.#pending = null;
				if (message.type === 'error') pending.reject(new Error(message.message));
				else if (message.type === 'result')
					pending.resolve({ beads: message.beads, dictionary: message.dictionary });
			};
			this.#worker = worker;
		}
		return this.#worker;
	}

	/** Aligns; resolves null when a newer request or an abort replaced this one. */
	align(zh: string[], en: string[], options: AlignOptions = {}): Promise<AlignmentResult | null> {
		this.#pending?.resolve(null);
		this.#pending = null;
		const id = ++this.#next;
		if (options.signal?.aborted) return Promise.resolve(null);
		return new Promise((resolve, reject) => {
			this.#pending = { id, resolve, reject, onProgress: options.onProgress };
			options.signal?.addEventListener('abort', () => {
				if (this.#pending?.id === id) this.cancel();
			});
			const packed = { zh: packStrings(zh), en: packStrings(en) };
			this.#ensure().postMessage(
				{
					id,
					type: 'align',
					...packed,
					glossary: options.glossary,
					level: options.level,
					kinds: options.kinds,
					cuts: options.cuts,
					dictionaryUrl: this.dictionaryUrl
				},
				transferOf(packed.zh, packed.en)
			);
		});
	}

	#run<T extends DraftImport | boolean>(
		request: DraftRequest,
		onProgress: ((fraction: number) => void) | undefined,
		transfer: Transferable[] = []
	): Promise<T | null> {
		this.#job?.resolve(null);
		return new Promise((resolve, reject) => {
			this.#job = {
				id: request.id,
				resolve: resolve as (answer: DraftImport | boolean | null) => void,
				reject,
				onProgress
			};
			this.#ensure().postMessage(request, transfer);
		});
	}

	/**
	 * Imports a draft into a project in the worker: decoded, stored, aligned, its alignment
	 * stored (state/align-draft.ts importDraft). A file's buffer is transferred (not copied), so
	 * do not use the bytes afterwards. Resolves null when a newer job or a cancel replaced it.
	 */
	importDraft(
		projectId: string,
		source: DraftSource,
		onProgress?: (fraction: number) => void
	): Promise<DraftImport | null> {
		const id = ++this.#next;
		if (!('bytes' in source))
			return this.#run(
				{ id, type: 'import', projectId, source, dictionaryUrl: this.dictionaryUrl },
				onProgress
			);
		const { bytes } = source;
		const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
		const own = whole && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
		return this.#run(
			{
				id,
				type: 'import',
				projectId,
				source: { name: source.name, bytes: own },
				dictionaryUrl: this.dictionaryUrl
			},
			onProgress,
			[own.buffer as ArrayBuffer]
		);
	}

	/** Aligns a stored draft again in the worker, storing the result; false or null: cancelled. */
	alignDraft(
		projectId: string,
		draftId: string,
		onProgress?: (fraction: number) => void
	): Promise<boolean | null> {
		const id = ++this.#next;
		return this.#run(
			{ id, type: 'align-draft', projectId, draftId, dictionaryUrl: this.dictionaryUrl },
			onProgress
		);
	}

	/**
	 * Ends the worker when nothing is asked of it, so the memory it holds (the dictionary, the
	 * texts and their features: most of a tab aligning 20,000 paragraphs) goes back; the next
	 * request starts a new worker, which loads the dictionary again.
	 */
	release(): void {
		if (this.#pending || this.#job) return;
		this.#worker?.terminate();
		this.#worker = null;
	}

	/** Stops the current run (and any draft job) at once: its promise resolves null. */
	cancel(): void {
		this.#pending?.resolve(null);
		this.#pending = null;
		this.#job?.resolve(null);
		this.#job = null;
		this.#worker?.terminate();
		this.#worker = null;
	}
}
