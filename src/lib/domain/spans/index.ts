/**
 * Cutting a text into pieces for display, each piece carrying the marks (terms, notes, QA
 * findings) that cover it. Marks may overlap; the text is cut at every mark boundary.
 */

export interface Mark<K extends string = string> {
	start: number;
	end: number;
	kind: K;
	/** What the mark points at (an entry id, a note id …). */
	id: string;
}

export interface Piece<K extends string = string> {
	start: number;
	end: number;
	text: string;
	marks: Mark<K>[];
}

/**
 * Splits text at every mark boundary.
 *
 * @example
 * markPieces('深化放管服改革', [{ start: 2, end: 5, kind: 'term', id: 'e1' }])
 * // [{ text: '深化', marks: [] }, { text: '放管服', marks: [term e1] }, { text: '改革', marks: [] }]
 */
export function markPieces<K extends string>(text: string, marks: readonly Mark<K>[]): Piece<K>[] {
	const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
	const cuts = new Set<number>([0, text.length]);
	for (const m of valid) {
		cuts.add(m.start);
		cuts.add(m.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const pieces: Piece<K>[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i];
		const end = points[i + 1];
		pieces.push({
			start,
			end,
			text: text.slice(start, end),
			marks: valid.filter((m) => m.start <= start && m.end >= end)
		});
	}
	return pieces;
}
