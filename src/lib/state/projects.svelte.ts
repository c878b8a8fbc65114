/** The project list: live from IndexedDB, with rename and delete (creation goes through the import screen). */
import { confirmedCount } from '$lib/domain/stats/together.ts';
import type { Project } from '$lib/domain/types.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { reportError } from './report.ts';
import { openShared } from './sync.svelte.ts';
import { teamState } from './team.svelte.ts';

export interface ProjectSummary extends Project {
	segmentsTotal: number;
	segmentsDone: number;
}

export class ProjectListState {
	#repos: Repos;
	#subscription: LiveSubscription | null = null;
	projects = $state.raw<ProjectSummary[]>([]);
	loaded = $state(false);

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	start(): () => void {
		this.#subscription = observe(
			async () => {
				const projects = await this.#repos.projects.list();
				return Promise.all(
					projects.map(async (p) => {
						const segments = await this.#repos.segments.list(p.id);
						return {
							...p,
							segmentsTotal: segments.length,
							segmentsDone: confirmedCount(segments)
						};
					})
				);
			},
			(projects) => {
				this.projects = projects;
				this.loaded = true;
			},
			reportError
		);
		return () => this.#subscription?.unsubscribe();
	}

	async rename(id: string, name: string): Promise<void> {
		if (!name.trim()) return;
		await this.#repos.projects.rename(id, name.trim());
		// A team project: the new name goes into its shared document (a viewer's is undone).
		const link = await this.#repos.shared.link(id);
		const team = teamState(this.#repos);
		if (!link || !team.signedIn || !team.session) return;
		const role = team.documents.find((d) => d.name === link.document)?.role;
		await openShared(this.#repos, team.session, link.document, role === 'viewer').catch(
			reportError
		);
	}

	async remove(id: string): Promise<void> {
		await this.#repos.projects.remove(id);
	}
}
