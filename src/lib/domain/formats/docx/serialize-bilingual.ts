/**
 * The bilingual DOCX for a client's reviewer: a table — number, Chinese, English, status,
 * notes — on A4 landscape, notes also as Word comments on their words, and an optional
 * appendix of the glossary terms the document uses. `parse-bilingual.ts` reads it back.
 */
import {
	AlignmentType,
	Document,
	Packer,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	ShadingType
} from 'docx';
import type { Annotation, Segment, SegmentStatus, TermEntry } from '../../types.ts';
import type { ProjectFile } from '../project/project-file.ts';
import { stripPlaceholders } from '../xliff/inline.ts';
import {
	annotatedRuns,
	documentStyles,
	KIND_STYLE,
	type CommentRegistry
} from './serialize-shared.ts';

/** Words the document itself shows; the app passes its own (translated) labels. */
export interface BilingualLabels {
	number: string;
	source: string;
	target: string;
	status: string;
	notes: string;
	statuses: Record<SegmentStatus | 'locked', string>;
	categories: Record<string, string>;
	glossaryTitle: string;
	glossarySource: string;
	glossaryTarget: string;
	glossaryNote: string;
}

export const DEFAULT_BILINGUAL_LABELS: BilingualLabels = {
	number: '#',
	source: 'Chinese 中文',
	target: 'English 英文',
	status: 'Status',
	notes: 'Notes',
	statuses: {
		new: 'New',
		draft: 'Draft',
		translated: 'Translated',
		reviewed: 'Reviewed',
		locked: 'Locked'
	},
	categories: {
		comment: 'Comment',
		question: 'Question',
		terminology: 'Terminology',
		cultural: 'Cultural note',
		error: 'Error'
	},
	glossaryTitle: 'Glossary of terms used',
	glossarySource: 'Chinese',
	glossaryTarget: 'English',
	glossaryNote: 'Note'
};

export interface BilingualDocxOptions {
	labels?: BilingualLabels;
	/** Append a table of the glossary terms found in the source (default true). */
	glossaryAppendix?: boolean;
	/** Notes as Word comments as well as in the notes column (default true). */
	comments?: boolean;
	/** Called with (done, total) while rows are built, for a progress bar. */
	onProgress?: (done: number, total: number) => void;
	/**
	 * Paragraph numbers of a row that stands for a group translated together, by the id of its
	 * first paragraph: shown one under the other in the number cell (the first one is the row's).
	 */
	rowNumbers?: ReadonlyMap<string, number[]>;
}

/** A4 in twips (portrait numbers; docx swaps them for landscape). */
const A4 = { width: 11906, height: 16838 };
/** Column widths in percent of the table: #, 中文, English, status, notes. */
const COLUMNS = [5, 35, 35, 9, 16];

function cell(children: Paragraph[], width: number, header = false): TableCell {
	return new TableCell({
		children,
		width: { size: width, type: WidthType.PERCENTAGE },
		shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined
	});
}

function plain(text: string, bold = false): Paragraph {
	return new Paragraph({ children: [new TextRun({ text, bold })] });
}

/**
 * Terms of the project's glossaries whose Chinese appears in the source text, in order of
 * first appearance.
 *
 * @example
 * termsUsed(file).map((e) => e.id) // ['t1']
 */
export function termsUsed(file: ProjectFile): TermEntry[] {
	const text = file.segments.map((s) => s.source).join('\n');
	const found: { entry: TermEntry; at: number }[] = [];
	for (const entry of file.termEntries) {
		let best = -1;
		for (const t of entry.terms) {
			if (!t.lang.toLowerCase().startsWith('zh') || !t.text) continue;
			const at = text.indexOf(t.text);
			if (at >= 0 && (best < 0 || at < best)) best = at;
		}
		if (best >= 0) found.push({ entry, at: best });
	}
	return found.sort((a, b) => a.at - b.at).map((f) => f.entry);
}

function glossaryAppendix(entries: TermEntry[], labels: BilingualLabels): (Paragraph | Table)[] {
	const rows = [
		new TableRow({
			tableHeader: true,
			children: [labels.glossarySource, labels.glossaryTarget, labels.glossaryNote].map((h, i) =>
				cell([plain(h, true)], [30, 40, 30][i], true)
			)
		}),
		...entries.map((e) => {
			const zh = e.terms.filter((t) => t.lang.toLowerCase().startsWith('zh'));
			const en = e.terms.filter((t) => !t.lang.toLowerCase().startsWith('zh'));
			const enText = en.map((t) => (t.status === 'forbidden' ? `✗ ${t.text}` : t.text)).join('; ');
			return new TableRow({
				children: [
					cell([plain(zh.map((t) => t.text).join('; '))], 30),
					cell([plain(enText)], 40),
					cell([plain([e.definition, e.note].filter(Boolean).join(' — '))], 30)
				]
			});
		})
	];
	return [
		new Paragraph({ text: labels.glossaryTitle, style: 'Heading1', pageBreakBefore: true }),
		new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })
	];
}

/**
 * Writes the bilingual table DOCX.
 *
 * @example
 * const bytes = await serializeBilingualDocx(file); // a .docx as Uint8Array
 */
export async function serializeBilingualDocx(
	file: ProjectFile,
	options: BilingualDocxOptions = {}
): Promise<Uint8Array> {
	// A project imported from another pair (nl → en) must not be headed "Chinese".
	const langLabel = (lang: string, fallback: string) =>
		lang.toLowerCase().startsWith(fallback === DEFAULT_BILINGUAL_LABELS.source ? 'zh' : 'en')
			? fallback
			: lang;
	const labels = options.labels ?? {
		...DEFAULT_BILINGUAL_LABELS,
		source: langLabel(file.project.sourceLang, DEFAULT_BILINGUAL_LABELS.source),
		target: langLabel(file.project.targetLang, DEFAULT_BILINGUAL_LABELS.target)
	};
	const useComments = options.comments !== false;
	const registry: CommentRegistry = { comments: [], next: 0 };
	const category = (c: string) => labels.categories[c] ?? c;
	const notesOf = new Map<string, Annotation[]>();
	for (const a of file.annotations) {
		const list = notesOf.get(a.segmentId) ?? [];
		list.push(a);
		notesOf.set(a.segmentId, list);
	}
	const segments: Segment[] = [...file.segments].sort((a, b) => a.order - b.order);
	const header = new TableRow({
		tableHeader: true,
		children: [labels.number, labels.source, labels.target, labels.status, labels.notes].map(
			(h, i) => cell([plain(h, true)], COLUMNS[i], true)
		)
	});
	const rows: TableRow[] = [header];
	segments.forEach((s, index) => {
		const tags = file.inlineTags?.[s.id];
		const notes = notesOf.get(s.id) ?? [];
		const style = KIND_STYLE[s.kind];
		const bold = s.kind === 'title' || s.kind === 'heading' || s.kind === 'subtitle';
		const side = (which: 'source' | 'target', text: string) => {
			const mine = useComments ? notes.filter((n) => n.side === which) : [];
			return new Paragraph({
				style: style === 'Normal' ? undefined : style,
				children: annotatedRuns(text, mine, tags, registry, category, bold)
			});
		};
		const status = s.locked
			? `${labels.statuses[s.status]} · ${labels.statuses.locked}`
			: labels.statuses[s.status];
		const noteParas = notes.map(
			(n) =>
				new Paragraph({
					children: [
						new TextRun({ text: `${category(n.category)}: `, bold: true }),
						new TextRun({
							text: n.selector.exact ? `«${stripPlaceholders(n.selector.exact)}» ` : ''
						}),
						new TextRun({ text: n.body }),
						...(n.author ? [new TextRun({ text: ` — ${n.author}`, italics: true })] : [])
					]
				})
		);
		rows.push(
			new TableRow({
				cantSplit: false,
				children: [
					cell(
						(options.rowNumbers?.get(s.id) ?? [s.order + 1]).map(
							(n) => new Paragraph({ text: String(n), alignment: AlignmentType.RIGHT })
						),
						COLUMNS[0]
					),
					cell([side('source', s.source)], COLUMNS[1]),
					cell([side('target', s.target)], COLUMNS[2]),
					cell([plain(status)], COLUMNS[3]),
					cell(noteParas.length ? noteParas : [new Paragraph({})], COLUMNS[4])
				]
			})
		);
		options.onProgress?.(index + 1, segments.length);
	});
	const children: (Paragraph | Table)[] = [
		new Paragraph({ text: file.project.name, style: 'Title' }),
		new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })
	];
	if (options.glossaryAppendix !== false) {
		const used = termsUsed(file);
		if (used.length) children.push(...glossaryAppendix(used, labels));
	}
	const doc = new Document({
		creator: 'Duiyi',
		title: file.project.name,
		styles: documentStyles(20),
		comments: { children: registry.comments },
		sections: [
			{
				properties: {
					page: {
						size: { ...A4, orientation: PageOrientation.LANDSCAPE },
						margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 }
					}
				},
				children
			}
		]
	});
	return Packer.pack(doc, 'uint8array');
}
