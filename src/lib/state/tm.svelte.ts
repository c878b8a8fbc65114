/**
 * The translation memory as the editor sees it: every stored unit in one fuzzy index, matches
 * for the current paragraph, and confirmed paragraphs (and their sentence pairs) stored back.
 */
import { splitSentences } from '$lib/domain/segmentation/sentences.ts';
import {
	addToTmIndex,
	concordance,
	searchTm,
	sentenceMatches,
	syncTmIndex,
	tmIndexSize,
	tmUnitId,
	tmUnitsFromSegments,
	type ConcordanceResult,
	type SentenceMatch,
	type TmIndex,
	type TmMatch
} from '$lib/domain/tm/index.ts';
import { withGroupSource } from '$lib/domain/stats/together.ts';
import type { Segment } from '$lib/domain/types.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { reportError } from './report.ts';
import { loadTmIndex } from './tm-load.ts';

/** Sentence pairs of a paragraph when its Chinese and English have as many sentences. */
function sentencePairs(segment: Segment) {
	const zh = splitSentences(segment.source, 'zh');
	const en = splitSentences(segment.target, 'en');
	if (zh.length < 2 || zh.length !== en.length) return null;
	return zh.map((source, i) => ({ source, target: en[i] }));
}

export class TmState {
	#repos: Repos;
	#subscription: LiveSubscription | null = null;
	#index: TmIndex | null = null;
	/** Bumped when the index changes, so matches are looked up again. */
	version = $state(0);
	size = $state(0);
	/** What the concordance search box holds (Ctrl+K on a selection fills it). */
	query = $state('');
	/** Project names by id, to say where a unit came from. */
	projectNames = $state.raw(new Map<string, string>());

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	start(): () => void {
		let stopped = false;
		// The first read is paged and indexed between tasks; after it, changes are followed
		// unit by unit (a confirm here, an import or a confirm in another tab).
		loadTmIndex(this.#repos)
			.then((index) => {
				if (stopped) return;
				this.#index = index;
				this.size = tmIndexSize(index);
				this.version++;
				this.#subscription = observe(
					() => this.#repos.tm.list(),
					(units) => {
						this.size = units.length;
						if (syncTmIndex(index, units)) this.version++;
					},
					reportError
				);
			})
			.catch(reportError);
		this.#repos.projects
			.list()
			.then((projects) => (this.projectNames = new Map(projects.map((p) => [p.id, p.name]))))
			.catch(reportError);
		return () => {
			stopped = true;
			this.#subscription?.unsubscribe();
		};
	}

	/** Units containing `query` in either language, with the hits to highlight. */
	concordance(query: string): ConcordanceResult | null {
		void this.version;
		if (!this.#index || !query.trim()) return null;
		return concordance(this.#index, query, { limit: 50 });
	}

	/** The best match of each sentence of a paragraph (none for a one-sentence paragraph). */
	sentenceMatches(segment: Pick<Segment, 'id' | 'projectId'>, source: string): SentenceMatch[] {
		void this.version;
		if (!this.#index) return [];
		const own = tmUnitId(segment);
		return sentenceMatches(this.#index, source, 'zh', {
			accept: (unit) => !unit.id.startsWith(own)
		});
	}

	/** Matches for a paragraph, best first, leaving out the paragraph's own stored units. */
	matches(segment: Pick<Segment, 'id' | 'projectId'>, source: string): TmMatch[] {
		void this.version;
		if (!this.#index || !source.trim()) return [];
		const own = tmUnitId(segment);
		return searchTm(this.#index, source, {
			minScore: 0.5,
			limit: 5,
			accept: (unit) => !unit.id.startsWith(own)
		});
	}

	/**
	 * Stores a confirmed paragraph and its sentence pairs; the first paragraph of a group
	 * translated together (found in `document`) is stored with the Chinese of the whole group.
	 * Only what the translator confirmed gets here: an accepted draft's English waits for this.
	 */
	async remember(segment: Segment, document: readonly Segment[] = []): Promise<void> {
		const units = tmUnitsFromSegments([withGroupSource(segment, document)], sentencePairs);
		if (units.length === 0) return;
		await this.#repos.tm.removeByPrefix(tmUnitId(segment));
		await this.#repos.tm.putMany(units);
		if (this.#index) for (const unit of units) addToTmIndex(this.#index, unit);
	}
}
