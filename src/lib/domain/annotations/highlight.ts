/**
 * Annotated words shown in a column: the text cut into pieces at every note boundary, each
 * piece carrying the notes on it, so a component renders plain text spans with the category's
 * colour (overlapping notes included) and never builds HTML.
 */
import type { Annotation, AnnotationCategory } from '../types.ts';

export interface HighlightPiece {
	start: number;
	end: number;
	text: string;
	/** Notes covering the piece, in the order given. */
	ids: string[];
	/** Their categories, without repeats, in the order given. */
	categories: AnnotationCategory[];
}

/**
 * Cuts a text into pieces at the boundaries of its notes' spans. Detached notes and spans that
 * fall outside the text are left out; a text without notes is one piece.
 *
 * @example
 * highlightPieces('宜春时代仅用18个月', [{ id: 'n1', category: 'terminology', detached: false, selector: { start: 0, end: 4, … } }])
 * // [{ start: 0, end: 4, text: '宜春时代', ids: ['n1'], categories: ['terminology'] },
 * //  { start: 4, end: 10, text: '仅用18个月', ids: [], categories: [] }]
 */
export function highlightPieces(
	text: string,
	notes: Pick<Annotation, 'id' | 'category' | 'detached' | 'selector'>[]
): HighlightPiece[] {
	const placed = notes.filter(
		(n) =>
			!n.detached &&
			n.selector.start < n.selector.end &&
			n.selector.start >= 0 &&
			n.selector.end <= text.length
	);
	const cuts = new Set<number>([0, text.length]);
	for (const note of placed) {
		cuts.add(note.selector.start);
		cuts.add(note.selector.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const pieces: HighlightPiece[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i];
		const end = points[i + 1];
		const on = placed.filter((n) => n.selector.start <= start && n.selector.end >= end);
		pieces.push({
			start,
			end,
			text: text.slice(start, end),
			ids: on.map((n) => n.id),
			categories: [...new Set(on.map((n) => n.category))]
		});
	}
	if (pieces.length === 0) pieces.push({ start: 0, end: 0, text: '', ids: [], categories: [] });
	return pieces;
}
