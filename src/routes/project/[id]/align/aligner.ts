/**
 * The view's aligner: the alignment worker's client (progress, cancel, latest request wins),
 * adapted to what AlignmentState needs.
 */
import { AlignmentClient } from '$lib/workers/alignment-client.ts';
import { ImportClient } from '$lib/workers/import-client.ts';
import type { Aligner } from '$lib/state/alignment.svelte.ts';

export function createAligner(): Aligner {
	const client = new AlignmentClient();
	// Cutting a 20,000-paragraph draft into paragraphs takes about a second: in a worker too.
	const splitter = new ImportClient();
	return {
		paragraphs: (text) => splitter.paragraphs(text),
		// A draft file is decoded and cut in the alignment worker: its bytes are transferred.
		readDraft: (bytes) => client.readDraft(bytes),
		async align(zh, en, onProgress, glossary, level, kinds, cuts) {
			const result = await client.align(zh, en, { onProgress, glossary, level, kinds, cuts });
			return result?.beads ?? null;
		},
		cancel() {
			client.cancel();
			splitter.stop();
		},
		release() {
			client.release();
			splitter.stop();
		}
	};
}
