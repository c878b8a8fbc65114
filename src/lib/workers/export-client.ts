/**
 * Exports of a project file in every format, run in a Web Worker (export.worker.ts) so a big
 * DOCX neither freezes the page nor blocks cancelling: `cancel()` ends the worker.
 * `renderExport` is the pure part (no DOM), shared by the worker and tests.
 */
import { serializeAnnotations } from '../domain/annotations/jsonld.ts';
import { serializeGlossaryCsv } from '../domain/formats/csv/serialize.ts';
import {
	serializeBilingualDocx,
	type BilingualLabels
} from '../domain/formats/docx/serialize-bilingual.ts';
import { serializeTargetDocx } from '../domain/formats/docx/serialize-target.ts';
import { serializeBilingualHtml, type HtmlLabels } from '../domain/formats/html/serialize.ts';
import { serializeBilingualMarkdown } from '../domain/formats/md/serialize.ts';
import { serializeProjectFile, type ProjectFile } from '../domain/formats/project/project-file.ts';
import { serializeTbx } from '../domain/formats/tbx/serialize.ts';
import { projectTmxPairs, serializeTmx } from '../domain/formats/tmx/serialize.ts';
import { serializeTargetText } from '../domain/formats/txt/serialize.ts';
import { sentencePairs } from '../domain/formats/xliff/sentence-pairs.ts';
import { serializeXliff12, serializeXliff2 } from '../domain/formats/xliff/serialize.ts';
import type { Dictionary } from '../domain/dictionary/index.ts';

export const EXPORT_FORMATS = [
	'docx',
	'docx-target',
	'html',
	'md',
	'txt',
	'xliff',
	'xliff12',
	'tmx',
	'tbx',
	'csv',
	'notes',
	'project'
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension and MIME type of each format. */
export const FORMAT_FILE: Record<ExportFormat, { ext: string; type: string }> = {
	docx: {
		ext: '.docx',
		type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	},
	'docx-target': {
		ext: '.en.docx',
		type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	},
	html: { ext: '.html', type: 'text/html;charset=utf-8' },
	md: { ext: '.md', type: 'text/markdown;charset=utf-8' },
	txt: { ext: '.en.txt', type: 'text/plain;charset=utf-8' },
	xliff: { ext: '.xlf', type: 'application/xliff+xml' },
	xliff12: { ext: '.xliff12.xlf', type: 'application/xliff+xml' },
	tmx: { ext: '.tmx', type: 'application/x-tmx+xml' },
	tbx: { ext: '.tbx', type: 'application/x-tbx+xml' },
	csv: { ext: '.glossary.csv', type: 'text/csv;charset=utf-8' },
	notes: { ext: '.notes.jsonld', type: 'application/ld+json' },
	project: { ext: '.duiyi.json', type: 'application/json' }
};

export interface ExportOptions {
	by: 'paragraph' | 'sentence';
	glossaryAppendix: boolean;
	comments: boolean;
	untranslated: 'source' | 'skip';
}

export interface ExportRequest {
	file: ProjectFile;
	format: ExportFormat;
	options: ExportOptions;
	/** Labels in the UI language (document words). */
	docxLabels: BilingualLabels;
	htmlLabels: HtmlLabels;
	/** Where the dictionary for sentence pairs is served. */
	dictionaryUrl?: string;
}

/**
 * Writes one export of a project file.
 *
 * @example
 * const bytes = await renderExport(request, null, (done, total) => {});
 */
export async function renderExport(
	req: ExportRequest,
	dictionary: Dictionary | null,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<string | Uint8Array> {
	const { file, options } = req;
	const pairs =
		options.by === 'sentence' && dictionary
			? (s: { source: string; target: string }) => sentencePairs(s, { dictionary })
			: options.by === 'sentence'
				? (s: { source: string; target: string }) => sentencePairs(s)
				: undefined;
	const lang = file.project.sourceLang.split('-')[0];
	const tlang = file.project.targetLang.split('-')[0];
	switch (req.format) {
		case 'docx':
			return serializeBilingualDocx(file, {
				labels: req.docxLabels,
				glossaryAppendix: options.glossaryAppendix,
				comments: options.comments,
				onProgress
			});
		case 'docx-target':
			return serializeTargetDocx(file, { untranslated: options.untranslated, onProgress });
		case 'html':
			return serializeBilingualHtml(file, req.htmlLabels);
		case 'md':
			return serializeBilingualMarkdown(file, [
				req.htmlLabels.number,
				req.htmlLabels.source,
				req.htmlLabels.target
			]);
		case 'txt':
			return serializeTargetText(file, { untranslated: options.untranslated });
		case 'xliff':
			return serializeXliff2(file, { sentencePairs: pairs });
		case 'xliff12':
			return serializeXliff12(file, { sentencePairs: pairs });
		case 'tmx':
			return serializeTmx(projectTmxPairs(file, pairs), { segtype: options.by });
		case 'tbx':
			return serializeTbx(file.termEntries, {
				lang: file.project.sourceLang,
				title: file.project.name
			});
		case 'csv':
			return serializeGlossaryCsv(file.termEntries, { sourceLang: lang, targetLang: tlang });
		case 'notes':
			return serializeAnnotations(file.annotations, {
				projectName: file.project.name,
				segments: [...file.segments].sort((a, b) => a.order - b.order)
			});
		case 'project':
			return serializeProjectFile(file);
	}
}

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
