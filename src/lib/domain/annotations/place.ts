/**
 * Keeping whole notes on their words: the selector functions of anchor.ts applied to
 * Annotation objects, setting `detached` instead of ever dropping a note.
 */
import type { Annotation } from '../types.ts';
import { diffSingleEdit, mapThroughTextEdit, reanchor } from './anchor.ts';

/**
 * Places a note again in its changed text. A note that cannot be placed keeps its old selector
 * (so its old quote can be shown) and is marked detached; one that can is attached again.
 * Returns the same object when nothing changed, so callers can skip a write.
 *
 * @example
 * reanchorAnnotation(note, segment.target).detached // false while the words are still there
 */
export function reanchorAnnotation(note: Annotation, newText: string): Annotation {
	const placed = reanchor(note.selector, newText);
	if (!placed) return note.detached ? note : { ...note, detached: true };
	if (!note.detached && sameSelector(note.selector, placed.selector)) return note;
	return { ...note, selector: placed.selector, detached: false };
}

/**
 * Carries the notes of one side of a segment through a single edit of its text (a keystroke, a
 * paste): offsets are shifted by the edit; a note whose words the edit removed is searched for
 * again and, failing that, marked detached. Detached notes are tried again each time, so one
 * comes back when its words are typed back.
 *
 * @example
 * notes = applyEditToAnnotations(notes, before, after, caret);
 */
export function applyEditToAnnotations(
	notes: Annotation[],
	oldText: string,
	newText: string,
	caret?: number
): Annotation[] {
	const edit = diffSingleEdit(oldText, newText, caret);
	return notes.map((note) => {
		if (note.detached) return reanchorAnnotation(note, newText);
		const mapped = mapThroughTextEdit(note.selector, edit, newText);
		if (mapped && mapped.exact.length > 0) {
			return sameSelector(mapped, note.selector) ? note : { ...note, selector: mapped };
		}
		return reanchorAnnotation(note, newText);
	});
}

function sameSelector(a: Annotation['selector'], b: Annotation['selector']): boolean {
	return (
		a.start === b.start &&
		a.end === b.end &&
		a.exact === b.exact &&
		a.prefix === b.prefix &&
		a.suffix === b.suffix
	);
}
