/** What the editor page offers the action classes beside it: showing a paragraph, saying a line. */
export interface EditorUi {
	/** Brings a paragraph into view (clearing a filter that hides it), puts the caret in its
	 * target and selects `range` there when given. */
	reveal(segmentId: string, range?: [number, number]): Promise<void>;
	/** Shows a short message in the page's status line. */
	say(message: string): void;
}
