/**
 * Reading a Markdown file as a source text: the markup is stripped and the text kept. Headings
 * (`#`, or a line underlined with === / ---) become heading blocks (the first `#` a title),
 * list items and table cells become blocks of their own, paragraphs are unwrapped, links keep
 * their words, images go, HTML keeps only its text, code keeps its text a line a block. Front
 * matter is skipped. The Markdown is read by markdown-it (domain/markdown/reader.ts, the reader
 * notes use too); HTML inside it by the HTML reader.
 */
import type { ParseResult, SegmentKind } from '../../types.ts';
import { joinPieces, type TextBlock } from '../../segmentation/blocks.ts';
import { documentReader, type MarkdownToken } from '../../markdown/reader.ts';
import { normaliseText } from '../../text/normalise.ts';
import { parseHtml } from '../html/parse.ts';

/** A footnote reference (`[^1]`): a mark for the reader, not text to translate. */
const FOOTNOTE_REF = /\[\^[^\]\s]+\]/g;
/** A reference link whose label has no definition (`[text][label]`): its text is kept. */
const UNRESOLVED = /\[([^\]]+)\]\[[^\]]*\]/g;
const TASK_BOX = /^\[[ xX]\]\s+/;

/**
 * The words of inline Markdown, as lines (a line break in the source ends a line): emphasis,
 * code and links keep their text; images, HTML tags and footnote marks go.
 */
function inlineLines(tokens: MarkdownToken[]): string[] {
	const lines = [''];
	for (const token of tokens) {
		if (token.type === 'image') continue; // its alt text is in token.children, left out
		if (token.type === 'softbreak' || token.type === 'hardbreak') lines.push('');
		else if (token.type === 'html_inline') {
			// Tags go; <br> breaks the line as it would on the page.
			if (/^<br\b/i.test(token.content)) lines.push('');
		} else if (token.type === 'text')
			lines[lines.length - 1] += token.content.replace(UNRESOLVED, '$1');
		else if (token.type === 'code_inline') lines[lines.length - 1] += token.content;
	}
	return lines.map((l) => l.replace(FOOTNOTE_REF, ''));
}

/**
 * Inline markup to text: links, images, emphasis, code, tags, escapes, entities.
 *
 * @example
 * stripInline('见[宜春](https://zh.wikipedia.org/wiki/宜春_(江西))。') // '见宜春。'
 */
export function stripInline(text: string): string {
	const [inline] = documentReader().parseInline(text, {});
	return inlineLines(inline?.children ?? []).reduce((acc, l) => joinPieces(acc, l.trim()), '');
}

/** Blank lines among `lines[from, to)`. */
function blanksBetween(lines: string[], from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (!lines[i].trim()) n++;
	return n;
}

/**
 * Reads the blocks of a Markdown text.
 *
 * @example
 * parseMarkdown('# 风华正茂\n\n宜春经开区**高质量**发展。').value
 * // [{ text: '风华正茂', kind: 'title' }, { text: '宜春经开区高质量发展。' }]
 */
export function parseMarkdown(source: string): ParseResult<TextBlock[]> {
	let lines = source.replace(/\r\n?/g, '\n').split('\n');
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
		if (end > 0) lines = lines.slice(end + 1);
	}
	const tokens = documentReader().parse(lines.join('\n'), {});
	const blocks: TextBlock[] = [];
	let titleSeen = false;
	/** Where the last block ended (a line index), to count the blank lines before the next. */
	let lastEnd = 0;
	/** The heading level, list item or table cell the next inline token belongs to. */
	let heading = 0;
	let listDepth = 0;
	let cell = false;
	let firstInItem = false;

	const push = (
		raw: string,
		start: number,
		end: number,
		kind?: SegmentKind,
		boundary?: TextBlock['boundary']
	) => {
		const text = normaliseText(raw).trim();
		const blankBefore = blanksBetween(lines, lastEnd, start);
		lastEnd = Math.max(lastEnd, end);
		if (!text) return;
		blocks.push({
			text,
			...(kind ? { kind } : {}),
			blankBefore,
			...(boundary ? { boundary } : {})
		});
	};
	let map: [number, number] = [0, 0];
	for (const token of tokens) {
		if (token.map) map = token.map as [number, number];
		switch (token.type) {
			case 'heading_open':
				heading = Number(token.tag.slice(1));
				break;
			case 'heading_close':
				heading = 0;
				break;
			case 'bullet_list_open':
			case 'ordered_list_open':
				listDepth++;
				break;
			case 'bullet_list_close':
			case 'ordered_list_close':
				listDepth--;
				break;
			case 'list_item_open':
				firstInItem = true;
				break;
			case 'th_open':
			case 'td_open':
				cell = true;
				break;
			case 'th_close':
			case 'td_close':
				cell = false;
				break;
			case 'inline': {
				const pieces = inlineLines(token.children ?? []);
				if (firstInItem) pieces[0] = pieces[0].replace(TASK_BOX, '');
				firstInItem = false;
				const text = pieces.reduce((acc, l) => joinPieces(acc, l.trim()), '');
				if (heading) {
					const kind: SegmentKind =
						heading === 1 && !titleSeen && blocks.length === 0 ? 'title' : 'heading';
					if (heading === 1) titleSeen = true;
					push(text, map[0], map[1], kind);
				} else if (cell) push(text, map[0], map[1], undefined, 'table-cell');
				else push(text, map[0], map[1], undefined, listDepth ? 'list-item' : undefined);
				break;
			}
			case 'fence':
			case 'code_block': {
				// Code is kept as text, a line a block.
				const code = token.content.split('\n');
				code.forEach((line, i) =>
					push(line, map[0] + (token.type === 'fence' ? 1 : 0) + i, map[0] + i + 1)
				);
				lastEnd = Math.max(lastEnd, map[1]);
				break;
			}
			case 'html_block':
				for (const block of parseHtml(token.content).value ?? [])
					push(block.text, map[0], map[1], block.kind, block.boundary);
				break;
		}
	}
	return { value: blocks, issues: [] };
}
