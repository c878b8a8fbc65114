/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that begins with =, +, -, @, tab or
 * carriage return as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`). Duiyi's CSV writes such
 * a cell with a leading apostrophe, which spreadsheets show as text; its reader takes the
 * apostrophe off again, so a term like "-based" survives the round trip.
 */
/** A cell a spreadsheet would run as a formula. */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * The cell as it is safe to write.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 */
export function neutraliseFormula(cell: string): string {
	return FORMULA_TRIGGER.test(cell) ? "'" + cell : cell;
}

/**
 * The cell as it was before neutraliseFormula; other cells unchanged. Read cells stay text:
 * nothing is ever evaluated.
 *
 * @example
 * restoreFormula("'-based") // '-based'
 */
export function restoreFormula(cell: string): string {
	return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
