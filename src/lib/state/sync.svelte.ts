/**
 * A shared project kept in sync (see SharedDocSync: persisted here, connected, fed into Dexie so
 * the screens work unchanged). Typing reaches
 * the document keystroke by keystroke through the editor's onEdit; status and lock changes the
 * editor writes to Dexie are carried over, and so are structure edits (split, merge, move, undo)
 * and deleted notes; presence (who is on which paragraph) rides on the
 * provider's awareness.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import { observe } from '$lib/db/live.ts';
import type { Annotation, Revision, Segment } from '$lib/domain/types.ts';
import {
	addConfirmed,
	addReply,
	addRevision,
	applyStructure,
	applyTyped,
	carryLate,
	hasSegment,
	putNote,
	readProject,
	removeNote,
	setSegmentFields,
	writeProject,
	type SharedProject
} from '$lib/sync/project-doc.ts';
import { carryRename, sharedName } from '$lib/sync/name.ts';
import { reportError } from './report.ts';
import { SharedDocSync } from './shared-doc.svelte.ts';
import type { TeamSession } from './team.svelte.ts';

export interface Presence {
	clientId: number;
	user: string;
	segmentId: string | null;
	typing: boolean;
}

/** How long after the last keystroke a member counts as typing. */
const TYPING_MS = 3000;

export class ProjectSync extends SharedDocSync {
	#typingTimer: ReturnType<typeof setTimeout> | undefined;
	/** What the document last gave this browser's tables (to tell its own edits from news). */
	#fed: SharedProject | null = null;
	#projectId: string | null = null;
	#seed: SharedProject | undefined;
	/** The name the document last gave this browser (a rename here differs from it). */
	#fedName: string | null = null;

	others = $state.raw<Presence[]>([]);

	/** Opens the local copy, then connects; `seed` fills a new, empty shared document. */
	override async start(seed?: SharedProject | boolean): Promise<void> {
		this.#seed = typeof seed === 'object' ? seed : undefined;
		await super.start(this.#seed !== undefined);
		this.provider?.awareness?.on('change', () => this.#readPresence());
		this.setPresence(null, false);
	}

	protected hasContent(): boolean {
		return this.doc.getArray('order').length > 0;
	}

	/** The name the document last gave this browser (kept with the local copy). */
	protected override async opened(): Promise<void> {
		this.#fedName =
			(await this.storedFed<string>()) ?? (this.hasContent() ? sharedName(this.doc) : null);
	}

	get projectId(): string {
		return this.link.document.replace(/^project:/, '');
	}

	protected async seed(): Promise<void> {
		if (this.#seed) writeProject(this.doc, this.#seed, this.user);
	}

	/** Follows the editor: keystrokes into the shared text, status and lock changes from Dexie. */
	follow(projectId: string): void {
		this.#projectId = projectId;
		this.subscriptions.push(
			observe(
				() => this.repos.segments.list(projectId),
				() => this.schedule(),
				reportError
			),
			observe(
				() => this.repos.shared.extras(projectId),
				() => this.schedule(),
				reportError
			),
			observe(
				() => this.repos.projects.get(projectId),
				() => this.schedule(),
				reportError
			)
		);
	}

	/** One typed change of a target, as the editor saw it. */
	typed(segmentId: string, before: string, after: string): void {
		// A paragraph split here reaches the document with the next exchange, its text with it.
		if (!this.ready || this.readOnly || !hasSegment(this.doc, segmentId)) return;
		try {
			applyTyped(this.doc, segmentId, before, after, this.user, Date.now());
		} catch (error) {
			reportError(error);
		}
		this.setPresence(segmentId, true);
		clearTimeout(this.#typingTimer);
		this.#typingTimer = setTimeout(() => this.setPresence(segmentId, false), TYPING_MS);
	}

	setPresence(segmentId: string | null, typing: boolean): void {
		this.provider?.awareness?.setLocalState({ user: this.user, segmentId, typing });
	}

	override stop(): void {
		clearTimeout(this.#typingTimer);
		super.stop();
	}

	/** What was done here goes into the document first (read fresh, so a stale read never reverts news). */
	protected async exchange(): Promise<void> {
		// One transaction: an edit made here cannot land between the read and the write.
		this.#fed = await this.repos.shared.exchangeProject(async () => {
			// Typed here into a paragraph another member merged away meanwhile: into the merged one.
			if (!this.readOnly) carryLate(this.doc, this.mine, this.user, Date.now());
			// Renamed here (in the project list, perhaps while this project was closed).
			const here = await this.repos.projects.get(this.projectId);
			if (here && this.#fedName !== null && !this.readOnly) {
				carryRename(this.doc, this.#fedName, here.name);
			}
			if (this.#fed && this.#projectId && !this.readOnly) await this.#push(this.#projectId);
			const shared = readProject(this.doc);
			await this.repos.shared.apply(shared, this.#fed ?? undefined);
			this.#fedName = shared.project.name;
			return shared;
		});
		this.storeFed(this.#fedName);
	}

	async #push(projectId: string): Promise<void> {
		const rows = await this.repos.segments.list(projectId);
		const { annotations, revisions } = await this.repos.shared.extras(projectId);
		applyStructure(this.doc, this.#fed?.segments ?? [], rows, this.user, Date.now());
		this.#pushFields(rows);
		this.#pushExtras(annotations, revisions);
	}

	/**
	 * Status, lock, provenance and engine name the editor stored in Dexie after the document last
	 * changed them.
	 */
	#pushFields(rows: Segment[]): void {
		const shared = new Map(readProject(this.doc).segments.map((s) => [s.id, s]));
		for (const row of rows) {
			const mine = shared.get(row.id);
			if (!mine || row.updatedAt <= mine.updatedAt) continue;
			if (
				row.status !== mine.status &&
				(row.status === 'translated' || row.status === 'reviewed')
			) {
				// A confirmation: the pair goes to everyone's translation memory.
				addConfirmed(this.doc, {
					segmentId: row.id,
					source: mine.source,
					target: mine.target,
					by: this.user,
					at: row.updatedAt
				});
			}
			if (row.status !== mine.status || row.locked !== mine.locked) {
				setSegmentFields(
					this.doc,
					row.id,
					{ status: row.status, locked: row.locked },
					this.user,
					row.updatedAt
				);
			}
			// A machine draft (or text typed over one): who wrote it travels with it.
			if (row.provenance !== mine.provenance || row.engineName !== mine.engineName) {
				const fields = { provenance: row.provenance, engineName: row.engineName };
				setSegmentFields(this.doc, row.id, fields, this.user, row.updatedAt);
			}
		}
	}

	/** Notes, replies and revisions made here that the document does not have yet. */
	#pushExtras(annotations: Annotation[], revisions: Revision[]): void {
		const shared = readProject(this.doc);
		const notes = new Map(shared.annotations.map((n) => [n.id, n]));
		const here = new Set(annotations.map((n) => n.id));
		this.doc.transact(() => {
			// Deleted here: the document gave it to this browser and it is gone from it.
			for (const note of this.#fed?.annotations ?? []) {
				if (!here.has(note.id) && notes.has(note.id)) removeNote(this.doc, note.id);
			}
			const fed = new Map((this.#fed?.annotations ?? []).map((n) => [n.id, n]));
			for (const note of annotations) {
				const mine = notes.get(note.id);
				if (!mine) {
					// Fed here and gone from the document: another member deleted it (unless it was
					// changed here since, which keeps it).
					const before = fed.get(note.id);
					if (!before || note.updatedAt > before.updatedAt) putNote(this.doc, note);
					continue;
				}
				const { replies: _mine, ...mineRest } = mine;
				const { replies, ...rest } = note;
				if (note.updatedAt > mine.updatedAt && JSON.stringify(rest) !== JSON.stringify(mineRest)) {
					putNote(this.doc, { ...note, replies: [] });
				}
				const known = new Set(mine.replies.map((r) => r.id));
				for (const reply of replies) if (!known.has(reply.id)) addReply(this.doc, note.id, reply);
			}
			const knownRevisions = new Set(shared.revisions.map((r) => r.id));
			for (const revision of revisions) {
				// Made here: it carries the signed-in name as its author.
				if (!knownRevisions.has(revision.id))
					addRevision(this.doc, { ...revision, by: revision.by ?? this.user });
			}
		});
	}

	#readPresence(): void {
		const awareness = this.provider?.awareness;
		if (!awareness) return;
		const others: Presence[] = [];
		for (const [clientId, state] of awareness.getStates()) {
			if (clientId === this.doc.clientID || typeof state.user !== 'string') continue;
			others.push({
				clientId,
				user: state.user,
				segmentId: typeof state.segmentId === 'string' ? state.segmentId : null,
				typing: state.typing === true
			});
		}
		this.others = others;
	}
}

/**
 * Brings a team project into this browser (its document, then Dexie) so it can be opened like
 * any other; returns the local project id. Works offline once it has been opened here before.
 */
export async function openShared(
	repos: Repos,
	session: TeamSession,
	document: string,
	readOnly = false
): Promise<string> {
	const projectId = document.replace(/^project:/, '');
	const link = { server: session.server, document };
	await repos.shared.setLink(projectId, link);
	const sync = new ProjectSync(repos, link, session);
	sync.readOnly = readOnly;
	try {
		await sync.start();
		await sync.whenReady();
		// What this exchange wrote (a rename made in the project list) goes now when it can.
		await sync.whenSent(5_000).catch(() => undefined);
	} finally {
		sync.stop();
	}
	return projectId;
}
