/**
 * Turning a pasted or opened Chinese text into the segments of a new project.
 */
import type { NewSegment } from '$lib/db/repos/projects.ts';
import { splitUnits } from '$lib/domain/text/units.ts';

export function documentFromText(text: string): NewSegment[] {
	return splitUnits(text, 'paragraph').map((source) => ({ source, kind: 'body' }));
}
