/**
 * The editor of one project: its segments in order, which one is being edited, the filter and
 * the search, and progress. Typing is stored in three steps: the screen at once, a synchronous
 * write-ahead log (pending-writes.ts) and, after a short pause, IndexedDB.
 */
import type { Project, Revision, Segment, SegmentStatus } from '$lib/domain/types.ts';
import { countText } from '$lib/domain/stats/count.ts';
import { effectiveStatuses, togetherLeads } from '$lib/domain/stats/together.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { allPending, clearPending, recordPending } from './pending-writes.ts';
import { reportError } from './report.ts';

export const STATUS_FILTERS = [
	'all',
	'unconfirmed',
	'new',
	'draft',
	'translated',
	'reviewed',
	'locked'
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** How long typing must pause before the text is written to IndexedDB. */
export const SAVE_DELAY_MS = 200;

export interface Progress {
	segmentsDone: number;
	segmentsTotal: number;
	charsDone: number;
	charsTotal: number;
	percent: number;
}

const isConfirmed = (s: Segment) => s.status === 'translated' || s.status === 'reviewed';

function matchesFilter(segment: Segment, filter: StatusFilter): boolean {
	switch (filter) {
		case 'all':
			return true;
		case 'unconfirmed':
			return !isConfirmed(segment);
		case 'locked':
			return segment.locked;
		default:
			return segment.status === filter;
	}
}

export class EditorState {
	#repos: Repos;
	#subscriptions: LiveSubscription[] = [];
	#timers = new Map<string, ReturnType<typeof setTimeout>>();
	/** Text typed but not yet in IndexedDB, by segment id. */
	#unsaved = new Map<string, string>();
	#chars = new Map<string, number>();
	#editListeners = new Set<(id: string, before: string, after: string) => void>();

	readonly projectId: string;
	project = $state<Project | null>(null);
	segments = $state.raw<Segment[]>([]);
	loaded = $state(false);
	missing = $state(false);
	currentId = $state<string | null>(null);
	filter = $state<StatusFilter>('all');
	query = $state('');
	/** The sentence view: each paragraph's sentences listed under it. */
	showSentences = $state(false);
	history = $state.raw<Revision[]>([]);

	visible = $derived.by(() => {
		const q = this.query.trim().toLowerCase();
		return this.segments.filter(
			(s) =>
				matchesFilter(s, this.filter) &&
				(!q || s.source.toLowerCase().includes(q) || s.target.toLowerCase().includes(q))
		);
	});

	current = $derived(this.segments.find((s) => s.id === this.currentId) ?? null);
	/** The current paragraph's source: changes when the paragraph does, not on every keystroke. */
	currentSource = $derived(this.current?.source ?? '');
	/** Segment ids in document order; replaced only when paragraphs are added, split or merged. */
	ids = $state.raw<string[]>([]);
	/** Position of each segment by id (for the notes and QA panels). */
	order = $derived(new Map(this.ids.map((id, i) => [id, i])));

	/** Paragraphs translated together with an earlier one: member id → lead id. */
	together = $derived(togetherLeads(this.segments));

	progress = $derived.by((): Progress => {
		let segmentsDone = 0;
		let charsDone = 0;
		let charsTotal = 0;
		// A paragraph translated together with another counts as that one does.
		const statuses = effectiveStatuses(this.segments);
		for (const s of this.segments) {
			const chars = this.#charCount(s);
			charsTotal += chars;
			const status = statuses.get(s.id) ?? s.status;
			if (status === 'translated' || status === 'reviewed') {
				segmentsDone++;
				charsDone += chars;
			}
		}
		const segmentsTotal = this.segments.length;
		const percent = charsTotal ? Math.round((charsDone / charsTotal) * 100) : 0;
		return { segmentsDone, segmentsTotal, charsDone, charsTotal, percent };
	});

	constructor(repos: Repos, projectId: string) {
		this.#repos = repos;
		this.projectId = projectId;
	}

	#charCount(segment: Segment): number {
		let n = this.#chars.get(segment.source);
		if (n === undefined) {
			n = countText(segment.source).chineseCharacters;
			this.#chars.set(segment.source, n);
		}
		return n;
	}

	/** Starts following the project in IndexedDB (this tab's writes and other tabs'). */
	start(): () => void {
		const pending = allPending();
		this.#subscriptions.push(
			observe(
				() => this.#repos.segments.list(this.projectId),
				(rows) => {
					// Text typed here and not yet stored wins over what the database says.
					this.segments = rows.map((row) => {
						const local = this.#unsaved.get(row.id) ?? pending[row.id]?.target;
						return local !== undefined && local !== row.target ? { ...row, target: local } : row;
					});
					const ids = rows.map((r) => r.id);
					if (ids.length !== this.ids.length || ids.some((id, i) => id !== this.ids[i])) {
						this.ids = ids;
					}
					this.loaded = true;
					if (!this.currentId && rows.length)
						this.currentId = this.#firstUnconfirmed() ?? rows[0].id;
				},
				reportError
			),
			observe(
				() => this.#repos.projects.get(this.projectId),
				(project) => {
					this.project = project ?? null;
					this.missing = !project;
				},
				reportError
			)
		);
		return () => this.stop();
	}

	stop(): void {
		void this.flush();
		for (const s of this.#subscriptions) s.unsubscribe();
		this.#subscriptions = [];
	}

	#replace(updated: Segment): void {
		this.segments = this.segments.map((s) => (s.id === updated.id ? updated : s));
	}

	#firstUnconfirmed(after = -1): string | null {
		const n = this.segments.length;
		for (let k = 1; k <= n; k++) {
			const s = this.segments[(after + k + n) % n];
			// A paragraph translated together with another is done when that one is.
			if (!isConfirmed(s) && !s.locked && !this.together.has(s.id)) return s.id;
		}
		return null;
	}

	/** Follows every typed change of a target (notes ride along with their words). */
	onEdit(listener: (id: string, before: string, after: string) => void): () => void {
		this.#editListeners.add(listener);
		return () => this.#editListeners.delete(listener);
	}

	select(id: string): void {
		this.currentId = id;
	}

	/** Records typed text: on screen now, in the write-ahead log now, in IndexedDB after a pause. */
	type(id: string, target: string): void {
		const segment = this.segments.find((s) => s.id === id);
		if (!segment || segment.locked) return;
		const status: SegmentStatus =
			segment.status === 'new' && target.trim() === '' ? 'new' : 'draft';
		for (const listener of this.#editListeners) listener(id, segment.target, target);
		this.#replace({ ...segment, target, status });
		this.#unsaved.set(id, target);
		recordPending(id, target);
		clearTimeout(this.#timers.get(id));
		this.#timers.set(
			id,
			setTimeout(() => void this.#save(id), SAVE_DELAY_MS)
		);
	}

	async #save(id: string): Promise<void> {
		this.#timers.delete(id);
		const target = this.#unsaved.get(id);
		if (target === undefined) return;
		try {
			await this.#repos.segments.saveTarget(id, target);
			if (this.#unsaved.get(id) === target) this.#unsaved.delete(id);
			clearPending(id, target);
		} catch (error) {
			// The write-ahead log still holds the text; it is replayed on the next start.
			reportError(error);
		}
	}

	/** Writes every pending edit now (page hidden, confirm, leaving the editor). */
	async flush(): Promise<void> {
		const ids = [...this.#unsaved.keys()];
		for (const id of ids) clearTimeout(this.#timers.get(id));
		await Promise.all(ids.map((id) => this.#save(id)));
	}

	/** Confirms a segment and moves to the next unconfirmed one (Ctrl+Enter). */
	async confirm(id: string, status: SegmentStatus = 'translated'): Promise<string | null> {
		const segment = this.segments.find((s) => s.id === id);
		if (!segment || segment.locked) return null;
		clearTimeout(this.#timers.get(id));
		const updated = await this.#repos.segments.confirm(id, segment.target, status);
		this.#unsaved.delete(id);
		clearPending(id, segment.target);
		if (updated) this.#replace(updated);
		const index = this.segments.findIndex((s) => s.id === id);
		const next = this.#firstUnconfirmed(index);
		if (next) this.currentId = next;
		return next;
	}

	async setStatus(id: string, status: SegmentStatus): Promise<void> {
		await this.flush();
		const updated = await this.#repos.segments.setStatus(id, status);
		if (updated) this.#replace(updated);
	}

	async toggleLock(id: string): Promise<void> {
		const segment = this.segments.find((s) => s.id === id);
		if (!segment) return;
		await this.flush();
		const updated = await this.#repos.segments.setLocked(id, !segment.locked);
		if (updated) this.#replace(updated);
	}

	/** Copies the source into the target (a start for names, numbers and titles). */
	copySource(id: string): void {
		const segment = this.segments.find((s) => s.id === id);
		if (segment) this.type(id, segment.source);
	}

	/** Moves the current segment by `delta` among the visible ones; returns the new id. */
	move(delta: number): string | null {
		const list = this.visible;
		if (!list.length) return null;
		const index = list.findIndex((s) => s.id === this.currentId);
		const next = list[Math.min(list.length - 1, Math.max(0, (index < 0 ? 0 : index) + delta))];
		this.currentId = next.id;
		return next.id;
	}

	/** The number (1-based) of the paragraph `id` is translated together with, if any. */
	togetherNumber(id: string): number | undefined {
		const lead = this.together.get(id);
		const at = lead ? this.order.get(lead) : undefined;
		return at === undefined ? undefined : at + 1;
	}

	/** Ends "translated together" for a paragraph: it gets its own (empty) English again. */
	async separate(id: string): Promise<void> {
		const updated = await this.#repos.segments.separate(id);
		if (updated) this.#replace(updated);
	}

	async loadHistory(id: string): Promise<void> {
		this.history = await this.#repos.segments.revisions(id);
	}

	async restore(segmentId: string, revisionId: string): Promise<void> {
		await this.flush();
		const updated = await this.#repos.segments.restore(segmentId, revisionId);
		if (updated) this.#replace(updated);
		await this.loadHistory(segmentId);
	}
}
