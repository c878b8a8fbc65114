/**
 * Reading CSV/TSV glossaries as CAT tools and spreadsheets write them: with or without a
 * header, RFC 4180 quoting, comma, tab or semicolon, the OmegaT layout (source, target,
 * comment) and multi-column layouts with language headers. Rows with the same Chinese term (or
 * the same concept id) become one concept entry.
 */
import Papa from 'papaparse';
import type { FormatIssue, ParseResult, Term, TermEntry, TermStatus } from '../../types.ts';
import { createEntry, isLang, readStatus, type EntryFactoryOptions } from '../../glossary/terms.ts';
import { readHeader, type Column } from './columns.ts';
import { restoreFormula } from './formula.ts';

export interface CsvGlossary {
	entries: TermEntry[];
	/** Source and target language tags as the file names them (or as assumed). */
	languages: [string, string];
}

export interface CsvParseOptions extends EntryFactoryOptions {
	/** Language of the first column of a header-less file (default 'zh'). */
	sourceLang?: string;
	/** Language of the second column of a header-less file (default 'en'). */
	targetLang?: string;
	/** Force a delimiter instead of detecting it. */
	delimiter?: ',' | '\t' | ';';
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function issue(
	severity: FormatIssue['severity'],
	code: string,
	message: string,
	line?: number
): FormatIssue {
	return line === undefined ? { severity, code, message } : { severity, code, message, line };
}

interface Row {
	cells: string[];
	line: number;
}

/** Parses with Papa and records the 1-based line each row starts on. */
function readRows(text: string, delimiter: string): { rows: Row[]; errors: Papa.ParseError[] } {
	const lineStarts: number[] = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
	const lineAt = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
	const rows: Row[] = [];
	const errors: Papa.ParseError[] = [];
	let cursor = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		quoteChar: '"',
		skipEmptyLines: false,
		step: (result) => {
			// Leading blank lines belong to no row: start at the first non-newline character.
			let start = cursor;
			while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
			const line = lineAt(start);
			cursor = result.meta.cursor;
			for (const e of result.errors) errors.push({ ...e, row: line });
			const cells = result.data;
			if (cells.length === 0 || cells.every((c) => c.trim() === '')) return;
			rows.push({ cells, line });
		}
	});
	return { rows, errors };
}

/** The delimiter that splits the first lines into the most consistent number (>1) of fields. */
function detectDelimiter(text: string): ',' | '\t' | ';' {
	const sample = text.slice(0, 20000);
	let best: ',' | '\t' | ';' = ',';
	let bestScore = -1;
	for (const d of ['\t', ',', ';'] as const) {
		const { rows } = readRows(sample, d);
		const counts = rows.slice(0, 50).map((r) => r.cells.length);
		if (counts.length === 0) continue;
		const multi = counts.filter((c) => c > 1).length;
		const freq = new Map<number, number>();
		for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
		const modal = Math.max(...freq.values());
		const score = (multi / counts.length) * 2 + modal / counts.length;
		if (multi > 0 && score > bestScore + 1e-9) {
			best = d;
			bestScore = score;
		}
	}
	return best;
}

function clean(s: string | undefined): string {
	return restoreFormula((s ?? '').replace(/^\uFEFF/, '')).trim();
}

/**
 * Parses a CSV or TSV glossary. Never throws; an unterminated quote or a file with no terms is
 * an error (and no entries), odd rows are warnings with their line.
 *
 * @example
 * parseGlossaryCsv('zh,en\n放管服,streamline administration\n').value?.entries[0].terms
 * // [{ lang: 'zh', text: '放管服', status: 'preferred' }, { lang: 'en', text: 'streamline administration', status: 'preferred' }]
 */
export function parseGlossaryCsv(
	text: string,
	options: CsvParseOptions = {}
): ParseResult<CsvGlossary> {
	const issues: FormatIssue[] = [];
	let body = text.replace(/^\uFEFF/, '');
	// Excel's "sep=;" hint line names the delimiter; a blank line keeps the line numbers.
	const hint = /^sep=([,;\t|])[ \t]*\r?\n/i.exec(body);
	if (hint) body = '\n' + body.slice(hint[0].length);
	if (body.trim() === '') {
		return { value: null, issues: [issue('error', 'csv_empty', 'the file has no rows')] };
	}
	const delimiter =
		options.delimiter ?? (hint?.[1] as ',' | ';' | '\t' | undefined) ?? detectDelimiter(body);
	const { rows, errors } = readRows(body, delimiter);
	for (const e of errors) {
		const code = e.type === 'Quotes' ? 'csv_unterminated_quote' : 'csv_malformed';
		issues.push(issue('error', code, `${e.message} (row starting on line ${e.row})`, e.row));
	}
	if (issues.some((i) => i.severity === 'error')) return { value: null, issues };

	const sourceLang = options.sourceLang ?? 'zh';
	const targetLang = options.targetLang ?? 'en';
	const header = readHeader(rows[0]?.cells ?? [], sourceLang, targetLang);
	const nonEmpty = (rows[0]?.cells ?? []).filter((c) => c.trim() !== '').length;
	const hasHeader =
		header.termColumns > 0 && header.recognised >= Math.max(1, Math.ceil(nonEmpty / 2));
	let columns: Column[];
	let dataRows: Row[];
	if (hasHeader) {
		columns = header.columns;
		dataRows = rows.slice(1);
		const reported = new Set<string>();
		for (const c of columns) {
			if (c.kind === 'ignore' && c.header.trim() && !reported.has(c.header)) {
				reported.add(c.header);
				issues.push(issue('warning', 'csv_column_ignored', `column "${c.header}" is not used`, 1));
			}
		}
	} else {
		// OmegaT layout: source, target, comment. Which side is Chinese is read from the text.
		dataRows = rows;
		const hanIn = (i: number) => dataRows.filter((r) => HAN.test(r.cells[i] ?? '')).length;
		let [first, second] = [sourceLang, targetLang];
		if (hanIn(0) === 0 && hanIn(1) > 0) [first, second] = [targetLang, sourceLang];
		else if (hanIn(0) === 0 && isLang(sourceLang, 'zh')) {
			issues.push(
				issue(
					'warning',
					'csv_languages_assumed',
					`no header and no Chinese in the first column; columns read as ${first}, ${second}`
				)
			);
		}
		columns = [
			{ kind: 'term', lang: first },
			{ kind: 'term', lang: second },
			{ kind: 'entry', field: 'note' }
		];
		const widest = Math.max(...dataRows.map((r) => r.cells.length));
		if (widest > 3) {
			issues.push(
				issue('warning', 'csv_extra_columns', `no header: columns after the third are not used`)
			);
		}
	}

	const termColumns = columns.filter(
		(c): c is Extract<Column, { kind: 'term' }> => c.kind === 'term'
	);
	// The Chinese (source) column keys the concept; the first other language is the target.
	const keyColumn =
		termColumns.find((c) => isLang(c.lang, 'zh')) ??
		termColumns.find((c) => c.role === 'source') ??
		termColumns[0];
	const targetColumn =
		termColumns.find((c) => c !== keyColumn && isLang(c.lang, targetLang)) ??
		termColumns.find((c) => c !== keyColumn);
	const languages: [string, string] = [
		keyColumn?.lang ?? sourceLang,
		targetColumn?.lang ?? targetLang
	];

	const byKey = new Map<string, TermEntry>();
	const explicit = new WeakMap<Term, boolean>();
	const entries: TermEntry[] = [];
	const idColumn = columns.findIndex((c) => c.kind === 'id');
	for (const row of dataRows) {
		const cell = (i: number) => clean(row.cells[i]);
		const key = idColumn >= 0 ? cell(idColumn) : '';
		const keyIndex = keyColumn ? columns.indexOf(keyColumn) : -1;
		const headword = keyIndex >= 0 ? cell(keyIndex) : '';
		if (!key && !headword) {
			if (columns.some((c, i) => c.kind === 'term' && cell(i))) {
				issues.push(
					issue(
						'warning',
						'csv_row_without_source',
						`row has no ${languages[0]} term; skipped`,
						row.line
					)
				);
			}
			continue;
		}
		const mapKey = key ? 'id:' + key : 'zh:' + headword;
		let entry = byKey.get(mapKey);
		if (!entry) {
			entry = createEntry(options, key || undefined);
			byKey.set(mapKey, entry);
			entries.push(entry);
		}
		// Term-level fields: tied to a language, or to the row's target term.
		const fieldFor = (
			lang: string,
			field: 'status' | 'partOfSpeech' | 'note',
			isTarget: boolean
		) => {
			const i = columns.findIndex(
				(c) =>
					c.kind === 'termField' &&
					c.field === field &&
					(c.lang ? isLang(lang, c.lang.split('-')[0]) : isTarget)
			);
			return i >= 0 ? cell(i) : '';
		};
		let rowNote = '';
		let rowTarget: Term | undefined;
		columns.forEach((column, i) => {
			if (column.kind === 'entry') {
				const value = cell(i);
				if (!value) return;
				const current = entry[column.field];
				if (!current) entry[column.field] = value;
				// A later row's different note is about that row's term (one English term per row).
				else if (column.field === 'note' && current !== value) rowNote = value;
				return;
			}
			if (column.kind !== 'term') return;
			const value = cell(i);
			if (!value) return;
			const isTarget =
				column === targetColumn || (column !== keyColumn && !isLang(column.lang, 'zh'));
			const statusText = fieldFor(column.lang, 'status', isTarget);
			const status = readStatus(statusText);
			if (statusText && !status) {
				issues.push(
					issue(
						'warning',
						'csv_unknown_status',
						`unknown status "${statusText}"; read as a plain term`,
						row.line
					)
				);
			}
			const existing = entry.terms.find((t) => t.lang === column.lang && t.text === value);
			if (existing && isTarget) rowTarget = existing;
			if (existing) {
				if (status) {
					existing.status = status;
					explicit.set(existing, true);
				}
				return;
			}
			const term: Term = { lang: column.lang, text: value, status: status ?? 'admitted' };
			explicit.set(term, status !== null);
			const pos = fieldFor(column.lang, 'partOfSpeech', isTarget);
			if (pos) term.partOfSpeech = pos;
			const note = fieldFor(column.lang, 'note', isTarget);
			if (note) term.note = note;
			entry.terms.push(term);
			if (isTarget) rowTarget = term;
		});
		if (rowNote) {
			if (rowTarget && !rowTarget.note) rowTarget.note = rowNote;
			else if (!rowTarget && entry.note && !entry.note.split('\n').includes(rowNote))
				entry.note += '\n' + rowNote;
		}
	}
	// Terms grouped by language in column order; the first of each language is preferred
	// unless a status column said otherwise.
	const langOrder = termColumns.map((c) => c.lang);
	for (const entry of entries) {
		entry.terms = entry.terms
			.map((t, i) => ({ t, i }))
			.sort((a, b) => langOrder.indexOf(a.t.lang) - langOrder.indexOf(b.t.lang) || a.i - b.i)
			.map((x) => x.t);
		const langs = new Set(entry.terms.map((t) => t.lang));
		for (const lang of langs) {
			const terms = entry.terms.filter((t) => t.lang === lang);
			let preferredSeen = terms.some((t) => explicit.get(t) && t.status === 'preferred');
			for (const t of terms) {
				if (explicit.get(t)) continue;
				t.status = (preferredSeen ? 'admitted' : 'preferred') as TermStatus;
				preferredSeen = true;
			}
		}
	}
	const withTerms = entries.filter((e) => e.terms.length > 0);
	if (withTerms.length === 0) {
		issues.push(issue('error', 'csv_no_terms', 'the file holds no glossary terms'));
		return { value: null, issues };
	}
	return { value: { entries: withTerms, languages }, issues };
}
