/**
 * The editor page's dealings with the browser around it: what is selected for a new glossary
 * entry, and writing pending text when the tab is hidden or the page left.
 */

import { currentSelection } from './selection.ts';

/** Ctrl+Shift+E reads a selection in the source column, or in the focused target field. */
export function readTermSelection(): { source: string; target: string } {
	const selection = getSelection();
	const inSource = selection?.anchorNode?.parentElement?.closest('.source');
	const field = document.activeElement as HTMLTextAreaElement | null;
	const source = inSource ? (selection?.toString() ?? '') : '';
	const target =
		!inSource && field?.tagName === 'TEXTAREA'
			? field.value.slice(field.selectionStart, field.selectionEnd)
			: '';
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
