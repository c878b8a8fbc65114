/** The project list: live from IndexedDB, with rename and delete (creation goes through the import screen). */
import { confirmedCount } from '$lib/domain/stats/together.ts';
import type { Project } from '$lib/domain/types.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { reportError } from './report.ts';

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
		if (name.trim()) await this.#repos.projects.rename(id, name.trim());
	}

	async remove(id: string): Promise<void> {
		await this.#repos.projects.remove(id);
	}
}
