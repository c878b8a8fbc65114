/**
 * Reading back a bilingual DOCX a reviewer edited: rows are matched to segments by the number
 * column, the English column is compared with the project, and what changed comes back as a
 * report (and, through `applyBilingualReview`, as reviewed revisions). Tracked changes are read
 * as accepted (insertions in, deletions out), since that is what the reviewer proposes.
 */
import type { Annotation, FormatIssue, ParseResult, Revision } from '../../types.ts';
import type { ProjectFile } from '../project/project-file.ts';
import { markdownToPlainText } from '../../markdown/index.ts';
import { placeholder, type InlineTag } from '../xliff/inline.ts';
import { childElements, parseXml, type XmlElement } from '../xliff/xml.ts';
import { showTags } from './serialize-shared.ts';
import { unzipWithin } from '../zip.ts';

export interface BilingualRow {
	/** The number in the first column (1-based segment position). */
	number: number;
	source: string;
	target: string;
	/** Word comments anchored in the Chinese or English cell. */
	comments: RowComment[];
}

export interface RowComment {
	side: 'source' | 'target';
	/** The words the comment is anchored to. */
	quote: string;
	author: string;
	text: string;
	/** Epoch ms, NaN when the comment has no date. */
	date: number;
}

export interface BilingualChange {
	segmentId: string;
	number: number;
	before: string;
	after: string;
}

export interface BilingualReview {
	rows: number;
	changes: BilingualChange[];
	unchanged: number;
	/** Numbers in the document that match no segment. */
	unknownNumbers: number[];
	/** Segments whose row is missing from the document. */
	missingNumbers: number[];
	/** Rows whose Chinese differs from the project (wrong file or edited source). */
	sourceMismatches: number[];
	/** Rows whose inline codes could not all be read back. */
	brokenTags: number[];
	/** Comments the reviewer added (ours, exported from notes, are left out). */
	comments: (RowComment & { number: number; segmentId: string })[];
}

/** Where comment ranges are while a cell is read: the words under each, by comment id. */
interface CommentContext {
	open: Set<string>;
	quotes: Map<string, { text: string; row: number; column: number }>;
	row: number;
	column: number;
}

/** Text of a paragraph or cell: w:t, tabs and breaks; deleted text left out. */
function runText(el: XmlElement, ctx?: CommentContext): string {
	let s = '';
	const add = (t: string) => {
		s += t;
		if (ctx) for (const id of ctx.open) ctx.quotes.get(id)!.text += t;
	};
	for (const c of el.children) {
		if (c.type === 'text') continue;
		switch (c.local) {
			case 't':
				add(c.children.map((t) => (t.type === 'text' ? t.text : '')).join(''));
				break;
			case 'tab':
				add('\t');
				break;
			case 'br':
			case 'cr':
				add('\n');
				break;
			case 'commentRangeStart':
				if (ctx) {
					const id = c.attrs['w:id'] ?? '';
					ctx.open.add(id);
					ctx.quotes.set(id, { text: '', row: ctx.row, column: ctx.column });
				}
				break;
			case 'commentRangeEnd':
				ctx?.open.delete(c.attrs['w:id'] ?? '');
				break;
			case 'del':
			case 'delText':
			case 'instrText':
			case 'rPr':
			case 'pPr':
			case 'commentReference':
				break;
			default:
				s += runText(c, ctx);
		}
	}
	return s;
}

function cellText(tc: XmlElement, ctx?: CommentContext): string {
	const text = childElements(tc, 'p')
		.map((p) => runText(p, ctx))
		.join('\n');
	ctx?.open.clear(); // a range never spans cells in a table we read
	return text;
}

/** Word comments by id: author, date and text. */
function readComments(
	part: Uint8Array | undefined
): Map<string, Omit<RowComment, 'side' | 'quote'>> {
	const out = new Map<string, Omit<RowComment, 'side' | 'quote'>>();
	if (!part) return out;
	const root = parseXml(new TextDecoder().decode(part)).value?.root;
	if (!root) return out;
	for (const c of childElements(root, 'comment')) {
		out.set(c.attrs['w:id'] ?? '', {
			author: c.attrs['w:author'] ?? '',
			date: Date.parse(c.attrs['w:date'] ?? ''),
			text: childElements(c, 'p')
				.map((p) => runText(p))
				.join('\n')
				.trim()
		});
	}
	return out;
}

/**
 * Reads the table rows of a bilingual DOCX (ours or any with number | source | target first).
 *
 * @example
 * readBilingualRows(bytes).value?.[0] // { number: 1, source: '风华正茂勇争先', target: 'In Its Prime…' }
 */
export function readBilingualRows(bytes: Uint8Array): ParseResult<BilingualRow[]> {
	const issues: FormatIssue[] = [];
	let files: Record<string, Uint8Array>;
	try {
		const unzipped = unzipWithin(
			bytes,
			(name) => name === 'word/document.xml' || name === 'word/comments.xml'
		);
		if (unzipped.refused) return { value: null, issues: [unzipped.refused] };
		files = unzipped.files;
	} catch (err) {
		issues.push({
			severity: 'error',
			code: 'docx_not_zip',
			message: `not a DOCX (ZIP) file: ${(err as Error).message}`
		});
		return { value: null, issues };
	}
	const part = files['word/document.xml'];
	if (!part) {
		issues.push({
			severity: 'error',
			code: 'docx_no_document',
			message: 'the ZIP has no word/document.xml: it is not a Word document'
		});
		return { value: null, issues };
	}
	const xml = parseXml(new TextDecoder().decode(part));
	if (!xml.value?.root) {
		issues.push(...xml.issues.map((i) => ({ ...i, path: 'word/document.xml' })));
		return { value: null, issues };
	}
	const body = childElements(xml.value.root, 'body')[0];
	const tables = body ? childElements(body, 'tbl') : [];
	const rows: BilingualRow[] = [];
	const bodies = readComments(files['word/comments.xml']);
	for (const tbl of tables) {
		for (const tr of childElements(tbl, 'tr')) {
			const cells = childElements(tr, 'tc');
			if (cells.length < 3) continue;
			const number = Number(cellText(cells[0]).trim().split(/\s/)[0]);
			if (!Number.isInteger(number) || number < 1) continue; // header or foreign rows
			const ctx: CommentContext = { open: new Set(), quotes: new Map(), row: number, column: 1 };
			const source = cellText(cells[1], ctx);
			ctx.column = 2;
			const target = cellText(cells[2], ctx);
			const comments: RowComment[] = [];
			for (const [id, q] of ctx.quotes) {
				const body = bodies.get(id);
				if (!body) continue;
				comments.push({ side: q.column === 1 ? 'source' : 'target', quote: q.text, ...body });
			}
			rows.push({ number, source, target, comments });
		}
		if (rows.length) break; // the first table with numbered rows is the document
	}
	if (!rows.length) {
		issues.push({
			severity: 'error',
			code: 'docx_no_bilingual_table',
			message: 'no table with numbered rows (number | Chinese | English) was found'
		});
		return { value: null, issues };
	}
	return { value: rows, issues };
}

/** Turns <1>, </1>, <1/> tokens back into placeholders; null when one is unknown. */
function readTags(text: string, tags: InlineTag[] | undefined): string | null {
	let ok = true;
	const out = text.replace(/<(\/?)(\d+)(\/?)>/g, (m, close: string, n: string, self: string) => {
		const i = Number(n) - 1;
		const tag = tags?.[i];
		const kind = close ? 'close' : self ? 'standalone' : 'open';
		if (!tag || tag.kind !== kind) {
			if (tags?.length) ok = false;
			return m;
		}
		return placeholder(i);
	});
	return ok ? out : null;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Compares a reviewed bilingual DOCX with the project it came from.
 *
 * @example
 * const { value } = parseBilingualDocx(bytes, file);
 * value?.changes.length // rows whose English the reviewer changed
 */
export function parseBilingualDocx(
	bytes: Uint8Array,
	file: ProjectFile
): ParseResult<BilingualReview> {
	const read = readBilingualRows(bytes);
	if (!read.value) return { value: null, issues: read.issues };
	const issues = [...read.issues];
	const byNumber = new Map(file.segments.map((s) => [s.order + 1, s]));
	const review: BilingualReview = {
		rows: read.value.length,
		changes: [],
		unchanged: 0,
		unknownNumbers: [],
		missingNumbers: [],
		sourceMismatches: [],
		brokenTags: [],
		comments: []
	};
	const seen = new Set<number>();
	for (const row of read.value) {
		const seg = byNumber.get(row.number);
		if (!seg) {
			review.unknownNumbers.push(row.number);
			continue;
		}
		if (seen.has(row.number)) {
			issues.push({
				severity: 'error',
				code: 'docx_duplicate_number',
				message: `row number ${row.number} appears twice in the table`
			});
			continue;
		}
		seen.add(row.number);
		const known = file.annotations
			.filter((a) => a.segmentId === seg.id)
			.flatMap((a) => [a.body, ...a.replies.map((r) => r.body)])
			// Notes are written as plain text (their Markdown rendered): match them either way.
			.flatMap((body) => [body, norm(markdownToPlainText(body))])
			.filter((k) => k.length > 0);
		for (const c of row.comments) {
			// Our own export writes "[Category] body": those are the project's notes.
			const text = norm(c.text);
			if (
				!known.some(
					(k) => c.text === k || c.text.endsWith(`] ${k}`) || text === k || text.endsWith(`] ${k}`)
				)
			)
				review.comments.push({ ...c, number: row.number, segmentId: seg.id });
		}
		const tags = file.inlineTags?.[seg.id];
		if (norm(row.source) !== norm(showTags(seg.source, tags)))
			review.sourceMismatches.push(row.number);
		const after = readTags(row.target, tags);
		if (after === null) {
			review.brokenTags.push(row.number);
			continue;
		}
		if (norm(after) === norm(seg.target)) {
			review.unchanged++;
			continue;
		}
		review.changes.push({
			segmentId: seg.id,
			number: row.number,
			before: seg.target,
			after: after.trim()
		});
	}
	for (const s of file.segments)
		if (!seen.has(s.order + 1)) review.missingNumbers.push(s.order + 1);
	if (review.sourceMismatches.length > file.segments.length / 2) {
		issues.push({
			severity: 'error',
			code: 'docx_other_document',
			message: `the Chinese of ${review.sourceMismatches.length} of ${read.value.length} rows differs from this project: the document belongs to another project`
		});
		return { value: null, issues };
	}
	if (review.brokenTags.length) {
		issues.push({
			severity: 'warning',
			code: 'docx_broken_tags',
			message: `rows ${review.brokenTags.join(', ')}: inline codes were changed or removed; those rows were not taken`
		});
	}
	if (issues.some((i) => i.severity === 'error')) return { value: null, issues };
	return { value: review, issues };
}

/**
 * Applies a review: changed targets become `reviewed`, each previous target kept as a revision,
 * and the reviewer's Word comments become open notes. Returns a new project file; the input is
 * not modified.
 *
 * @example
 * applyBilingualReview(file, review, Date.now(), newId).segments
 */
export function applyBilingualReview(
	file: ProjectFile,
	review: BilingualReview,
	now: number,
	newId: () => string
): ProjectFile {
	const changes = new Map(review.changes.map((c) => [c.segmentId, c]));
	const revisions: Revision[] = [];
	const segments = file.segments.map((s) => {
		const c = changes.get(s.id);
		if (!c) return s;
		revisions.push({
			id: newId(),
			projectId: s.projectId,
			segmentId: s.id,
			target: s.target,
			status: s.status,
			reason: 'review',
			createdAt: now
		});
		return {
			...s,
			target: c.after,
			status: 'reviewed' as const,
			provenance: 'typed' as const,
			updatedAt: now
		};
	});
	// The reviewer's own Word comments become open notes on the words they point at.
	const byId = new Map(segments.map((s) => [s.id, s]));
	const notes: Annotation[] = review.comments.map((c) => {
		const seg = byId.get(c.segmentId)!;
		const text = c.side === 'source' ? seg.source : seg.target;
		const at = c.quote ? text.indexOf(c.quote) : -1;
		const start = Math.max(at, 0);
		const end = at >= 0 ? at + c.quote.length : 0;
		const when = Number.isNaN(c.date) ? now : c.date;
		return {
			id: newId(),
			projectId: seg.projectId,
			segmentId: seg.id,
			side: c.side,
			selector: {
				exact: at >= 0 ? c.quote : '',
				prefix: text.slice(Math.max(0, start - 32), start),
				suffix: text.slice(end, end + 32),
				start,
				end
			},
			detached: at < 0 && c.quote !== '',
			body: c.text,
			category: 'comment',
			status: 'open',
			author: c.author,
			replies: [],
			createdAt: when,
			updatedAt: when
		};
	});
	return {
		...file,
		segments,
		revisions: [...file.revisions, ...revisions],
		annotations: [...file.annotations, ...notes]
	};
}
