/**
 * The editor's note actions: a note from the selected words, editing, jumping to a note, and
 * W3C Web Annotation export and import.
 */
import { tick } from 'svelte';
import { parseAnnotations, serializeAnnotations } from '$lib/domain/annotations/index.ts';
import type { Annotation } from '$lib/domain/types.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { t } from '$lib/i18n/index.svelte';
import type { EditorState } from '$lib/state/editor.svelte.ts';
import type { NoteDraft, NotesState } from '$lib/state/notes.svelte.ts';
import { download, safeFileName } from '$lib/ui/download.ts';
import type { EditorUi } from './editor-ui.ts';
import { selectStored } from './target-display.ts';
import { currentSelection, type TextSelection } from './selection.ts';

export class NoteActions {
	#repos: Repos;
	#editor: EditorState;
	#notes: NotesState;
	#ui: EditorUi;
	/** The words the dialog's note is on; null when the dialog is closed. */
	target = $state<TextSelection | null>(null);
	/** The note being edited, or null for a new one. */
	editing = $state<Annotation | null>(null);

	constructor(repos: Repos, editor: EditorState, notes: NotesState, ui: EditorUi) {
		this.#repos = repos;
		this.#editor = editor;
		this.#notes = notes;
		this.#ui = ui;
	}

	/** Ctrl+Alt+M or "Add note": opens the dialog on the selected words. */
	add(): void {
		const selection = currentSelection();
		if (!selection) {
			this.#ui.say(t('notes.add_note_hint'));
			return;
		}
		this.editing = null;
		this.target = selection;
	}

	edit(note: Annotation): void {
		this.editing = note;
		this.target = {
			segmentId: note.segmentId,
			side: note.side,
			start: note.selector.start,
			end: note.selector.end,
			quote: note.selector.exact
		};
	}

	async save(draft: NoteDraft): Promise<void> {
		const target = this.target;
		if (this.editing) {
			await this.#notes.edit(this.editing, draft);
		} else if (target) {
			const segment = this.#editor.segments.find((s) => s.id === target.segmentId);
			if (segment) await this.#notes.create(segment, target.side, target.start, target.end, draft);
		}
		this.close();
	}

	close(): void {
		const back = this.target;
		this.target = null;
		this.editing = null;
		if (back) void this.#refocus(back);
	}

	/**
	 * Puts the caret back in the paragraph's target after the note dialog: the focus a closing
	 * modal dialog restores does not let Chromium edit the textarea until it is focused anew.
	 */
	async #refocus(selection: TextSelection): Promise<void> {
		await tick();
		const field = document.querySelector<HTMLTextAreaElement>(
			`textarea[data-segment-id="${selection.segmentId}"]`
		);
		if (!field) return;
		field.blur();
		field.focus();
		if (selection.side === 'target') selectStored(field, selection.end, selection.end);
		else field.setSelectionRange(field.value.length, field.value.length);
	}

	async goTo(note: Annotation): Promise<void> {
		const onTarget = note.side === 'target' && !note.detached;
		await this.#ui.reveal(
			note.segmentId,
			onTarget ? [note.selector.start, note.selector.end] : undefined
		);
	}

	exportAll(): void {
		const name = this.#editor.project?.name ?? '';
		const json = serializeAnnotations(this.#notes.notes, {
			projectName: name,
			segments: this.#editor.segments
		});
		download(json, `${safeFileName(name)}.notes.jsonld`, 'application/ld+json');
	}

	async importFile(file: File): Promise<void> {
		const parsed = parseAnnotations(await file.text(), {
			projectId: this.#editor.projectId,
			segments: this.#editor.segments
		});
		const errors = parsed.issues.filter((i) => i.severity === 'error');
		if (!parsed.value || errors.length) {
			const first = errors[0] ?? parsed.issues[0];
			const why = first ? ': ' + t(`notes.issue.${first.code}`, { path: first.path ?? '' }) : '';
			this.#ui.say(`${t('notes.import_failed')}${why}`);
			return;
		}
		const known = new Set(this.#editor.segments.map((s) => s.id));
		const imported = parsed.value.filter((n) => known.has(n.segmentId));
		await this.#repos.annotations.putMany(imported);
		this.#ui.say(t('notes.imported', { count: imported.length }));
	}
}
