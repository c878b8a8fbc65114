/** QA false alarms a translator dismissed, per project, by issue fingerprint. */
import type { DuiyiDB } from '../schema.ts';

export function qaRepo(db: DuiyiDB) {
	return {
		async dismissed(projectId: string): Promise<Set<string>> {
			const rows = await db.qaDismissals.where('projectId').equals(projectId).toArray();
			return new Set(rows.map((r) => r.fingerprint));
		},
		async dismiss(projectId: string, fingerprint: string): Promise<void> {
			await db.qaDismissals.put({
				id: `${projectId}|${fingerprint}`,
				projectId,
				fingerprint,
				createdAt: Date.now()
			});
		},
		async restore(projectId: string, fingerprint: string): Promise<void> {
			await db.qaDismissals.delete(`${projectId}|${fingerprint}`);
		}
	};
}

export type QaRepo = ReturnType<typeof qaRepo>;
