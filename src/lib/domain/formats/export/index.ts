/**
 * One export dispatch for the app (export worker) and the command line: every format, the
 * lowest status included, paragraphs translated together written once, and a report of what a
 * delivery would lack — paragraphs without English, or no unit at all — so that no export is
 * ever silently incomplete.
 */
import { serializeAnnotations } from '../../annotations/jsonld.ts';
import type { Dictionary } from '../../dictionary/index.ts';
import { effectiveStatuses, statusAtLeast, togetherGroups } from '../../stats/together.ts';
import type { Annotation, Segment, SegmentStatus } from '../../types.ts';
import { serializeGlossaryCsv } from '../csv/serialize.ts';
import { serializeBilingualDocx, type BilingualLabels } from '../docx/serialize-bilingual.ts';
import { serializeTargetDocx } from '../docx/serialize-target.ts';
import { serializeBilingualHtml, type HtmlLabels } from '../html/serialize.ts';
import { serializeBilingualMarkdown } from '../md/serialize.ts';
import { serializeProjectFile, type ProjectFile } from '../project/project-file.ts';
import { serializeTbx } from '../tbx/serialize.ts';
import { projectTmxPairs, serializeTmx } from '../tmx/serialize.ts';
import { serializeTargetText } from '../txt/serialize.ts';
import { sentencePairs } from '../xliff/sentence-pairs.ts';
import { serializeXliff12, serializeXliff2 } from '../xliff/serialize.ts';

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

/** Formats a reader takes as the English (or bilingual) document: a gap there is a defect. */
export const DOCUMENT_FORMATS: readonly ExportFormat[] = [
	'docx',
	'docx-target',
	'html',
	'md',
	'txt'
];
/** Formats that write the English alone. */
export const ENGLISH_FORMATS: readonly ExportFormat[] = ['docx-target', 'txt'];

/** The lowest status an export can be asked to include (`--status`). */
export const EXPORT_STATUSES = ['draft', 'translated', 'reviewed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

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
	/** A paragraph without English in an English document: left out, or its Chinese kept, marked. */
	untranslated: 'source' | 'skip';
	/** The lowest status whose English is written; default: translated for TMX, any otherwise. */
	status?: ExportStatus;
}

export interface ExportRequest {
	file: ProjectFile;
	format: ExportFormat;
	options: ExportOptions;
	/** Labels in the UI language (document words); defaults in English. */
	docxLabels?: BilingualLabels;
	htmlLabels?: HtmlLabels;
	/** Where the dictionary for sentence pairs is served (the worker fetches it). */
	dictionaryUrl?: string;
}

/** The status an export includes from when none is asked for. */
export function defaultStatus(format: ExportFormat): SegmentStatus {
	return format === 'tmx' ? 'translated' : 'new';
}

/** Paragraph separator inside a group translated together (a line break in every format). */
const GROUP_JOIN = '\n';

/**
 * The project as an export writes it: segments in order; the English of a paragraph below the
 * lowest status included left out; each group translated together made one unit (the
 * paragraphs' Chinese one after another, line by line, with the group's English), its notes on
 * the Chinese moved along.
 *
 * @example
 * exportView(file, 'tmx').segments.filter((s) => s.target).length // confirmed paragraphs
 */
export function exportView(
	file: ProjectFile,
	format: ExportFormat,
	status?: ExportStatus
): ProjectFile {
	const lowest = status ?? defaultStatus(format);
	const ordered = [...file.segments].sort((a, b) => a.order - b.order);
	const statuses = effectiveStatuses(ordered);
	const groups = togetherGroups(ordered);
	const members = new Set([...groups.values()].flatMap((g) => g.slice(1).map((s) => s.id)));
	const shift = new Map<string, { lead: string; offset: number }>();
	const segments: Segment[] = [];
	for (const s of ordered) {
		if (members.has(s.id)) continue;
		const group = groups.get(s.id);
		let source = s.source;
		if (group) {
			source = '';
			for (const g of group) {
				if (source) source += GROUP_JOIN;
				shift.set(g.id, { lead: s.id, offset: source.length });
				source += g.source;
			}
		}
		const included = statusAtLeast(statuses.get(s.id) ?? s.status, lowest);
		segments.push({ ...s, source, target: included ? s.target : '' });
	}
	const annotations = file.annotations.map((a): Annotation => {
		const moved = shift.get(a.segmentId);
		if (!moved || moved.lead === a.segmentId) return a;
		if (a.side !== 'source') return { ...a, segmentId: moved.lead };
		const { start, end } = a.selector;
		return {
			...a,
			segmentId: moved.lead,
			selector: { ...a.selector, start: start + moved.offset, end: end + moved.offset }
		};
	});
	return { ...file, segments, annotations };
}

/** The paragraph numbers of each group translated together, by the id of its first paragraph. */
function groupNumbers(file: ProjectFile): Map<string, number[]> {
	return new Map(
		[...togetherGroups(file.segments)].map(([lead, group]) => [lead, group.map((s) => s.order + 1)])
	);
}

/** A paragraph an English or bilingual document would have without English. */
export interface ExportGap {
	/** Paragraph number (1-based). */
	number: number;
	source: string;
}

export interface ExportReport {
	/** Paragraphs without English (English and bilingual documents only). */
	withoutEnglish: ExportGap[];
	/** Translation units written (TMX, XLIFF), or null for formats without units. */
	units: number | null;
}

/**
 * What an export would lack, to tell the translator before writing it: the paragraphs with no
 * English in an English or bilingual document, and how many units a TMX or XLIFF holds (0: the
 * file would be empty; offer to include drafts).
 *
 * @example
 * exportReport(file, 'docx-target', {}).withoutEnglish // [{ number: 4, source: '图为…' }]
 * exportReport(file, 'tmx', {}).units // 0 when nothing is confirmed
 */
export function exportReport(
	file: ProjectFile,
	format: ExportFormat,
	options: Pick<ExportOptions, 'status'>
): ExportReport {
	const view = exportView(file, format, options.status);
	const withoutEnglish = DOCUMENT_FORMATS.includes(format)
		? view.segments
				.filter((s) => s.source.trim() && !s.target.trim())
				.map((s) => ({ number: s.order + 1, source: s.source }))
		: [];
	const translated = view.segments.filter((s) => s.source.trim() && s.target.trim()).length;
	const units =
		format === 'tmx' ? translated : format.startsWith('xliff') ? view.segments.length : null;
	return { withoutEnglish, units };
}

/**
 * Writes one export of a project file (the app's worker and the CLI both call this).
 *
 * @example
 * const bytes = await renderExport({ file, format: 'docx-target', options }, null);
 */
export async function renderExport(
	req: ExportRequest,
	dictionary: Dictionary | null,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<string | Uint8Array> {
	const { options } = req;
	const file = exportView(req.file, req.format, options.status);
	const pairs =
		options.by !== 'sentence'
			? undefined
			: dictionary
				? (s: { source: string; target: string }) => sentencePairs(s, { dictionary })
				: (s: { source: string; target: string }) => sentencePairs(s);
	const lang = file.project.sourceLang.split('-')[0];
	const tlang = file.project.targetLang.split('-')[0];
	const html = req.htmlLabels;
	switch (req.format) {
		case 'docx':
			return serializeBilingualDocx(file, {
				rowNumbers: groupNumbers(req.file),
				labels: req.docxLabels,
				glossaryAppendix: options.glossaryAppendix,
				comments: options.comments,
				onProgress
			});
		case 'docx-target':
			return serializeTargetDocx(file, { untranslated: options.untranslated, onProgress });
		case 'html':
			return serializeBilingualHtml(file, html);
		case 'md':
			return serializeBilingualMarkdown(file, html && [html.number, html.source, html.target]);
		case 'txt':
			return serializeTargetText(file, { untranslated: options.untranslated });
		case 'xliff':
			return serializeXliff2(file, { sentencePairs: pairs });
		case 'xliff12':
			return serializeXliff12(file, { sentencePairs: pairs });
		case 'tmx':
			// exportView already left out the English below the lowest status included.
			return serializeTmx(projectTmxPairs(file, pairs, 'new'), { segtype: options.by });
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
				segments: file.segments
			});
		case 'project':
			// The project file is the workspace itself: written as stored, nothing left out.
			return serializeProjectFile(req.file);
	}
}
