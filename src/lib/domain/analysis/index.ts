/** The analysis report: a project's words and characters by TM match band, and its exports. */
export {
	ANALYSIS_BANDS,
	analyzeSegments,
	bandOfPercent,
	type AnalysisBand,
	type AnalysisCounts,
	type AnalysisOptions,
	type AnalysisReport,
	type AnalysisRow
} from './analyze.ts';
export {
	ENGLISH_ANALYSIS_LABELS,
	analysisCsv,
	analysisHtml,
	analysisTable,
	type AnalysisLabels,
	type AnalysisTableRow
} from './export.ts';
