/**
 * Every shared glossary linked in this browser, kept in sync in the background for as long as
 * the app is open and the member is signed in, wherever they are in it (the editor, the home
 * page, the glossary screen): a term a teammate adds reaches the editor's glossary panel, and
 * terms added here with the network off go when it is back. The app starts it once (the root
 * layout); the glossary screen reads the status of each sync from it.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import type { SharedLink } from '$lib/db/repos/shared.ts';
import { observe } from '$lib/db/live.ts';
import { GlossarySync } from './glossary-sync.svelte.ts';
import { reportError } from './report.ts';
import { teamState, type TeamSession, type TeamState } from './team.svelte.ts';

const isGlossary = (document: string) => document.startsWith('glossary:');

export class GlossarySyncs {
	#repos: Repos;
	#team: TeamState;
	#running = new Map<string, GlossarySync>();
	/** The sign-in the running syncs use: a new one (or none) restarts them. */
	#token: string | null = null;
	#links = $state.raw<Record<string, SharedLink>>({});
	/** The running syncs by document name (glossary:<id>). */
	syncs = $state.raw<Record<string, GlossarySync>>({});

	constructor(repos: Repos, team: TeamState) {
		this.#repos = repos;
		this.#team = team;
	}

	/** Follows the links and the sign-in until the returned function is called. */
	run(): () => void {
		const links = observe(
			() => this.#repos.shared.links(),
			(all) => {
				this.#links = all;
				this.#reconcile();
			},
			reportError
		);
		// A sign-in, a sign-out and a change of role take effect at once.
		const effects = $effect.root(() => {
			$effect(() => this.#reconcile());
		});
		return () => {
			links.unsubscribe();
			effects();
			this.#stopAll();
		};
	}

	#reconcile(): void {
		const session = this.#team.signedIn ? this.#team.session : null;
		const links = this.#links;
		const roles = new Map(this.#team.documents.map((d) => [d.name, d.role]));
		if ((session?.token ?? null) !== this.#token) {
			this.#stopAll();
			this.#token = session?.token ?? null;
			// The roles decide which syncs may write; offline, the last known list stands.
			if (session && this.#team.documents.length === 0) {
				this.#team.refresh().catch(() => undefined);
			}
		}
		if (!session) return;
		for (const [key, link] of Object.entries(links)) {
			if (!isGlossary(key) || link.server !== session.server) continue;
			let sync = this.#running.get(key);
			if (!sync) {
				sync = new GlossarySync(this.#repos, link, session);
				this.#running.set(key, sync);
				const started = sync;
				// A new, empty shared document is filled from this browser's glossary (its owner
				// has just shared it).
				void sync.start(true).then(() => started.follow(), reportError);
			}
			sync.readOnly = roles.get(key) === 'viewer';
		}
		this.syncs = Object.fromEntries(this.#running);
	}

	#stopAll(): void {
		for (const sync of this.#running.values()) sync.stop();
		this.#running.clear();
		this.syncs = {};
	}

	/**
	 * Brings a team glossary into this browser: links it (the background sync starts), waits
	 * for its entries to reach the tables; returns its local id.
	 */
	async open(session: TeamSession, document: string): Promise<string> {
		await this.#repos.shared.setLink(document, { server: session.server, document });
		const end = Date.now() + 30_000;
		let sync = this.#running.get(document);
		while (!sync) {
			if (Date.now() > end) throw new Error('the team server did not answer');
			await new Promise((r) => setTimeout(r, 50));
			sync = this.#running.get(document);
		}
		await sync.whenReady();
		return sync.glossaryId;
	}
}

let shared: GlossarySyncs | null = null;

/** The app's one set of background glossary syncs. */
export function glossarySyncs(repos: Repos): GlossarySyncs {
	shared ??= new GlossarySyncs(repos, teamState(repos));
	return shared;
}
