/**
 * The alignment view of one project: the imported English draft, the alignment being corrected
 * (with undo and redo), the selection, and accepting it into the segments' targets. Every
 * correction is saved to the draft at once, so a reload finds it as it was left.
 */
import type { FormatIssue, Segment } from '$lib/domain/types.ts';
import type {
	AlignmentBead,
	CutParagraph,
	GlossaryPair,
	UnitKinds
} from '$lib/domain/alignment/index.ts';
import {
	attachItem,
	crossingBeads,
	detachItem,
	fillGaps,
	fromStoredBeads,
	gapsBetweenLocked,
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
	type AcceptItem,
	type AcceptPlan,
	type History,
	type Side
} from '$lib/domain/alignment-edit/index.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import type { DraftWithoutText } from '$lib/db/repos/drafts.ts';
import {
	alignDraft,
	importDraft,
	projectCuts,
	projectGlossaryPairs,
	type DraftImport,
	type DraftSource,
	type ImportProblem,
	type RunAligner
} from './align-draft.ts';
import { reportError } from './report.ts';

export type { ImportProblem } from './align-draft.ts';

/** Lets the page draw and take input before the next step of a long load (a task each). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
	/**
	 * Imports a draft off the main thread (align-draft.ts importDraft, in the worker); null when
	 * cancelled. When absent, the same steps run in the page over `align`.
	 */
	importDraft?(
		projectId: string,
		source: DraftSource,
		onProgress: (fraction: number) => void
	): Promise<DraftImport | null>;
	/** Aligns a stored draft again off the main thread (alignDraft); false or null: cancelled. */
	alignDraft?(
		projectId: string,
		draftId: string,
		onProgress: (fraction: number) => void
	): Promise<boolean | null>;
}

export type AlignPhase = 'loading' | 'empty' | 'aligning' | 'unaligned' | 'ready';
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
	#stopped = false;
	#saving: Promise<void> = Promise.resolve();
	#glossary: Promise<GlossaryPair[]> | null = null;

	readonly projectId: string;
	segments = $state.raw<Segment[]>([]);
	/** The draft shown, without its imported text (never shown here; 2 MB at 20,000 paragraphs). */
	draft = $state.raw<DraftWithoutText | null>(null);
	history = $state.raw<History<AlignmentBead[]>>(startHistory([]));
	phase = $state<AlignPhase>('loading');
	progress = $state(0);
	selected = $state(0);
	/** Set while the translator picks an English paragraph to attach to the selected link. */
	picking = $state(false);
	/** The English paragraph under the cursor while picking. */
	pickUnit = $state(0);
	problem = $state<ImportProblem | null>(null);
	/** The import's own words for an unreadable draft file (problem 'unreadable'). */
	problemIssue = $state<FormatIssue | null>(null);
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

	/**
	 * Reads the project's segments (a page a task, not a live query: collecting the keys of
	 * 20,000 rows for one was a long task) and opens its latest draft. Accepting reads the
	 * segments again, so their targets are current then.
	 */
	start(): () => void {
		this.#stopped = false;
		this.#open().catch(reportError);
		return () => this.stop();
	}

	stop(): void {
		this.#stopped = true;
		this.#aligner.cancel();
	}

	async #open(): Promise<void> {
		const segments = await this.#repos.segments.listPaged(this.projectId);
		if (this.#stopped) return;
		this.segments = segments;
		await this.#openLatest();
	}

	async #openLatest(): Promise<void> {
		const latest = await this.#repos.drafts.latestWithoutText(this.projectId);
		if (this.#stopped) return;
		if (!latest) {
			this.draft = null;
			this.phase = 'empty';
			return;
		}
		if (!latest.beads.length) {
			this.draft = latest;
			this.phase = 'unaligned';
			return;
		}
		const ids = this.segments.map((s) => s.id);
		const history = startHistory(fromStoredBeads(latest.beads, ids, latest.paragraphs.length));
		// The ladder's first render in a task of its own, not after the last chunk's read.
		await nextTask();
		if (this.#stopped) return;
		this.draft = latest;
		this.history = history;
		this.selected = 0;
		this.phase = 'ready';
	}

	/** Imports an English draft from a file's bytes (any encoding decodeText knows). */
	importFile(name: string, bytes: Uint8Array): Promise<void> {
		return this.#import({ name, bytes });
	}

	/** Imports an English draft as pasted (paragraphs separated by blank lines) and aligns it. */
	importText(name: string, text: string): Promise<void> {
		return this.#import({ name, text });
	}

	/**
	 * Stores the draft and aligns it, in the worker when the aligner has one (the draft's text
	 * and the document's Chinese stay off the main thread), then reads it back as a reload does.
	 */
	async #import(source: DraftSource): Promise<void> {
		this.problem = null;
		this.problemIssue = null;
		this.progress = 0;
		this.cancelled = false;
		const onProgress = (f: number) => (this.progress = f);
		let outcome: DraftImport | null;
		if (this.#aligner.importDraft) {
			// Decoding and storing are the worker's too: the run can be cancelled from the start.
			this.phase = 'aligning';
			outcome = await this.#aligner.importDraft(this.projectId, source, onProgress);
		} else outcome = await importDraft(this.#repos, this.projectId, source, this.#run(onProgress));
		this.#aligner.release?.();
		if (outcome && !outcome.ok) {
			this.problem = outcome.reason;
			this.problemIssue = outcome.issue ?? null;
			this.phase = 'empty';
			return;
		}
		if (!outcome?.aligned) this.cancelled = true;
		await this.#openLatest();
	}

	/** The page's aligner as align-draft.ts runs it (whole paragraphs, with progress). */
	#run(onProgress: (fraction: number) => void): RunAligner {
		return (zh, en, glossary, kinds, cuts) => {
			this.phase = 'aligning';
			return this.#aligner.align(zh, en, onProgress, glossary, undefined, { zh: kinds }, cuts);
		};
	}

	/**
	 * Paragraphs the import's repair joined across captions or credits set inside them, from
	 * the segments' blocks (Segment.joined) and the texts the repair kept of them.
	 */
	#cuts(): Promise<CutParagraph[]> {
		return projectCuts(this.#repos, this.projectId, this.segments);
	}

	/** The project's glossaries as anchors for the aligner (read once). */
	#glossaryPairs(): Promise<GlossaryPair[]> {
		this.#glossary ??= projectGlossaryPairs(this.#repos, this.projectId);
		return this.#glossary;
	}

	/** Runs the aligner over the whole draft again (in the worker), replacing any alignment. */
	async align(): Promise<void> {
		const draft = this.draft;
		if (!draft) return;
		this.phase = 'aligning';
		this.progress = 0;
		this.cancelled = false;
		const onProgress = (f: number) => (this.progress = f);
		const aligned = this.#aligner.alignDraft
			? await this.#aligner.alignDraft(this.projectId, draft.id, onProgress)
			: await alignDraft(
					this.#repos,
					this.projectId,
					draft.id,
					this.#run(onProgress),
					this.segments,
					draft.paragraphs
				);
		this.#aligner.release?.();
		if (!aligned) return this.#cancelled();
		await this.#openLatest();
	}

	#cancelled(): void {
		this.cancelled = true;
		this.phase = 'unaligned';
	}

	/** Shows the import form again (the current draft stays stored). */
	importAnother(): void {
		this.#aligner.cancel();
		this.problem = null;
		this.problemIssue = null;
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
			await this.#refreshSegments();
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

	/**
	 * Reads the segments again (their targets decide what an accept asks about). If another tab
	 * split or joined paragraphs meanwhile, the alignment follows them by id.
	 */
	async #refreshSegments(): Promise<void> {
		const before = this.segments.map((s) => s.id);
		const rows = await this.#repos.segments.listPaged(this.projectId);
		const ids = rows.map((s) => s.id);
		this.segments = rows;
		if (ids.length === before.length && ids.every((id, i) => id === before[i])) return;
		const stored = toStoredBeads(this.history.present, before);
		this.history = startHistory(fromStoredBeads(stored, ids, this.paragraphs.length));
		this.selected = Math.min(this.selected, this.history.present.length - 1);
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
