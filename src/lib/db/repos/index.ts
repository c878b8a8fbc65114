/** All repositories over one database: what state classes receive (and tests replace). */
import type { DuiyiDB } from '../schema.ts';
import { annotationsRepo } from './annotations.ts';
import { draftsRepo } from './drafts.ts';
import { glossariesRepo } from './glossaries.ts';
import { projectsRepo } from './projects.ts';
import { qaRepo } from './qa.ts';
import { repairsRepo } from './repairs.ts';
import { segmentsRepo } from './segments.ts';
import { settingsRepo } from './settings.ts';
import { sharedRepo } from './shared.ts';
import { storageRepo } from './storage.ts';
import { structureRepo } from './structure.ts';
import { tmRepo } from './tm.ts';
import { workspaceRepo } from './workspace.ts';

export function createRepos(db: DuiyiDB) {
	return {
		projects: projectsRepo(db),
		segments: segmentsRepo(db),
		settings: settingsRepo(db),
		glossaries: glossariesRepo(db),
		drafts: draftsRepo(db),
		qa: qaRepo(db),
		annotations: annotationsRepo(db),
		repairs: repairsRepo(db),
		structure: structureRepo(db),
		tm: tmRepo(db),
		workspace: workspaceRepo(db),
		shared: sharedRepo(db),
		storage: storageRepo(db)
	};
}

export type Repos = ReturnType<typeof createRepos>;
