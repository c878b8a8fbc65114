/**
 * The alignment view of one project: the imported English draft, the alignment being corrected
 * (with undo and redo), the selection, and accepting it into the segments' targets. Every
 * correction is saved to the draft at once, so a reload finds it as it was left.
 */
import type { Draft, Segment } from '$lib/domain/types.ts';
import {
	cutParagraphs,
	type AlignmentBead,
	type CutParagraph,
	type GlossaryPair,
	type UnitKinds
} from '$lib/domain/alignment/index.ts';
import { readDraft, type DraftRead } from '$lib/domain/text/draft.ts';
import { splitItems } from '$lib/domain/text/items.ts';
import {
	attachItem,
	crossingBeads,
	detachItem,
	fillGaps,
	fromStoredBeads,
	gapsBetweenLocked,
	glossaryPairs,
	linkBeads,
	moveBoundary,
	planAccept,
	pushHistory,
	redo,
	splitBead,
	startHistory,
	splitTasks,
	summarize,
	toggleLock,
	toStoredBeads,
	undo,
	unlinkBead,
	originalOrderUnits,
	segmentBeads,
	type AcceptItem,
	type AcceptPlan,
	type MovedFragment,
	type History,
	type Side
} from '$lib/domain/alignment-edit/index.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { reportError } from './report.ts';

/**
 * What the view needs from the aligner worker's client: align with progress, and cancel. The
 * promise gives null when the run was cancelled (or replaced by a newer one).
 */
export interface Aligner {
	align(
		zh: string[],
		en: string[],
		onProgress: (fraction: number) => void,
		glossary?: GlossaryPair[],
		level?: 'paragraph' | 'sentence',
		/** Kinds of the Chinese paragraphs (a caption missing from a draft is a common case). */
		kinds?: UnitKinds,
		/** Paragraphs the import joined across captions set inside them (alignment/layout.ts). */
		cuts?: readonly CutParagraph[]
	): Promise<AlignmentBead[] | null>;
	cancel(): void;
	/**
	 * Lets go of the worker once a run (or a series of runs) is over: its dictionary, features
	 * and copies of both texts are most of the tab's memory while aligning. The next run starts
	 * a new worker. Optional: an aligner in the page holds nothing to let go of.
	 */
	release?(): void;
	/** A draft's paragraphs (off the main thread); splitItems in place when absent. */
	paragraphs?(text: string): Promise<string[] | null>;
	/** A draft file decoded and cut into paragraphs (off the main thread); readDraft in place when absent. */
	readDraft?(bytes: Uint8Array): Promise<DraftRead | null>;
}

export type AlignPhase = 'loading' | 'empty' | 'aligning' | 'unaligned' | 'ready';
/** Why an import was refused: the UI turns the code into words. */
export type ImportProblem = 'binary' | 'undecodable' | 'empty' | 'no_segments';

export type KeepOrReplace = 'keep' | 'replace';

/** What the last accept did, for the translator to check. */
export interface AcceptReport {
	/** Draft paragraphs linked to no Chinese paragraph: kept in the draft, to link by hand. */
	unlinked: number[];
	/** Captions and credits of merged links that the draft leaves out (segment ids). */
	missing: string[];
	/** Paragraphs marked translated together with the one before them. */
	together: number;
	/** Segments written. */
	written: number;
}

export class AlignmentState {
	#repos: Repos;
	#aligner: Aligner;
	#subscriptions: LiveSubscription[] = [];
	#saving: Promise<void> = Promise.resolve();
	#opened = false;
	#glossary: Promise<GlossaryPair[]> | null = null;

	readonly projectId: string;
	segments = $state.raw<Segment[]>([]);
	draft = $state.raw<Draft | null>(null);
	history = $state.raw<History<AlignmentBead[]>>(startHistory([]));
	phase = $state<AlignPhase>('loading');
	progress = $state(0);
	selected = $state(0);
	/** Set while the translator picks an English paragraph to attach to the selected link. */
	picking = $state(false);
	/** The English paragraph under the cursor while picking. */
	pickUnit = $state(0);
	problem = $state<ImportProblem | null>(null);
	cancelled = $state(false);
	/** Targets waiting for the translator's keep/replace choice before accepting. */
	conflicts = $state.raw<AcceptItem[]>([]);
	#pending: AcceptItem[] = [];
	/** Set while an accept is being written (sentence alignment for the TM, then the targets). */
	accepting = $state(false);
	/** What the last accept did (null: no accept in this visit). */
	report = $state.raw<AcceptReport | null>(null);
	/** How many paragraphs the last "undo accept" gave back their earlier text (null: none yet). */
	restored = $state<number | null>(null);

	beads = $derived(this.history.present);
	summary = $derived(summarize(this.history.present));
	crossings = $derived(crossingBeads(this.history.present));
	canUndo = $derived(this.history.past.length > 0);
	canRedo = $derived(this.history.future.length > 0);
	current = $derived(this.history.present[this.selected] ?? null);
	/** Draft paragraphs linked to no Chinese paragraph (kept in the draft, to link by hand). */
	unlinked = $derived(this.history.present.filter((b) => !b.zh.length).flatMap((b) => b.en));

	constructor(repos: Repos, aligner: Aligner, projectId: string) {
		this.#repos = repos;
		this.#aligner = aligner;
		this.projectId = projectId;
	}

	get paragraphs(): string[] {
		return this.draft?.paragraphs ?? [];
	}

	/** Follows the project's segments and opens its latest draft. */
	start(): () => void {
		this.#subscriptions.push(
			observe(
				() => this.#repos.segments.list(this.projectId),
				(rows) => {
					this.segments = rows;
					if (this.#opened) return;
					this.#opened = true;
					this.#openLatest().catch(reportError);
				},
				reportError
			)
		);
		return () => this.stop();
	}

	stop(): void {
		this.#aligner.cancel();
		for (const s of this.#subscriptions) s.unsubscribe();
		this.#subscriptions = [];
	}

	async #openLatest(): Promise<void> {
		const latest = await this.#repos.drafts.latest(this.projectId);
		if (!latest) {
			this.phase = 'empty';
			return;
		}
		this.draft = latest;
		if (!latest.beads.length) {
			this.phase = 'unaligned';
			return;
		}
		const ids = this.segments.map((s) => s.id);
		this.history = startHistory(fromStoredBeads(latest.beads, ids, latest.paragraphs.length));
		this.selected = 0;
		this.phase = 'ready';
	}

	/** Imports an English draft from a file's bytes (any encoding decodeText knows). */
	async importFile(name: string, bytes: Uint8Array): Promise<void> {
		const read = this.#aligner.readDraft ? await this.#aligner.readDraft(bytes) : readDraft(bytes);
		if (!read) return; // replaced by a newer import
		if (!read.ok) {
			this.problem = read.reason;
			return;
		}
		await this.#store(name, read.text, read.paragraphs);
	}

	/** Stores an English draft as imported (paragraphs separated by blank lines) and aligns it. */
	async importText(name: string, text: string): Promise<void> {
		const paragraphs = this.#aligner.paragraphs
			? await this.#aligner.paragraphs(text)
			: splitItems(text, 'paragraph');
		if (!paragraphs) return; // replaced by a newer import
		await this.#store(name, text, paragraphs);
	}

	async #store(name: string, text: string, paragraphs: string[]): Promise<void> {
		this.problem = !paragraphs.length ? 'empty' : !this.segments.length ? 'no_segments' : null;
		if (this.problem) return;
		this.draft = await this.#repos.drafts.create({
			projectId: this.projectId,
			name,
			text,
			paragraphs
		});
		await this.align();
	}

	/** Displaced fragments the import's repair moved back into their paragraphs (accepted). */
	async #movedFragments(): Promise<MovedFragment[]> {
		const rows = await this.#repos.repairs.list(this.projectId);
		return rows
			.filter((r) => r.accepted && r.proposalId.startsWith('move-join:') && r.blocks?.length === 2)
			.map((r) => ({ host: r.blocks![0], fragment: r.blocks![1], text: r.texts?.[1] ?? '' }));
	}

	/**
	 * Paragraphs the import's repair joined across captions or credits set inside them, from
	 * the segments' blocks (Segment.joined) and the texts the repair kept of them.
	 */
	async #cuts(): Promise<CutParagraph[]> {
		if (!this.segments.some((s) => (s.joined?.length ?? 0) > 1)) return [];
		const texts = await this.#repos.repairs.blockTexts(this.projectId);
		return cutParagraphs(
			this.segments.map((s) => ({ text: s.source, kind: s.kind, joined: s.joined })),
			(b) => texts.get(b)
		);
	}

	/** The project's glossaries as anchors for the aligner (read once). */
	#glossaryPairs(): Promise<GlossaryPair[]> {
		this.#glossary ??= (async () => {
			const project = await this.#repos.projects.get(this.projectId);
			const entries = await this.#repos.glossaries.entries(project?.glossaryIds ?? []);
			return glossaryPairs(entries);
		})();
		return this.#glossary;
	}

	/** Runs the aligner over the whole draft (in the worker), replacing any alignment. */
	async align(): Promise<void> {
		const draft = this.draft;
		if (!draft) return;
		this.phase = 'aligning';
		this.progress = 0;
		this.cancelled = false;
		const glossary = await this.#glossaryPairs();
		const run = (zh: string[], kinds: UnitKinds['zh'], cuts?: CutParagraph[]) =>
			this.#aligner.align(
				zh,
				draft.paragraphs,
				(f) => (this.progress = f),
				glossary,
				undefined,
				{ zh: kinds },
				cuts
			);
		// Fragments a repair moved are aligned where they stood in the imported document.
		const units = originalOrderUnits(this.segments, await this.#movedFragments());
		let beads: AlignmentBead[] | null = null;
		if (units) {
			const raw = await run(
				units.map((u) => u.text),
				units.map((u) => (u.fragment ? 'body' : this.segments[u.segment].kind))
			);
			if (!raw) return this.#cancelled();
			beads = segmentBeads(raw, units, this.segments.length, draft.paragraphs.length);
		}
		if (!beads) {
			const raw = await run(
				this.segments.map((s) => s.source),
				this.segments.map((s) => s.kind),
				await this.#cuts()
			);
			if (!raw) return this.#cancelled();
			beads = raw;
		}
		this.#aligner.release?.();
		this.history = startHistory(beads.map((b) => ({ zh: b.zh, en: b.en, score: b.score })));
		this.selected = 0;
		this.phase = 'ready';
		this.#save();
	}

	#cancelled(): void {
		this.cancelled = true;
		this.phase = 'unaligned';
	}

	/** Shows the import form again (the current draft stays stored). */
	importAnother(): void {
		this.#aligner.cancel();
		this.problem = null;
		this.phase = 'empty';
	}

	cancel(): void {
		this.#aligner.cancel();
	}

	/** Aligns again only the stretches between locked links; locked links stay as they are. */
	async realign(): Promise<void> {
		const draft = this.draft;
		if (!draft || this.phase !== 'ready') return;
		const before = this.history.present;
		const gaps = gapsBetweenLocked(before).filter((g) => g.zh.length && g.en.length);
		this.phase = 'aligning';
		this.progress = 0;
		const results: AlignmentBead[][] = [];
		const glossary = await this.#glossaryPairs();
		for (const [k, gap] of gaps.entries()) {
			const beads = await this.#aligner.align(
				gap.zh.map((i) => this.segments[i]?.source ?? ''),
				gap.en.map((j) => draft.paragraphs[j]),
				(f) => (this.progress = (k + f) / gaps.length),
				glossary,
				undefined,
				{ zh: gap.zh.map((i) => this.segments[i]?.kind ?? 'body') }
			);
			if (!beads) {
				this.phase = 'ready';
				return;
			}
			results.push(beads);
		}
		this.#aligner.release?.();
		this.phase = 'ready';
		this.#apply(fillGaps(before, gaps, results));
	}

	#apply(next: AlignmentBead[]): void {
		if (next === this.history.present) return;
		this.history = pushHistory(this.history, next);
		this.selected = Math.min(this.selected, next.length - 1);
		this.#save();
	}

	/** Saves the alignment as it is now; saves run one after another so the last one wins. */
	#save(): void {
		const draft = this.draft;
		if (!draft) return;
		const stored = toStoredBeads(
			this.history.present,
			this.segments.map((s) => s.id)
		);
		this.#saving = this.#saving
			.then(() => this.#repos.drafts.saveBeads(draft.id, stored))
			.catch(reportError);
	}

	/** Resolves once every correction made so far is in IndexedDB. */
	saved(): Promise<void> {
		return this.#saving;
	}

	select(index: number): void {
		const n = this.history.present.length;
		if (n) this.selected = Math.max(0, Math.min(n - 1, index));
	}

	/** Selects the link holding a unit (a click on a paragraph). */
	selectItem(side: Side, unit: number): void {
		const index = this.history.present.findIndex((b) => b[side].includes(unit));
		if (index >= 0) this.selected = index;
	}

	moveBoundary(side: Side, direction: 'up' | 'down'): void {
		this.#apply(moveBoundary(this.history.present, this.selected, side, direction));
	}

	/** Links the selected link with the next one (or the previous one). */
	merge(direction: 'next' | 'previous' = 'next'): void {
		const other = this.selected + (direction === 'next' ? 1 : -1);
		const beads = linkBeads(this.history.present, this.selected, other);
		if (beads !== this.history.present && direction === 'previous') this.selected = other;
		this.#apply(beads);
	}

	unlink(): void {
		this.#apply(unlinkBead(this.history.present, this.selected));
	}

	split(): void {
		this.#apply(splitBead(this.history.present, this.selected));
	}

	/** Marks the selected link's last Chinese paragraph as missing from the draft (1-0). */
	markMissing(unit = this.current?.zh.at(-1)): void {
		if (unit !== undefined) this.#apply(detachItem(this.history.present, 'zh', unit));
	}

	/** Marks the selected link's last English paragraph as extra in the draft (0-1). */
	markExtra(unit = this.current?.en.at(-1)): void {
		if (unit !== undefined) this.#apply(detachItem(this.history.present, 'en', unit));
	}

	toggleLock(): void {
		this.#apply(toggleLock(this.history.present, this.selected));
	}

	/** Starts picking an English paragraph for the selected link, from the one beside it. */
	startPicking(): void {
		const bead = this.current;
		if (!bead || bead.locked || !this.paragraphs.length) return;
		const near = bead.en[0] ?? this.history.present[this.selected + 1]?.en[0] ?? 0;
		this.pickUnit = Math.min(near, this.paragraphs.length - 1);
		this.picking = true;
	}

	movePick(delta: number): void {
		const n = this.paragraphs.length;
		if (n) this.pickUnit = Math.max(0, Math.min(n - 1, this.pickUnit + delta));
	}

	/** Attaches English paragraph `unit` to the selected link, out of order if need be. */
	attach(unit: number): void {
		this.picking = false;
		this.#apply(attachItem(this.history.present, this.selected, 'en', unit));
	}

	undo(): void {
		this.history = undo(this.history);
		this.selected = Math.min(this.selected, this.history.present.length - 1);
		this.#save();
	}

	redo(): void {
		this.history = redo(this.history);
		this.selected = Math.min(this.selected, this.history.present.length - 1);
		this.#save();
	}

	/**
	 * Accepts the alignment. Links of several Chinese paragraphs are first split at sentence level
	 * (in the worker). When segments already hold other text, nothing is written yet: the
	 * conflicts are listed for a keep/replace choice and `resolve` finishes. Returns whether the
	 * targets were written.
	 */
	async accept(): Promise<boolean> {
		if (this.accepting) return false;
		this.accepting = true;
		let plan: AcceptPlan;
		try {
			await this.#saving;
			const beads = this.history.present;
			const splits = new Map<number, AlignmentBead[]>();
			const glossary = await this.#glossaryPairs();
			const cuts = await this.#cuts();
			for (const task of splitTasks(this.segments, beads, this.paragraphs, cuts)) {
				const aligned = await this.#aligner.align(
					task.zh,
					task.en,
					() => {},
					glossary,
					'sentence',
					task.kinds
				);
				if (aligned) splits.set(task.bead, aligned);
			}
			this.#aligner.release?.();
			plan = planAccept(this.segments, beads, this.paragraphs, splits, cuts);
		} finally {
			this.accepting = false;
		}
		this.#pending = plan.items;
		this.report = {
			unlinked: plan.unlinked,
			missing: plan.missing,
			together: plan.items.filter((i) => i.translatedWith).length,
			written: 0
		};
		this.conflicts = plan.items.filter((i) => i.conflict);
		if (this.conflicts.length) return false;
		await this.#write(plan.items);
		return true;
	}

	/** Finishes an accept with the translator's choice for each conflicting segment. */
	async resolve(choices: Record<string, KeepOrReplace>): Promise<void> {
		const items = this.#pending.filter((i) => !i.conflict || choices[i.segmentId] === 'replace');
		this.conflicts = [];
		await this.#write(items);
	}

	dismissConflicts(): void {
		this.conflicts = [];
		this.#pending = [];
	}

	/** Gives the paragraphs the last accept wrote their earlier text back (unless edited since). */
	async undoAccept(): Promise<void> {
		this.restored = await this.#repos.drafts.undoLastAccept(this.projectId);
	}

	async #write(items: AcceptItem[]): Promise<void> {
		const draft = this.draft;
		if (!draft || this.accepting) return;
		this.accepting = true;
		try {
			await this.#saving;
			// The translation memory gets a draft's English only when its paragraph is confirmed.
			const result = await this.#repos.drafts.accept(
				draft.id,
				items.map(({ segmentId, target, score, translatedWith }) =>
					translatedWith
						? { segmentId, target, score, translatedWith }
						: { segmentId, target, score }
				),
				[]
			);
			if (this.report) this.report = { ...this.report, written: result.written };
			this.#pending = [];
		} finally {
			this.accepting = false;
		}
	}
}
