/**
 * Notes on exact words in the editor: created from a selection, kept on their words through
 * every edit (mapped keystroke by keystroke, re-anchored when a text changes otherwise), never
 * dropped — a note that cannot be placed is shown detached with its old quote.
 */
import {
	applyEditToAnnotations,
	createSelector,
	filterAnnotations,
	reanchorAnnotation,
	type AnnotationFilter
} from '$lib/domain/annotations/index.ts';
import { newId } from '$lib/domain/ids.ts';
import type {
	Annotation,
	AnnotationCategory,
	AnnotationSide,
	ErrorSeverity,
	Segment
} from '$lib/domain/types.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { reportError } from './report.ts';
import { AUTHOR_KEY } from './settings.ts';

export interface NoteDraft {
	body: string;
	category: AnnotationCategory;
	severity?: ErrorSeverity;
}

const SAVE_DELAY_MS = 400;

export class NotesState {
	#repos: Repos;
	#projectId: string;
	#subscription: LiveSubscription | null = null;
	#dirty = new Set<string>();
	#timer: ReturnType<typeof setTimeout> | undefined;

	notes = $state.raw<Annotation[]>([]);
	author = $state('');
	filter = $state<AnnotationFilter>({});
	/** The last deleted note, for undo. */
	lastDeleted = $state.raw<Annotation | null>(null);

	bySegment = $derived.by(() => {
		const map = new Map<string, Annotation[]>();
		for (const note of this.notes)
			map.set(note.segmentId, [...(map.get(note.segmentId) ?? []), note]);
		return map;
	});

	constructor(repos: Repos, projectId: string) {
		this.#repos = repos;
		this.#projectId = projectId;
	}

	start(): () => void {
		void this.#repos.settings.get(AUTHOR_KEY, '').then((a) => (this.author = a));
		this.#subscription = observe(
			() => this.#repos.annotations.list(this.#projectId),
			(rows) => {
				// Notes moved by typing and not yet written keep their in-memory place.
				const local = new Map(
					this.notes.filter((n) => this.#dirty.has(n.id)).map((n) => [n.id, n])
				);
				this.notes = rows.map((row) => local.get(row.id) ?? row);
			},
			reportError
		);
		return () => {
			void this.flush();
			this.#subscription?.unsubscribe();
		};
	}

	/** Sets the name every new note and reply carries (and Settings shows). */
	async setAuthor(name: string): Promise<void> {
		this.author = name.trim();
		await this.#repos.settings.set(AUTHOR_KEY, this.author);
	}

	filtered(order: ReadonlyMap<string, number>): Annotation[] {
		return filterAnnotations(this.notes, this.filter, order);
	}

	of(segmentId: string, side: AnnotationSide): Annotation[] {
		return (this.bySegment.get(segmentId) ?? []).filter((n) => n.side === side);
	}

	async create(
		segment: Segment,
		side: AnnotationSide,
		start: number,
		end: number,
		draft: NoteDraft
	): Promise<Annotation> {
		const text = side === 'source' ? segment.source : segment.target;
		const now = Date.now();
		const note: Annotation = {
			id: newId(),
			projectId: this.#projectId,
			segmentId: segment.id,
			side,
			selector: createSelector(text, start, end),
			detached: false,
			body: draft.body,
			category: draft.category,
			...(draft.category === 'error' ? { severity: draft.severity ?? 'minor' } : {}),
			status: 'open',
			author: this.author,
			replies: [],
			createdAt: now,
			updatedAt: now
		};
		this.notes = [...this.notes, note];
		await this.#repos.annotations.put(note);
		return note;
	}

	async #save(note: Annotation): Promise<void> {
		const updated = { ...note, updatedAt: Date.now() };
		this.notes = this.notes.map((n) => (n.id === note.id ? updated : n));
		await this.#repos.annotations.put(updated);
	}

	async edit(note: Annotation, draft: NoteDraft): Promise<void> {
		const { severity: _old, ...rest } = note;
		await this.#save({
			...rest,
			body: draft.body,
			category: draft.category,
			...(draft.category === 'error' ? { severity: draft.severity ?? 'minor' } : {})
		});
	}

	async setStatus(note: Annotation, status: Annotation['status']): Promise<void> {
		await this.#save({ ...note, status });
	}

	async reply(note: Annotation, body: string): Promise<void> {
		if (!body.trim()) return;
		await this.#save({
			...note,
			replies: [...note.replies, { id: newId(), author: this.author, body, createdAt: Date.now() }]
		});
	}

	async remove(note: Annotation): Promise<void> {
		this.notes = this.notes.filter((n) => n.id !== note.id);
		this.lastDeleted = note;
		await this.#repos.annotations.remove(note.id);
	}

	async undoRemove(): Promise<void> {
		const note = this.lastDeleted;
		if (!note) return;
		this.lastDeleted = null;
		// Brought back now: newer than the deletion, so a team project carries it back too.
		const back = { ...note, updatedAt: Date.now() };
		this.notes = [...this.notes, back];
		await this.#repos.annotations.put(back);
	}

	/** Carries a segment's target notes through one typed edit. */
	applyEdit(segmentId: string, oldText: string, newText: string, caret?: number): void {
		const affected = this.of(segmentId, 'target');
		if (affected.length === 0) return;
		const moved = applyEditToAnnotations(affected, oldText, newText, caret);
		this.#replaceMoved(affected, moved);
	}

	/** Re-anchors notes whose text changed without a keystroke (restore, alignment, other tab). */
	sync(segments: readonly Segment[]): void {
		if (this.notes.length === 0) return;
		const byId = new Map(segments.map((s) => [s.id, s]));
		const before: Annotation[] = [];
		const after: Annotation[] = [];
		for (const note of this.notes) {
			const segment = byId.get(note.segmentId);
			if (!segment) continue;
			const text = note.side === 'source' ? segment.source : segment.target;
			const { start, end, exact } = note.selector;
			if (!note.detached && text.slice(start, end) === exact) continue;
			before.push(note);
			after.push(reanchorAnnotation(note, text));
		}
		this.#replaceMoved(before, after);
	}

	#replaceMoved(before: Annotation[], after: Annotation[]): void {
		const changed = after.filter((n, i) => n !== before[i]);
		if (changed.length === 0) return;
		const byId = new Map(changed.map((n) => [n.id, n]));
		this.notes = this.notes.map((n) => byId.get(n.id) ?? n);
		for (const n of changed) this.#dirty.add(n.id);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		if (this.#dirty.size === 0) return;
		const ids = new Set(this.#dirty);
		this.#dirty.clear();
		// Moved notes only: one deleted meanwhile (by another member) is not brought back.
		await this.#repos.annotations.putExisting(this.notes.filter((n) => ids.has(n.id)));
	}
}
