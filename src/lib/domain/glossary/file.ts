/**
 * Reading any glossary file the user drops in: decode the bytes (UTF-8, UTF-16, GBK/GB18030),
 * then read it as TBX or CSV/TSV by its content first and its extension second.
 */
import type { FormatIssue, ParseResult, TermEntry } from '../types.ts';
import { decodeText } from '../text/decode.ts';
import { parseGlossaryCsv, type CsvParseOptions } from '../formats/csv/parse.ts';
import { parseTbx } from '../formats/tbx/parse.ts';
import { checkFileSize } from '../formats/limits.ts';

export type GlossaryFileFormat = 'csv' | 'tsv' | 'tbx';

export interface GlossaryFile {
	entries: TermEntry[];
	/** Languages the file names, source first. */
	languages: string[];
	format: GlossaryFileFormat;
	/** The encoding the bytes were read in. */
	encoding: string;
}

/** The format a file name's extension promises, if any. */
export function glossaryFormatOf(fileName: string): GlossaryFileFormat | null {
	const ext = fileName.toLowerCase().split('.').pop() ?? '';
	if (ext === 'tbx' || ext === 'xml' || ext === 'tbxm') return 'tbx';
	if (ext === 'tsv' || ext === 'tab') return 'tsv';
	if (ext === 'csv' || ext === 'txt') return 'csv';
	return null;
}

/**
 * Decodes and parses a glossary file. XML content is read as TBX whatever its name; other
 * text as CSV (tab-separated when the name says .tsv, otherwise the delimiter is detected).
 *
 * @example
 * parseGlossaryFile(bytes, 'client.tbx').value?.format // 'tbx'
 */
export function parseGlossaryFile(
	bytes: Uint8Array,
	fileName: string,
	options: CsvParseOptions = {}
): ParseResult<GlossaryFile> {
	const tooBig = checkFileSize(bytes);
	if (tooBig) return { value: null, issues: [tooBig] };
	const decoded = decodeText(bytes);
	if (!decoded.ok) {
		const issue: FormatIssue =
			decoded.reason === 'binary'
				? { severity: 'error', code: 'file_binary', message: 'not a text file (binary content)' }
				: {
						severity: 'error',
						code: 'file_undecodable',
						message: 'the text is not UTF-8, UTF-16 or GB18030'
					};
		return { value: null, issues: [issue] };
	}
	const text = decoded.text;
	const byName = glossaryFormatOf(fileName);
	const looksXml = /^\s*</.test(text.replace(/^\uFEFF/, ''));
	if (looksXml || byName === 'tbx') {
		const result = parseTbx(text, options);
		if (!result.value) return { value: null, issues: result.issues };
		return {
			value: {
				entries: result.value.entries,
				languages: result.value.languages,
				format: 'tbx',
				encoding: decoded.encoding
			},
			issues: result.issues
		};
	}
	const result = parseGlossaryCsv(text, {
		...options,
		delimiter: options.delimiter ?? (byName === 'tsv' ? '\t' : undefined)
	});
	if (!result.value) return { value: null, issues: result.issues };
	return {
		value: {
			entries: result.value.entries,
			languages: result.value.languages,
			format: byName === 'tsv' || text.split('\n')[0].includes('\t') ? 'tsv' : 'csv',
			encoding: decoded.encoding
		},
		issues: result.issues
	};
}
