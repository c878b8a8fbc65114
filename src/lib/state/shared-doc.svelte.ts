/**
 * What every shared document in this browser has in common (a team project or glossary): its
 * Y.js document persisted here (y-indexeddb, so it opens and works with the network off and
 * keeps every update until the server has it), its connection to the team server, and the
 * exchanges with the Dexie tables the screens read, run one at a time so none reads what
 * another is writing.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Repos } from '$lib/db/repos/index.ts';
import type { SharedLink } from '$lib/db/repos/shared.ts';
import type { LiveSubscription } from '$lib/db/live.ts';
import { connectShared, whenSynced } from '$lib/sync/connection.ts';
import { reportError } from './report.ts';
import type { TeamSession } from './team.svelte.ts';

const FEED_DELAY_MS = 50;

export abstract class SharedDocSync {
	protected readonly repos: Repos;
	protected readonly doc = new Y.Doc();
	protected provider: HocuspocusProvider | null = null;
	protected readonly user: string;
	protected subscriptions: LiveSubscription[] = [];
	#persistence: IndexeddbPersistence | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#serial: Promise<void> = Promise.resolve();
	#clients = new Set<number>();

	status = $state<'connecting' | 'connected' | 'disconnected'>('connecting');
	/** Local changes the server has not acknowledged yet (kept in this browser meanwhile). */
	unsynced = $state(0);
	/** Set when the server refused the connection (sign-in expired, no longer a member). */
	refused = $state<string | null>(null);
	/** True once the document holds its content (from this browser or the server). */
	ready = $state(false);
	/** A viewer: the server refuses their changes, so none are made (the shared content wins). */
	readOnly = $state(false);

	constructor(
		repos: Repos,
		readonly link: SharedLink,
		readonly session: TeamSession
	) {
		this.repos = repos;
		this.user = session.user;
	}

	/** True for text typed in this browser (under any client id it used on this document). */
	protected readonly mine = (client: number): boolean =>
		client === this.doc.clientID || this.#clients.has(client);

	/** True when the document holds the content (not a new, empty one). */
	protected abstract hasContent(): boolean;
	/** Fills a new, empty document from this browser (its owner shares it). */
	protected abstract seed(): Promise<void>;
	/** One exchange: what was done here into the document, then the document into the tables. */
	protected abstract exchange(): Promise<void>;
	/** The copy kept in this browser is open (before the first exchange). */
	protected async opened(): Promise<void> {}

	/**
	 * What the document last gave the tables, kept with the local copy: a tab closed after a
	 * change arrived and before it was fed must not take the tables' older state for an edit
	 * made here (and send it back, undoing the change).
	 */
	protected async storedFed<T>(): Promise<T | undefined> {
		const value = await this.#persistence?.get('fed');
		return typeof value === 'string' ? (JSON.parse(value) as T) : undefined;
	}

	protected storeFed(value: unknown): void {
		this.#persistence?.set('fed', JSON.stringify(value)).catch(reportError);
	}

	/** Opens the local copy, then connects; with `seeding`, an empty document is filled from here. */
	async start(seeding = false): Promise<void> {
		this.#persistence = new IndexeddbPersistence(`duiyi-shared:${this.link.document}`, this.doc);
		await this.#persistence.whenSynced;
		// Every Y.js client id this browser has used on the document: text typed under any of
		// them is this member's own (see carryLate).
		const known = await this.#persistence.get('clients');
		const ids: number[] = typeof known === 'string' ? JSON.parse(known) : [];
		this.#clients = new Set([...ids, this.doc.clientID]);
		await this.#persistence.set('clients', JSON.stringify([...this.#clients]));
		await this.opened();
		this.doc.on('update', () => this.schedule());
		if (this.hasContent()) await this.feed();
		const provider = connectShared({
			server: this.link.server,
			name: this.link.document,
			token: this.session.token,
			doc: this.doc,
			onStatus: (status) => (this.status = status),
			onUnsynced: (count) => (this.unsynced = count),
			onAuthenticationFailed: (reason) => (this.refused = reason)
		});
		this.provider = provider;
		provider.on('synced', async () => {
			if (seeding && !this.hasContent()) await this.seed().catch(reportError);
			void this.feed();
		});
		// The browser knows first when the network goes: stop waiting on a dead socket.
		if (typeof window !== 'undefined') {
			window.addEventListener('offline', this.#offline);
			window.addEventListener('online', this.#online);
		}
	}

	#offline = () => this.provider?.configuration.websocketProvider.disconnect();
	#online = () => void this.provider?.configuration.websocketProvider.connect();

	/** Resolves when the document holds its content (after the first sync, or from this browser). */
	async whenReady(ms = 30_000): Promise<void> {
		const end = Date.now() + ms;
		while (!this.ready) {
			if (this.refused) throw new Error(this.refused);
			if (Date.now() > end) throw new Error('the team server did not answer');
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	/** Resolves once the server has every change made here (rejects after `ms`). */
	async whenSent(ms: number): Promise<void> {
		if (this.provider) await whenSynced(this.provider, ms);
	}

	stop(): void {
		clearTimeout(this.#timer);
		for (const s of this.subscriptions) s.unsubscribe();
		if (typeof window !== 'undefined') {
			window.removeEventListener('offline', this.#offline);
			window.removeEventListener('online', this.#online);
		}
		this.provider?.destroy();
		void this.#persistence?.destroy();
	}

	protected schedule(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.feed(), FEED_DELAY_MS);
	}

	protected feed(): Promise<void> {
		const run = this.#serial.then(async () => {
			if (!this.hasContent()) return;
			try {
				await this.exchange();
				this.ready = true;
			} catch (error) {
				reportError(error);
			}
		});
		this.#serial = run;
		return run;
	}
}
