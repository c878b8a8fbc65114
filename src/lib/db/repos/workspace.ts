/**
 * The workspace as files: a project as a ProjectFile (for exports), the whole database as a
 * Backup and back, a new project from an interchange file, and a reviewed DOCX written back.
 * Every write is one transaction, so a failure leaves the database as it was.
 */
import type { Backup, BackupProject } from '../../domain/formats/project/backup.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../domain/formats/project/backup.ts';
import { emptyProjectFile, type ProjectFile } from '../../domain/formats/project/project-file.ts';
import type { TagTables } from '../../domain/formats/xliff/inline.ts';
import { newId } from '../../domain/ids.ts';
import { putDraft, readProjectDrafts } from './draft-chunks.ts';
import { normaliseForMatch } from '../../domain/tm/normalise.ts';
import {
	projectTables,
	type DuiyiDB,
	type QaDismissalRow,
	type RepairDecisionRow
} from '../schema.ts';

/** Settings keys under which a backup carries the tables its format has no list for. */
export const BACKUP_QA_KEY = 'backup.qaDismissals';
export const BACKUP_REPAIRS_KEY = 'backup.repairDecisions';
/**
 * Inline codes of an imported XLIFF project (by segment id) live in settings under this key
 * plus the project id: the schema has no table for them, and exports must write them back.
 */
export const INLINE_TAGS_KEY = 'inlineTags.';
/**
 * Machine-translation settings (engines, addresses, models) and their API keys. The keys are a
 * row of their own: a backup carries them only when the translator asks (`includeKeys`).
 */
export const MT_SETTINGS_KEY = 'mt.settings';
export const MT_KEYS_KEY = 'mt.keys';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export function workspaceRepo(db: DuiyiDB) {
	const all = () => [
		db.projects,
		db.segments,
		db.drafts,
		db.draftChunks,
		db.glossaries,
		db.termEntries,
		db.tmUnits,
		db.annotations,
		db.revisions,
		db.settings,
		db.qaDismissals,
		db.repairDecisions
	];

	return {
		/** The inline codes of an imported project's paragraphs, by segment id ({} if none). */
		async inlineTags(projectId: string): Promise<TagTables> {
			const row = await db.settings.get(INLINE_TAGS_KEY + projectId);
			return (row?.value as TagTables | undefined) ?? {};
		},

		/** The stored project with its glossaries and the entries in them; null if unknown. */
		async projectFile(projectId: string): Promise<ProjectFile | null> {
			return db.transaction('r', all(), async () => {
				const project = await db.projects.get(projectId);
				if (!project) return null;
				const file = emptyProjectFile(project);
				file.segments = (await db.segments.where('projectId').equals(projectId).toArray()).sort(
					byOrder
				);
				const tags = await db.settings.get(INLINE_TAGS_KEY + projectId);
				if (tags) file.inlineTags = tags.value as TagTables;
				file.drafts = await readProjectDrafts(db, projectId);
				file.annotations = await db.annotations.where('projectId').equals(projectId).toArray();
				file.revisions = await db.revisions.where('projectId').equals(projectId).toArray();
				const ids = new Set(project.glossaryIds);
				file.glossaries = (await db.glossaries.bulkGet([...ids])).filter((g) => g !== undefined);
				file.termEntries = (await db.termEntries.toArray()).filter((e) =>
					e.glossaryIds.some((g) => ids.has(g))
				);
				return file;
			});
		},

		/**
		 * Every table in one Backup (QA dismissals and repair decisions ride in settings). The
		 * machine-translation keys are left out unless `includeKeys`.
		 */
		async backup(now = Date.now(), { includeKeys = false } = {}): Promise<Backup> {
			return db.transaction('r', all(), async () => {
				const projects: BackupProject[] = [];
				for (const project of await db.projects.toArray()) {
					const where = (t: 'segments' | 'annotations' | 'revisions') =>
						db[t].where('projectId').equals(project.id).toArray();
					projects.push({
						project,
						segments: ((await where('segments')) as ProjectFile['segments']).sort(byOrder),
						drafts: await readProjectDrafts(db, project.id),
						annotations: (await where('annotations')) as ProjectFile['annotations'],
						revisions: (await where('revisions')) as ProjectFile['revisions']
					});
				}
				const settings: Record<string, unknown> = {};
				for (const row of await db.settings.toArray()) settings[row.key] = row.value;
				if (!includeKeys) delete settings[MT_KEYS_KEY];
				settings[BACKUP_QA_KEY] = await db.qaDismissals.toArray();
				settings[BACKUP_REPAIRS_KEY] = await db.repairDecisions.toArray();
				return {
					format: BACKUP_FORMAT,
					version: BACKUP_VERSION,
					createdAt: now,
					projects,
					glossaries: await db.glossaries.toArray(),
					termEntries: await db.termEntries.toArray(),
					tmUnits: (await db.tmUnits.toArray()).map(({ hash: _hash, ...unit }) => unit),
					settings
				};
			});
		},

		/**
		 * Replaces the whole workspace with a backup, in one transaction. A backup made without
		 * the machine-translation keys leaves this device's keys as they are.
		 */
		async restore(backup: Backup): Promise<void> {
			const settings = { ...backup.settings };
			const qa = (settings[BACKUP_QA_KEY] ?? []) as QaDismissalRow[];
			const repairs = (settings[BACKUP_REPAIRS_KEY] ?? []) as RepairDecisionRow[];
			delete settings[BACKUP_QA_KEY];
			delete settings[BACKUP_REPAIRS_KEY];
			await db.transaction('rw', all(), async () => {
				const keys = await db.settings.get(MT_KEYS_KEY);
				if (keys && !(MT_KEYS_KEY in settings)) settings[MT_KEYS_KEY] = keys.value;
				await Promise.all(all().map((table) => table.clear()));
				await db.projects.bulkAdd(backup.projects.map((p) => p.project));
				await db.segments.bulkAdd(backup.projects.flatMap((p) => p.segments));
				for (const draft of backup.projects.flatMap((p) => p.drafts)) await putDraft(db, draft);
				await db.annotations.bulkAdd(backup.projects.flatMap((p) => p.annotations));
				await db.revisions.bulkAdd(backup.projects.flatMap((p) => p.revisions));
				await db.glossaries.bulkAdd(backup.glossaries);
				await db.termEntries.bulkAdd(backup.termEntries);
				await db.tmUnits.bulkAdd(
					backup.tmUnits.map((u) => ({ ...u, hash: normaliseForMatch(u.source) }))
				);
				await db.settings.bulkAdd(Object.entries(settings).map(([key, value]) => ({ key, value })));
				if (Array.isArray(qa)) await db.qaDismissals.bulkAdd(qa);
				if (Array.isArray(repairs)) await db.repairDecisions.bulkAdd(repairs);
			});
		},

		/**
		 * Stores a project file as a NEW project (fresh ids, so importing a workspace's own
		 * export twice makes two projects); glossaries and entries it carries are added or
		 * replaced. Returns the new project's id.
		 */
		async createProject(file: ProjectFile, now = Date.now()): Promise<string> {
			const projectId = newId();
			const segIds = new Map(file.segments.map((s) => [s.id, newId()]));
			const seg = (id: string) => segIds.get(id) ?? id;
			await db.transaction(
				'rw',
				[...projectTables(db), db.glossaries, db.termEntries, db.settings],
				async () => {
					await db.projects.add({ ...file.project, id: projectId, createdAt: now, updatedAt: now });
					await db.segments.bulkAdd(
						[...file.segments]
							.sort(byOrder)
							.map((s, order) => ({ ...s, id: seg(s.id), projectId, order }))
					);
					for (const draft of file.drafts) await putDraft(db, { ...draft, id: newId(), projectId });
					await db.annotations.bulkAdd(
						file.annotations.map((a) => ({
							...a,
							id: newId(),
							projectId,
							segmentId: seg(a.segmentId)
						}))
					);
					await db.revisions.bulkAdd(
						file.revisions.map((r) => ({
							...r,
							id: newId(),
							projectId,
							segmentId: seg(r.segmentId)
						}))
					);
					await db.glossaries.bulkPut(file.glossaries);
					await db.termEntries.bulkPut(file.termEntries);
					const tags = Object.entries(file.inlineTags ?? {}).filter(([, list]) => list.length);
					if (tags.length)
						await db.settings.put({
							key: INLINE_TAGS_KEY + projectId,
							value: Object.fromEntries(tags.map(([id, list]) => [seg(id), list]))
						});
				}
			);
			return projectId;
		},

		/**
		 * Writes what a review changed (`after` from applyBilingualReview of `before`): changed
		 * segments, new revisions and new notes, in one transaction. Returns how many segments.
		 */
		async saveReview(before: ProjectFile, after: ProjectFile, now = Date.now()): Promise<number> {
			const old = new Map(before.segments.map((s) => [s.id, s]));
			const changed = after.segments.filter((s) => {
				const o = old.get(s.id);
				return !o || o.target !== s.target || o.status !== s.status;
			});
			const revIds = new Set(before.revisions.map((r) => r.id));
			const noteIds = new Set(before.annotations.map((a) => a.id));
			await db.transaction(
				'rw',
				[db.projects, db.segments, db.revisions, db.annotations],
				async () => {
					await db.segments.bulkPut(changed);
					await db.revisions.bulkAdd(after.revisions.filter((r) => !revIds.has(r.id)));
					await db.annotations.bulkAdd(after.annotations.filter((a) => !noteIds.has(a.id)));
					await db.projects.update(after.project.id, { updatedAt: now });
				}
			);
			return changed.length;
		},

		/** Empties the translation memory. */
		async clearTm(): Promise<void> {
			await db.tmUnits.clear();
		}
	};
}

export type WorkspaceRepo = ReturnType<typeof workspaceRepo>;
