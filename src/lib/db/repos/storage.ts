/**
 * Where the space goes: the browser's estimate of this origin's storage, whether it is kept
 * (navigator.storage.persist()), and what each project and the shared tables hold, so a full
 * disk can be explained and room made by deleting the right thing.
 */
import type { DuiyiDB } from '../schema.ts';

export interface StorageEstimate {
	/** Bytes used and allowed, as the browser estimates them (null when it cannot say). */
	usage: number | null;
	quota: number | null;
	/** True when the browser promised not to evict the data on its own. */
	persisted: boolean;
}

export interface StorageUse {
	/** A project, or a shared table: 'tm', 'glossaries'. */
	kind: 'project' | 'tm' | 'glossaries';
	id: string;
	name: string;
	/** Approximate bytes of the rows (their JSON length). */
	bytes: number;
	rows: number;
}

const sizeOf = (rows: unknown[]) => rows.reduce<number>((n, r) => n + JSON.stringify(r).length, 0);

/** True for the error a browser raises when the origin's storage is full, as Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
	for (
		let e = error as { name?: string; inner?: unknown } | undefined;
		e;
		e = e.inner as typeof e
	) {
		if (e.name === 'QuotaExceededError') return true;
		if (typeof e !== 'object') break;
	}
	return false;
}

export function storageRepo(db: DuiyiDB) {
	return {
		async estimate(): Promise<StorageEstimate> {
			const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
			const estimate = await storage?.estimate?.().catch(() => undefined);
			const persisted = (await storage?.persisted?.().catch(() => false)) ?? false;
			return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
		},

		/** Asks the browser to keep this origin's data (it may say no; nothing is shown). */
		async persist(): Promise<boolean> {
			const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
			return (await storage?.persist?.().catch(() => false)) ?? false;
		},

		/** What uses the space, largest first. Reads only: it works when the disk is full. */
		async uses(): Promise<StorageUse[]> {
			return db.transaction(
				'r',
				[
					db.projects,
					db.segments,
					db.revisions,
					db.annotations,
					db.drafts,
					db.draftChunks,
					db.tmUnits,
					db.termEntries
				],
				async () => {
					const uses: StorageUse[] = [];
					for (const project of await db.projects.toArray()) {
						const tables = await Promise.all(
							[db.segments, db.revisions, db.annotations, db.drafts, db.draftChunks].map((t) =>
								t.where('projectId').equals(project.id).toArray()
							)
						);
						uses.push({
							kind: 'project',
							id: project.id,
							name: project.name,
							bytes: sizeOf([project]) + tables.reduce((n, rows) => n + sizeOf(rows), 0),
							rows: tables[0].length
						});
					}
					const tm = await db.tmUnits.toArray();
					uses.push({ kind: 'tm', id: 'tm', name: 'tm', bytes: sizeOf(tm), rows: tm.length });
					const terms = await db.termEntries.toArray();
					uses.push({
						kind: 'glossaries',
						id: 'glossaries',
						name: 'glossaries',
						bytes: sizeOf(terms),
						rows: terms.length
					});
					return uses.sort((a, b) => b.bytes - a.bytes);
				}
			);
		}
	};
}

export type StorageRepo = ReturnType<typeof storageRepo>;
