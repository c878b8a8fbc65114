/**
 * Version 3: drafts get their own chunked storage (repos/draft-chunks.ts). A draft row keeps its
 * name, flags and dates; its text, paragraphs and beads move to `draftChunks`, keyed by draft,
 * kind and position. Upgrade: every draft written by v2 is split, nothing dropped.
 */
import type { Transaction } from 'dexie';
import type { Bead, Draft } from '../../domain/types.ts';
import { splitDraft } from '../repos/draft-chunks.ts';

export const v3 = {
	draftChunks: '[draftId+kind+index], draftId, projectId'
};

type V2Draft = Omit<Draft, 'text' | 'paragraphs' | 'beads'> & {
	text?: string;
	paragraphs?: string[];
	beads?: Bead[];
};

export async function upgradeToV3(tx: Transaction): Promise<void> {
	const drafts = tx.table('drafts');
	const chunks = tx.table('draftChunks');
	const rows = (await drafts.toArray()) as V2Draft[];
	for (const old of rows) {
		const split = splitDraft({
			...old,
			text: old.text ?? '',
			paragraphs: old.paragraphs ?? [],
			beads: old.beads ?? []
		});
		await chunks.bulkPut(split.chunks);
		await drafts.put(split.row);
	}
}
