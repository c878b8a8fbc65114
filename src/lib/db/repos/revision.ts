/** The revision rows every repository writes before it replaces a segment's target. */
import { newId } from '../../domain/ids.ts';
import type { Revision, RevisionReason, Segment } from '../../domain/types.ts';

/**
 * A revision keeping a segment's target as it is now (or `target`, with the segment's status),
 * written before an edit replaces it.
 */
export function revisionOf(
	segment: Pick<Segment, 'id' | 'projectId' | 'target' | 'status'>,
	reason: RevisionReason,
	createdAt = Date.now(),
	target = segment.target
): Revision {
	return {
		id: newId(),
		projectId: segment.projectId,
		segmentId: segment.id,
		target,
		status: segment.status,
		reason,
		createdAt
	};
}
