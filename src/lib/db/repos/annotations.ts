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
		async remove(id: string): Promise<void> {
			await db.annotations.delete(id);
		}
	};
}

export type AnnotationsRepo = ReturnType<typeof annotationsRepo>;
