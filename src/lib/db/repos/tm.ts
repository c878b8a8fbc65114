/** Translation-memory units: from confirmed segments, accepted alignments and imported TMX. */
import type { TmUnit } from '../../domain/types.ts';
import { normaliseForMatch } from '../../domain/tm/normalise.ts';
import type { DuiyiDB } from '../schema.ts';

export function tmRepo(db: DuiyiDB) {
	return {
		async list(): Promise<TmUnit[]> {
			const rows = await db.tmUnits.toArray();
			return rows.map(({ hash: _hash, ...unit }) => unit);
		},
		async count(): Promise<number> {
			return db.tmUnits.count();
		},
		/** Adds or replaces units (same id: a segment confirmed again replaces its own unit). */
		async putMany(units: TmUnit[]): Promise<void> {
			await db.tmUnits.bulkPut(units.map((u) => ({ ...u, hash: normaliseForMatch(u.source) })));
		},
		async removeByPrefix(prefix: string): Promise<void> {
			await db.tmUnits.where('id').startsWith(prefix).delete();
		}
	};
}

export type TmRepo = ReturnType<typeof tmRepo>;
