/**
 * Split, merge, unjoin and move for the editor: thin calls into the structure repository. Each
 * returns an undo token (keep them on a stack; undo last-in first-out) or null when the edit
 * is not possible (locked paragraph, empty part, last paragraph, paragraph not repaired).
 */
import type { Repos } from '$lib/db/repos/index.ts';
import type { StructureUndo } from '$lib/db/repos/structure.ts';

export type { StructureUndo };

/** Splits a paragraph at a source offset (UTF-16); the target at `targetOffset` or aligned. */
export function splitSegment(
	repos: Repos,
	segmentId: string,
	sourceOffset: number,
	targetOffset?: number
): Promise<StructureUndo | null> {
	return repos.structure.split(segmentId, sourceOffset, targetOffset);
}

/** Merges a paragraph with the next one. */
export function mergeWithNext(repos: Repos, segmentId: string): Promise<StructureUndo | null> {
	return repos.structure.mergeWithNext(segmentId);
}

/** Cuts a repaired paragraph back into its imported blocks (and rejects those joins). */
export function unjoin(repos: Repos, segmentId: string): Promise<StructureUndo | null> {
	return repos.structure.unjoin(segmentId);
}

/** Moves a paragraph one place up (-1) or down (+1), its text and notes unchanged. */
export function moveSegment(
	repos: Repos,
	segmentId: string,
	direction: -1 | 1
): Promise<StructureUndo | null> {
	return repos.structure.move(segmentId, direction);
}

/** Whether a paragraph was joined on import and can be unjoined. */
export function canUnjoin(segment: { joined?: number[]; locked: boolean }): boolean {
	return !segment.locked && (segment.joined?.length ?? 0) > 1;
}

/** Undoes a split, merge or unjoin: puts back exactly the rows it changed. */
export function undoStructure(repos: Repos, undoToken: StructureUndo): Promise<boolean> {
	return repos.structure.undo(undoToken);
}
