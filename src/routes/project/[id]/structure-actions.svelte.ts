/**
 * The editor's structure actions: split at the caret in the source, merge with the next, undo
 * a repair, move a paragraph up or down, and undo the last of these (a stack of undo tokens).
 */
import type { Repos } from '$lib/db/repos/index.ts';
import { t } from '$lib/i18n/index.svelte';
import type { EditorState } from '$lib/state/editor.svelte.ts';
import type { NotesState } from '$lib/state/notes.svelte.ts';
import {
	mergeWithNext,
	moveSegment,
	splitSegment,
	undoStructure,
	unjoin,
	type StructureUndo
} from '$lib/state/structure.ts';
import type { EditorUi } from './editor-ui.ts';

export class StructureActions {
	#repos: Repos;
	#editor: EditorState;
	#notes: NotesState;
	#ui: EditorUi;
	undoStack = $state.raw<StructureUndo[]>([]);

	constructor(repos: Repos, editor: EditorState, notes: NotesState, ui: EditorUi) {
		this.#repos = repos;
		this.#editor = editor;
		this.#notes = notes;
		this.#ui = ui;
	}

	/** Runs an edit; text typed while it is stored follows into the paragraphs it leaves. */
	async #apply(change: () => Promise<StructureUndo | null>): Promise<void> {
		await this.#notes.flush();
		const undo = await this.#editor.restructure(change, (done) => done);
		if (undo) this.undoStack = [...this.undoStack, undo];
		else this.#ui.say(t('editor.structure.refused'));
		// A split gives its pieces the paragraph's inline tags: show them as chips at once.
		if (undo && Object.keys(this.#editor.tagTables).length)
			this.#editor.tagTables = await this.#repos.workspace.inlineTags(this.#editor.projectId);
	}

	/** Splits the current paragraph where the translator clicked in its Chinese. */
	split(): void {
		const current = this.#editor.current;
		const selection = getSelection();
		const node = selection?.anchorNode;
		const element = node instanceof Element ? node : node?.parentElement;
		const source = element?.closest<HTMLElement>('.source[data-segment-id]');
		if (!current || !selection || !source || source.dataset.segmentId !== current.id) {
			this.#ui.say(t('editor.structure.no_caret'));
			return;
		}
		const before = document.createRange();
		before.selectNodeContents(source);
		before.setEnd(selection.anchorNode!, selection.anchorOffset);
		const offset = before.toString().length;
		void this.#apply(() => splitSegment(this.#repos, current.id, offset));
	}

	merge(): void {
		const id = this.#editor.currentId;
		if (id) void this.#apply(() => mergeWithNext(this.#repos, id));
	}

	unjoin(): void {
		const id = this.#editor.currentId;
		if (id) void this.#apply(() => unjoin(this.#repos, id));
	}

	/** Moves the current paragraph one place up (-1) or down (+1); the caret stays with it. */
	move(direction: -1 | 1): void {
		const id = this.#editor.currentId;
		if (id) void this.#apply(() => moveSegment(this.#repos, id, direction));
	}

	/** Undoes the last edit; text typed since into its paragraphs stays in the ones put back. */
	async undo(): Promise<void> {
		const last = this.undoStack.at(-1);
		if (!last) return;
		this.undoStack = this.undoStack.slice(0, -1);
		// The paragraphs the edit left become the ones it took; text typed since goes along.
		const undone = await this.#editor.restructure(
			() => undoStructure(this.#repos, last),
			(done) => (done ? { before: last.after, after: last.before } : null)
		);
		if (!undone) this.#ui.say(t('editor.structure.refused'));
	}
}
