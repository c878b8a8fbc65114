/**
 * Normalising the white space and invisible characters that copying out of Word, PDFs, web
 * pages and newspapers leaves in a text, without changing what the text says.
 *
 * What changes, and why it is safe:
 * - CR LF, lone CR, NEL, U+2028 become LF; U+2029 (paragraph separator) and form feed (a page
 *   break) become a blank line, because they separate paragraphs.
 * - The byte-order mark (U+FEFF, also as a stray "zero-width no-break space"), zero-width space
 *   U+200B, word joiner U+2060 and soft hyphen U+00AD are removed: they are invisible and
 *   only affect line breaking.
 * - Zero-width non-joiner U+200C and joiner U+200D are KEPT: they change how emoji sequences and
 *   scripts such as Persian or Devanagari are rendered, which is meaning.
 * - U+3000 ideographic spaces and other spaces at the start or end of a line (the 两字缩进
 *   paragraph indent of Chinese typesetting) are removed; a run of spaces inside a line (NBSP,
 *   U+3000, thin and other Unicode spaces, tabs) becomes one ASCII space.
 */

const REMOVED = /[\uFEFF\u200B\u2060\u00AD]/g;
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Normalises line breaks, invisible characters and spaces (see the module comment).
 *
 * @example
 * normaliseText('\uFEFF\u3000\u3000宜春\u00A0经开区\r\n') // '宜春 经开区\n'
 */
export function normaliseText(text: string): string {
	const lines = text
		.replace(/\r\n?|\u0085|\u2028|\v/g, '\n')
		.replace(/[\u2029\f]/g, '\n\n')
		.replace(REMOVED, '')
		.split('\n');
	return lines.map((line) => line.replace(SPACES, ' ').trim()).join('\n');
}

/** Whether a line holds nothing but white space (including U+3000 and invisible characters). */
export function isBlankLine(line: string): boolean {
	return line.replace(REMOVED, '').replace(SPACES, '').trim().length === 0;
}
