/**
 * Reading a Markdown file as a source text: the markup is stripped and the text kept. Headings
 * (`#`, or a line underlined with === / ---) become heading blocks (the first `#` a title),
 * list items and table cells become blocks of their own, paragraphs are unwrapped, links keep
 * their words, images and HTML tags go, code keeps its text. Front matter is skipped.
 */
import type { ParseResult, SegmentKind } from '../../types.ts';
import { joinPieces, type TextBlock } from '../../segmentation/blocks.ts';
import { normaliseText } from '../../text/normalise.ts';
import { decodeHtmlEntities } from '../html/parse.ts';

/** Inline markup to text: links, images, emphasis, code, tags, escapes. */
export function stripInline(text: string): string {
	const codes: string[] = [];
	let t = text.replace(/(`+)([\s\S]*?)\1/g, (_m, _ticks: string, code: string) => {
		codes.push(code.trim());
		return `\u0000${codes.length - 1}\u0000`;
	});
	// Escaped characters are set aside first so that \* is never read as emphasis.
	t = t.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_m, ch: string) => {
		codes.push(ch);
		return `\u0000${codes.length - 1}\u0000`;
	});
	t = t
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
		.replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/\[\^[^\]]+\]/g, '')
		.replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
		.replace(/<\/?[a-zA-Z][^>]*>/g, '')
		.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/(\*|_)(?=\S)([\s\S]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
		.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
	// eslint-disable-next-line no-control-regex
	t = t.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)]);
	return decodeHtmlEntities(t);
}

const FENCE = /^(\s{0,3})(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const QUOTE = /^\s{0,3}>\s?/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Reads the blocks of a Markdown text.
 *
 * @example
 * parseMarkdown('# 风华正茂\n\n宜春经开区**高质量**发展。').value
 * // [{ text: '风华正茂', kind: 'title' }, { text: '宜春经开区高质量发展。' }]
 */
export function parseMarkdown(source: string): ParseResult<TextBlock[]> {
	let lines = normaliseNewlines(source).split('\n');
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
		if (end > 0) lines = lines.slice(end + 1);
	}
	const blocks: TextBlock[] = [];
	let paragraph: string[] = [];
	let titleSeen = false;
	let blank = 0;
	let listItem = false;
	const push = (raw: string, kind?: SegmentKind, boundary?: TextBlock['boundary']) => {
		const text = normaliseText(stripInline(raw)).trim();
		if (!text) return;
		blocks.push({
			text,
			...(kind ? { kind } : {}),
			blankBefore: blank,
			...(boundary ? { boundary } : {})
		});
		blank = 0;
	};
	const heading = (raw: string, level: number) => {
		const kind: SegmentKind =
			level === 1 && !titleSeen && blocks.length === 0 ? 'title' : 'heading';
		if (level === 1) titleSeen = true;
		push(raw, kind);
	};
	const flush = () => {
		if (paragraph.length) {
			const text = paragraph.reduce((acc, l) => joinPieces(acc, l.trim()), '');
			push(text, undefined, listItem ? 'list-item' : undefined);
		}
		paragraph = [];
		listItem = false;
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].replace(QUOTE, '').replace(QUOTE, '');
		const fence = FENCE.exec(line);
		if (fence) {
			flush();
			const code: string[] = [];
			let j = i + 1;
			while (j < lines.length && !lines[j].trim().startsWith(fence[2])) code.push(lines[j++]);
			i = j;
			for (const c of code) if (c.trim()) push(c.replace(/[*_`]/g, (m) => `\\${m}`));
			continue;
		}
		if (!line.trim()) {
			flush();
			blank++;
			continue;
		}
		const atx = ATX.exec(line);
		if (atx) {
			flush();
			heading(atx[2], atx[1].length);
			continue;
		}
		if (paragraph.length === 1 && SETEXT.test(line) && !LIST_ITEM.test(paragraph[0])) {
			const level = line.trim()[0] === '=' ? 1 : 2;
			const text = paragraph[0];
			paragraph = [];
			heading(text, level);
			continue;
		}
		if (RULE.test(line)) {
			flush();
			continue;
		}
		if (/^\s*\|/.test(line) || (line.includes('|') && TABLE_SEPARATOR.test(lines[i + 1] ?? ''))) {
			flush();
			if (TABLE_SEPARATOR.test(line)) continue;
			const cells = line
				.trim()
				.replace(/^\|/, '')
				.replace(/\|$/, '')
				.split(/(?<!\\)\|/);
			for (const cell of cells) push(cell.trim(), undefined, 'table-cell');
			continue;
		}
		const item = LIST_ITEM.exec(line);
		if (item) {
			flush();
			paragraph = [item[1]];
			listItem = true;
			continue;
		}
		if (/^ {4,}|^\t/.test(line) && paragraph.length === 0) {
			push(line.trim().replace(/[*_`]/g, (m) => `\\${m}`));
			continue;
		}
		paragraph.push(line.replace(/ {2,}$|\\$/, ''));
	}
	flush();
	return { value: blocks, issues: [] };
}

function normaliseNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}
