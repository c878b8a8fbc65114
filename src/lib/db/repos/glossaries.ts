/** Glossaries and their term entries (concept-oriented, as in TBX). */
import type { Glossary, TermEntry } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import {
	mergeEntries,
	type ConflictPolicy,
	type MergeReport
} from '../../domain/glossary/merge.ts';
import { putInChunks, type ChunkedWrite } from '../chunks.ts';
import type { DuiyiDB } from '../schema.ts';

/** What an import did (or, as a preview, would do) to a glossary. */
export type GlossaryImportReport = MergeReport;
export type { ConflictPolicy } from '../../domain/glossary/merge.ts';

/**
 * Decides what importing `incoming` into a glossary holding `existing` writes, through the
 * domain's mergeEntries. Added entries get fresh ids (a file exported from another glossary
 * carries that glossary's ids: reusing them would move its entries here) and creation times one
 * millisecond apart, so lists that sort by creation show them in the file's order. Updated
 * entries keep the other glossaries they belong to.
 */
export function planGlossaryImport(
	glossaryId: string,
	existing: TermEntry[],
	incoming: TermEntry[],
	onConflict: ConflictPolicy = 'keep',
	now = Date.now()
): { report: GlossaryImportReport; rows: TermEntry[] } {
	const result = mergeEntries(existing, incoming, { glossaryId, onConflict, now });
	const before = new Map(existing.map((e) => [e.id, e]));
	const updated = result.updated.map((e) => ({
		...e,
		glossaryIds: [...new Set([...(before.get(e.id)?.glossaryIds ?? []), glossaryId])]
	}));
	const added = result.added.map((e, i) => ({
		...e,
		id: newId(),
		glossaryIds: [glossaryId],
		terms: e.terms.filter((t) => t.text.trim()),
		createdAt: now + i,
		updatedAt: now + i
	}));
	return { report: result.report, rows: [...updated, ...added] };
}

export function glossariesRepo(db: DuiyiDB) {
	return {
		async list(): Promise<Glossary[]> {
			return db.glossaries.orderBy('name').toArray();
		},

		async get(id: string): Promise<Glossary | undefined> {
			return db.glossaries.get(id);
		},

		/** Creates a glossary with its entries in one transaction. */
		async create(
			name: string,
			entries: Omit<TermEntry, 'id' | 'glossaryIds' | 'createdAt' | 'updatedAt'>[] = [],
			langs: { sourceLang?: string; targetLang?: string } = {}
		): Promise<Glossary> {
			const now = Date.now();
			const glossary: Glossary = {
				id: newId(),
				name,
				sourceLang: langs.sourceLang ?? 'zh-CN',
				targetLang: langs.targetLang ?? 'en',
				createdAt: now,
				updatedAt: now
			};
			const rows: TermEntry[] = entries.map((e) => ({
				...e,
				id: newId(),
				glossaryIds: [glossary.id],
				createdAt: now,
				updatedAt: now
			}));
			await db.transaction('rw', db.glossaries, db.termEntries, async () => {
				await db.glossaries.add(glossary);
				await db.termEntries.bulkAdd(rows);
			});
			return glossary;
		},

		async rename(id: string, name: string): Promise<void> {
			await db.glossaries.update(id, { name, updatedAt: Date.now() });
		},

		/** Deletes a glossary; entries that live only in it go too. */
		async remove(id: string): Promise<void> {
			await db.transaction('rw', db.glossaries, db.termEntries, db.projects, async () => {
				const entries = await db.termEntries.where('glossaryIds').equals(id).toArray();
				for (const entry of entries) {
					const rest = entry.glossaryIds.filter((g) => g !== id);
					if (rest.length === 0) await db.termEntries.delete(entry.id);
					else await db.termEntries.update(entry.id, { glossaryIds: rest });
				}
				await db.projects.toCollection().modify((p) => {
					p.glossaryIds = p.glossaryIds.filter((g) => g !== id);
				});
				await db.glossaries.delete(id);
			});
		},

		async entries(glossaryIds: string[]): Promise<TermEntry[]> {
			if (glossaryIds.length === 0) return [];
			const rows = await db.termEntries
				.where('glossaryIds')
				.anyOf(glossaryIds)
				.distinct()
				.toArray();
			return rows;
		},

		/** How many entries each glossary holds, by glossary id. */
		async counts(): Promise<Record<string, number>> {
			const counts: Record<string, number> = {};
			await db.termEntries.orderBy('glossaryIds').eachKey((key) => {
				const id = String(key);
				counts[id] = (counts[id] ?? 0) + 1;
			});
			return counts;
		},

		async putEntry(entry: TermEntry): Promise<void> {
			await db.termEntries.put({ ...entry, updatedAt: Date.now() });
		},

		async putEntries(entries: TermEntry[]): Promise<void> {
			await db.termEntries.bulkPut(entries);
		},

		async removeEntry(id: string): Promise<TermEntry | undefined> {
			const entry = await db.termEntries.get(id);
			await db.termEntries.delete(id);
			return entry;
		},

		/**
		 * Takes an entry out of one glossary (deleting it when no other glossary holds it) and
		 * returns it as it was, so `restoreEntry` can undo the deletion.
		 */
		async removeEntryFrom(glossaryId: string, entryId: string): Promise<TermEntry | undefined> {
			return db.transaction('rw', db.termEntries, async () => {
				const entry = await db.termEntries.get(entryId);
				if (!entry) return undefined;
				const rest = entry.glossaryIds.filter((g) => g !== glossaryId);
				if (rest.length === 0) await db.termEntries.delete(entryId);
				else await db.termEntries.update(entryId, { glossaryIds: rest });
				return entry;
			});
		},

		/** Puts an entry back exactly as `removeEntryFrom` returned it. */
		async restoreEntry(entry: TermEntry): Promise<void> {
			await db.transaction('rw', db.termEntries, async () => {
				const now = await db.termEntries.get(entry.id);
				const glossaryIds = [...new Set([...entry.glossaryIds, ...(now?.glossaryIds ?? [])])];
				await db.termEntries.put({ ...entry, glossaryIds });
			});
		},

		/** What importing `entries` into a glossary would do, without writing anything. */
		async previewImport(
			glossaryId: string,
			entries: TermEntry[],
			onConflict: ConflictPolicy = 'keep'
		): Promise<GlossaryImportReport> {
			const existing = await db.termEntries.where('glossaryIds').equals(glossaryId).toArray();
			return planGlossaryImport(glossaryId, existing, entries, onConflict).report;
		},

		/**
		 * Imports entries into a glossary in one transaction (all or nothing; see
		 * planGlossaryImport), written a chunk at a time with progress: an aborted signal rolls
		 * it back.
		 */
		async importEntries(
			glossaryId: string,
			entries: TermEntry[],
			onConflict: ConflictPolicy = 'keep',
			write: ChunkedWrite = {}
		): Promise<GlossaryImportReport> {
			return db.transaction('rw', db.glossaries, db.termEntries, async () => {
				if (!(await db.glossaries.get(glossaryId))) throw new Error('no such glossary');
				const existing = await db.termEntries.where('glossaryIds').equals(glossaryId).toArray();
				const plan = planGlossaryImport(glossaryId, existing, entries, onConflict);
				await putInChunks(db.termEntries, plan.rows, (row) => row, write);
				await db.glossaries.update(glossaryId, { updatedAt: Date.now() });
				return plan.report;
			});
		},

		/**
		 * Attaches a glossary to a project (at the end of its ordered list, so a project's own
		 * glossary stays first) or detaches it.
		 */
		async setAttached(glossaryId: string, projectId: string, attached: boolean): Promise<void> {
			await db.transaction('rw', db.projects, async () => {
				const project = await db.projects.get(projectId);
				if (!project) return;
				const has = project.glossaryIds.includes(glossaryId);
				if (has === attached) return;
				const glossaryIds = attached
					? [...project.glossaryIds, glossaryId]
					: project.glossaryIds.filter((g) => g !== glossaryId);
				await db.projects.update(projectId, { glossaryIds, updatedAt: Date.now() });
			});
		}
	};
}

export type GlossariesRepo = ReturnType<typeof glossariesRepo>;
