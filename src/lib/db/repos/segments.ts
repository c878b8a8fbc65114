/**
 * Segments: the paragraphs of a project in order, their targets and statuses. Every confirmed
 * change keeps a revision, so nothing a translator wrote is lost.
 */
import type {
	Provenance,
	Revision,
	RevisionReason,
	Segment,
	SegmentStatus
} from '../../domain/types.ts';
import { revisionOf } from './revision.ts';
import type { DuiyiDB } from '../schema.ts';

/** The outcome of saveTyped: written, refused (locked or gone), or another tab's newer text. */
export type TypedWrite =
	| { kind: 'saved'; segment: Segment }
	| { kind: 'conflict'; segment: Segment }
	| { kind: 'refused'; segment: Segment | null };

/** Segments per read in listPaged. */
export const SEGMENT_PAGE = 2_000;

export function segmentsRepo(db: DuiyiDB) {
	async function addRevision(segment: Segment, reason: RevisionReason): Promise<void> {
		const last = await db.revisions
			.where('[segmentId+createdAt]')
			.between([segment.id, -Infinity], [segment.id, Infinity])
			.last();
		if (last && last.target === segment.target && last.status === segment.status) return;
		await db.revisions.add(revisionOf(segment, reason));
	}

	return {
		/** A project's segments in document order. */
		async list(projectId: string): Promise<Segment[]> {
			return db.segments
				.where('[projectId+order]')
				.between([projectId, -Infinity], [projectId, Infinity])
				.toArray();
		},

		/**
		 * A project's segments in document order, read `size` at a time outside any live query:
		 * each page is its own task, where one read of 20,000 rows (and a live query collecting
		 * their keys) was a main-thread task of 0.3–0.5 s.
		 */
		async listPaged(projectId: string, size = SEGMENT_PAGE): Promise<Segment[]> {
			const out: Segment[] = [];
			const seen = new Set<string>();
			let from = -Infinity;
			for (;;) {
				const page = await db.segments
					.where('[projectId+order]')
					.between([projectId, from], [projectId, Infinity], true, true)
					.limit(size)
					.toArray();
				const fresh = page.filter((s) => !seen.has(s.id));
				// More than a page of rows share one position (not made by the app): read them whole.
				if (!fresh.length && page.length) return this.list(projectId);
				for (const s of fresh) {
					seen.add(s.id);
					out.push(s);
				}
				if (page.length < size) return out;
				from = page[page.length - 1].order;
			}
		},

		async get(id: string): Promise<Segment | undefined> {
			return db.segments.get(id);
		},

		/**
		 * Stores a typed target (autosave). A new segment becomes a draft; a confirmed one whose
		 * text changes goes back to draft, as in other CAT tools. Locked segments are refused.
		 */
		async saveTarget(
			id: string,
			target: string,
			provenance: Provenance = 'typed'
		): Promise<Segment | null> {
			return db.transaction('rw', db.segments, db.projects, async () => {
				const segment = await db.segments.get(id);
				if (!segment || segment.locked) return null;
				if (segment.target === target) return segment;
				const status: SegmentStatus =
					target.trim() === '' && segment.status === 'new' ? 'new' : 'draft';
				const updated: Segment = { ...segment, target, status, provenance, updatedAt: Date.now() };
				await db.segments.put(updated);
				await db.projects.update(segment.projectId, { updatedAt: updated.updatedAt });
				return updated;
			});
		},

		/**
		 * Stores text typed in this tab, only if the stored text is still `base`, the text the
		 * typing started from (compare-and-set, in one transaction). Another tab's newer text
		 * comes back as a conflict to merge, instead of being overwritten. With a `status` the
		 * paragraph is confirmed at the same time (a revision is kept).
		 */
		async saveTyped(
			id: string,
			target: string,
			base: string,
			status?: SegmentStatus
		): Promise<TypedWrite> {
			return db.transaction('rw', db.segments, db.revisions, db.projects, async () => {
				const segment = await db.segments.get(id);
				if (!segment || segment.locked) return { kind: 'refused', segment: segment ?? null };
				if (segment.target !== base && segment.target !== target)
					return { kind: 'conflict', segment };
				const next: SegmentStatus =
					status ??
					(segment.target === target
						? segment.status
						: target.trim() === '' && segment.status === 'new'
							? 'new'
							: 'draft');
				if (segment.target === target && segment.status === next) return { kind: 'saved', segment };
				const updated: Segment = {
					...segment,
					target,
					status: next,
					provenance: segment.target === target ? segment.provenance : 'typed',
					updatedAt: Date.now()
				};
				await db.segments.put(updated);
				if (status) await addRevision(updated, 'confirm');
				await db.projects.update(segment.projectId, { updatedAt: updated.updatedAt });
				return { kind: 'saved', segment: updated };
			});
		},

		/**
		 * Stores a machine translation as a draft with provenance 'mt' and the engine's name, only
		 * if the stored target is still `base` (what the translator saw when choosing to insert),
		 * so nothing typed meanwhile is overwritten. A non-empty target it replaces is kept as a
		 * revision first. Returns null when refused (locked, gone, or changed since).
		 */
		async saveMachine(
			id: string,
			target: string,
			engineName: string,
			base: string
		): Promise<Segment | null> {
			return db.transaction('rw', db.segments, db.revisions, db.projects, async () => {
				const segment = await db.segments.get(id);
				if (!segment || segment.locked || segment.target !== base) return null;
				if (segment.target.trim()) await addRevision(segment, 'mt');
				const updated: Segment = {
					...segment,
					target,
					status: 'draft',
					provenance: 'mt',
					engineName,
					updatedAt: Date.now()
				};
				await db.segments.put(updated);
				await db.projects.update(segment.projectId, { updatedAt: updated.updatedAt });
				return updated;
			});
		},

		/** Confirms a segment (translated or reviewed) with its current text, keeping a revision. */
		async confirm(id: string, target: string, status: SegmentStatus): Promise<Segment | null> {
			return db.transaction('rw', db.segments, db.revisions, db.projects, async () => {
				const segment = await db.segments.get(id);
				if (!segment || segment.locked) return null;
				const updated: Segment = { ...segment, target, status, updatedAt: Date.now() };
				await db.segments.put(updated);
				await addRevision(updated, 'confirm');
				await db.projects.update(segment.projectId, { updatedAt: updated.updatedAt });
				return updated;
			});
		},

		/** Sets the status alone (e.g. from the status menu); locked segments keep theirs. */
		async setStatus(id: string, status: SegmentStatus): Promise<Segment | null> {
			return db.transaction('rw', db.segments, db.revisions, async () => {
				const segment = await db.segments.get(id);
				if (!segment || segment.locked) return null;
				const updated: Segment = { ...segment, status, updatedAt: Date.now() };
				await db.segments.put(updated);
				if (status === 'translated' || status === 'reviewed') await addRevision(updated, 'confirm');
				return updated;
			});
		},

		/** Ends "translated together" (Segment.translatedWith): the paragraph is on its own again. */
		async separate(id: string): Promise<Segment | null> {
			const segment = await db.segments.get(id);
			if (!segment || segment.locked || !segment.translatedWith) return null;
			const { translatedWith: _with, ...rest } = segment;
			const updated: Segment = { ...rest, updatedAt: Date.now() };
			await db.segments.put(updated);
			return updated;
		},

		async setLocked(id: string, locked: boolean): Promise<Segment | null> {
			const segment = await db.segments.get(id);
			if (!segment) return null;
			const updated: Segment = { ...segment, locked, updatedAt: Date.now() };
			await db.segments.put(updated);
			return updated;
		},

		/** The kept versions of a segment's target, newest first. */
		async revisions(segmentId: string): Promise<Revision[]> {
			const rows = await db.revisions
				.where('[segmentId+createdAt]')
				.between([segmentId, -Infinity], [segmentId, Infinity])
				.toArray();
			return rows.reverse();
		},

		/**
		 * Brings back an earlier version. The text being replaced is kept as a revision first, so a
		 * restore can itself be undone.
		 */
		async restore(segmentId: string, revisionId: string): Promise<Segment | null> {
			return db.transaction('rw', db.segments, db.revisions, async () => {
				const [segment, revision] = await Promise.all([
					db.segments.get(segmentId),
					db.revisions.get(revisionId)
				]);
				if (!segment || !revision || revision.segmentId !== segmentId || segment.locked)
					return null;
				await addRevision(segment, 'restore');
				const updated: Segment = {
					...segment,
					target: revision.target,
					status: 'draft',
					updatedAt: Date.now()
				};
				await db.segments.put(updated);
				return updated;
			});
		},

		/**
		 * Writes many targets at once (replace all, and its undo) in one transaction. Each change
		 * applies only if the stored text is still `before` and the paragraph is not locked; the
		 * text it replaces is kept as a revision. Returns the rows written.
		 */
		async replaceTargets(
			changes: readonly { id: string; before: string; after: string; status?: SegmentStatus }[]
		): Promise<Segment[]> {
			return db.transaction('rw', db.segments, db.revisions, db.projects, async () => {
				const written: Segment[] = [];
				const now = Date.now();
				for (const change of changes) {
					const segment = await db.segments.get(change.id);
					if (!segment || segment.locked || segment.target !== change.before) continue;
					await addRevision(segment, 'replace');
					const updated: Segment = {
						...segment,
						target: change.after,
						status: change.status ?? (change.after.trim() ? 'draft' : segment.status),
						provenance: 'typed',
						updatedAt: now
					};
					await db.segments.put(updated);
					written.push(updated);
				}
				if (written.length) await db.projects.update(written[0].projectId, { updatedAt: now });
				return written;
			});
		},

		/** Replaces a project's segments wholesale (split, merge, re-import) in one transaction. */
		async replaceAll(projectId: string, segments: Segment[]): Promise<void> {
			await db.transaction('rw', db.segments, async () => {
				await db.segments.where('projectId').equals(projectId).delete();
				await db.segments.bulkPut(segments.map((s, order) => ({ ...s, projectId, order })));
			});
		}
	};
}

export type SegmentsRepo = ReturnType<typeof segmentsRepo>;
