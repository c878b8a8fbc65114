/**
 * The analysis page's state: the project's segments and the whole translation memory, analysed
 * by match band (domain/analysis), and the report downloaded as CSV or HTML in the UI language.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import {
	ANALYSIS_BANDS,
	analysisCsv,
	analysisHtml,
	analyzeSegments,
	type AnalysisLabels,
	type AnalysisReport
} from '$lib/domain/analysis/index.ts';
import { buildTmIndex } from '$lib/domain/tm/index.ts';
import type { Project } from '$lib/domain/types.ts';
import { locale, t } from '$lib/i18n/index.svelte';
import { download, safeFileName } from '$lib/ui/download.ts';

/** The report's words in the current UI language. */
export function analysisLabels(): AnalysisLabels {
	return {
		title: t('analysis.title'),
		band: t('analysis.column.band'),
		segments: t('analysis.column.segments'),
		words: t('analysis.column.words'),
		characters: t('analysis.column.characters'),
		percent: t('analysis.column.percent'),
		bands: Object.fromEntries(
			ANALYSIS_BANDS.map((b) => [b, t(`analysis.band.${b}`)])
		) as AnalysisLabels['bands'],
		repetitions: t('analysis.repetitions'),
		total: t('analysis.total')
	};
}

export class AnalysisState {
	#repos: Repos;
	readonly projectId: string;
	project = $state<Project | null>(null);
	report = $state<AnalysisReport | null>(null);
	by = $state<'sentence' | 'paragraph'>('sentence');
	loaded = $state(false);

	constructor(repos: Repos, projectId: string) {
		this.#repos = repos;
		this.projectId = projectId;
	}

	/** Reads the project, its segments and the memory, and analyses them. */
	async load(): Promise<void> {
		const project = await this.#repos.projects.get(this.projectId);
		this.project = project ?? null;
		if (project) {
			const [segments, units] = await Promise.all([
				this.#repos.segments.list(this.projectId),
				this.#repos.tm.list()
			]);
			this.report = analyzeSegments(segments, buildTmIndex(units), {
				by: this.by,
				sourceLang: project.sourceLang,
				targetLang: project.targetLang
			});
		}
		this.loaded = true;
	}

	async setBy(by: 'sentence' | 'paragraph'): Promise<void> {
		this.by = by;
		await this.load();
	}

	#fileName(ext: string): string {
		return `${safeFileName(this.project?.name ?? '')}-analysis.${ext}`;
	}

	downloadCsv(): void {
		if (!this.report) return;
		download(
			'\uFEFF' + analysisCsv(this.report, analysisLabels()),
			this.#fileName('csv'),
			'text/csv;charset=utf-8'
		);
	}

	downloadHtml(): void {
		if (!this.report || !this.project) return;
		const html = analysisHtml(this.report, analysisLabels(), this.project.name, locale.lng);
		download(html, this.#fileName('html'), 'text/html;charset=utf-8');
	}
}
