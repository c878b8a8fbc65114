/**
 * The export page's state: the project as a file, the running export (progress, cancel), and
 * the review import (parse → report → apply). Documents are labelled in the UI language.
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
import type { FormatIssue } from '$lib/domain/types.ts';
import { newId } from '$lib/domain/ids.ts';
import { t } from '$lib/i18n/index.svelte';
import { download, safeFileName } from '$lib/ui/download.ts';
import {
	DOCUMENT_FORMATS,
	exportReport,
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
	file = $state<ProjectFile | null>(null);
	loaded = $state(false);
	busy = $state<ExportFormat | null>(null);
	done = $state(0);
	total = $state(0);
	message = $state('');
	review = $state<BilingualReview | null>(null);
	reviewError = $state('');
	/** Set when an export would leave paragraphs without English or write no unit. */
	pending = $state.raw<PendingExport | null>(null);
	#client = new ExportClient();

	constructor(
		private readonly repos: Repos,
		readonly projectId: string
	) {}

	async load(): Promise<void> {
		this.file = await this.repos.workspace.projectFile(this.projectId);
		this.loaded = true;
	}

	/**
	 * Exports, unless the result would lack something: paragraphs without English in an English
	 * or bilingual document, or no unit at all in a TMX or XLIFF. Then `pending` is set and
	 * nothing is written until `answer` gives the translator's choice.
	 */
	async run(format: ExportFormat, options: ExportOptions): Promise<void> {
		await this.load();
		if (!this.file) return;
		const file = $state.snapshot(this.file) as ProjectFile;
		const report = exportReport(file, format, options);
		const gaps = DOCUMENT_FORMATS.includes(format) && report.withoutEnglish.length > 0;
		if (gaps || report.units === 0) {
			this.pending = { format, options, report };
			return;
		}
		await this.#write(file, format, options);
	}

	/** Finishes (or drops) the export waiting in `pending`. */
	async answer(choice: GapChoice): Promise<void> {
		const pending = this.pending;
		this.pending = null;
		if (!pending || choice === 'cancel' || !this.file) return;
		const file = $state.snapshot(this.file) as ProjectFile;
		if (choice === 'drafts') {
			await this.run(pending.format, { ...pending.options, status: 'draft' });
			return;
		}
		await this.#write(file, pending.format, { ...pending.options, untranslated: choice });
	}

	async #write(file: ProjectFile, format: ExportFormat, options: ExportOptions): Promise<void> {
		this.busy = format;
		this.done = 0;
		this.total = file.segments.length;
		this.message = '';
		const fileName = safeFileName(file.project.name) + FORMAT_FILE[format].ext;
		try {
			const data = await this.#client.run(
				{
					file,
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
		await this.load();
		this.review = null;
		this.reviewError = '';
		if (!this.file) return;
		// Compared with the project as the bilingual DOCX showed it (a group translated together
		// is one row there).
		const shown = exportView($state.snapshot(this.file) as ProjectFile, 'docx');
		const parsed = parseBilingualDocx(bytes, shown);
		if (!parsed.value)
			this.reviewError = issueText(parsed.issues) || t('export.issue.docx_not_zip');
		else this.review = parsed.value;
	}

	/** Writes the review's changes; returns how many paragraphs changed. */
	async applyReview(): Promise<number> {
		if (!this.file || !this.review) return 0;
		const before = $state.snapshot(this.file) as ProjectFile;
		const after = applyBilingualReview(
			before,
			$state.snapshot(this.review) as BilingualReview,
			Date.now(),
			newId
		);
		const count = await this.repos.workspace.saveReview(before, after);
		this.review = null;
		await this.load();
		return count;
	}
}
