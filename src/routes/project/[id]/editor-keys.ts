/**
 * The editor's page-wide keys (those not tied to a target field; see SegmentList for those).
 * Returns whether the key was the editor's.
 */
export interface EditorKeyActions {
	help(): void;
	find(): void;
	split(): void;
	merge(): void;
	undoStructure(): void;
	/** Move the paragraph up or down (Alt+Shift+↑/↓, as in Word). */
	moveUp?(): void;
	moveDown?(): void;
	addNote(): void;
	captureTerm(): void;
	/** Ctrl+K: concordance for the selected words (source or target) in the TM tab. */
	concordance?(): void;
	/** Find and replace (Ctrl+H); F3 / Shift+F3 the next and previous hit. */
	findReplace?(): void;
	findNext?(): void;
	findPrevious?(): void;
	/** Insert the machine translation of the current paragraph (Ctrl+M). */
	machine?(): void;
}

export function handleEditorKey(event: KeyboardEvent, act: EditorKeyActions): boolean {
	const inField = (event.target as HTMLElement).closest('input, textarea, select');
	const ctrl = event.ctrlKey || event.metaKey;
	let action: (() => void) | null = null;
	if (event.key === '?' && !inField) action = act.help;
	else if (ctrl && event.shiftKey && event.code === 'KeyF') action = act.find;
	else if (ctrl && event.shiftKey && event.code === 'KeyE') action = act.captureTerm;
	else if (ctrl && !event.shiftKey && !event.altKey && event.code === 'KeyK')
		action = act.concordance ?? null;
	else if (ctrl && !event.shiftKey && !event.altKey && event.code === 'KeyH')
		action = act.findReplace ?? null;
	else if (event.key === 'F3') action = (event.shiftKey ? act.findPrevious : act.findNext) ?? null;
	else if (event.ctrlKey && event.altKey && event.code === 'KeyS') action = act.split;
	else if (event.ctrlKey && event.altKey && event.code === 'KeyJ') action = act.merge;
	else if (event.ctrlKey && event.altKey && event.code === 'KeyZ') action = act.undoStructure;
	else if (event.ctrlKey && event.altKey && event.code === 'KeyM') action = act.addNote;
	else if (ctrl && !event.altKey && !event.shiftKey && event.code === 'KeyM')
		action = act.machine ?? null;
	else if (event.altKey && event.shiftKey && !ctrl && event.key === 'ArrowUp')
		action = act.moveUp ?? null;
	else if (event.altKey && event.shiftKey && !ctrl && event.key === 'ArrowDown')
		action = act.moveDown ?? null;
	if (!action) return false;
	event.preventDefault();
	action();
	return true;
}
