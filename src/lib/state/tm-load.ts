/**
 * Reading a large translation memory into a search index without freezing the page: the units
 * are read a page at a time and indexed between tasks, so no main-thread task holds more than
 * one page's work (issue 15: no task over 200 ms).
 */
import type { Repos } from '$lib/db/repos/index.ts';
import {
	addToTmIndex,
	buildTmIndex,
	prepareConcordance,
	type TmIndex
} from '$lib/domain/tm/index.ts';

const PAGE = 2000;

/** Yields to the event loop (input, rendering) before the next page. */
const pause = () => new Promise((done) => setTimeout(done, 0));

/**
 * The whole stored memory as an index, read and indexed `PAGE` units a task.
 *
 * @example
 * const index = await loadTmIndex(repos);
 */
export async function loadTmIndex(repos: Pick<Repos, 'tm'>): Promise<TmIndex> {
	const index = buildTmIndex();
	let after: string | null = null;
	for (;;) {
		const units = await repos.tm.page(after, PAGE);
		for (const unit of units) addToTmIndex(index, unit);
		prepareConcordance(index);
		if (units.length < PAGE) return index;
		after = units[units.length - 1].id;
		await pause();
	}
}
