/**
 * The translation memory page: how many units are stored, search over them, TMX in and out,
 * and deleting the whole memory. The page only renders this state.
 */
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { newId } from '$lib/domain/ids.ts';
import { parseTmx } from '$lib/domain/formats/tmx/parse.ts';
import { languagePairIssue } from '$lib/domain/formats/languages.ts';
import { serializeTmx, tmUnitsToPairs } from '$lib/domain/formats/tmx/serialize.ts';
import { buildTmIndex, searchTm, type TmMatch } from '$lib/domain/tm/search.ts';
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

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	get count() {
		return this.#count;
	}
	/** The last search's matches (fuzzy first, then plain substring hits), or null. */
	get matches() {
		return this.#matches;
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
			(n) => (this.#count = n),
			reportError
		);
		return () => this.#subscription?.unsubscribe();
	}

	/** Fuzzy matches of the query (50% and up), then units containing it in either language. */
	async search(query: string): Promise<void> {
		const q = query.trim();
		if (!q) return void (this.#matches = null);
		const units = await this.#repos.tm.list();
		const fuzzy = searchTm(buildTmIndex(units), q, { minScore: 0.5, limit: 20 });
		const seen = new Set(fuzzy.map((m) => m.unit.id));
		const lower = q.toLowerCase();
		const plain = units
			.filter(
				(u) => !seen.has(u.id) && (u.source.includes(q) || u.target.toLowerCase().includes(lower))
			)
			.slice(0, 50)
			.map((unit) => ({ unit, score: 0, percent: 0 }));
		this.#matches = [...fuzzy, ...plain];
	}

	/** The whole memory as TMX 1.4 text, and the file name to save it under. */
	async exportTmx(): Promise<{ text: string; fileName: string }> {
		const units = await this.#repos.tm.list();
		const day = new Date().toISOString().slice(0, 10);
		return { text: serializeTmx(tmUnitsToPairs(units)), fileName: `duiyi-tm-${day}.tmx` };
	}

	/** Adds the units of a TMX file in the project's language pair; others are counted. */
	async importTmx(bytes: Uint8Array): Promise<void> {
		this.#importLines = [];
		this.#importError = '';
		const parsed = parseTmx(bytes, { newId: () => `tmx:${newId()}` });
		if (!parsed.value)
			return void (this.#importError = t('export.tm.refused', {
				reason: issueText(parsed.issues)
			}));
		const { units, report: r } = parsed.value;
		// A memory in another pair is refused before anything is stored, its languages named.
		const wrong = languagePairIssue({ languages: r.languages });
		if (wrong)
			return void (this.#importError = t('export.tm.refused', { reason: issueText([wrong]) }));
		await this.#repos.tm.putMany(units);
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
		if (r.withInlineCodes) lines.push(t('export.report.tmx_inline', { count: r.withInlineCodes }));
		this.#importLines = lines;
	}

	async clear(): Promise<void> {
		await this.#repos.workspace.clearTm();
		this.#matches = null;
		this.#message = t('export.tm.deleted');
	}
}
