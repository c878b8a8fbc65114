/**
 * What a reader of a table carries from its title and header to its cells: a table whose unit is
 * given once (表…（单位：亿元）, "(unit: billion yuan)") and whose rows print bare figures
 * (一般公共预算收入	186.4	197.6	6.0). Each language keeps its own unit, so 186.4 under 亿元 and
 * 18.64 under "billion yuan" are one value; a header cell's own unit (增长(%), "Growth (%)")
 * holds for its column.
 */
import { findChineseNumbers, findEnglishNumbers, type NumberMention } from '../numbers/index.ts';
import type { NumberKind } from '../numbers/index.ts';
import { clean } from '../numbers/shared.ts';

/** The unit a table gives its bare figures: 亿元 is × 100,000,000 yuan. */
export interface TableUnit {
	factor: number;
	kind: NumberKind;
	unit?: string;
}

/** One language's side of a table: its unit for the whole table and for single columns. */
export interface TableSide {
	unit?: TableUnit;
	columns: (TableUnit | undefined)[];
}

/** The table a unit (paragraph) is a row of, each language read with its own title and header. */
export interface NumberContext {
	zh: TableSide;
	en: TableSide;
}

type Lang = 'zh' | 'en';

const DECLARATION: Record<Lang, RegExp> = {
	zh: /[（(]\s*单位\s*[:：]\s*([^）)\n]{1,12})[）)]|单位\s*[:：]\s*([^\s，。；、）)]{1,12})/g,
	// "Unit: 10,000 persons": a comma between digit groups does not end the declaration.
	en: /\(\s*units?\s*:\s*([^)\n]{1,40})\)|\bunits?\s*:\s*((?:[^;,)\n]|,(?=\d{3})){1,40})/gi
};

/** Cells of a table row as web copying flattens them: tabs, ideographic spaces, bars, runs of spaces. */
const CELL_BREAK = /\t|\u3000+| *\| *| {2,}/;

/**
 * The unit a declaration names, read by the language's own number reader: 亿元 → 1e8 yuan,
 * "billion yuan" → 1e9 yuan, "100 million yuan" → 1e8 yuan, % → per cent.
 *
 * @example
 * parseTableUnit('亿元', 'zh') // { factor: 100000000, kind: 'money', unit: 'CNY' }
 */
export function parseTableUnit(text: string, lang: Lang): TableUnit | undefined {
	const body = text.trim();
	if (!body) return undefined;
	const numeral = lang === 'zh' ? /^[\d０-９一二两三四五六七八九十百千万亿]/ : /^\d/;
	const probe = numeral.test(body) ? body : lang === 'zh' ? `1${body}` : `1 ${body}`;
	const found = lang === 'zh' ? findChineseNumbers(probe) : findEnglishNumbers(probe);
	if (found.length !== 1) return undefined;
	const m = found[0];
	// "10,000 persons": what the figures count, a noun the English reader leaves out of the
	// number as the Chinese reader keeps 人 as a counter.
	const rest = probe.slice(m.end).trim();
	const counted = lang === 'en' && m.kind === 'quantity' && /^[A-Za-z][A-Za-z -]*$/.test(rest);
	if (m.start !== 0 || (rest && !counted) || m.approx || m.high !== undefined) return undefined;
	if (!['quantity', 'money', 'percent'].includes(m.kind)) return undefined;
	return { factor: m.value, kind: m.kind, ...(m.unit ? { unit: m.unit } : {}) };
}

/** Where a text declares a unit (单位：亿元, "unit: billion yuan"), and which. */
export function unitDeclarations(
	text: string,
	lang: Lang
): { start: number; end: number; unit?: TableUnit }[] {
	const out: { start: number; end: number; unit?: TableUnit }[] = [];
	for (const m of text.matchAll(DECLARATION[lang])) {
		const unit = parseTableUnit(m[1] ?? m[2] ?? '', lang);
		out.push({ start: m.index, end: m.index + m[0].length, ...(unit ? { unit } : {}) });
	}
	return out;
}

function cells(text: string): string[] {
	return text.trim().split(CELL_BREAK);
}

/** A paragraph that reads as a table row: cells apart, no sentence. */
function isRow(source: string): boolean {
	return cells(source).length >= 2 && !/[。！？]/.test(source) && source.length <= 200;
}

/**
 * The unit a row's label gives the figures after it: 养老床位（万张）	2.41	2.86, "Beds (10,000)"
 * — the bracket after the first cell, which is itself no figure.
 */
function rowLabelUnit(
	text: string,
	lang: Lang
): { start: number; end: number; unit: TableUnit } | undefined {
	if (!isRow(text)) return undefined;
	const leading = text.length - text.trimStart().length;
	const first = cells(text)[0];
	const bracket = /[（(]([^）)]{1,24})[）)]\s*$/.exec(first);
	if (!bracket) return undefined;
	const unit = parseTableUnit(bracket[1], lang);
	if (!unit) return undefined;
	const start = leading + bracket.index;
	return { start, end: start + bracket[0].length, unit };
}

/** Units a header row gives its columns: 增长(%), 金额（亿元）, "Growth (%)". */
function headerColumns(text: string, lang: Lang): (TableUnit | undefined)[] | undefined {
	const row = cells(text);
	if (row.length < 2) return undefined;
	let any = false;
	const columns = row.map((cell) => {
		const bracket = /[（(]([^）)]{1,24})[）)]\s*$/.exec(cell);
		const unit = bracket ? parseTableUnit(bracket[1], lang) : undefined;
		if (unit) any = true;
		return unit;
	});
	return any ? columns : undefined;
}

/**
 * The table context of each unit of a document, in order: a unit after a title or header that
 * declares a unit, while the units read as rows of a table (cells apart, no sentence).
 *
 * @example
 * numberContexts([
 *   { source: '表 主要指标（单位：亿元）', target: 'Table: Main figures (unit: billion yuan)' },
 *   { source: '收入\t186.4', target: 'Revenue\t18.64' }
 * ]) // [undefined, { zh: { unit: { factor: 1e8, … }, columns: [] }, en: { unit: { factor: 1e9, … }, … } }]
 */
export function numberContexts(
	units: readonly { source: string; target: string }[]
): (NumberContext | undefined)[] {
	let table: NumberContext | undefined;
	return units.map((u) => {
		const zh = unitDeclarations(u.source, 'zh').find((d) => d.unit)?.unit;
		const en = unitDeclarations(u.target, 'en').find((d) => d.unit)?.unit;
		if (zh || en) {
			// A title: it opens a table whose rows follow.
			table = { zh: { unit: zh, columns: [] }, en: { unit: en, columns: [] } };
			return undefined;
		}
		if (!table && isRow(u.source)) {
			// A header row whose cells give their units (指标	金额（亿元）	增长（%）) opens a table
			// with no title declaring one.
			const zhColumns = headerColumns(u.source, 'zh');
			const enColumns = headerColumns(u.target, 'en');
			if (zhColumns || enColumns) {
				table = { zh: { columns: zhColumns ?? [] }, en: { columns: enColumns ?? [] } };
				return table;
			}
		}
		if (!table || !isRow(u.source)) {
			table = undefined;
			return undefined;
		}
		const zhColumns = headerColumns(u.source, 'zh');
		const enColumns = headerColumns(u.target, 'en');
		if (zhColumns || enColumns) {
			table = {
				zh: { ...table.zh, columns: zhColumns ?? table.zh.columns },
				en: { ...table.en, columns: enColumns ?? table.en.columns }
			};
		}
		return table;
	});
}

/**
 * A text's numbers as its table reads them: a declaration's own words are no figure, and a bare
 * figure in a row takes the unit of its column or of the table.
 *
 * @example
 * inContext(findChineseNumbers('收入\t186.4'), '收入\t186.4', 'zh', side) // 186.4 → 18,640,000,000 yuan
 */
export function inContext(
	mentions: NumberMention[],
	text: string,
	lang: Lang,
	side: TableSide | undefined
): NumberMention[] {
	const declared = unitDeclarations(text, lang);
	const label = rowLabelUnit(text, lang);
	if (label) declared.push(label);
	const kept = mentions.filter((m) => !declared.some((d) => m.start >= d.start && m.end <= d.end));
	if (!side && !label) return kept;
	const split = CELL_BREAK.test(text);
	const leading = text.length - text.trimStart().length;
	return kept.map((m) => {
		if (m.kind !== 'quantity' || m.unit !== undefined || m.weak) return m;
		const column = split ? text.slice(leading, m.start).split(CELL_BREAK).length - 1 : undefined;
		const unit =
			label?.unit ?? (column !== undefined ? side?.columns[column] : undefined) ?? side?.unit;
		if (!unit) return m;
		const scaled: NumberMention = {
			...m,
			value: clean(m.value * unit.factor),
			kind: unit.kind
		};
		if (unit.unit) scaled.unit = unit.unit;
		if (m.high !== undefined) scaled.high = clean(m.high * unit.factor);
		if (m.precision !== undefined) scaled.precision = clean(m.precision * unit.factor);
		return scaled;
	});
}
