/**
 * What the notes panel lists: notes filtered by category, status, author, side and
 * detachment, in document order.
 */
import type { Annotation, AnnotationCategory, AnnotationSide, ErrorSeverity } from '../types.ts';

/** Each field narrows the list; an empty list or an absent field lets every note through. */
export interface AnnotationFilter {
	categories?: AnnotationCategory[];
	severities?: ErrorSeverity[];
	statuses?: Annotation['status'][];
	authors?: string[];
	sides?: AnnotationSide[];
	/** true: only detached notes; false: only attached ones. */
	detached?: boolean;
	/** Words to find in the note, its replies or its quote (case-insensitive). */
	text?: string;
}

function allows<T>(wanted: T[] | undefined, value: T | undefined): boolean {
	return !wanted || wanted.length === 0 || (value !== undefined && wanted.includes(value));
}

/**
 * The notes that pass the filter, in document order: by the segment's position (`order` maps
 * a segment id to it), source before target, then by offset, then by creation.
 *
 * @example
 * filterAnnotations(notes, { statuses: ['open'], sides: ['target'] }, order)
 */
export function filterAnnotations(
	notes: Annotation[],
	filter: AnnotationFilter = {},
	order: ReadonlyMap<string, number> = new Map()
): Annotation[] {
	const needle = filter.text?.trim().toLowerCase() ?? '';
	const kept = notes.filter(
		(note) =>
			allows(filter.categories, note.category) &&
			allows(filter.severities, note.severity) &&
			allows(filter.statuses, note.status) &&
			allows(filter.authors, note.author) &&
			allows(filter.sides, note.side) &&
			(filter.detached === undefined || note.detached === filter.detached) &&
			(needle === '' ||
				[note.body, note.selector.exact, ...note.replies.map((r) => r.body)].some((t) =>
					t.toLowerCase().includes(needle)
				))
	);
	const position = (note: Annotation) => order.get(note.segmentId) ?? Number.MAX_SAFE_INTEGER;
	return kept.sort(
		(a, b) =>
			position(a) - position(b) ||
			(a.side === b.side ? 0 : a.side === 'source' ? -1 : 1) ||
			a.selector.start - b.selector.start ||
			a.createdAt - b.createdAt
	);
}

/**
 * Everyone who wrote a note or a reply, sorted, for the author filter.
 *
 * @example
 * annotationAuthors(notes) // ['Ann Reviser', '李编辑']
 */
export function annotationAuthors(notes: Annotation[]): string[] {
	const authors = new Set<string>();
	for (const note of notes) {
		if (note.author) authors.add(note.author);
		for (const reply of note.replies) if (reply.author) authors.add(reply.author);
	}
	return [...authors].sort((a, b) => a.localeCompare(b));
}
