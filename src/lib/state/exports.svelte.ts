/**
 * The export page's state: the project, the running export (progress, cancel), and the review
 * import (parse → report → apply). Documents are labelled in the UI language. What an export
 * would lack and the export itself are computed in the export worker, which reads the project
 * from IndexedDB; the whole project file is read on the main thread only for a review import.
 */
import { base } from '$app/paths';
import type { Repos } from '$lib/db/repos/index.ts';
import {
	applyBilingualReview,
	parseBilingualDocx,
	type BilingualReview
} from '$lib/domain/formats/docx/parse-bilingual.ts';
import type { BilingualLabels } from '$lib/domain/formats/docx/serialize-bilingual.ts';
import type { HtmlLabels } from '$lib/domain/formats/html/serialize.ts';
import type { ProjectFile } from '$lib/domain/formats/project/project-file.ts';
import type { FormatIssue, Project } from '$lib/domain/types.ts';
import { newId } from '$lib/domain/ids.ts';
import { t } from '$lib/i18n/index.svelte';
import { download, safeFileName } from '$lib/ui/download.ts';
import {
	DOCUMENT_FORMATS,
	exportView,
	type ExportReport
} from '$lib/domain/formats/export/index.ts';
import {
	ExportCancelled,
	ExportClient,
	FORMAT_FILE,
	type ExportFormat,
	type ExportOptions
} from '$lib/workers/export-client.ts';

/** An export waiting for the translator's word: what it would lack, and the request. */
export interface PendingExport {
	format: ExportFormat;
	options: ExportOptions;
	report: ExportReport;
}

/** The translator's answer: leave gaps blank, keep the Chinese marked, include drafts, or stop. */
export type GapChoice = 'skip' | 'source' | 'drafts' | 'cancel';

/** Words of the bilingual DOCX, in the current UI language. */
export function docxLabels(): BilingualLabels {
	const status = (s: string) => t(`editor.status.${s}`);
	return {
		number: t('export.docx.number'),
		source: t('export.docx.source'),
		target: t('export.docx.target'),
		status: t('export.docx.status'),
		notes: t('export.docx.notes'),
		statuses: {
			new: status('new'),
			draft: status('draft'),
			translated: status('translated'),
			reviewed: status('reviewed'),
			locked: t('export.docx.locked')
		},
		categories: Object.fromEntries(
			['comment', 'question', 'terminology', 'cultural', 'error'].map((c) => [
				c,
				t(`notes.category.${c}`)
			])
		),
		glossaryTitle: t('export.docx.glossary_title'),
		glossarySource: t('export.docx.source'),
		glossaryTarget: t('export.docx.target'),
		glossaryNote: t('export.docx.glossary_note')
	};
}

function htmlLabels(): HtmlLabels {
	const d = docxLabels();
	const { locked: _locked, ...statuses } = d.statuses;
	return {
		number: d.number,
		source: d.source,
		target: d.target,
		status: d.status,
		notes: d.notes,
		statuses
	};
}

/** One line for the first error of a parse, in the UI language when a key exists. */
export function issueText(issues: FormatIssue[]): string {
	const first = issues.find((i) => i.severity === 'error') ?? issues[0];
	if (!first) return '';
	const key = `export.issue.${first.code}`;
	const text = t(key, { line: first.line ?? '?', path: first.path ?? '' });
	return text === key ? first.message : `${text} (${first.message})`;
}

export class ExportState {
	project = $state.raw<Project | null>(null);
	/** Whether the project's glossaries hold any entry (a TBX or CSV export would be empty). */
	hasTerms = $state(false);
	loaded = $state(false);
	busy = $state<ExportFormat | null>(null);
	done = $state(0);
	total = $state(0);
	message = $state('');
	review = $state<BilingualReview | null>(null);
	reviewError = $state('');
	/** Set when an export would leave paragraphs without English or write no unit. */
	pending = $state.raw<PendingExport | null>(null);
	/** The project file as the last review import read it. */
	#file: ProjectFile | null = null;
	#client = new ExportClient();

	constructor(
		private readonly repos: Repos,
		readonly projectId: string
	) {}

	async load(): Promise<void> {
		const project = (await this.repos.projects.get(this.projectId)) ?? null;
		if (project) {
			const counts = await this.repos.glossaries.counts();
			this.hasTerms = project.glossaryIds.some((id) => (counts[id] ?? 0) > 0);
		}
		this.project = project;
		this.loaded = true;
	}

	/**
	 * Exports, unless the result would lack something: paragraphs without English in an English
	 * or bilingual document, or no unit at all in a TMX or XLIFF. Then `pending` is set and
	 * nothing is written until `answer` gives the translator's choice.
	 */
	async run(format: ExportFormat, options: ExportOptions): Promise<void> {
		if (!this.project) return;
		this.#begin(format);
		let report: ExportReport;
		try {
			report = await this.#client.report(this.projectId, format, options);
		} catch (err) {
			this.busy = null;
			if (err instanceof ExportCancelled) this.message = t('export.cancelled');
			else throw err;
			return;
		}
		const gaps = DOCUMENT_FORMATS.includes(format) && report.withoutEnglish.length > 0;
		if (gaps || report.units === 0) {
			this.busy = null;
			this.pending = { format, options, report };
			return;
		}
		await this.#write(format, options);
	}

	/** Finishes (or drops) the export waiting in `pending`. */
	async answer(choice: GapChoice): Promise<void> {
		const pending = this.pending;
		this.pending = null;
		if (!pending || choice === 'cancel' || !this.project) return;
		if (choice === 'drafts') {
			await this.run(pending.format, { ...pending.options, status: 'draft' });
			return;
		}
		await this.#write(pending.format, { ...pending.options, untranslated: choice });
	}

	#begin(format: ExportFormat): void {
		this.busy = format;
		this.done = 0;
		this.total = 0;
		this.message = '';
	}

	async #write(format: ExportFormat, options: ExportOptions): Promise<void> {
		if (!this.project) return;
		this.#begin(format);
		const fileName = safeFileName(this.project.name) + FORMAT_FILE[format].ext;
		try {
			const data = await this.#client.run(
				this.projectId,
				{
					format,
					options: { ...options },
					docxLabels: docxLabels(),
					htmlLabels: htmlLabels(),
					dictionaryUrl: `${base}/dict/cedict.txt`
				},
				(done, total) => {
					this.done = done;
					this.total = total;
				}
			);
			download(data as BlobPart, fileName, FORMAT_FILE[format].type);
			this.message = t('export.done', { file: fileName });
		} catch (err) {
			if (err instanceof ExportCancelled) this.message = t('export.cancelled');
			else throw err;
		} finally {
			this.busy = null;
		}
	}

	cancel(): void {
		this.#client.cancel();
	}

	async readReview(bytes: Uint8Array): Promise<void> {
		this.review = null;
		this.reviewError = '';
		this.#file = await this.repos.workspace.projectFile(this.projectId);
		if (!this.#file) return;
		// Compared with the project as the bilingual DOCX showed it (a group translated together
		// is one row there).
		const shown = exportView(this.#file, 'docx');
		const parsed = parseBilingualDocx(bytes, shown);
		if (!parsed.value)
			this.reviewError = issueText(parsed.issues) || t('export.issue.docx_not_zip');
		else this.review = parsed.value;
	}

	/** Writes the review's changes; returns how many paragraphs changed. */
	async applyReview(): Promise<number> {
		const before = this.#file;
		if (!before || !this.review) return 0;
		const after = applyBilingualReview(
			before,
			$state.snapshot(this.review) as BilingualReview,
			Date.now(),
			newId
		);
		const count = await this.repos.workspace.saveReview(before, after);
		this.review = null;
		this.#file = null;
		return count;
	}
}
