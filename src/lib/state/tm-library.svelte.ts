/**
 * The translation memory page: how many units are stored, search over them, TMX in and out,
 * and deleting the whole memory. The page only renders this state.
 */
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { importTmx } from '$lib/workers/tmx-client.ts';
import type { TmxImportOutcome } from '$lib/workers/tmx-import.ts';
import { serializeTmx, tmUnitsToPairs } from '$lib/domain/formats/tmx/serialize.ts';
import { concordance, type ConcordanceResult } from '$lib/domain/tm/concordance.ts';
import { searchTm, type TmIndex, type TmMatch } from '$lib/domain/tm/search.ts';
import { loadTmIndex } from './tm-load.ts';
import { t } from '$lib/i18n/index.svelte';
import { issueText } from './exports.svelte.ts';
import { reportError } from './report.ts';

export class TmLibraryState {
	#repos: Repos;
	#subscription: LiveSubscription | null = null;
	#count = $state(0);
	#matches = $state.raw<TmMatch[] | null>(null);
	#message = $state('');
	#importLines = $state.raw<string[]>([]);
	#importError = $state('');
	#concordance = $state.raw<ConcordanceResult | null>(null);
	#projectNames = $state.raw(new Map<string, string>());
	#progress = $state.raw<{ written: number; total: number } | null>(null);
	#controller: AbortController | null = null;
	/** Built on the first search, dropped when the memory changes. */
	#index: TmIndex | null = null;

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	get count() {
		return this.#count;
	}
	/** The last search's fuzzy matches (50% and up), or null. */
	get matches() {
		return this.#matches;
	}
	/** The last search's concordance: units containing the words, hits ranged. */
	get concordance() {
		return this.#concordance;
	}
	get projectNames() {
		return this.#projectNames;
	}
	/** How far the TMX import in progress is (total 0 while the file is read), or null. */
	get progress() {
		return this.#progress;
	}
	get message() {
		return this.#message;
	}
	/** What the last TMX import did, one sentence a line. */
	get importLines() {
		return this.#importLines;
	}
	get importError() {
		return this.#importError;
	}

	start(): () => void {
		this.#subscription = observe(
			() => this.#repos.tm.count(),
			(n) => {
				this.#count = n;
				this.#index = null;
			},
			reportError
		);
		return () => this.#subscription?.unsubscribe();
	}

	/** Fuzzy matches of the query (50% and up), and the units containing it in either language. */
	async search(query: string): Promise<void> {
		const q = query.trim();
		if (!q) {
			this.#matches = null;
			this.#concordance = null;
			return;
		}
		const [index, projects] = await Promise.all([
			this.#index ?? loadTmIndex(this.#repos),
			this.#repos.projects.list()
		]);
		this.#index = index;
		this.#projectNames = new Map(projects.map((p) => [p.id, p.name]));
		this.#matches = searchTm(index, q, { minScore: 0.5, limit: 20 });
		this.#concordance = concordance(index, q, { limit: 50 });
	}

	/** The whole memory as TMX 1.4 text, and the file name to save it under. */
	async exportTmx(): Promise<{ text: string; fileName: string }> {
		const units = await this.#repos.tm.list();
		const day = new Date().toISOString().slice(0, 10);
		return { text: serializeTmx(tmUnitsToPairs(units)), fileName: `duiyi-tm-${day}.tmx` };
	}

	/**
	 * Adds the units of a TMX file in the project's language pair (others are counted), with a
	 * progress bar; {@link cancelImport} stops it and leaves the memory as it was.
	 */
	async importTmx(bytes: Uint8Array, fileName?: string): Promise<void> {
		this.#importLines = [];
		this.#importError = '';
		this.#progress = { written: 0, total: 0 };
		const controller = new AbortController();
		this.#controller = controller;
		try {
			let outcome: TmxImportOutcome;
			try {
				// Let the progress bar show before the file is read (off the page's thread).
				await new Promise((done) => setTimeout(done, 0));
				outcome = await importTmx(this.#repos, bytes, fileName, {
					signal: controller.signal,
					onStoring: (total) => (this.#progress = { written: 0, total }),
					onProgress: (written, total) => (this.#progress = { written, total })
				});
			} catch (error) {
				if (controller.signal.aborted) return void (this.#importLines = [t('export.tm.cancelled')]);
				throw error;
			}
			if (outcome.issues)
				return void (this.#importError = t('export.tm.refused', {
					reason: issueText(outcome.issues)
				}));
			const r = outcome.report;
			const lines = [t('export.report.tmx', { imported: r.imported, total: r.total })];
			if (r.skipped)
				lines.push(
					t('export.report.tmx_skipped', {
						count: r.skipped,
						pairs: Object.entries(r.skippedPairs)
							.map(([pair, n]) => `${pair} ${n}`)
							.join(', ')
					})
				);
			if (r.withInlineCodes)
				lines.push(t('export.report.tmx_inline', { count: r.withInlineCodes }));
			this.#importLines = lines;
		} finally {
			this.#progress = null;
			if (this.#controller === controller) this.#controller = null;
		}
	}

	/** Stops the TMX import in progress; nothing of it is kept. */
	cancelImport(): void {
		this.#controller?.abort();
	}

	async clear(): Promise<void> {
		await this.#repos.workspace.clearTm();
		this.#index = null;
		this.#matches = null;
		this.#concordance = null;
		this.#message = t('export.tm.deleted');
	}
}
