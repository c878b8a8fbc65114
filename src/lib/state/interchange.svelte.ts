/**
 * A new project from an interchange file: an XLIFF (1.2, 2.0, 2.1) of another tool or a Duiyi
 * project file is read, reported, named, and created. Nothing is stored before `create`.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import { newId } from '$lib/domain/ids.ts';
import { parseProjectFile, type ProjectFile } from '$lib/domain/formats/project/project-file.ts';
import { parseXliff } from '$lib/domain/formats/xliff/parse.ts';
import { languagePairIssue } from '$lib/domain/formats/languages.ts';
import { t } from '$lib/i18n/index.svelte';
import { issueText } from './exports.svelte.ts';

export class InterchangeImportState {
	#repos: Repos;
	#file = $state.raw<ProjectFile | null>(null);
	#lines = $state.raw<string[]>([]);
	#warnings = $state.raw<string[]>([]);
	#error = $state('');
	#created = $state.raw<{ id: string; name: string } | null>(null);
	/** The name the project will have; the page binds its input to it. */
	name = $state('');

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	/** The file read and waiting to become a project, or null. */
	get file() {
		return this.#file;
	}
	get lines() {
		return this.#lines;
	}
	get warnings() {
		return this.#warnings;
	}
	get error() {
		return this.#error;
	}
	get created() {
		return this.#created;
	}

	/** Reads a chosen file: a report to show, or a reason it is refused. Stores nothing. */
	read(bytes: Uint8Array, fileName: string): void {
		this.#file = null;
		this.#error = '';
		this.#created = null;
		this.#warnings = [];
		this.#lines = [];
		const head = new TextDecoder()
			.decode(bytes.slice(0, 64))
			.replace(/^\uFEFF/, '')
			.trimStart();
		let file: ProjectFile;
		if (head.startsWith('{')) {
			const parsed = parseProjectFile(new TextDecoder().decode(bytes));
			if (!parsed.value) return void (this.#error = issueText(parsed.issues));
			file = parsed.value;
			this.#lines = [
				t('export.interchange.project_report', {
					segments: file.segments.length,
					notes: file.annotations.length,
					revisions: file.revisions.length
				})
			];
		} else {
			const parsed = parseXliff(bytes, { newId });
			if (!parsed.value) return void (this.#error = issueText(parsed.issues));
			const r = parsed.value.report;
			file = parsed.value.file;
			const lines = [
				t('export.report.xliff', {
					units: r.units,
					version: r.version,
					source: r.sourceLang,
					target: r.targetLang,
					notes: r.notes,
					tags: r.inlineTags
				}),
				t('export.interchange.statuses', {
					list: Object.entries(r.statuses)
						.map(([s, n]) => `${t(`editor.status.${s}`)} ${n}`)
						.join(', ')
				})
			];
			if (r.untranslatable)
				lines.push(t('export.report.xliff_untranslatable', { count: r.untranslatable }));
			if (r.empty) lines.push(t('export.report.xliff_empty', { count: r.empty }));
			this.#lines = lines;
			this.#warnings = parsed.issues.filter((i) => i.severity === 'warning').map((i) => i.message);
			// Another pair is said before the project is created (its text is kept as it is).
			const wrong = languagePairIssue({ declared: { source: r.sourceLang, target: r.targetLang } });
			if (wrong)
				this.#warnings = [
					t('export.interchange.other_pair', { reason: wrong.message }),
					...this.#warnings
				];
		}
		this.#file = file;
		this.name = file.project.name || fileName.replace(/\.[^.]+$/, '');
	}

	/** Creates the project from the file read; returns its id. */
	async create(): Promise<string | null> {
		const file = this.#file;
		if (!file) return null;
		const name = this.name.trim() || file.project.name;
		const id = await this.#repos.workspace.createProject({
			...file,
			project: { ...file.project, name }
		});
		this.#created = { id, name };
		this.#file = null;
		return id;
	}
}
