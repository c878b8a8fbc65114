/**
 * What a project's own page (analysis, export …) does first: the project id from the address,
 * its state object, loaded as the page opens (a failure is reported, not thrown).
 */
import { page } from '$app/state';
import type { Repos } from '$lib/db/repos/index.ts';
import { getAppContext } from '$lib/state/context.ts';
import { reportError } from '$lib/state/report.ts';

export function projectPageState<T extends { load(): Promise<unknown> }>(
	make: (repos: Repos, projectId: string) => T
): { id: string; state: T } {
	const { repos } = getAppContext();
	const id = page.params.id ?? '';
	const state = make(repos, id);
	$effect(() => {
		state.load().catch(reportError);
	});
	return { id, state };
}
