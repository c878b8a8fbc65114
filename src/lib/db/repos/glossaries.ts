/** Glossaries and their term entries (concept-oriented, as in TBX). */
import type { Glossary, TermEntry } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import type { DuiyiDB } from '../schema.ts';

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
		}
	};
}

export type GlossariesRepo = ReturnType<typeof glossariesRepo>;
