/**
 * duiyi export PROJECT.json --format docx|docx-target|html|md|txt|xliff|xliff12|tmx|tbx|notes
 *   [--by paragraph|sentence] [--no-glossary] --out FILE
 *
 * Writes a project file in a delivery or interchange format. `--by sentence` makes XLIFF
 * segments and TMX units per aligned sentence pair (paragraphs otherwise); TMX holds only
 * confirmed (translated or reviewed) segments; `notes` is W3C Web Annotation JSON-LD.
 */
import { serializeAnnotations } from '../../lib/domain/annotations/jsonld.ts';
import { serializeBilingualDocx } from '../../lib/domain/formats/docx/serialize-bilingual.ts';
import { serializeTargetDocx } from '../../lib/domain/formats/docx/serialize-target.ts';
import { serializeBilingualHtml } from '../../lib/domain/formats/html/serialize.ts';
import { serializeBilingualMarkdown } from '../../lib/domain/formats/md/serialize.ts';
import {
	parseProjectFile,
	type ProjectFile
} from '../../lib/domain/formats/project/project-file.ts';
import { serializeTbx } from '../../lib/domain/formats/tbx/serialize.ts';
import { projectTmxPairs, serializeTmx } from '../../lib/domain/formats/tmx/serialize.ts';
import { serializeTargetText } from '../../lib/domain/formats/txt/serialize.ts';
import { sentencePairs } from '../../lib/domain/formats/xliff/sentence-pairs.ts';
import {
	serializeXliff12,
	serializeXliff2,
	type SentencePair
} from '../../lib/domain/formats/xliff/serialize.ts';
import type { Segment } from '../../lib/domain/types.ts';
import { CliError, oneOf, parseArgs, readText, writeOutput } from '../io.ts';
import { readDictionary } from '../dictionary.ts';

export const summary =
	'Writes a project as bilingual/English DOCX, HTML, Markdown, text, XLIFF 2.1/1.2, TMX, TBX or notes.';
export const usage =
	'export PROJECT.json --format docx|docx-target|html|md|txt|xliff|xliff12|tmx|tbx|notes [--by paragraph|sentence] [--no-glossary] --out FILE';

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
	'notes'
] as const;

/** Reads and validates a project file, or fails with exit code 2. */
export function readProject(path: string): ProjectFile {
	const parsed = parseProjectFile(readText(path));
	if (!parsed.value) {
		const first = parsed.issues.find((i) => i.severity === 'error');
		throw new CliError(`cannot read ${path}: ${first?.message ?? 'not a Duiyi project file'}`, 2);
	}
	return parsed.value;
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		format: { type: 'string' },
		by: { type: 'string' },
		'no-glossary': { type: 'boolean' },
		out: { type: 'string' }
	});
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	if (values.format === undefined)
		throw new CliError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}`);
	const format = oneOf('format', values.format, EXPORT_FORMATS, 'docx');
	const by = oneOf('by', values.by, ['paragraph', 'sentence'] as const, 'paragraph');
	const out = typeof values.out === 'string' ? values.out : undefined;
	if (!out && (format === 'docx' || format === 'docx-target')) {
		throw new CliError('a DOCX is binary: give --out FILE.docx');
	}
	const file = readProject(positionals[0]);
	let pairs: ((s: Segment) => SentencePair[] | null) | undefined;
	if (by === 'sentence') {
		const dictionary = readDictionary();
		pairs = (s) => sentencePairs(s, { dictionary });
	}
	let data: string | Uint8Array;
	switch (format) {
		case 'docx':
			data = await serializeBilingualDocx(file, {
				glossaryAppendix: values['no-glossary'] !== true
			});
			break;
		case 'docx-target':
			data = await serializeTargetDocx(file);
			break;
		case 'html':
			data = serializeBilingualHtml(file);
			break;
		case 'md':
			data = serializeBilingualMarkdown(file);
			break;
		case 'txt':
			data = serializeTargetText(file);
			break;
		case 'xliff':
			data = serializeXliff2(file, { sentencePairs: pairs });
			break;
		case 'xliff12':
			data = serializeXliff12(file, { sentencePairs: pairs });
			break;
		case 'tmx':
			data = serializeTmx(projectTmxPairs(file, pairs), { segtype: by });
			break;
		case 'tbx':
			data = serializeTbx(file.termEntries, {
				lang: file.project.sourceLang,
				title: file.project.name
			});
			break;
		case 'notes':
			data = serializeAnnotations(file.annotations, {
				projectName: file.project.name,
				segments: [...file.segments].sort((a, b) => a.order - b.order)
			});
			break;
	}
	writeOutput(data, out);
	return 0;
}
