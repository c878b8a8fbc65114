/**
 * Units of a plain text as the CLI and the aligner see them: paragraphs separated by blank
 * lines, or one unit per non-empty line.
 */

export type UnitMode = 'paragraph' | 'line';

/** Line breaks of every platform, folded to \n. */
export function normaliseNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/**
 * Splits text into units. Paragraph mode joins the lines of a block (a run of non-blank lines)
 * with a newline; blank means only white space, including U+3000.
 *
 * @example
 * splitUnits('甲\n\n乙\n丙', 'paragraph') // ['甲', '乙\n丙']
 * splitUnits('甲\n\n乙\n丙', 'line') // ['甲', '乙', '丙']
 */
export function splitUnits(text: string, mode: UnitMode): string[] {
	const lines = normaliseNewlines(text)
		.replace(/^\uFEFF/, '')
		.split('\n');
	if (mode === 'line') {
		return lines.map((l) => l.trim()).filter((l) => l.length > 0);
	}
	const units: string[] = [];
	let block: string[] = [];
	for (const line of lines) {
		const trimmed = line.trim();
		if (trimmed.length === 0) {
			if (block.length) units.push(block.join('\n'));
			block = [];
		} else {
			block.push(trimmed);
		}
	}
	if (block.length) units.push(block.join('\n'));
	return units;
}
