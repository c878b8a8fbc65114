/**
 * The analysis report as a client reads it: CSV (one row per band, then repetitions and total)
 * and a standalone HTML table. Labels come from the caller (translated in the app, English in
 * the command line), so this stays free of i18n.
 */
import Papa from 'papaparse';
import { escapeHtml } from '../formats/html/serialize.ts';
import type { AnalysisBand, AnalysisCounts, AnalysisReport } from './analyze.ts';

export interface AnalysisLabels {
	title: string;
	/** Column headers. */
	band: string;
	segments: string;
	words: string;
	characters: string;
	/** Share of the total words. */
	percent: string;
	bands: Record<AnalysisBand, string>;
	repetitions: string;
	total: string;
}

/** English labels, as memoQ and Trados name the rows. */
export const ENGLISH_ANALYSIS_LABELS: AnalysisLabels = {
	title: 'Analysis',
	band: 'Match',
	segments: 'Segments',
	words: 'Words',
	characters: 'Characters',
	percent: '% of words',
	bands: {
		context: '101% (context)',
		'100': '100%',
		'95-99': '95–99%',
		'85-94': '85–94%',
		'75-84': '75–84%',
		'50-74': '50–74%',
		none: 'No match'
	},
	repetitions: 'Repetitions',
	total: 'Total'
};

/** A table row: label and counts, the share of total words with one decimal. */
export interface AnalysisTableRow extends AnalysisCounts {
	label: string;
	share: string;
}

/**
 * The report's rows in the order CAT tools print them: 101%, repetitions, 100%, fuzzy bands,
 * no match, total.
 *
 * @example
 * analysisTable(report, ENGLISH_ANALYSIS_LABELS)[1].label // 'Repetitions'
 */
export function analysisTable(report: AnalysisReport, labels: AnalysisLabels): AnalysisTableRow[] {
	const total = report.totals.words;
	const share = (words: number) => (total ? ((words / total) * 100).toFixed(1) : '0.0');
	const row = (label: string, c: AnalysisCounts): AnalysisTableRow => ({
		label,
		segments: c.segments,
		words: c.words,
		characters: c.characters,
		share: share(c.words)
	});
	const [context, ...rest] = report.bands;
	return [
		row(labels.bands[context.band], context),
		row(labels.repetitions, report.repetitions),
		...rest.map((b) => row(labels.bands[b.band], b)),
		row(labels.total, report.totals)
	];
}

/**
 * The report as CSV (RFC 4180, CRLF). Cells a spreadsheet would run as a formula (= + - @ at
 * the start) are neutralised by papaparse's `escapeFormulae`.
 *
 * @example
 * analysisCsv(report, ENGLISH_ANALYSIS_LABELS).split('\r\n')[0] // 'Match,Segments,Words,Characters,% of words'
 */
export function analysisCsv(report: AnalysisReport, labels: AnalysisLabels): string {
	const rows = analysisTable(report, labels).map((r) => [
		r.label,
		String(r.segments),
		String(r.words),
		String(r.characters),
		r.share
	]);
	return (
		Papa.unparse(
			{
				fields: [labels.band, labels.segments, labels.words, labels.characters, labels.percent],
				data: rows
			},
			{ newline: '\r\n', escapeFormulae: true }
		) + '\r\n'
	);
}

/**
 * The report as a standalone HTML page (one table, inline style), titled with the project.
 *
 * @example
 * analysisHtml(report, ENGLISH_ANALYSIS_LABELS, '宜春', 'en').includes('<table>') // true
 */
export function analysisHtml(
	report: AnalysisReport,
	labels: AnalysisLabels,
	projectName: string,
	lang: string
): string {
	const title = `${labels.title} — ${projectName}`;
	const table = analysisTable(report, labels);
	const cell = (tag: 'td' | 'th', value: string | number, numeric: boolean) =>
		`<${tag}${numeric ? ' class="n"' : ''}>${escapeHtml(String(value))}</${tag}>`;
	const body = table
		.map((r, i) => {
			const tag = i === table.length - 1 ? 'th' : 'td';
			return `<tr>${cell('th', r.label, false)}${cell(tag, r.segments, true)}${cell(tag, r.words, true)}${cell(tag, r.characters, true)}${cell(tag, r.share, true)}</tr>`;
		})
		.join('\n');
	return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem}
table{border-collapse:collapse}
th,td{border:1px solid #bbb;padding:.3rem .7rem;text-align:left}
.n{text-align:right;font-variant-numeric:tabular-nums}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<table>
<thead><tr>${[labels.band, labels.segments, labels.words, labels.characters, labels.percent].map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
