/**
 * The glossary as the editor sees it: the project's glossaries compiled into one matcher,
 * terms found in each paragraph's source, and new entries captured from the text.
 */
import {
	buildTermIndex,
	checkTermUse,
	findTerms,
	type TermIndex,
	type TermMatch
} from '$lib/domain/glossary/index.ts';
import { newId } from '$lib/domain/ids.ts';
import type { TermEntry } from '$lib/domain/types.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { reportError } from './report.ts';

export interface TermCheck {
	match: TermMatch;
	/** The glossary English used in the target, if any. */
	used?: string;
	/** A forbidden English term found in the target. */
	forbiddenUsed?: string;
}

export class TermsState {
	#repos: Repos;
	#projectId: string;
	#subscription: LiveSubscription | null = null;
	#cache = new Map<string, TermMatch[]>();
	#index: TermIndex | null = null;

	entries = $state.raw<TermEntry[]>([]);
	glossaryIds = $state.raw<string[]>([]);
	/** Bumped when the matcher changes, so views re-read their matches. */
	version = $state(0);
	/** A source term picked for a new entry, waiting for its English. */
	pendingSource = $state<string | null>(null);

	constructor(repos: Repos, projectId: string) {
		this.#repos = repos;
		this.#projectId = projectId;
	}

	start(): () => void {
		this.#subscription = observe(
			async () => {
				const project = await this.#repos.projects.get(this.#projectId);
				const ids = project?.glossaryIds ?? [];
				const entries = await this.#repos.glossaries.entries(ids);
				// The project's own glossary first: earlier entries win when terms collide.
				const rank = (e: TermEntry) =>
					Math.min(...e.glossaryIds.map((g) => ids.indexOf(g)).filter((i) => i >= 0));
				return { ids, entries: entries.sort((a, b) => rank(a) - rank(b)) };
			},
			({ ids, entries }) => {
				this.glossaryIds = ids;
				this.entries = entries;
				this.#index = buildTermIndex(entries);
				this.#cache.clear();
				this.version++;
			},
			reportError
		);
		return () => this.#subscription?.unsubscribe();
	}

	/** Terms recognised in a source text (cached per text). */
	matches(source: string): TermMatch[] {
		void this.version;
		if (!this.#index) return [];
		let found = this.#cache.get(source);
		if (!found) {
			found = findTerms(this.#index, source);
			this.#cache.set(source, found);
		}
		return found;
	}

	/** Each term of a source once, in order of first appearance: what the panel numbers. */
	distinct(source: string): TermMatch[] {
		const seen = new Set<string>();
		return this.matches(source).filter((m) => !seen.has(m.entryId) && seen.add(m.entryId));
	}

	/** How the target uses the terms of its source. */
	check(source: string, target: string): TermCheck[] {
		return this.distinct(source).map((match) => {
			const use = checkTermUse(target, match);
			return { match, used: use.used, forbiddenUsed: use.forbiddenUsed };
		});
	}

	/**
	 * Two-step capture: the first call remembers a source selection, the second adds an entry
	 * with the target selection to the project's first glossary. Returns what happened.
	 */
	async capture(
		source: string,
		target: string
	): Promise<'source' | 'added' | 'no-glossary' | 'empty'> {
		const zh = source.trim() || this.pendingSource;
		const en = target.trim();
		if (zh && !en) {
			this.pendingSource = zh;
			return 'source';
		}
		if (!zh || !en) return 'empty';
		const glossaryId = this.glossaryIds[0];
		if (!glossaryId) return 'no-glossary';
		const now = Date.now();
		await this.#repos.glossaries.putEntry({
			id: newId(),
			glossaryIds: [glossaryId],
			terms: [
				{ lang: 'zh', text: zh, status: 'preferred' },
				{ lang: 'en', text: en, status: 'preferred' }
			],
			createdAt: now,
			updatedAt: now
		});
		this.pendingSource = null;
		return 'added';
	}

	cancelCapture(): void {
		this.pendingSource = null;
	}
}
