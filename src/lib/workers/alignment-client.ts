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
import type { DraftRead } from '../domain/text/draft.ts';
import type { AlignmentRequest, AlignmentResponse, DraftReadRequest } from './alignment.worker.ts';
import { packStrings, transferOf, unpackStrings } from './packed.ts';

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
	postMessage(message: AlignmentRequest | DraftReadRequest, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<AlignmentResponse>) => void) | null;
	terminate(): void;
}

export class AlignmentClient {
	#worker: WorkerLike | null = null;
	#next = 0;
	#pending: Pending | null = null;
	#reading: {
		id: number;
		resolve: (read: DraftRead | null) => void;
		reject: (error: Error) => void;
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
				const reading = this.#reading;
				if (reading && reading.id === message.id) {
					this.#reading = null;
					if (message.type === 'read') {
						const read = message.read;
						reading.resolve(
							read.ok ? { ...read, paragraphs: unpackStrings(read.paragraphs) } : read
						);
					} else if (message.type === 'error') reading.reject(new Error(message.message));
					return;
				}
				const pending = this.#pending;
				if (!pending || pending.id !== message.id) return; // superseded
				if (message.type === 'progress') {
					pending.onProgress?.(message.fraction);
					return;
				}
				this.#pending = null;
				if (message.type === 'read') return; // not an alignment's answer
				if (message.type === 'error') pending.reject(new Error(message.message));
				else pending.resolve({ beads: message.beads, dictionary: message.dictionary });
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

	/**
	 * Decodes a draft file's bytes and cuts it into paragraphs in the worker; the bytes' buffer is
	 * transferred (not copied), so do not use them afterwards. Resolves null when a newer read or
	 * a cancel replaced this one.
	 */
	readDraft(bytes: Uint8Array): Promise<DraftRead | null> {
		this.#reading?.resolve(null);
		const id = ++this.#next;
		const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
		const own = whole && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
		return new Promise((resolve, reject) => {
			this.#reading = { id, resolve, reject };
			this.#ensure().postMessage({ id, type: 'read', bytes: own }, [own.buffer as ArrayBuffer]);
		});
	}

	/**
	 * Ends the worker when nothing is asked of it, so the memory it holds (the dictionary, the
	 * texts and their features: most of a tab aligning 20,000 paragraphs) goes back; the next
	 * request starts a new worker, which loads the dictionary again.
	 */
	release(): void {
		if (this.#pending || this.#reading) return;
		this.#worker?.terminate();
		this.#worker = null;
	}

	/** Stops the current run (and any draft being read) at once: its promise resolves null. */
	cancel(): void {
		this.#pending?.resolve(null);
		this.#pending = null;
		this.#reading?.resolve(null);
		this.#reading = null;
		this.#worker?.terminate();
		this.#worker = null;
	}
}
