/**
 * Writing a glossary as CSV in Duiyi's canonical layout, one row per English term:
 * `zh,en,status,part_of_speech,domain,definition,note,source`. Columns the data needs beyond
 * that (a note on an English term, the status of a Chinese term, a concept id when a concept
 * has several Chinese terms or two concepts share one) are appended only when needed, so a
 * round trip through parseGlossaryCsv loses nothing the model holds but ids and dates.
 */
import Papa from 'papaparse';
import type { Term, TermEntry } from '../../types.ts';
import { isLang } from '../../glossary/terms.ts';
import { FORMULA_TRIGGER } from './formula.ts';

export const CANONICAL_HEADER = [
	'zh',
	'en',
	'status',
	'part_of_speech',
	'domain',
	'definition',
	'note',
	'source'
] as const;

export interface CsvSerializeOptions {
	/** Primary subtag of the source column (default 'zh'). */
	sourceLang?: string;
	/** Primary subtag of the target column (default 'en'). */
	targetLang?: string;
	/** Line ending (RFC 4180 says CRLF, the default). */
	newline?: '\r\n' | '\n';
	/** Field separator: comma (default) or tab for TSV. */
	delimiter?: ',' | '\t';
}

/** The statuses a reader assumes when no status is written: first preferred, rest admitted. */
function isDefaultOrder(terms: Term[]): boolean {
	return terms.every((t, i) => t.status === (i === 0 ? 'preferred' : 'admitted'));
}

/**
 * Serialises entries to CSV. Terms in languages other than the two columns are not written
 * (count them with `csvDroppedTerms`).
 *
 * @example
 * serializeGlossaryCsv([entry]) // 'zh,en,status,…\r\n放管服,streamline administration,preferred,…\r\n'
 */
export function serializeGlossaryCsv(
	entries: TermEntry[],
	options: CsvSerializeOptions = {}
): string {
	const src = options.sourceLang ?? 'zh';
	const tgt = options.targetLang ?? 'en';
	const nl = options.newline ?? '\r\n';
	const sep = options.delimiter ?? ',';
	const zhOf = (e: TermEntry) => e.terms.filter((t) => isLang(t.lang, src));
	const enOf = (e: TermEntry) => e.terms.filter((t) => isLang(t.lang, tgt));

	const headwordCount = new Map<string, number>();
	for (const e of entries) {
		const h = zhOf(e)[0]?.text.trim();
		if (h) headwordCount.set(h, (headwordCount.get(h) ?? 0) + 1);
	}
	const needsId = entries.some((e) => {
		const zh = zhOf(e);
		return zh.length !== 1 || (headwordCount.get(zh[0].text.trim()) ?? 0) > 1;
	});
	const needsTermNote = entries.some((e) => enOf(e).some((t) => t.note));
	const needsZhStatus = entries.some((e) => !isDefaultOrder(zhOf(e)));
	const needsZhPos = entries.some((e) => zhOf(e).some((t) => t.partOfSpeech));
	const needsZhNote = entries.some((e) => zhOf(e).some((t) => t.note));
	const header: string[] = [src, tgt, ...CANONICAL_HEADER.slice(2)];
	if (needsTermNote) header.push('term_note');
	if (needsZhStatus) header.push(`${src}_status`);
	if (needsZhPos) header.push(`${src}_part_of_speech`);
	if (needsZhNote) header.push(`${src}_note`);
	if (needsId) header.push('id');

	const rows: string[][] = [header];
	for (const entry of entries) {
		const zh = zhOf(entry);
		const en = enOf(entry);
		if (zh.length === 0 && en.length === 0) continue;
		const row = (z: Term | undefined, e: Term | undefined) => {
			const cells = [
				z?.text ?? '',
				e?.text ?? '',
				e?.status ?? '',
				e?.partOfSpeech ?? '',
				entry.domain ?? '',
				entry.definition ?? '',
				entry.note ?? '',
				entry.source ?? ''
			];
			if (needsTermNote) cells.push(e?.note ?? '');
			if (needsZhStatus) cells.push(z?.status ?? '');
			if (needsZhPos) cells.push(z?.partOfSpeech ?? '');
			if (needsZhNote) cells.push(z?.note ?? '');
			if (needsId) cells.push(entry.id);
			rows.push(cells);
		};
		if (en.length === 0) row(zh[0], undefined);
		for (const e of en) row(zh[0], e);
		for (const z of zh.slice(1)) row(z, undefined);
	}
	// papaparse quotes a field when RFC 4180 requires it (separator, quote, line break) or its
	// leading or trailing spaces would be lost, and neutralises a cell a spreadsheet would run
	// as a formula (OWASP; our pattern also catches a formula followed by a line break).
	return (
		Papa.unparse(rows, {
			delimiter: sep,
			newline: nl,
			header: false,
			escapeFormulae: FORMULA_TRIGGER
		}) + nl
	);
}

/** Terms a CSV export cannot hold: those in neither of its two languages. */
export function csvDroppedTerms(
	entries: TermEntry[],
	sourceLang = 'zh',
	targetLang = 'en'
): number {
	let n = 0;
	for (const e of entries)
		for (const t of e.terms) if (!isLang(t.lang, sourceLang) && !isLang(t.lang, targetLang)) n++;
	return n;
}
