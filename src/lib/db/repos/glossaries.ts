/** Glossaries and their term entries (concept-oriented, as in TBX). */
import type { Glossary, Term, TermEntry } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import type { DuiyiDB } from '../schema.ts';

/** What an import did (or, as a preview, would do) to a glossary. */
export interface GlossaryImportReport {
	added: number;
	updated: number;
	/** Entries the glossary already held exactly. */
	skipped: number;
	/** Incoming entries whose preferred English differs from the glossary's for the same Chinese. */
	conflicts: GlossaryImportConflict[];
}

export interface GlossaryImportConflict {
	zh: string;
	existing: string[];
	incoming: string[];
}

interface ImportPlan {
	report: GlossaryImportReport;
	/** Rows to write: new entries and changed existing ones. */
	rows: TermEntry[];
}

function norm(s: string): string {
	return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
function isZh(term: Term): boolean {
	return /^zh/i.test(term.lang);
}
function termKey(term: Term): string {
	return term.lang.toLowerCase().slice(0, 2) + '\u0000' + norm(term.text);
}
function zhKey(entry: TermEntry): string | undefined {
	const zh = entry.terms.find((t) => isZh(t) && t.text.trim());
	return zh ? norm(zh.text) : undefined;
}
function preferredEn(entry: TermEntry): Term | undefined {
	const en = entry.terms.filter((t) => !isZh(t) && t.text.trim());
	return en.find((t) => t.status === 'preferred') ?? en.find((t) => t.status === 'admitted');
}

/** Merges an incoming entry into an existing one; returns null when nothing would change. */
function merge(existing: TermEntry, incoming: TermEntry): TermEntry | null {
	const terms = existing.terms.map((t) => ({ ...t }));
	let changed = false;
	for (const term of incoming.terms) {
		if (!term.text.trim()) continue;
		const same = terms.find((t) => termKey(t) === termKey(term));
		if (!same) {
			terms.push({ ...term });
			changed = true;
			continue;
		}
		for (const field of ['status', 'partOfSpeech', 'note'] as const) {
			const value = term[field];
			if (value !== undefined && value !== same[field]) {
				(same as Record<string, unknown>)[field] = value;
				changed = true;
			}
		}
	}
	const next: TermEntry = { ...existing, terms };
	for (const field of ['domain', 'definition', 'note', 'source'] as const) {
		const value = incoming[field];
		if (value !== undefined && value !== existing[field]) {
			next[field] = value;
			changed = true;
		}
	}
	return changed ? next : null;
}

/**
 * Decides what importing `incoming` into a glossary holding `existing` does. An entry whose
 * Chinese headword the glossary already has is merged into it (new terms added, statuses and
 * fields taken from the file) unless its preferred English is not among that entry's terms:
 * then it is a conflict and is added beside it, so nothing in the file is lost.
 */
export function planGlossaryImport(
	glossaryId: string,
	existing: TermEntry[],
	incoming: TermEntry[],
	now = Date.now()
): ImportPlan {
	const report: GlossaryImportReport = { added: 0, updated: 0, skipped: 0, conflicts: [] };
	const byZh = new Map<string, TermEntry>();
	for (const entry of existing) {
		const key = zhKey(entry);
		if (key && !byZh.has(key)) byZh.set(key, entry);
	}
	const written = new Map<string, TermEntry>();
	for (const [i, entry] of incoming.entries()) {
		const key = zhKey(entry);
		const current = key ? byZh.get(key) : undefined;
		const add = () => {
			const row: TermEntry = {
				...entry,
				id: newId(),
				glossaryIds: [glossaryId],
				terms: entry.terms.filter((t) => t.text.trim()).map((t) => ({ ...t })),
				// One millisecond apart: the model has no position, and lists sort by creation,
				// so the glossary shows its entries in the file's order.
				createdAt: now + i,
				updatedAt: now + i
			};
			written.set(row.id, row);
			if (key && !byZh.has(key)) byZh.set(key, row);
			report.added++;
		};
		if (!current) {
			add();
			continue;
		}
		const ours = preferredEn(current);
		const theirs = preferredEn(entry);
		if (ours && theirs && !current.terms.some((t) => termKey(t) === termKey(theirs))) {
			report.conflicts.push({
				zh: entry.terms.find(isZh)?.text.trim() ?? '',
				existing: current.terms.filter((t) => !isZh(t)).map((t) => t.text),
				incoming: entry.terms.filter((t) => !isZh(t)).map((t) => t.text)
			});
			add();
			continue;
		}
		const merged = merge(current, entry);
		if (!merged) {
			report.skipped++;
			continue;
		}
		merged.updatedAt = now;
		if (!written.has(merged.id)) report.updated++;
		written.set(merged.id, merged);
		byZh.set(key!, merged);
	}
	// An entry added and then updated by a later row of the same file counts once, as added.
	return { report, rows: [...written.values()] };
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
		async previewImport(glossaryId: string, entries: TermEntry[]): Promise<GlossaryImportReport> {
			const existing = await db.termEntries.where('glossaryIds').equals(glossaryId).toArray();
			return planGlossaryImport(glossaryId, existing, entries).report;
		},

		/** Imports entries into a glossary in one transaction (all or nothing); see planGlossaryImport. */
		async importEntries(glossaryId: string, entries: TermEntry[]): Promise<GlossaryImportReport> {
			return db.transaction('rw', db.glossaries, db.termEntries, async () => {
				if (!(await db.glossaries.get(glossaryId))) throw new Error('no such glossary');
				const existing = await db.termEntries.where('glossaryIds').equals(glossaryId).toArray();
				const plan = planGlossaryImport(glossaryId, existing, entries);
				await db.termEntries.bulkPut(plan.rows);
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
