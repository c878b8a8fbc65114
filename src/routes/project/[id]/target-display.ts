/**
 * A target field that shows inline tags as tokens ({1}, {/1}) holds other offsets than the
 * stored text. Code that reads or sets a field's selection converts through here.
 */
import type { TagDisplay } from '$lib/domain/tags/index.ts';

const displays = new WeakMap<HTMLTextAreaElement, TagDisplay>();

/** Registers the display of a field (while it shows tags); returns the way to stop. */
export function useTagDisplay(field: HTMLTextAreaElement, display: TagDisplay): () => void {
	displays.set(field, display);
	return () => displays.delete(field);
}

/** The stored text of a field and a selection in stored-text offsets. */
export function storedSelection(field: HTMLTextAreaElement): {
	text: string;
	start: number;
	end: number;
} {
	const display = displays.get(field);
	const { value, selectionStart, selectionEnd } = field;
	if (!display?.active) return { text: value, start: selectionStart, end: selectionEnd };
	return {
		text: display.read(value),
		start: display.fromShown(value, selectionStart),
		end: display.fromShown(value, selectionEnd)
	};
}

/** Selects stored-text offsets in a field. */
export function selectStored(field: HTMLTextAreaElement, start: number, end: number): void {
	const display = displays.get(field);
	if (!display?.active) {
		field.setSelectionRange(start, end);
		return;
	}
	const stored = display.read(field.value);
	field.setSelectionRange(display.toShown(stored, start), display.toShown(stored, end));
}

/**
 * Keeps the caret out of tokens: a token is deleted whole (Backspace after it, Delete before
 * it), the arrows step over it, and a click inside one puts the caret after it. Returns whether
 * the key was handled here (the default then acts on the token as a whole).
 */
export function keepTokensWhole(field: HTMLTextAreaElement, event?: KeyboardEvent): boolean {
	const display = displays.get(field);
	if (!display?.active) return false;
	const { selectionStart: start, selectionEnd: end, value } = field;
	const tokens = display.tokens(value);
	if (!event) {
		// A selection end inside a token moves out of it (outwards).
		let from = start;
		let to = end;
		for (const [a, b] of tokens) {
			if (from > a && from < b) from = start === end ? b : a;
			if (to > a && to < b) to = b;
		}
		if (start === end) to = from;
		if (from !== start || to !== end) field.setSelectionRange(from, to);
		return false;
	}
	if (start !== end || event.isComposing || event.ctrlKey || event.metaKey || event.altKey)
		return false;
	const before = tokens.find(([, b]) => b === start);
	const after = tokens.find(([a]) => a === start);
	if (event.key === 'Backspace' && before) {
		field.setSelectionRange(before[0], before[1]);
		return true;
	}
	if (event.key === 'Delete' && after) {
		field.setSelectionRange(after[0], after[1]);
		return true;
	}
	if (event.shiftKey) return false;
	if (event.key === 'ArrowLeft' && before) {
		event.preventDefault();
		field.setSelectionRange(before[0], before[0]);
		return true;
	}
	if (event.key === 'ArrowRight' && after) {
		event.preventDefault();
		field.setSelectionRange(after[1], after[1]);
		return true;
	}
	return false;
}
