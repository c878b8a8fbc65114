/**
 * The import entry point: a user's file (or pasted text) in, the document's blocks out, in
 * reading order, with the format and encoding detected. Everything after (kinds, repair,
 * sentences) works on these blocks, whatever the file was.
 *
 * Formats: .txt (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030/GBK), .md, .docx,
 * .html/.htm. The extension decides, checked against the bytes: a zip named .txt, binary junk,
 * an empty file, a truncated .docx or a file type we cannot read gives an error issue and no
 * value, so nothing half-read reaches the project.
 */
import type { FormatIssue, ParseResult } from '../types.ts';
import { decodeText, type TextEncodingName } from '../text/decode.ts';
import { textToBlocks, type TextBlock } from '../segmentation/blocks.ts';
import { parseDocxDocument } from '../formats/docx/parse-document.ts';
import { checkFileSize } from '../formats/limits.ts';
import { parseHtml } from '../formats/html/parse.ts';
import { parseMarkdown } from '../formats/md/parse.ts';
import { detectInterchange, INTERCHANGE_NAMES } from './interchange.ts';

export type ImportFormat = 'txt' | 'md' | 'docx' | 'html';

export interface ImportedDocument {
	format: ImportFormat;
	/** How a text file was encoded (absent for .docx, which is always Unicode). */
	encoding?: TextEncodingName;
	/** Whether a text file began with a byte-order mark. */
	bom?: boolean;
	/** The blocks in reading order: the input of repairBlocks. */
	blocks: TextBlock[];
}

/** Extensions Duiyi reads, and those it knows it cannot (with the advice to give). */
const EXTENSIONS: Record<string, ImportFormat> = {
	txt: 'txt',
	text: 'txt',
	md: 'md',
	markdown: 'md',
	docx: 'docx',
	html: 'html',
	htm: 'html',
	xhtml: 'html'
};
const UNSUPPORTED: Record<string, string> = {
	doc: 'an old Word .doc file: save it as .docx in Word or LibreOffice',
	pdf: 'a PDF: copy its text into a .txt file, or save it as .docx',
	rtf: 'an RTF file: save it as .docx',
	odt: 'an OpenDocument file: save it as .docx',
	wps: 'a WPS file: save it as .docx',
	pages: 'a Pages file: export it as .docx'
};

function fail(
	code: string,
	message: string,
	params?: Record<string, string>
): ParseResult<ImportedDocument> {
	const issue: FormatIssue = { severity: 'error', code, message };
	if (params?.path) issue.path = params.path;
	return { value: null, issues: [issue] };
}

function extensionOf(fileName: string): string {
	const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
	return m ? m[1].toLowerCase() : '';
}

function isZip(bytes: Uint8Array): boolean {
	return (
		bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)
	);
}

/** Known binary signatures, so that a renamed file is named for what it is. */
function binaryKind(bytes: Uint8Array): string | null {
	const head = Array.from(bytes.subarray(0, 8));
	const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
	if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF';
	if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Office (.doc/.xls) file';
	if (isZip(bytes)) return 'a zip archive (such as .docx)';
	if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
	if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
	if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
	if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'an RTF file';
	return null;
}

function sniff(bytes: Uint8Array): ImportFormat {
	if (isZip(bytes)) return 'docx';
	const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
	if (/^(?:<!doctype html|<html|<head|<body|<meta|<p[\s>]|<div[\s>])/.test(head)) return 'html';
	return 'txt';
}

/** Share of bytes no text in UTF-8 or GB18030 holds: C0 controls other than tab, LF, FF, CR. */
function controlBytes(bytes: Uint8Array): number {
	let n = 0;
	for (const b of bytes) if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) n++;
	return bytes.length ? n / bytes.length : 0;
}

/** Decodes a text file, or explains why it is not one. */
function decode(
	bytes: Uint8Array
): ParseResult<{ text: string; encoding: TextEncodingName; bom: boolean }> {
	const kind = binaryKind(bytes);
	if (kind) {
		return {
			value: null,
			issues: [
				{ severity: 'error', code: 'import.binary', message: `this is ${kind}, not a text file` }
			]
		};
	}
	const decoded = decodeText(bytes);
	if (!decoded.ok && controlBytes(bytes) > 0.01) {
		return {
			value: null,
			issues: [
				{
					severity: 'error',
					code: 'import.binary',
					message: 'this is not a text file (binary content)'
				}
			]
		};
	}
	if (!decoded.ok) {
		return {
			value: null,
			issues: [
				decoded.reason === 'binary'
					? {
							severity: 'error',
							code: 'import.binary',
							message: 'this is not a text file (binary content)'
						}
					: {
							severity: 'error',
							code: 'import.undecodable',
							message: 'the text is not UTF-8, UTF-16 or GB18030 (GBK); save it as UTF-8'
						}
			]
		};
	}
	return {
		value: { text: decoded.text, encoding: decoded.encoding, bom: decoded.bom },
		issues: []
	};
}

function withBlocks(
	format: ImportFormat,
	parsed: ParseResult<TextBlock[]>,
	extra: Partial<ImportedDocument> = {}
): ParseResult<ImportedDocument> {
	if (!parsed.value) return { value: null, issues: parsed.issues };
	if (parsed.value.length === 0) {
		return {
			value: null,
			issues: [
				...parsed.issues.filter((i) => i.severity === 'error'),
				{ severity: 'error', code: 'import.empty', message: 'the file has no text to translate' }
			]
		};
	}
	return { value: { format, ...extra, blocks: parsed.value }, issues: parsed.issues };
}

/**
 * Imports a file's bytes. The file name's extension picks the format (a name without one is
 * sniffed); nothing is returned unless the whole file could be read.
 *
 * @example
 * importDocument(new TextEncoder().encode('风华正茂勇争先\n\n正文。'), 'a.txt').value
 * // { format: 'txt', encoding: 'utf-8', bom: false, blocks: [{ text: '风华正茂勇争先', blankBefore: 0 }, …] }
 */
export function importDocument(bytes: Uint8Array, fileName: string): ParseResult<ImportedDocument> {
	const ext = extensionOf(fileName);
	if (UNSUPPORTED[ext]) {
		return fail('import.unsupported_format', `cannot import ${UNSUPPORTED[ext]}`);
	}
	if (bytes.length === 0) return fail('import.empty', 'the file is empty');
	const tooBig = checkFileSize(bytes);
	if (tooBig) return { value: null, issues: [tooBig] };
	const interchange = detectInterchange(bytes);
	if (interchange) {
		return fail(
			'import.interchange',
			`this is ${INTERCHANGE_NAMES[interchange]}, not a document: import it where it belongs`
		);
	}
	const format = EXTENSIONS[ext] ?? sniff(bytes);
	if (format === 'docx') return withBlocks('docx', parseDocxDocument(bytes));
	const decoded = decode(bytes);
	if (!decoded.value) return { value: null, issues: decoded.issues };
	const { text, encoding, bom } = decoded.value;
	if (format === 'html') return withBlocks('html', parseHtml(text), { encoding, bom });
	if (format === 'md') return withBlocks('md', parseMarkdown(text), { encoding, bom });
	return withBlocks('txt', { value: textToBlocks(text), issues: [] }, { encoding, bom });
}

/**
 * Imports pasted text: plain text as a .txt, or the HTML a browser or Word puts on the
 * clipboard (text only, no markup survives).
 *
 * @example
 * importPasted('<p>风华正茂</p><p>正文。</p>', 'html').value?.blocks.length // 2
 */
export function importPasted(
	text: string,
	type: 'text' | 'html' = 'text'
): ParseResult<ImportedDocument> {
	if (type === 'html') return withBlocks('html', parseHtml(text));
	return withBlocks('txt', { value: textToBlocks(text), issues: [] });
}
