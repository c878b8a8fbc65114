/**
 * What the translator has selected in the editor: words of a paragraph's source (a DOM
 * selection inside its .source element) or of its target (the textarea's selection).
 */
import type { AnnotationSide } from '$lib/domain/types.ts';
import { storedSelection } from './target-display.ts';

export interface TextSelection {
	segmentId: string;
	side: AnnotationSide;
	start: number;
	end: number;
	quote: string;
}

export function currentSelection(): TextSelection | null {
	const active = document.activeElement;
	if (active instanceof HTMLTextAreaElement && active.dataset.segmentId) {
		const { start, end, text: value } = storedSelection(active);
		if (end > start) {
			return {
				segmentId: active.dataset.segmentId,
				side: 'target',
				start,
				end,
				quote: value.slice(start, end)
			};
		}
	}
	const selection = getSelection();
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	const container = range.commonAncestorContainer;
	const element = container instanceof Element ? container : container.parentElement;
	const source = element?.closest<HTMLElement>('.source[data-segment-id]');
	if (!source) return null;
	const before = document.createRange();
	before.selectNodeContents(source);
	before.setEnd(range.startContainer, range.startOffset);
	const start = before.toString().length;
	const quote = range.toString();
	return {
		segmentId: source.dataset.segmentId!,
		side: 'source',
		start,
		end: start + quote.length,
		quote
	};
}
