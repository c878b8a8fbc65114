/** Projects: the list, creation with their segments, renaming, deletion of everything they own. */
import type { Project, Segment, SegmentKind } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import { projectTables, type DuiyiDB } from '../schema.ts';

/** Rows written per request when a project is created (the requests share one transaction). */
export const WRITE_CHUNK = 2000;

export interface NewSegment {
	source: string;
	kind: SegmentKind;
	target?: string;
	joined?: number[];
}

export interface NewProject {
	name: string;
	segments: NewSegment[];
	glossaryIds?: string[];
	sourceLang?: string;
	targetLang?: string;
}

export function projectsRepo(db: DuiyiDB) {
	return {
		/** All projects, most recently edited first. */
		async list(): Promise<Project[]> {
			return db.projects.orderBy('updatedAt').reverse().toArray();
		},

		async get(id: string): Promise<Project | undefined> {
			return db.projects.get(id);
		},

		/** Creates a project and its segments in one transaction. */
		async create(input: NewProject): Promise<Project> {
			const now = Date.now();
			const project: Project = {
				id: newId(),
				name: input.name,
				sourceLang: input.sourceLang ?? 'zh-CN',
				targetLang: input.targetLang ?? 'en',
				glossaryIds: input.glossaryIds ?? [],
				settings: { disabledChecks: [] },
				createdAt: now,
				updatedAt: now
			};
			const segments: Segment[] = input.segments.map((s, order) => ({
				id: newId(),
				projectId: project.id,
				order,
				kind: s.kind,
				source: s.source,
				target: s.target ?? '',
				status: s.target ? 'draft' : 'new',
				locked: false,
				provenance: s.target ? 'imported' : 'typed',
				...(s.joined && s.joined.length > 1 ? { joined: s.joined } : {}),
				updatedAt: now
			}));
			// In chunks, one transaction: a 20,000-paragraph document is not one long main-thread task.
			await db.transaction('rw', db.projects, db.segments, async () => {
				await db.projects.add(project);
				for (let i = 0; i < segments.length; i += WRITE_CHUNK)
					await db.segments.bulkAdd(segments.slice(i, i + WRITE_CHUNK));
			});
			return project;
		},

		async rename(id: string, name: string): Promise<void> {
			await db.projects.update(id, { name, updatedAt: Date.now() });
		},

		async update(id: string, changes: Partial<Omit<Project, 'id'>>): Promise<void> {
			await db.projects.update(id, { ...changes, updatedAt: Date.now() });
		},

		async touch(id: string): Promise<void> {
			await db.projects.update(id, { updatedAt: Date.now() });
		},

		/** Deletes a project with its segments, drafts, notes, revisions and decisions. */
		async remove(id: string): Promise<void> {
			await db.transaction(
				'rw',
				[...projectTables(db), db.qaDismissals, db.repairDecisions, db.settings],
				async () => {
					await db.segments.where('projectId').equals(id).delete();
					await db.drafts.where('projectId').equals(id).delete();
					await db.draftChunks.where('projectId').equals(id).delete();
					await db.annotations.where('projectId').equals(id).delete();
					await db.revisions.where('projectId').equals(id).delete();
					await db.qaDismissals.where('projectId').equals(id).delete();
					await db.repairDecisions.where('projectId').equals(id).delete();
					// Inline codes of an imported XLIFF are kept as a setting of the project.
					await db.settings.delete(`inlineTags.${id}`);
					await db.projects.delete(id);
				}
			);
		}
	};
}

export type ProjectsRepo = ReturnType<typeof projectsRepo>;
