/**
 * Shared (team) projects in the local database. The shared Y.js document is the truth; these
 * tables stay the query index the screens read, fed from it. Which local project is linked to
 * which document on which server is kept in the settings table.
 */
import type {
	Annotation,
	Glossary,
	Project,
	Revision,
	Segment,
	TermEntry,
	TmUnit
} from '../../domain/types.ts';
import type { SharedGlossary } from '../../sync/glossary-doc.ts';
import type { SharedProject } from '../../sync/project-doc.ts';
import { normaliseForMatch } from '../../domain/tm/normalise.ts';
import type { DuiyiDB } from '../schema.ts';

export interface SharedLink {
	/** Server address, http(s)://host:port. */
	server: string;
	/** Document name on the server (project:<id>). */
	document: string;
}

const LINKS_KEY = 'team.links';

export function sharedRepo(db: DuiyiDB) {
	async function links(): Promise<Record<string, SharedLink>> {
		return ((await db.settings.get(LINKS_KEY))?.value as Record<string, SharedLink>) ?? {};
	}

	return {
		links,
		async link(projectId: string): Promise<SharedLink | undefined> {
			return (await links())[projectId];
		},
		async setLink(projectId: string, link: SharedLink): Promise<void> {
			await db.transaction('rw', db.settings, async () => {
				const all = await links();
				await db.settings.put({ key: LINKS_KEY, value: { ...all, [projectId]: link } });
			});
		},

		/**
		 * Runs one exchange with a shared project's document in a single transaction, so an edit
		 * made here (a merge, say) cannot land between reading the tables and writing them.
		 */
		exchangeProject<T>(work: () => Promise<T>): Promise<T> {
			return db.transaction(
				'rw',
				[db.projects, db.segments, db.annotations, db.revisions, db.tmUnits, db.settings],
				work
			);
		},

		/** The same for a shared glossary. */
		exchangeGlossary<T>(work: () => Promise<T>): Promise<T> {
			return db.transaction('rw', [db.glossaries, db.termEntries], work);
		},

		/** A project's notes and revisions (followed, to carry new ones into the document). */
		async extras(projectId: string): Promise<{ annotations: Annotation[]; revisions: Revision[] }> {
			return {
				annotations: await db.annotations.where('projectId').equals(projectId).toArray(),
				revisions: await db.revisions.where('projectId').equals(projectId).toArray()
			};
		},

		/** Everything of a local project that a shared document carries. */
		async read(projectId: string): Promise<SharedProject | undefined> {
			const project = await db.projects.get(projectId);
			if (!project) return undefined;
			const segments = await db.segments.where('projectId').equals(projectId).sortBy('order');
			return {
				project: {
					id: project.id,
					name: project.name,
					sourceLang: project.sourceLang,
					targetLang: project.targetLang,
					glossaryIds: project.glossaryIds,
					createdAt: project.createdAt
				},
				segments,
				annotations: await db.annotations.where('projectId').equals(projectId).toArray(),
				revisions: await db.revisions.where('projectId').equals(projectId).toArray(),
				confirmed: []
			};
		},

		/**
		 * Brings the local tables in line with the shared document: the project row, every
		 * segment that differs, notes, revisions, and the confirmed pairs as TM units. Paragraphs
		 * and notes that `previous` (what the document gave last time) had and the document no
		 * longer has were merged away or deleted by a member: they go here too. Returns the
		 * number of segments written.
		 */
		async apply(shared: SharedProject, previous?: SharedProject): Promise<number> {
			const id = shared.project.id;
			return db.transaction(
				'rw',
				[db.projects, db.segments, db.annotations, db.revisions, db.tmUnits],
				async () => {
					const existing = await db.projects.get(id);
					const now = Date.now();
					const project: Project = {
						settings: { disabledChecks: [] },
						updatedAt: now,
						...existing,
						...shared.project
					};
					if (!existing || existing.name !== project.name) await db.projects.put(project);
					const local = new Map(
						(await db.segments.where('projectId').equals(id).toArray()).map((s) => [s.id, s])
					);
					const changed: Segment[] = [];
					for (const { updatedBy: _by, ...segment } of shared.segments) {
						const mine = local.get(segment.id);
						local.delete(segment.id);
						if (!mine || !sameSegment(mine, segment)) changed.push(segment);
					}
					if (changed.length) await db.segments.bulkPut(changed);
					// Segments only here that the document never gave (a split made in this browser,
					// not carried yet) are kept: their text must not be lost.
					const gone = (previous?.segments ?? []).filter((s) => local.has(s.id)).map((s) => s.id);
					if (gone.length) await db.segments.bulkDelete(gone);
					const notes = new Set(shared.annotations.map((n) => n.id));
					const deleted = (previous?.annotations ?? []).filter((n) => !notes.has(n.id));
					// A note deleted by a member and written back here in its deleted version (a
					// re-anchored note saved late) goes too; one changed here since was carried back.
					const tombs = shared.deletedNotes ?? {};
					const stale = (await db.annotations.where('projectId').equals(id).toArray()).filter(
						(n) => !notes.has(n.id) && n.id in tombs && n.updatedAt <= tombs[n.id]
					);
					const ids = new Set([...deleted, ...stale].map((n) => n.id));
					if (ids.size) await db.annotations.bulkDelete([...ids]);
					await putChanged<Annotation>(db.annotations, shared.annotations);
					await putChanged<Revision>(db.revisions, shared.revisions);
					const units: (TmUnit & { hash: string })[] = shared.confirmed.map((pair) => ({
						id: `shared:${id}:${pair.segmentId}`,
						source: pair.source,
						target: pair.target,
						sourceLang: shared.project.sourceLang,
						targetLang: shared.project.targetLang,
						origin: 'project',
						projectId: id,
						segmentId: pair.segmentId,
						createdAt: pair.at,
						updatedAt: pair.at,
						hash: normaliseForMatch(pair.source)
					}));
					if (units.length) await db.tmUnits.bulkPut(units);
					return changed.length;
				}
			);
		},

		/** A glossary and its entries as a shared document carries them (entries without glossaryIds). */
		async readGlossary(glossaryId: string): Promise<SharedGlossary | undefined> {
			const glossary = await db.glossaries.get(glossaryId);
			if (!glossary) return undefined;
			const rows = await db.termEntries.where('glossaryIds').equals(glossaryId).toArray();
			return {
				glossary: {
					id: glossary.id,
					name: glossary.name,
					sourceLang: glossary.sourceLang,
					targetLang: glossary.targetLang,
					createdAt: glossary.createdAt
				},
				entries: rows.map(({ glossaryIds: _ids, ...entry }) => entry)
			};
		},

		/**
		 * Brings the local glossary in line with its shared document: the glossary row, each entry
		 * that differs (kept in the other glossaries it is in), and entries `previous` had that the
		 * document no longer has leave this glossary.
		 */
		async applyGlossary(shared: SharedGlossary, previous?: SharedGlossary): Promise<void> {
			const id = shared.glossary.id;
			await db.transaction('rw', db.glossaries, db.termEntries, async () => {
				const existing = await db.glossaries.get(id);
				const glossary: Glossary = { updatedAt: Date.now(), ...existing, ...shared.glossary };
				if (!existing || existing.name !== glossary.name) await db.glossaries.put(glossary);
				const current = await db.termEntries.bulkGet(shared.entries.map((e) => e.id));
				const changed: TermEntry[] = [];
				shared.entries.forEach((entry, i) => {
					const mine = current[i];
					const glossaryIds = [...new Set([...(mine?.glossaryIds ?? []), id])];
					const next: TermEntry = { ...entry, glossaryIds };
					if (!mine || JSON.stringify(mine) !== JSON.stringify(next)) changed.push(next);
				});
				if (changed.length) await db.termEntries.bulkPut(changed);
				const kept = new Set(shared.entries.map((e) => e.id));
				const gone = (previous?.entries ?? []).filter((e) => !kept.has(e.id)).map((e) => e.id);
				for (const entry of await db.termEntries.bulkGet(gone)) {
					if (!entry?.glossaryIds.includes(id)) continue;
					const rest = entry.glossaryIds.filter((g) => g !== id);
					if (rest.length === 0) await db.termEntries.delete(entry.id);
					else await db.termEntries.update(entry.id, { glossaryIds: rest });
				}
			});
		}
	};
}

function sameSegment(a: Segment, b: Segment): boolean {
	return (
		a.order === b.order &&
		a.target === b.target &&
		a.source === b.source &&
		a.status === b.status &&
		a.locked === b.locked &&
		a.kind === b.kind &&
		a.provenance === b.provenance &&
		a.engineName === b.engineName
	);
}

async function putChanged<T extends Annotation | Revision>(
	table: {
		bulkGet(keys: string[]): Promise<(T | undefined)[]>;
		bulkPut(rows: T[]): Promise<unknown>;
	},
	rows: T[]
): Promise<void> {
	if (!rows.length) return;
	const current = await table.bulkGet(rows.map((r) => r.id));
	const changed = rows.filter((r, i) => JSON.stringify(current[i]) !== JSON.stringify(r));
	if (changed.length) await table.bulkPut(changed);
}

export type SharedRepo = ReturnType<typeof sharedRepo>;
