/**
 * The editor of one project: its segments in order, which one is being edited, the filter and
 * the search, and progress. Typing is stored in three steps: the screen at once, a synchronous
 * write-ahead log (pending-writes.ts) and, after a short pause, IndexedDB.
 *
 * Several tabs may edit one project. Each write says which stored text it started from; text
 * another tab stored meanwhile is merged with what was typed here (mergeText), never
 * overwritten, and the paragraph's change is announced (`otherTab`). Writes run one at a time in
 * order, and text typed while one is under way stays on screen and is written next.
 */
import type { Project, Revision, Segment, SegmentStatus } from '$lib/domain/types.ts';
import type { TagTables } from '$lib/domain/formats/xliff/inline.ts';
import { countText } from '$lib/domain/stats/count.ts';
import { effectiveStatuses, togetherLeads } from '$lib/domain/stats/together.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { mergeText } from '$lib/domain/text/merge.ts';
import { carryTyping, type TargetText } from '$lib/domain/structure/carry.ts';
import { clearPending, ownPending, recordPending } from './pending-writes.ts';
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
/** How soon a write that failed (a full disk) is tried again; the text stays in memory. */
export const RETRY_DELAY_MS = 5000;
/** Versions of a paragraph this tab has known in the database, kept to tell them from others'. */
const KNOWN_VERSIONS = 64;

/** Another tab changed a paragraph this tab shows; `merged` when text typed here was kept too. */
export interface OtherTabChange {
	segmentId: string;
	merged: boolean;
	at: number;
}

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
	/** The stored text as this tab last knew it: what its typing started from. */
	#base = new Map<string, string>();
	/**
	 * A shared project: every keystroke goes into the shared document first (onEdit), which
	 * merges everyone's text character by character and feeds the stored rows. This tab then
	 * does no merging of its own, which would count the same characters twice.
	 */
	#sharedText = false;
	/** Recent stored versions this tab wrote or read, newest last (to recognise its own). */
	#known = new Map<string, string[]>();
	/** Writes run one after another, so each starts from the stored text the last one left. */
	#queue: Promise<unknown> = Promise.resolve();
	#retry: ReturnType<typeof setTimeout> | undefined;
	/** The newest updatedAt seen for each paragraph, to ignore reads older than it. */
	#stamps = new Map<string, number>();
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
	/** The inline tags of imported paragraphs, by segment id (shown as numbered chips). */
	tagTables = $state.raw<TagTables>({});
	/** The last paragraph another tab changed while this one showed it. */
	otherTab = $state<OtherTabChange | null>(null);

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
		// Text a gone tab typed that could not be stored at start-up is shown and written from here.
		for (const [id, entry] of Object.entries(ownPending())) {
			this.#base.set(id, entry.base ?? '');
			this.#keep(id, entry.target);
		}
		this.#subscriptions.push(
			observe(
				() => this.#repos.segments.list(this.projectId),
				(rows) => {
					// By id: a search of the list for each row was 20,000² steps (3.7 s at 20,000).
					const shown = new Map(this.segments.map((s) => [s.id, s]));
					this.segments = rows.map((row) => this.#absorb(row, shown.get(row.id)));
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

	/** Notes a text as this tab's own (read from the database or being written by it). */
	#know(id: string, text: string): void {
		const known = (this.#known.get(id) ?? []).filter((t) => t !== text);
		known.push(text);
		this.#known.set(id, known.slice(-KNOWN_VERSIONS));
	}

	/** The database holds `stored`: typing from now on starts from it. */
	#remember(stored: Segment): void {
		this.#base.set(stored.id, stored.target);
		this.#stamps.set(stored.id, Math.max(stored.updatedAt, this.#stamps.get(stored.id) ?? 0));
		this.#know(stored.id, stored.target);
	}

	/**
	 * A stored row as this tab shows it. Text typed here and not yet stored stays; a change
	 * from another tab is shown at once, merged with what was typed here if anything was.
	 */
	#absorb(row: Segment, shown: Segment | undefined): Segment {
		// A read that started before a write this tab already saw finish: keep what is shown.
		// (Rows fed from a shared document carry the document's times, not this tab's: no such test.)
		if (!this.#sharedText && shown && row.updatedAt < (this.#stamps.get(row.id) ?? 0)) return shown;
		const local = this.#unsaved.get(row.id);
		const known = this.#known.get(row.id);
		const foreign = !this.#sharedText && known !== undefined && !known.includes(row.target);
		if (local === undefined || local === row.target) {
			if (foreign && row.id === this.currentId)
				this.otherTab = { segmentId: row.id, merged: false, at: Date.now() };
			if (local !== undefined) this.#settled(row.id, local);
			this.#remember(row);
			return row;
		}
		if (!foreign) return { ...row, target: local, status: this.#typedStatus(row, local) };
		const base = this.#base.get(row.id) ?? '';
		const merged = mergeText(base, local, row.target).text;
		this.#remember(row);
		this.otherTab = { segmentId: row.id, merged: true, at: Date.now() };
		this.#keep(row.id, merged);
		return { ...row, target: merged, status: this.#typedStatus(row, merged) };
	}

	#typedStatus(segment: Segment, target: string): SegmentStatus {
		return segment.status === 'new' && target.trim() === '' ? 'new' : 'draft';
	}

	/** Keeps text typed (or merged) here: in memory, in the log, and written after a pause. */
	#keep(id: string, target: string, delay = SAVE_DELAY_MS): void {
		this.#unsaved.set(id, target);
		recordPending(id, target, this.#base.get(id) ?? '');
		clearTimeout(this.#timers.get(id));
		this.#timers.set(
			id,
			setTimeout(() => void this.#save(id), delay)
		);
	}

	/** The database holds `target`: forget it as unsaved unless newer text was typed since. */
	#settled(id: string, target: string): void {
		if (this.#unsaved.get(id) === target) this.#unsaved.delete(id);
		clearPending(id, target);
	}

	/** Runs a write after the ones before it; a failure is reported and does not stop the queue. */
	#enqueue<T>(job: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(job);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	stop(): void {
		void this.flush();
		for (const s of this.#subscriptions) s.unsubscribe();
		this.#subscriptions = [];
	}

	/** Shows a stored row, keeping any text typed here since (it is written next). */
	#replace(updated: Segment): void {
		this.#remember(updated);
		const local = this.#unsaved.get(updated.id);
		const shown =
			local === undefined || local === updated.target
				? updated
				: { ...updated, target: local, status: this.#typedStatus(updated, local) };
		this.segments = this.segments.map((s) => (s.id === updated.id ? shown : s));
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

	/** The project's text is merged by a shared document from now on (see #sharedText). */
	followSharedText(): void {
		this.#sharedText = true;
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
		for (const listener of this.#editListeners) listener(id, segment.target, target);
		this.segments = this.segments.map((s) =>
			s.id === id ? { ...segment, target, status: this.#typedStatus(segment, target) } : s
		);
		this.#keep(id, target);
	}

	#save(id: string, confirm?: { status: SegmentStatus; target: string }): Promise<boolean> {
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
		return this.#enqueue(() => this.#write(id, confirm));
	}

	/**
	 * Writes a paragraph's unsaved text, or confirms it with the text it had when confirmed.
	 * Returns false when the text could not be stored as it is: another tab's text was merged
	 * in, the paragraph was locked or removed, or the disk is full.
	 */
	async #write(id: string, confirm?: { status: SegmentStatus; target: string }): Promise<boolean> {
		const target = confirm?.target ?? this.#unsaved.get(id);
		if (target === undefined) return true;
		const base = this.#base.get(id) ?? target;
		// Its echo from the live query must not look like another tab's text.
		this.#know(id, target);
		let result;
		try {
			result = await this.#repos.segments.saveTyped(id, target, base, confirm?.status);
		} catch (error) {
			// The text stays in memory and in the log; it is tried again until it is stored. A
			// confirmation that could not be stored shows as a draft again.
			if (confirm) {
				this.segments = this.segments.map((s) => (s.id === id ? { ...s, status: 'draft' } : s));
				this.#keep(id, this.#unsaved.get(id) ?? confirm.target, RETRY_DELAY_MS);
			}
			clearTimeout(this.#retry);
			this.#retry = setTimeout(() => void this.flush(), RETRY_DELAY_MS);
			reportError(error);
			return false;
		}
		if (result.kind === 'conflict') {
			const local = this.#unsaved.get(id) ?? target;
			// The live query may have merged the other tab's text in already.
			const absorbed = this.#sharedText || this.#base.get(id) === result.segment.target;
			const merged = absorbed ? local : mergeText(base, local, result.segment.target).text;
			this.#remember(result.segment);
			if (!absorbed) this.otherTab = { segmentId: id, merged: true, at: Date.now() };
			this.#keep(id, merged, 0);
			this.#replace(result.segment);
			return false;
		}
		if (result.kind === 'refused') {
			if (result.segment) this.#replace(result.segment);
			return false;
		}
		this.#settled(id, target);
		this.#replace(result.segment);
		return true;
	}

	/** Writes every pending edit now (page hidden, confirm, leaving the editor). */
	async flush(): Promise<void> {
		const ids = [...this.#unsaved.keys()];
		await Promise.all(ids.map((id) => this.#save(id)));
	}

	/**
	 * Confirms a segment and moves to the next unconfirmed one (Ctrl+Enter). The paragraph
	 * shows as confirmed and the next one is chosen at once; the write follows in order. Text
	 * typed after the key press stays in the paragraph it was typed in (which becomes a draft
	 * again), and a paragraph another tab changed meanwhile is not confirmed.
	 */
	async confirm(id: string, status: SegmentStatus = 'translated'): Promise<string | null> {
		const segment = this.segments.find((s) => s.id === id);
		if (!segment || segment.locked) return null;
		this.segments = this.segments.map((s) => (s.id === id ? { ...segment, status } : s));
		const index = this.segments.findIndex((s) => s.id === id);
		const next = this.#firstUnconfirmed(index);
		if (next) this.currentId = next;
		// In the log at once (a tab closed before the write still has it confirmed); not awaited:
		// the caret moves on now, and the write keeps its place in the queue.
		recordPending(id, segment.target, this.#base.get(id) ?? '', status);
		void this.#save(id, { status, target: segment.target });
		return next;
	}

	/**
	 * Runs an edit of the paragraphs themselves (split, merge, unjoin, move, their undo, a
	 * restored version) after the writes before it, and none runs beside it. `changed` says
	 * which paragraphs it took (with the texts it took them as) and which it left: what they
	 * hold beyond those texts (typed while it ran, or since an undone edit) follows into the
	 * paragraphs it left, so none is lost or lands in another paragraph.
	 */
	async restructure<T>(
		edit: () => Promise<T>,
		changed: (done: T) => { before: readonly TargetText[]; after: readonly Segment[] } | null
	): Promise<T> {
		await this.flush();
		return this.#enqueue(async () => {
			const done = await edit();
			const change = changed(done);
			// At once after the edit resolves: no keystroke can come between.
			if (change) this.#carry(change.before, change.after);
			return done;
		});
	}

	/**
	 * The stored text of a paragraph as this tab knows it: inside `restructure`'s `changed`, the
	 * text the edit started from (the edit's own change is taken in only after it).
	 */
	storedTarget(id: string): string {
		return this.#base.get(id) ?? this.segments.find((s) => s.id === id)?.target ?? '';
	}

	#carry(before: readonly TargetText[], after: readonly Segment[]): void {
		if (!before.length || !after.length) return;
		// What each paragraph holds now: typed and not yet stored, or stored since `before`.
		const typed = new Map<string, string>();
		for (const { id } of before) typed.set(id, this.#unsaved.get(id) ?? this.storedTarget(id));
		const carried = carryTyping(before, after, typed);
		const left = new Set(after.map((row) => row.id));
		for (const row of after) {
			this.#remember(row);
			const text = carried.get(row.id);
			if (text !== undefined) this.#keep(row.id, text);
			else if (this.#unsaved.has(row.id)) this.#forget(row.id);
		}
		for (const { id } of before) if (!left.has(id)) this.#forget(id);
		// Shown at once in the new shape, so the next keystroke starts from it.
		const shown = after.map((row) => {
			const local = this.#unsaved.get(row.id);
			return local === undefined
				? row
				: { ...row, target: local, status: this.#typedStatus(row, local) };
		});
		const taken = new Set([...before.map((b) => b.id), ...left]);
		const first = this.segments.findIndex((s) => taken.has(s.id));
		const rest = this.segments.filter((s) => !taken.has(s.id));
		const at =
			first < 0
				? rest.length
				: this.segments.slice(0, first).filter((s) => !taken.has(s.id)).length;
		this.segments = [...rest.slice(0, at), ...shown, ...rest.slice(at)];
		this.ids = this.segments.map((s) => s.id);
	}

	/** Drops a paragraph's unsaved text: the edit carried it elsewhere (or it was already stored). */
	#forget(id: string): void {
		const local = this.#unsaved.get(id);
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
		this.#unsaved.delete(id);
		if (local !== undefined) clearPending(id, local);
	}

	async setStatus(id: string, status: SegmentStatus): Promise<void> {
		await this.flush();
		const updated = await this.#enqueue(() => this.#repos.segments.setStatus(id, status));
		if (updated) this.#replace(updated);
	}

	async toggleLock(id: string): Promise<void> {
		const segment = this.segments.find((s) => s.id === id);
		if (!segment) return;
		await this.flush();
		const updated = await this.#enqueue(() => this.#repos.segments.setLocked(id, !segment.locked));
		if (updated) this.#replace(updated);
	}

	/**
	 * Writes a machine translation into a paragraph (provenance 'mt' and the engine's name):
	 * 'empty' only into an empty target, 'redo' only over an earlier machine draft nobody has
	 * edited, 'replace' or 'append' over what is there once the translator chose to. Pending typing is stored first, and the write is refused if the
	 * text changed meanwhile, so nothing typed is overwritten. Returns whether it was written.
	 */
	async writeMachine(
		id: string,
		text: string,
		engineName: string,
		mode: 'empty' | 'redo' | 'replace' | 'append'
	): Promise<boolean> {
		const shown = () => this.segments.find((s) => s.id === id);
		if (!shown() || (mode === 'empty' && shown()!.target.trim())) return false;
		await this.flush();
		const segment = shown();
		if (!segment || segment.locked || this.#unsaved.has(id)) return false;
		if (mode === 'empty' && segment.target.trim()) return false;
		if (mode === 'redo' && (segment.provenance !== 'mt' || segment.status !== 'draft'))
			return false;
		const target =
			mode === 'append' && segment.target.trim() ? `${segment.target.trimEnd()} ${text}` : text;
		this.#know(id, target);
		const updated = await this.#enqueue(() =>
			this.#repos.segments.saveMachine(id, target, engineName, segment.target)
		);
		if (!updated) return false;
		this.#replace(updated);
		return true;
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

	/**
	 * Writes many targets in one step (replace all, or its undo): text typed first is stored
	 * first, and each change applies only to a paragraph still showing `before`. Returns the
	 * paragraphs written.
	 */
	async replaceTargets(
		changes: readonly { id: string; before: string; after: string; status?: SegmentStatus }[]
	): Promise<Segment[]> {
		await this.flush();
		await this.#queue;
		// Their echoes from the live query are this tab's own text, not another tab's.
		for (const c of changes) this.#know(c.id, c.after);
		const written = await this.#enqueue(() => this.#repos.segments.replaceTargets(changes));
		for (const segment of written) this.#replace(segment);
		return written;
	}

	async loadHistory(id: string): Promise<void> {
		this.history = await this.#repos.segments.revisions(id);
	}

	async restore(segmentId: string, revisionId: string): Promise<void> {
		const before = this.segments.find((s) => s.id === segmentId)?.target;
		const updated = await this.restructure(
			() => this.#repos.segments.restore(segmentId, revisionId),
			(row) =>
				row
					? { before: [{ id: segmentId, target: this.storedTarget(segmentId) }], after: [row] }
					: null
		);
		if (updated) {
			// A shared project carries it like typing (and notes follow their words).
			if (before !== undefined)
				for (const listener of this.#editListeners) listener(segmentId, before, updated.target);
			this.#replace(updated);
		}
		await this.loadHistory(segmentId);
	}
}
