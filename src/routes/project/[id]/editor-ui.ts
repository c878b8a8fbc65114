import type { EditorState } from '$lib/state/editor.svelte.ts';
import type SegmentList from './SegmentList.svelte';
import { selectStored } from './target-display.ts';

/** What the editor page offers the action classes beside it: showing a paragraph, saying a line. */
export interface EditorUi {
	/** Brings a paragraph into view (clearing a filter that hides it), puts the caret in its
	 * target and selects `range` there when given. */
	reveal(segmentId: string, range?: [number, number]): Promise<void>;
	/** Brings a paragraph into view and makes it the current one, leaving the caret where it is. */
	show(segmentId: string): Promise<void>;
	/** Shows a short message in the page's status line. */
	say(message: string): void;
}

/** The page's EditorUi over its segment list (`list` is bound after the first render). */
export function editorUi(
	editor: EditorState,
	{ list, say }: { list: () => SegmentList | undefined; say: (message: string) => void }
): EditorUi {
	const show = async (segmentId: string) => {
		if (!editor.visible.some((s) => s.id === segmentId)) {
			editor.filter = 'all';
			editor.query = '';
		}
		editor.select(segmentId);
		await list()?.showSegment(segmentId);
	};
	return {
		show,
		async reveal(segmentId, range) {
			await show(segmentId);
			await list()?.focusSegment(segmentId);
			const field = document.querySelector<HTMLTextAreaElement>(
				`textarea[data-segment-id="${segmentId}"]`
			);
			if (field && range) selectStored(field, range[0], range[1]);
		},
		say
	};
}
