/**
 * duiyi export PROJECT.json --format docx|docx-target|html|md|txt|xliff|xliff12|tmx|tbx|csv|notes|project
 *   [--status draft|translated|reviewed] [--untranslated blank|source] [--by paragraph|sentence]
 *   [--no-glossary] --out FILE
 *
 * Writes a project in a delivery or interchange format through the same renderExport as the
 * app. What the file lacks is said on stderr: the paragraphs left without English in an English
 * or bilingual document, or that no unit was written (a TMX of a project with nothing at the
 * status asked for). The exit code stays 0 whenever a file was written.
 */
import {
	EXPORT_FORMATS,
	EXPORT_STATUSES,
	exportReport,
	renderExport,
	type ExportFormat,
	type ExportReport
} from '../../lib/domain/formats/export/index.ts';
import {
	parseProjectFile,
	type ProjectFile
} from '../../lib/domain/formats/project/project-file.ts';
import { CliError, oneOf, parseArgs, readText, writeOutput } from '../io.ts';
import { readDictionary } from '../dictionary.ts';

export { EXPORT_FORMATS };

export const summary =
	'Writes a project as bilingual/English DOCX, HTML, Markdown, text, XLIFF 2.1/1.2, TMX, TBX, CSV, notes or a project file; ' +
	'--status is the lowest status whose English is written (TMX: translated by default); ' +
	'paragraphs left without English, or "no unit written", are listed on stderr and the exit code stays 0 when the file was written.';
export const usage = `export PROJECT.json --format ${EXPORT_FORMATS.join('|')} [--status ${EXPORT_STATUSES.join('|')}] [--untranslated blank|source] [--by paragraph|sentence] [--no-glossary] --out FILE`;

/** Reads and validates a project file, or fails with exit code 2. */
export function readProject(path: string): ProjectFile {
	const parsed = parseProjectFile(readText(path));
	if (!parsed.value) {
		const first = parsed.issues.find((i) => i.severity === 'error');
		throw new CliError(`cannot read ${path}: ${first?.message ?? 'not a Duiyi project file'}`, 2);
	}
	return parsed.value;
}

/**
 * The stderr lines for what an export lacks (none when it is complete).
 *
 * @example
 * reportLines(report, 'tmx', 'translated') // ['no unit written: no paragraph is translated or reviewed; add --status draft to include drafts']
 */
export function reportLines(
	report: ExportReport,
	format: ExportFormat,
	status: string,
	untranslated: 'blank' | 'source'
): string[] {
	const lines: string[] = [];
	const gaps = report.withoutEnglish;
	if (gaps.length) {
		const how =
			untranslated === 'source'
				? format === 'docx-target' || format === 'txt'
					? 'their Chinese is kept, marked'
					: 'their English is left blank'
				: 'left blank';
		lines.push(
			`${gaps.length} paragraph${gaps.length === 1 ? '' : 's'} without English (${how}): ${gaps
				.map((g) => `¶${g.number}`)
				.join(', ')}`
		);
		for (const g of gaps.slice(0, 20)) lines.push(`  ¶${g.number} ${excerpt(g.source)}`);
		if (gaps.length > 20) lines.push(`  … and ${gaps.length - 20} more`);
	}
	if (report.units === 0) {
		lines.push(
			status === 'draft'
				? 'no unit written: no paragraph has English'
				: `no unit written: no paragraph is ${status === 'reviewed' ? 'reviewed' : 'translated or reviewed'}; add --status draft to include drafts`
		);
	}
	return lines;
}

const excerpt = (text: string) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 40 ? `${line.slice(0, 40)}…` : line;
};

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		format: { type: 'string' },
		by: { type: 'string' },
		status: { type: 'string' },
		untranslated: { type: 'string' },
		'no-glossary': { type: 'boolean' },
		out: { type: 'string' }
	});
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	if (values.format === undefined)
		throw new CliError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}`);
	const format = oneOf('format', values.format, EXPORT_FORMATS, 'docx');
	const by = oneOf('by', values.by, ['paragraph', 'sentence'] as const, 'paragraph');
	const status =
		values.status === undefined
			? undefined
			: oneOf('status', values.status, EXPORT_STATUSES, 'draft');
	const untranslated = oneOf(
		'untranslated',
		values.untranslated,
		['blank', 'source'] as const,
		'blank'
	);
	const out = typeof values.out === 'string' ? values.out : undefined;
	if (!out && (format === 'docx' || format === 'docx-target')) {
		throw new CliError('a DOCX is binary: give --out FILE.docx');
	}
	const file = readProject(positionals[0]);
	const dictionary = by === 'sentence' ? readDictionary() : null;
	const options = {
		by,
		glossaryAppendix: values['no-glossary'] !== true,
		comments: true,
		untranslated: untranslated === 'source' ? ('source' as const) : ('skip' as const),
		status
	};
	const data = await renderExport({ file, format, options }, dictionary);
	writeOutput(data, out);
	const report = exportReport(file, format, { status });
	const shown = status ?? (format === 'tmx' ? 'translated' : 'draft');
	for (const line of reportLines(report, format, shown, untranslated))
		process.stderr.write(`${line}\n`);
	return 0;
}
