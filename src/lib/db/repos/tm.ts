/** Translation-memory units: from confirmed segments, accepted alignments and imported TMX. */
import type { TmUnit } from '../../domain/types.ts';
import { normaliseForMatch } from '../../domain/tm/normalise.ts';
import { putInChunks, type ChunkedWrite } from '../chunks.ts';
import type { DuiyiDB } from '../schema.ts';

export function tmRepo(db: DuiyiDB) {
	return {
		async list(): Promise<TmUnit[]> {
			const rows = await db.tmUnits.toArray();
			return rows.map(({ hash: _hash, ...unit }) => unit);
		},
		/** Up to `limit` units in id order after `afterId` (all from the start without it). */
		async page(afterId: string | null, limit: number): Promise<TmUnit[]> {
			const rows = await (
				afterId === null ? db.tmUnits.orderBy('id') : db.tmUnits.where('id').above(afterId)
			)
				.limit(limit)
				.toArray();
			return rows.map(({ hash: _hash, ...unit }) => unit);
		},
		async count(): Promise<number> {
			return db.tmUnits.count();
		},
		/** Adds or replaces units (same id: a segment confirmed again replaces its own unit). */
		async putMany(units: TmUnit[]): Promise<void> {
			await db.tmUnits.bulkPut(units.map((u) => ({ ...u, hash: normaliseForMatch(u.source) })));
		},
		/**
		 * Adds many units in one transaction, `chunk` at a time, saying how many are written so
		 * far; when `signal` is aborted between chunks the transaction is rolled back, so a
		 * cancelled import leaves nothing behind (the promise rejects with an AbortError).
		 */
		async importUnits(units: TmUnit[], write: ChunkedWrite = {}): Promise<void> {
			await db.transaction('rw', db.tmUnits, () =>
				putInChunks(db.tmUnits, units, (u) => ({ ...u, hash: normaliseForMatch(u.source) }), write)
			);
		},
		async removeByPrefix(prefix: string): Promise<void> {
			await db.tmUnits.where('id').startsWith(prefix).delete();
		}
	};
}

export type TmRepo = ReturnType<typeof tmRepo>;
