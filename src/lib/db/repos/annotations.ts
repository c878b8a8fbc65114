/** Notes (annotations) on exact words of a project's segments. */
import type { Annotation } from '../../domain/types.ts';
import type { DuiyiDB } from '../schema.ts';

export function annotationsRepo(db: DuiyiDB) {
	return {
		async list(projectId: string): Promise<Annotation[]> {
			return db.annotations.where('projectId').equals(projectId).toArray();
		},
		async put(note: Annotation): Promise<void> {
			await db.annotations.put(note);
		},
		async putMany(notes: Annotation[]): Promise<void> {
			await db.annotations.bulkPut(notes);
		},
		/** Saves notes that are still here: one deleted meanwhile (by a team member) stays deleted. */
		async putExisting(notes: Annotation[]): Promise<void> {
			await db.transaction('rw', db.annotations, async () => {
				const current = await db.annotations.bulkGet(notes.map((n) => n.id));
				await db.annotations.bulkPut(notes.filter((_, i) => current[i] !== undefined));
			});
		},
		async remove(id: string): Promise<void> {
			await db.annotations.delete(id);
		}
	};
}

export type AnnotationsRepo = ReturnType<typeof annotationsRepo>;
