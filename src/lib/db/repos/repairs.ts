/**
 * Paragraph-repair decisions taken on import, kept per project so that a join can be undone
 * later: each join or move row also keeps the texts of the blocks it joined, which is where
 * the editor cuts a repaired paragraph back into its blocks.
 */
import type { RepairItem } from '../../domain/segmentation/repair.ts';
import type { TextBlock } from '../../domain/segmentation/blocks.ts';
import type { Project } from '../../domain/types.ts';
import type { DuiyiDB, RepairDecisionRow } from '../schema.ts';
import { projectsRepo, WRITE_CHUNK, type NewProject } from './projects.ts';

/** A stored decision; `blocks` and `texts` are kept for joins and moves. */
export interface StoredRepairDecision extends RepairDecisionRow {
	/** Input block indexes of the proposal. */
	blocks?: number[];
	/** Their texts as imported, same order. */
	texts?: string[];
	/** Blocks a join stepped over (a caption set inside the paragraph) and their texts. */
	skipped?: number[];
	skippedTexts?: string[];
}

export function repairsRepo(db: DuiyiDB) {
	const repo = {
		/**
		 * Creates a project and records the decisions of its import, in one transaction: either
		 * both are stored or neither.
		 */
		async createProject(
			input: NewProject,
			proposals: readonly RepairItem[],
			decisions: Record<string, boolean>,
			blocks: readonly TextBlock[]
		): Promise<Project> {
			return db.transaction('rw', [db.projects, db.segments, db.repairDecisions], async () => {
				const project = await projectsRepo(db).create(input);
				await repo.save(project.id, proposals, decisions, blocks);
				return project;
			});
		},

		/** Records the translator's decision on every proposal of an import. */
		async save(
			projectId: string,
			proposals: readonly RepairItem[],
			decisions: Record<string, boolean>,
			blocks: readonly TextBlock[]
		): Promise<void> {
			const now = Date.now();
			const rows: StoredRepairDecision[] = proposals.map((p) => ({
				id: `${projectId}:${p.id}`,
				projectId,
				proposalId: p.id,
				accepted: decisions[p.id] !== false,
				createdAt: now,
				...(p.kind === 'kind'
					? {}
					: { blocks: [...p.blocks], texts: p.blocks.map((b) => blocks[b]?.text ?? '') }),
				...(p.skipped?.length
					? {
							skipped: [...p.skipped],
							skippedTexts: p.skipped.map((b) => blocks[b]?.text ?? '')
						}
					: {})
			}));
			for (let i = 0; i < rows.length; i += WRITE_CHUNK)
				await db.repairDecisions.bulkPut(rows.slice(i, i + WRITE_CHUNK));
		},

		async list(projectId: string): Promise<StoredRepairDecision[]> {
			return db.repairDecisions.where('projectId').equals(projectId).toArray();
		},

		/** The imported texts of blocks, as far as the stored joins and moves know them. */
		async blockTexts(projectId: string): Promise<Map<number, string>> {
			const texts = new Map<number, string>();
			for (const row of (await repo.list(projectId)) as StoredRepairDecision[]) {
				row.blocks?.forEach((b, i) => texts.set(b, row.texts?.[i] ?? ''));
			}
			return texts;
		},

		/** Marks proposals accepted or rejected (undoing a join in the editor rejects it). */
		async setAccepted(projectId: string, proposalIds: string[], accepted: boolean): Promise<void> {
			await db.repairDecisions
				.where('projectId')
				.equals(projectId)
				.filter((r) => proposalIds.includes(r.proposalId))
				.modify({ accepted });
		}
	};
	return repo;
}

export type RepairsRepo = ReturnType<typeof repairsRepo>;
