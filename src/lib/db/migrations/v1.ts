/**
 * Version 1: the whole domain model of DESIGN.md §2. Shipped; never edit — add a new version.
 */
export const v1 = {
	projects: 'id, updatedAt',
	segments: 'id, projectId, [projectId+order]',
	drafts: 'id, projectId',
	glossaries: 'id, name',
	termEntries: 'id, *glossaryIds, updatedAt',
	tmUnits: 'id, hash, projectId, origin',
	annotations: 'id, projectId, segmentId',
	revisions: 'id, segmentId, projectId, [segmentId+createdAt]'
};
