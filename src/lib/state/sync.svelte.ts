/**
 * A shared project kept in sync: its Y.js document persisted in this browser (y-indexeddb, so it
 * opens and works with the network off and keeps every update until the server has it),
 * connected to the team server, and fed into Dexie so the screens work unchanged. Typing reaches
 * the document keystroke by keystroke through the editor's onEdit; status and lock changes the
 * editor writes to Dexie are carried over, and so are structure edits (split, merge, move, undo)
 * and deleted notes; presence (who is on which paragraph) rides on the
 * provider's awareness.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Repos } from '$lib/db/repos/index.ts';
import type { SharedLink } from '$lib/db/repos/shared.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Annotation, Revision, Segment } from '$lib/domain/types.ts';
import { connectShared } from '$lib/sync/connection.ts';
import {
	addConfirmed,
	addReply,
	addRevision,
	applyStructure,
	applyTyped,
	hasSegment,
	putNote,
	readProject,
	removeNote,
	setSegmentFields,
	writeProject,
	type SharedProject
} from '$lib/sync/project-doc.ts';
import { reportError } from './report.ts';
import type { TeamSession } from './team.svelte.ts';

export interface Presence {
	clientId: number;
	user: string;
	segmentId: string | null;
	typing: boolean;
}

/** How long after the last keystroke a member counts as typing. */
const TYPING_MS = 3000;
const FEED_DELAY_MS = 50;

export class ProjectSync {
	#repos: Repos;
	#doc = new Y.Doc();
	#persistence: IndexeddbPersistence | null = null;
	#provider: HocuspocusProvider | null = null;
	#feedTimer: ReturnType<typeof setTimeout> | undefined;
	#typingTimer: ReturnType<typeof setTimeout> | undefined;
	#subscriptions: LiveSubscription[] = [];
	#user: string;
	/** What the document last gave this browser's tables (to tell its own edits from news). */
	#fed: SharedProject | null = null;
	/** Exchanges with the tables run one at a time, so none reads what another is writing. */
	#serial: Promise<void> = Promise.resolve();

	status = $state<'connecting' | 'connected' | 'disconnected'>('connecting');
	/** Local changes the server has not acknowledged yet (kept in this browser meanwhile). */
	unsynced = $state(0);
	/** Set when the server refused the connection (sign-in expired, no longer a member). */
	refused = $state<string | null>(null);
	others = $state.raw<Presence[]>([]);
	/** True once the document holds the project (from this browser or the server). */
	ready = $state(false);
	/** A viewer: the server refuses their changes, so none are made (the shared text wins). */
	readOnly = $state(false);

	constructor(
		repos: Repos,
		readonly link: SharedLink,
		readonly session: TeamSession
	) {
		this.#repos = repos;
		this.#user = session.user;
	}

	/** Opens the local copy, then connects; `seed` fills a new, empty shared document. */
	async start(seed?: SharedProject): Promise<void> {
		this.#persistence = new IndexeddbPersistence(`duiyi-shared:${this.link.document}`, this.#doc);
		await this.#persistence.whenSynced;
		this.#doc.on('update', () => this.#scheduleFeed());
		if (this.#hasProject()) await this.#feed();
		const provider = connectShared({
			server: this.link.server,
			name: this.link.document,
			token: this.session.token,
			doc: this.#doc,
			onStatus: (status) => (this.status = status),
			onUnsynced: (count) => (this.unsynced = count),
			onAuthenticationFailed: (reason) => (this.refused = reason)
		});
		this.#provider = provider;
		provider.on('synced', () => {
			if (seed && !this.#hasProject()) writeProject(this.#doc, seed, this.#user);
			void this.#feed();
		});
		provider.awareness?.on('change', () => this.#readPresence());
		this.setPresence(null, false);
		// The browser knows first when the network goes: stop waiting on a dead socket.
		if (typeof window !== 'undefined') {
			window.addEventListener('offline', this.#offline);
			window.addEventListener('online', this.#online);
		}
	}

	#offline = () => this.#provider?.configuration.websocketProvider.disconnect();
	#online = () => void this.#provider?.configuration.websocketProvider.connect();

	/** Resolves when the document holds the project (after the first sync, or from this browser). */
	async whenReady(ms = 30_000): Promise<void> {
		const end = Date.now() + ms;
		while (!this.ready) {
			if (this.refused) throw new Error(this.refused);
			if (Date.now() > end) throw new Error('the team server did not answer');
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	/** Follows the editor: keystrokes into the shared text, status and lock changes from Dexie. */
	follow(projectId: string): void {
		this.#projectId = projectId;
		this.#subscriptions.push(
			observe(
				() => this.#repos.segments.list(projectId),
				() => this.#scheduleFeed(),
				reportError
			),
			observe(
				() => this.#repos.shared.extras(projectId),
				() => this.#scheduleFeed(),
				reportError
			)
		);
	}

	#projectId: string | null = null;

	/** One typed change of a target, as the editor saw it. */
	typed(segmentId: string, before: string, after: string): void {
		// A paragraph split or merged here is not in the shared document: it stays local.
		if (!this.ready || this.readOnly || !hasSegment(this.#doc, segmentId)) return;
		try {
			applyTyped(this.#doc, segmentId, before, after, this.#user, Date.now());
		} catch (error) {
			reportError(error);
		}
		this.setPresence(segmentId, true);
		clearTimeout(this.#typingTimer);
		this.#typingTimer = setTimeout(() => this.setPresence(segmentId, false), TYPING_MS);
	}

	setPresence(segmentId: string | null, typing: boolean): void {
		this.#provider?.awareness?.setLocalState({ user: this.#user, segmentId, typing });
	}

	stop(): void {
		clearTimeout(this.#feedTimer);
		clearTimeout(this.#typingTimer);
		for (const s of this.#subscriptions) s.unsubscribe();
		if (typeof window !== 'undefined') {
			window.removeEventListener('offline', this.#offline);
			window.removeEventListener('online', this.#online);
		}
		this.#provider?.destroy();
		void this.#persistence?.destroy();
	}

	#hasProject(): boolean {
		return this.#doc.getArray('order').length > 0;
	}

	#scheduleFeed(): void {
		clearTimeout(this.#feedTimer);
		this.#feedTimer = setTimeout(() => void this.#feed(), FEED_DELAY_MS);
	}

	/**
	 * One exchange between the document and the tables: what was done here goes into the
	 * document first (read fresh, so a stale read never reverts news), then the document is
	 * written to the tables.
	 */
	#feed(): Promise<void> {
		const run = this.#serial.then(async () => {
			if (!this.#hasProject()) return;
			try {
				if (this.#fed && this.#projectId && !this.readOnly) await this.#push(this.#projectId);
				const shared = readProject(this.#doc);
				await this.#repos.shared.apply(shared, this.#fed ?? undefined);
				this.#fed = shared;
				this.ready = true;
			} catch (error) {
				reportError(error);
			}
		});
		this.#serial = run;
		return run;
	}

	async #push(projectId: string): Promise<void> {
		const rows = await this.#repos.segments.list(projectId);
		const { annotations, revisions } = await this.#repos.shared.extras(projectId);
		applyStructure(this.#doc, this.#fed?.segments ?? [], rows, this.#user, Date.now());
		this.#pushFields(rows);
		this.#pushExtras(annotations, revisions);
	}

	/** Status and lock the editor stored in Dexie after the document last changed them. */
	#pushFields(rows: Segment[]): void {
		const shared = new Map(readProject(this.#doc).segments.map((s) => [s.id, s]));
		for (const row of rows) {
			const mine = shared.get(row.id);
			if (!mine || row.updatedAt <= mine.updatedAt) continue;
			if (
				row.status !== mine.status &&
				(row.status === 'translated' || row.status === 'reviewed')
			) {
				// A confirmation: the pair goes to everyone's translation memory.
				addConfirmed(this.#doc, {
					segmentId: row.id,
					source: mine.source,
					target: mine.target,
					by: this.#user,
					at: row.updatedAt
				});
			}
			if (row.status !== mine.status || row.locked !== mine.locked) {
				setSegmentFields(
					this.#doc,
					row.id,
					{ status: row.status, locked: row.locked },
					this.#user,
					row.updatedAt
				);
			}
		}
	}

	/** Notes, replies and revisions made here that the document does not have yet. */
	#pushExtras(annotations: Annotation[], revisions: Revision[]): void {
		const shared = readProject(this.#doc);
		const notes = new Map(shared.annotations.map((n) => [n.id, n]));
		const here = new Set(annotations.map((n) => n.id));
		this.#doc.transact(() => {
			// Deleted here: the document gave it to this browser and it is gone from it.
			for (const note of this.#fed?.annotations ?? []) {
				if (!here.has(note.id) && notes.has(note.id)) removeNote(this.#doc, note.id);
			}
			for (const note of annotations) {
				const mine = notes.get(note.id);
				if (!mine) {
					putNote(this.#doc, note);
					continue;
				}
				const { replies: _mine, ...mineRest } = mine;
				const { replies, ...rest } = note;
				if (note.updatedAt > mine.updatedAt && JSON.stringify(rest) !== JSON.stringify(mineRest)) {
					putNote(this.#doc, { ...note, replies: [] });
				}
				const known = new Set(mine.replies.map((r) => r.id));
				for (const reply of replies) if (!known.has(reply.id)) addReply(this.#doc, note.id, reply);
			}
			const knownRevisions = new Set(shared.revisions.map((r) => r.id));
			for (const revision of revisions) {
				// Made here: it carries the signed-in name as its author.
				if (!knownRevisions.has(revision.id))
					addRevision(this.#doc, { ...revision, by: revision.by ?? this.#user });
			}
		});
	}

	#readPresence(): void {
		const awareness = this.#provider?.awareness;
		if (!awareness) return;
		const others: Presence[] = [];
		for (const [clientId, state] of awareness.getStates()) {
			if (clientId === this.#doc.clientID || typeof state.user !== 'string') continue;
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
	document: string
): Promise<string> {
	const projectId = document.replace(/^project:/, '');
	const link = { server: session.server, document };
	await repos.shared.setLink(projectId, link);
	const sync = new ProjectSync(repos, link, session);
	try {
		await sync.start();
		await sync.whenReady();
	} finally {
		sync.stop();
	}
	return projectId;
}
