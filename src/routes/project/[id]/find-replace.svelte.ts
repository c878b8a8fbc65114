/**
 * Find and replace in the editor (Ctrl+H): the search over every paragraph, the hit being
 * looked at, next and previous, replace one and replace all (one undo step). The matching is
 * domain/find; this class holds the options and talks to the editor state.
 */
import {
	makeFinder,
	replaceAllIn,
	replaceHit,
	coversTag,
	type FindHit,
	type FindRefusal
} from '$lib/domain/find/index.ts';
import type { Segment, SegmentStatus } from '$lib/domain/types.ts';
import { t } from '$lib/i18n/index.svelte';
import type { EditorState } from '$lib/state/editor.svelte.ts';
import { reportError } from '$lib/state/report.ts';
import type { EditorUi } from './editor-ui.ts';

export const FIND_SCOPES = ['target', 'source', 'both'] as const;
export type FindScope = (typeof FIND_SCOPES)[number];
export type FindSide = 'source' | 'target';

/** A hit in a paragraph's source or target. */
export interface EditorHit extends FindHit {
	segmentId: string;
	side: FindSide;
}

/** What the rows highlight: the hits of each paragraph, by side, and the one looked at. */
export interface FoundMarks {
	of(segmentId: string, side: FindSide): [number, number][];
	currentOf(segmentId: string, side: FindSide): [number, number] | undefined;
}

interface ReplaceUndo {
	changes: { id: string; before: string; after: string; status: SegmentStatus }[];
}

export class FindReplace implements FoundMarks {
	#editor: EditorState;
	#ui: EditorUi;
	open = $state(false);
	query = $state('');
	replacement = $state('');
	caseSensitive = $state(false);
	wholeWord = $state(false);
	regex = $state(false);
	scope = $state<FindScope>('target');
	/** Index of the hit being looked at in `hits`, or -1 before the first next/previous. */
	index = $state(-1);
	/** The last replace all, to undo in one step. */
	lastReplaceAll = $state.raw<ReplaceUndo | null>(null);

	finder = $derived(
		makeFinder({
			query: this.query,
			caseSensitive: this.caseSensitive,
			wholeWord: this.wholeWord,
			regex: this.regex
		})
	);
	/** Why the search cannot run ('empty' is not an error, just nothing typed yet). */
	refusal = $derived<{ reason: FindRefusal; detail?: string } | null>(
		this.finder.ok || this.finder.reason === 'empty'
			? null
			: { reason: this.finder.reason, detail: this.finder.detail }
	);

	hits = $derived.by((): EditorHit[] => {
		const finder = this.finder;
		if (!this.open || !finder.ok) return [];
		const sides: FindSide[] =
			this.scope === 'both' ? ['source', 'target'] : [this.scope as FindSide];
		const out: EditorHit[] = [];
		for (const s of this.#editor.segments)
			for (const side of sides)
				for (const hit of finder.find(s[side])) out.push({ ...hit, segmentId: s.id, side });
		return out;
	});

	#bySegment = $derived.by(() => {
		const map = new Map<string, EditorHit[]>();
		for (const hit of this.hits) {
			const list = map.get(hit.segmentId);
			if (list) list.push(hit);
			else map.set(hit.segmentId, [hit]);
		}
		return map;
	});

	current = $derived<EditorHit | null>(this.hits[this.index] ?? null);

	constructor(editor: EditorState, ui: EditorUi) {
		this.#editor = editor;
		this.#ui = ui;
	}

	of(segmentId: string, side: FindSide): [number, number][] {
		return (this.#bySegment.get(segmentId) ?? [])
			.filter((h) => h.side === side)
			.map((h) => [h.start, h.end]);
	}

	currentOf(segmentId: string, side: FindSide): [number, number] | undefined {
		const c = this.current;
		return c && c.segmentId === segmentId && c.side === side ? [c.start, c.end] : undefined;
	}

	/** Counts Ctrl+H presses: the bar puts the caret in its search field on each. */
	focusRequest = $state(0);

	show(): void {
		this.open = true;
		this.focusRequest++;
	}

	close(): void {
		this.open = false;
		this.index = -1;
	}

	/** Settings changed: the next next/previous starts from the current paragraph again. */
	restart(): void {
		this.index = -1;
	}

	/** Goes to the next hit (+1) or the previous (-1), wrapping, and brings its row into view. */
	async step(direction: 1 | -1): Promise<void> {
		// F3 with the bar closed opens it.
		if (!this.open) return this.show();
		const n = this.hits.length;
		if (!n) return;
		if (this.index < 0 || this.index >= n) {
			// Start from the paragraph being edited.
			const at = this.#editor.currentId ? (this.#editor.order.get(this.#editor.currentId) ?? 0) : 0;
			const orderOf = (h: EditorHit) => this.#editor.order.get(h.segmentId) ?? 0;
			const first = this.hits.findIndex((h) => orderOf(h) >= at);
			this.index = direction > 0 ? Math.max(0, first) : (first <= 0 ? n : first) - 1;
		} else this.index = (this.index + direction + n) % n;
		await this.#ui.show(this.hits[this.index].segmentId);
	}

	/** Why a paragraph's target cannot be replaced in, or null when it can. */
	#blocked(segment: Segment | undefined): 'locked' | 'together' | 'missing' | null {
		if (!segment) return 'missing';
		if (segment.locked) return 'locked';
		if (this.#editor.together.has(segment.id)) return 'together';
		return null;
	}

	/** Replaces the hit being looked at (a target hit), then goes to the next one. */
	async replaceOne(): Promise<void> {
		const hit = this.current;
		if (!hit || hit.side !== 'target') {
			await this.step(1);
			return;
		}
		const segment = this.#editor.segments.find((s) => s.id === hit.segmentId);
		const blocked = this.#blocked(segment);
		if (blocked || !segment || coversTag(segment.target, hit)) {
			this.#ui.say(t(`editor.find_replace.skipped_${blocked ?? 'tag'}`));
			await this.step(1);
			return;
		}
		const text = replaceHit(segment.target, hit, this.replacement, this.regex);
		const resumeAt = hit.start + (text.length - segment.target.length) + (hit.end - hit.start);
		this.#editor.type(segment.id, text);
		// The next hit after the replaced text (which may itself match again).
		const order = (id: string) => this.#editor.order.get(id) ?? 0;
		const at = order(segment.id);
		const next = this.hits.findIndex(
			(h) =>
				order(h.segmentId) > at ||
				(h.segmentId === segment.id && (h.side === 'target' ? h.start >= resumeAt : false))
		);
		this.index = next;
		if (next >= 0) await this.#ui.show(this.hits[next].segmentId);
	}

	/**
	 * Replaces every target hit in one step: locked paragraphs (and those translated together
	 * with another) are left as they are and counted; the texts replaced are kept as revisions.
	 */
	async replaceAll(): Promise<void> {
		const finder = this.finder;
		if (!finder.ok || this.scope === 'source') return;
		const changes: ReplaceUndo['changes'] = [];
		let replaced = 0;
		let skipped = 0;
		for (const segment of this.#editor.segments) {
			const hits = finder.find(segment.target);
			if (!hits.length) continue;
			if (this.#blocked(segment)) {
				skipped += hits.length;
				continue;
			}
			const result = replaceAllIn(segment.target, hits, this.replacement, this.regex);
			skipped += result.skipped;
			if (!result.replaced || result.text === segment.target) continue;
			replaced += result.replaced;
			changes.push({
				id: segment.id,
				before: segment.target,
				after: result.text,
				status: segment.status
			});
		}
		if (!changes.length) {
			this.#ui.say(t('editor.find_replace.none_replaced', { skipped }));
			return;
		}
		try {
			// Changed paragraphs become drafts, as typed ones do; the undo gives back their status.
			const written = await this.#editor.replaceTargets(
				changes.map((c) => ({ id: c.id, before: c.before, after: c.after }))
			);
			const done = new Set(written.map((s) => s.id));
			this.lastReplaceAll = { changes: changes.filter((c) => done.has(c.id)) };
			this.index = -1;
			this.#ui.say(
				t('editor.find_replace.replaced_all', {
					count: replaced,
					paragraphs: written.length,
					skipped
				})
			);
		} catch (error) {
			reportError(error);
		}
	}

	/** Puts back every paragraph of the last replace all that has not been changed since. */
	async undoReplaceAll(): Promise<void> {
		const undo = this.lastReplaceAll;
		if (!undo) return;
		this.lastReplaceAll = null;
		const written = await this.#editor.replaceTargets(
			undo.changes.map((c) => ({ id: c.id, before: c.after, after: c.before, status: c.status }))
		);
		this.#ui.say(
			t('editor.find_replace.undone', {
				count: written.length,
				changed: undo.changes.length - written.length
			})
		);
	}
}
