/**
 * Turning a pasted or opened Chinese text into the segments of a new project: blocks, kinds
 * and (when the translator accepts them) the domain's paragraph repairs.
 */
import type { NewSegment } from '$lib/db/repos/projects.ts';
import { segmentBlocks, type SegmentOptions } from '$lib/domain/import/segment-document.ts';
import { textToBlocks } from '$lib/domain/segmentation/blocks.ts';

export function documentFromText(text: string, options: SegmentOptions = {}): NewSegment[] {
	return segmentBlocks(textToBlocks(text), options).map((unit) => ({
		source: unit.text,
		kind: unit.kind,
		joined: unit.joined
	}));
}
