/**
 * The view's aligner: the alignment worker's client (progress, cancel, latest request wins),
 * adapted to what AlignmentState needs.
 */
import { AlignmentClient } from '$lib/workers/alignment-client.ts';
import type { Aligner } from '$lib/state/alignment.svelte.ts';

export function createAligner(): Aligner {
	const client = new AlignmentClient();
	return {
		// A draft is decoded, stored and aligned in the worker: its text never reaches the page.
		importDraft: (projectId, source, onProgress) =>
			client.importDraft(projectId, source, onProgress),
		alignDraft: (projectId, draftId, onProgress) =>
			client.alignDraft(projectId, draftId, onProgress),
		async align(zh, en, onProgress, glossary, level, kinds, cuts) {
			const result = await client.align(zh, en, { onProgress, glossary, level, kinds, cuts });
			return result?.beads ?? null;
		},
		cancel: () => client.cancel(),
		release: () => client.release()
	};
}
