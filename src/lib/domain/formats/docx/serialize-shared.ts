/**
 * What the two DOCX exports share: fonts that render Chinese in Word and LibreOffice, styles by
 * block kind, the visible form of inline codes, and text runs cut at annotated words so notes
 * become real Word comments anchored to them.
 */
import {
	CommentRangeEnd,
	CommentRangeStart,
	CommentReference,
	Paragraph,
	TextRun,
	type ICommentOptions,
	type IStylesOptions,
	type ParagraphChild
} from 'docx';
import { markdownToPlainText } from '../../markdown/index.ts';
import type { Annotation, SegmentKind } from '../../types.ts';
import { isPlaceholder, PLACEHOLDER_BASE, type InlineTag } from '../xliff/inline.ts';

/**
 * Latin text font, and the East Asian font for Chinese: SimSun is on every Chinese Windows;
 * where it is missing, Word and LibreOffice substitute a CJK font for the zh-CN East Asian
 * language set in the default run style (Noto CJK on Linux, as the LibreOffice judge shows).
 */
export const LATIN_FONT = 'Calibri';
export const CJK_FONT = 'SimSun';
export const FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: CJK_FONT };

/** Paragraph style ids by block kind (defined in `documentStyles`). */
export const KIND_STYLE: Record<SegmentKind, string> = {
	title: 'Title',
	subtitle: 'Subtitle',
	heading: 'Heading1',
	body: 'Normal',
	caption: 'Caption',
	credit: 'Credit'
};

/** Styles: a CJK-capable default font, and one paragraph style per block kind. */
export function documentStyles(baseSize = 22): IStylesOptions {
	const style = (
		id: string,
		name: string,
		run: Record<string, unknown>,
		paragraph: Record<string, unknown> = {}
	) => ({
		id,
		name,
		basedOn: 'Normal',
		next: 'Normal',
		quickFormat: true,
		run: { font: FONT, ...run },
		paragraph: { spacing: { after: 120 }, ...paragraph }
	});
	return {
		default: {
			document: {
				// The East Asian language lets Word and LibreOffice pick Simplified Chinese glyphs.
				run: { font: FONT, size: baseSize, language: { value: 'en-US', eastAsia: 'zh-CN' } },
				paragraph: { spacing: { after: 120 } }
			}
		},
		paragraphStyles: [
			style('Title', 'Title', { size: 40, bold: true }, { spacing: { after: 240 } }),
			style('Subtitle', 'Subtitle', { size: 28, italics: true, color: '444444' }),
			style(
				'Heading1',
				'heading 1',
				{ size: 28, bold: true },
				{ spacing: { before: 240, after: 120 } }
			),
			style('Caption', 'caption', { size: 18, italics: true, color: '444444' }),
			style('Credit', 'Credit', { size: 18, color: '666666' })
		]
	};
}

/** How an inline code shows in a document: <1>, </1>, <1/> (read back by parse-bilingual). */
export function tagToken(tag: InlineTag | undefined, index: number): string {
	const n = index + 1;
	if (tag?.kind === 'open') return `<${n}>`;
	if (tag?.kind === 'close') return `</${n}>`;
	return `<${n}/>`;
}

/** Text with placeholders shown as tokens. */
export function showTags(text: string, tags?: InlineTag[]): string {
	let out = '';
	for (const ch of text) {
		if (isPlaceholder(ch)) {
			const i = ch.charCodeAt(0) - PLACEHOLDER_BASE;
			out += tagToken(tags?.[i], i);
		} else out += ch;
	}
	return out;
}

/** Runs for a piece of text: line breaks kept, inline code tokens in grey. */
function textRuns(text: string, tags: InlineTag[] | undefined, bold?: boolean): TextRun[] {
	const runs: TextRun[] = [];
	const lines = text.split('\n');
	lines.forEach((line, li) => {
		let plain = '';
		const flush = (brk: boolean) => {
			if (plain || brk)
				runs.push(
					new TextRun({ text: plain, bold: bold || undefined, break: brk ? 1 : undefined })
				);
			plain = '';
		};
		let first = li > 0;
		for (const ch of line) {
			if (isPlaceholder(ch)) {
				flush(first);
				first = false;
				const i = ch.charCodeAt(0) - PLACEHOLDER_BASE;
				runs.push(
					new TextRun({ text: tagToken(tags?.[i], i), color: '808080', bold: bold || undefined })
				);
			} else plain += ch;
		}
		flush(first);
	});
	return runs;
}

/**
 * A note's Markdown as Word shows it: the words without markup, one line break per line.
 *
 * @example
 * noteRuns('**Check** the [source](https://x.cn)') // [TextRun('Check the source')]
 */
export function noteRuns(body: string): TextRun[] {
	return markdownToPlainText(body)
		.split('\n')
		.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

export interface CommentRegistry {
	comments: ICommentOptions[];
	next: number;
}

/** A note as a Word comment (category, then the note), and its replies as threaded replies. */
function commentsFor(
	a: Annotation,
	registry: CommentRegistry,
	categoryLabel: (c: string) => string
): number[] {
	const id = registry.next++;
	const initials = (name: string) => (name || 'D').slice(0, 2);
	registry.comments.push({
		id,
		author: a.author || 'Duiyi',
		initials: initials(a.author),
		date: new Date(a.createdAt),
		children: [
			new Paragraph({
				children: [
					new TextRun({ text: `[${categoryLabel(a.category)}] `, bold: true }),
					...noteRuns(a.body)
				]
			})
		]
	});
	const ids = [id];
	for (const r of a.replies) {
		const replyId = registry.next++;
		registry.comments.push({
			id: replyId,
			parentId: id,
			author: r.author || 'Duiyi',
			initials: initials(r.author),
			date: new Date(r.createdAt),
			children: [new Paragraph({ children: noteRuns(r.body) })]
		});
		ids.push(replyId);
	}
	return ids;
}

/**
 * Runs of a text with its notes as Word comments: each annotation's words are wrapped in a
 * comment range; a note whose words are gone (detached) is anchored to the end of the text.
 */
export function annotatedRuns(
	text: string,
	notes: Annotation[],
	tags: InlineTag[] | undefined,
	registry: CommentRegistry,
	categoryLabel: (c: string) => string,
	bold?: boolean
): ParagraphChild[] {
	type Mark = { at: number; kind: 'start' | 'end'; id: number };
	const marks: Mark[] = [];
	for (const a of notes) {
		const ids = commentsFor(a, registry, categoryLabel);
		let { start, end } = a.selector;
		const ok =
			!a.detached &&
			start >= 0 &&
			end <= text.length &&
			start < end &&
			text.slice(start, end) === a.selector.exact;
		if (!ok) {
			const found = a.selector.exact ? text.indexOf(a.selector.exact) : -1;
			if (found >= 0 && !a.detached) {
				start = found;
				end = found + a.selector.exact.length;
			} else {
				start = text.length;
				end = text.length;
			}
		}
		for (const id of ids)
			marks.push({ at: start, kind: 'start', id }, { at: end, kind: 'end', id });
	}
	// At one offset, earlier notes close before later ones open; an empty range opens first.
	marks.sort(
		(x, y) =>
			x.at - y.at ||
			(x.id === y.id
				? x.kind === 'start'
					? -1
					: 1
				: x.kind === y.kind
					? 0
					: x.kind === 'end'
						? -1
						: 1)
	);
	const out: ParagraphChild[] = [];
	let pos = 0;
	for (const m of marks) {
		if (m.at > pos) {
			out.push(...textRuns(text.slice(pos, m.at), tags, bold));
			pos = m.at;
		}
		if (m.kind === 'start') out.push(new CommentRangeStart(m.id));
		else {
			out.push(new CommentRangeEnd(m.id));
			out.push(new TextRun({ children: [new CommentReference(m.id)] }));
		}
	}
	if (pos < text.length) out.push(...textRuns(text.slice(pos), tags, bold));
	return out;
}
