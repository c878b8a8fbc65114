/**
 * The editor page's dealings with the browser around it: what is selected for a new glossary
 * entry, and writing pending text when the tab is hidden or the page left.
 */

import { currentSelection } from './selection.ts';
import { t } from '$lib/i18n/index.svelte';
import type { EditorState } from '$lib/state/editor.svelte.ts';
import type { TermsState } from '$lib/state/terms.svelte.ts';
import { storedSelection } from './target-display.ts';

/** What to say when another tab changed a paragraph shown here (its text is already on screen). */
export function otherTabNotice(editor: EditorState): string | null {
	const change = editor.otherTab;
	const n = change ? editor.order.get(change.segmentId) : undefined;
	if (!change || n === undefined) return null;
	return t(change.merged ? 'editor.other_tab.merged' : 'editor.other_tab.changed', { n: n + 1 });
}

/** Ctrl+Shift+E reads a selection in the source column, or in the focused target field. */
export function readTermSelection(): { source: string; target: string } {
	const selection = getSelection();
	const inSource = selection?.anchorNode?.parentElement?.closest('.source');
	const field = document.activeElement as HTMLTextAreaElement | null;
	const source = inSource ? (selection?.toString() ?? '') : '';
	const stored = !inSource && field?.tagName === 'TEXTAREA' ? storedSelection(field) : null;
	const target = stored ? stored.text.slice(stored.start, stored.end) : '';
	return { source, target };
}

/** Ctrl+K: the words selected in a source or in the focused target field ('' for none). */
export function selectedWords(): string {
	return currentSelection()?.quote.trim() ?? '';
}

/** Calls `flush` when the tab is hidden or the page is left; returns the way to stop. */
export function flushWhenLeaving(flush: () => void): () => void {
	const onHide = () => document.visibilityState === 'hidden' && flush();
	document.addEventListener('visibilitychange', onHide);
	addEventListener('pagehide', flush);
	return () => {
		document.removeEventListener('visibilitychange', onHide);
		removeEventListener('pagehide', flush);
	};
}

/**
 * Ctrl+Shift+E: a source selection, then a target selection, make a new glossary entry.
 * Returns what to say; after the source, the caret goes back to the current target.
 */
export async function captureTerm(
	terms: TermsState,
	editor: EditorState,
	list: { focusSegment(id: string): Promise<void> } | undefined
): Promise<string> {
	const { source, target } = readTermSelection();
	const result = await terms.capture(source, target);
	if (result === 'source' && editor.currentId) await list?.focusSegment(editor.currentId);
	return t(`editor.terms.capture_${result.replace('-', '_')}`);
}
