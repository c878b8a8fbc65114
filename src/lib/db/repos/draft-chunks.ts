/**
 * How a draft is stored (schema v3): a small row in `drafts` (name, flags, dates, how many
 * chunks of each kind) and its bulk in `draftChunks` — the imported text, the paragraphs and the
 * alignment's beads, each cut into chunks. A 20,000-paragraph draft was one 2 MB row whose
 * single put (and every `update` of its beads, which read and rewrote the whole row) was a main-
 * thread task of about a second: structured cloning happens inside the `put` call. Chunks are
 * put one by one, each awaited, so the page gets the main thread back between them, and a
 * correction rewrites only the beads.
 */
import Dexie from 'dexie';
import type { Bead, Draft } from '../../domain/types.ts';
import type { DraftChunkRow, DraftRow, DuiyiDB } from '../schema.ts';

/** Characters of the imported text per chunk. */
export const TEXT_CHUNK = 100_000;
/** Paragraphs per chunk. */
export const PARAGRAPH_CHUNK = 1_000;
/** Beads per chunk. */
export const BEAD_CHUNK = 1_000;

export type DraftChunkKind = DraftChunkRow['kind'];

function slices<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

function textSlices(text: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < text.length; i += TEXT_CHUNK) out.push(text.slice(i, i + TEXT_CHUNK));
	return out;
}

/** The bead chunks of one draft. */
export function beadChunkRows(draftId: string, projectId: string, beads: Bead[]): DraftChunkRow[] {
	return slices(beads, BEAD_CHUNK).map((value, index) => ({
		draftId,
		projectId,
		kind: 'beads',
		index,
		value
	}));
}

/** A draft as stored: its row and its chunks (the inverse of `assembleDraft`). */
export function splitDraft(draft: Draft): { row: DraftRow; chunks: DraftChunkRow[] } {
	const { text, paragraphs, beads, ...meta } = draft;
	const chunks: DraftChunkRow[] = [
		...textSlices(text).map((value, index): DraftChunkRow => ({
			draftId: draft.id,
			projectId: draft.projectId,
			kind: 'text',
			index,
			value
		})),
		...slices(paragraphs, PARAGRAPH_CHUNK).map((value, index): DraftChunkRow => ({
			draftId: draft.id,
			projectId: draft.projectId,
			kind: 'paragraphs',
			index,
			value
		})),
		...beadChunkRows(draft.id, draft.projectId, beads)
	];
	const count = (kind: DraftChunkKind) => chunks.filter((c) => c.kind === kind).length;
	const row: DraftRow = {
		...meta,
		chunks: { text: count('text'), paragraphs: count('paragraphs'), beads: count('beads') }
	};
	return { row, chunks };
}

/** A draft from its row and its chunks (in any order). */
export function assembleDraft(row: DraftRow, chunks: DraftChunkRow[]): Draft {
	const { chunks: _counts, ...meta } = row;
	const of = (kind: DraftChunkKind) =>
		chunks.filter((c) => c.kind === kind).sort((a, b) => a.index - b.index);
	return {
		...meta,
		text: of('text')
			.map((c) => c.value as string)
			.join(''),
		paragraphs: of('paragraphs').flatMap((c) => c.value as string[]),
		beads: of('beads').flatMap((c) => c.value as Bead[])
	};
}

/** Writes a draft's row and chunks, one awaited put each (call inside a transaction). */
export async function putDraft(db: DuiyiDB, draft: Draft): Promise<void> {
	const { row, chunks } = splitDraft(draft);
	await db.draftChunks.where('draftId').equals(draft.id).delete();
	for (const chunk of chunks) await db.draftChunks.put(chunk);
	await db.drafts.put(row);
}

/**
 * Reads a draft's chunks one by one (each a small task) and puts the draft together; without
 * 'text' in `kinds` its text is left unread ('').
 */
export async function readDraft(
	db: DuiyiDB,
	row: DraftRow,
	kinds: readonly DraftChunkKind[] = ['text', 'paragraphs', 'beads']
): Promise<Draft> {
	const chunks: DraftChunkRow[] = [];
	for (const kind of kinds) {
		for (let index = 0; index < row.chunks[kind]; index++) {
			const chunk = await db.draftChunks.get([row.id, kind, index]);
			if (chunk) chunks.push(chunk);
		}
	}
	return assembleDraft(row, chunks);
}

/** Rewrites a draft's beads only (the alignment after the aligner ran or a correction). */
export async function putBeads(db: DuiyiDB, row: DraftRow, beads: Bead[]): Promise<DraftRow> {
	const chunks = beadChunkRows(row.id, row.projectId, beads);
	for (const chunk of chunks) await db.draftChunks.put(chunk);
	await db.draftChunks
		.where('[draftId+kind+index]')
		.between([row.id, 'beads', chunks.length], [row.id, 'beads', Dexie.maxKey], true, true)
		.delete();
	const next: DraftRow = { ...row, chunks: { ...row.chunks, beads: chunks.length } };
	return next;
}

/** A project's drafts, whole (for the project file and the backup). */
export async function readProjectDrafts(db: DuiyiDB, projectId: string): Promise<Draft[]> {
	const rows = await db.drafts.where('projectId').equals(projectId).toArray();
	const out: Draft[] = [];
	for (const row of rows) out.push(await readDraft(db, row));
	return out;
}

/** Deletes a draft with its chunks (call inside a transaction). */
export async function deleteDraft(db: DuiyiDB, draftId: string): Promise<void> {
	await db.draftChunks.where('draftId').equals(draftId).delete();
	await db.drafts.delete(draftId);
}
