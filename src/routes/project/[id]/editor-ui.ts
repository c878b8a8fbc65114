import type { EditorState } from '$lib/state/editor.svelte.ts';

/** What the editor page offers the action classes beside it: showing a paragraph, saying a line. */
export interface EditorUi {
	/** Brings a paragraph into view (clearing a filter that hides it), puts the caret in its
	 * target and selects `range` there when given. */
	reveal(segmentId: string, range?: [number, number]): Promise<void>;
	/** Shows a short message in the page's status line. */
	say(message: string): void;
}

/**
 * The page's EditorUi: `reveal` clears a filter or search that hides the paragraph, selects it
 * and focuses its target field (through the segment list `list()`); `say` shows `message`.
 */
export function editorUi(
	editor: EditorState,
	list: () => { focusSegment(id: string): Promise<void> } | undefined,
	say: (message: string) => void
): EditorUi {
	return {
		async reveal(segmentId, range) {
			if (!editor.visible.some((s) => s.id === segmentId)) {
				editor.filter = 'all';
				editor.query = '';
			}
			editor.select(segmentId);
			await list()?.focusSegment(segmentId);
			const field = document.querySelector<HTMLTextAreaElement>(
				`textarea[data-segment-id="${segmentId}"]`
			);
			if (field && range) field.setSelectionRange(range[0], range[1]);
		},
		say
	};
}
