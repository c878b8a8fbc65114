/**
 * Structure edits stored: split a paragraph, merge it with the next, cut a repaired paragraph
 * back into its imported blocks. Each runs in ONE transaction (segments renumbered, previous
 * targets kept as revisions, notes moved) and returns an undo token that puts back exactly the
 * rows it changed. Undo tokens are meant to be used last-in first-out.
 */
import type { Annotation, Revision, Segment } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import type { TagTables } from '../../domain/formats/xliff/inline.ts';
import {
	blockStartsIn,
	carryTagTables,
	mergeTagTables,
	planMerge,
	planSplit,
	shiftPlaceholders
} from '../../domain/structure/index.ts';
import { revisionOf } from './revision.ts';
import type { DuiyiDB } from '../schema.ts';
import type { StoredRepairDecision } from './repairs.ts';
import { INLINE_TAGS_KEY } from './workspace.ts';

export type StructureOp = 'split' | 'merge' | 'unjoin' | 'move';

/** What undo needs; plain data (it can be kept in memory or in sessionStorage). */
export interface StructureUndo {
	op: StructureOp;
	projectId: string;
	/** The segment the edit started from (kept by every op). */
	segmentId: string;
	/** The segments after the edit, in order (to put the caret somewhere). */
	resultIds: string[];
	/** Full rows, before the edit, of every segment whose text or existence changed. */
	before: Segment[];
	/** Those segments after the edit, in order (text typed meanwhile follows into them). */
	after: Segment[];
	/** Every segment's order before the edit. */
	orders: Record<string, number>;
	/** Segments the edit created. */
	created: string[];
	/** Notes of the changed segments, before the edit. */
	notes: Annotation[];
	/** Revisions the edit added. */
	revisions: string[];
	/** Repair decisions the edit changed, with their previous value. */
	decisions: { id: string; accepted: boolean }[];
}

export function structureRepo(db: DuiyiDB) {
	const tables = [
		db.segments,
		db.annotations,
		db.revisions,
		db.projects,
		db.repairDecisions,
		db.settings
	];

	/** The pieces of a split paragraph keep its inline tags (their texts hold its placeholders). */
	async function carryTags(projectId: string, fromId: string, toIds: string[]) {
		const key = INLINE_TAGS_KEY + projectId;
		const row = await db.settings.get(key);
		const value = carryTagTables(row?.value as TagTables | undefined, fromId, toIds);
		if (value) await db.settings.put({ key, value });
	}

	/**
	 * The merged paragraph keeps both paragraphs' inline tags: the second's placeholders are
	 * renumbered after the first's (in its texts and the quotes of its notes). Returns the
	 * second paragraph and notes as they join, and writes the merged table.
	 */
	async function mergeTags(
		a: Segment,
		b: Segment,
		notes: Annotation[]
	): Promise<{ second: Segment; notes: Annotation[] }> {
		const key = INLINE_TAGS_KEY + a.projectId;
		const row = await db.settings.get(key);
		const merge = mergeTagTables(row?.value as TagTables | undefined, a.id, b.id);
		if (!merge) return { second: b, notes };
		await db.settings.put({ key, value: merge.tables });
		const shift = (text: string) => shiftPlaceholders(text, merge.shift);
		const second = { ...b, source: shift(b.source), target: shift(b.target) };
		const shifted = notes.map((n) =>
			n.segmentId !== b.id
				? n
				: {
						...n,
						selector: {
							...n.selector,
							exact: shift(n.selector.exact),
							prefix: shift(n.selector.prefix),
							suffix: shift(n.selector.suffix)
						}
					}
		);
		return { second, notes: shifted };
	}

	async function projectSegments(projectId: string): Promise<Segment[]> {
		return db.segments
			.where('[projectId+order]')
			.between([projectId, -Infinity], [projectId, Infinity])
			.toArray();
	}

	async function notesOf(ids: string[]): Promise<Annotation[]> {
		return db.annotations.where('segmentId').anyOf(ids).toArray();
	}

	/**
	 * Writes the new order of a project's segments: `next` is the whole list after the edit;
	 * `removed` are ids to delete. Only rows that changed are written.
	 */
	async function write(
		all: Segment[],
		next: Segment[],
		changed: Set<string>,
		removed: string[],
		notes: Annotation[],
		revisions: Revision[]
	): Promise<void> {
		const byId = new Map(all.map((s) => [s.id, s]));
		const rows = next
			.map((s, order) => ({ ...s, order }))
			.filter((s) => changed.has(s.id) || byId.get(s.id)?.order !== s.order);
		if (removed.length) await db.segments.bulkDelete(removed);
		await db.segments.bulkPut(rows);
		if (notes.length) await db.annotations.bulkPut(notes);
		if (revisions.length) await db.revisions.bulkAdd(revisions);
		const projectId = all[0]?.projectId;
		if (projectId) await db.projects.update(projectId, { updatedAt: Date.now() });
	}

	function token(
		op: StructureOp,
		origin: Segment,
		all: Segment[],
		before: Segment[],
		notes: Annotation[],
		created: string[],
		resultIds: string[],
		revisions: Revision[],
		decisions: { id: string; accepted: boolean }[] = [],
		after: Segment[] = []
	): StructureUndo {
		return {
			op,
			projectId: origin.projectId,
			segmentId: origin.id,
			resultIds,
			before: structuredClone(before),
			after: structuredClone(after),
			orders: Object.fromEntries(all.map((s) => [s.id, s.order])),
			created,
			notes: structuredClone(notes),
			revisions: revisions.map((r) => r.id),
			decisions
		};
	}

	/** Splits `segment` at each offset of `cuts` (ascending); returns the pieces and notes. */
	function splitAt(segment: Segment, notes: Annotation[], cuts: number[], blockStarts?: number[]) {
		const pieces: Segment[] = [];
		let rest = segment;
		let restNotes = notes;
		const moved: Annotation[] = [];
		for (let k = cuts.length - 1; k >= 0; k--) {
			const plan = planSplit(rest, restNotes, cuts[k], {
				newId: newId(),
				blockStarts: blockStarts?.slice(0, k + 2)
			});
			if (!plan) return null;
			pieces.unshift(plan.second);
			moved.push(...plan.notes.filter((n) => n.segmentId === plan.second.id));
			restNotes = plan.notes.filter((n) => n.segmentId === plan.first.id);
			rest = plan.first;
		}
		return { pieces: [rest, ...pieces], notes: [...restNotes, ...moved] };
	}

	async function doSplit(
		op: 'split' | 'unjoin',
		segmentId: string,
		cuts: (segment: Segment) => Promise<{
			at: number[];
			starts?: number[];
			target?: number;
			/** Captions the joins stepped over: [index in joined of the piece they preceded, text]. */
			stepped?: [number, string][];
		}>
	): Promise<StructureUndo | null> {
		return db.transaction('rw', tables, async () => {
			const segment = await db.segments.get(segmentId);
			if (!segment || segment.locked) return null;
			const plan = await cuts(segment);
			if (plan.at.length === 0) return null;
			const all = await projectSegments(segment.projectId);
			const notes = await notesOf([segment.id]);
			let result: { pieces: Segment[]; notes: Annotation[] } | null;
			if (plan.target !== undefined) {
				const one = planSplit(segment, notes, plan.at[0], {
					newId: newId(),
					targetOffset: plan.target
				});
				result = one && { pieces: [one.first, one.second], notes: one.notes };
			} else result = splitAt(segment, notes, plan.at, plan.starts);
			if (!result) return null;
			const index = all.findIndex((s) => s.id === segment.id);
			let next = [...all.slice(0, index), ...result.pieces, ...all.slice(index + 1)];
			if (op === 'unjoin' && plan.stepped?.length)
				next = putBack(next, result.pieces, plan.stepped);
			const revisions = segment.target.trim() ? [revisionOf(segment, 'split')] : [];
			let decisions: { id: string; accepted: boolean }[] = [];
			if (op === 'unjoin' && segment.joined) {
				const inside = new Set(segment.joined);
				const rows = (await db.repairDecisions
					.where('projectId')
					.equals(segment.projectId)
					.toArray()) as StoredRepairDecision[];
				const undone = rows.filter(
					(r) => r.accepted && r.blocks?.length && r.blocks.every((b) => inside.has(b))
				);
				decisions = undone.map((r) => ({ id: r.id, accepted: true }));
				await db.repairDecisions.bulkPut(undone.map((r) => ({ ...r, accepted: false })));
			}
			const ids = result.pieces.map((p) => p.id);
			await write(all, next, new Set(ids), [], result.notes, revisions);
			await carryTags(segment.projectId, segment.id, ids.slice(1));
			const after = next.flatMap((s, order) => (ids.includes(s.id) ? [{ ...s, order }] : []));
			return token(
				op,
				segment,
				all,
				[segment],
				notes,
				ids.slice(1),
				ids,
				revisions,
				decisions,
				after
			);
		});
	}

	/**
	 * Moves each caption a join stepped over from after the paragraph back before the piece it
	 * sat in front of. A caption is found by its text among the paragraphs right after the
	 * pieces (where the import put it); one no longer there stays where it is.
	 */
	function putBack(next: Segment[], pieces: Segment[], stepped: [number, string][]): Segment[] {
		const out = [...next];
		for (const [before, text] of stepped) {
			const lastPiece = out.findIndex((s) => s.id === pieces[pieces.length - 1].id);
			const at = out.findIndex(
				(s, i) =>
					i > lastPiece && i <= lastPiece + stepped.length && s.source.trim() === text.trim()
			);
			const target = pieces[before];
			if (at < 0 || !target || !text.trim()) continue;
			const [caption] = out.splice(at, 1);
			out.splice(
				out.findIndex((s) => s.id === target.id),
				0,
				caption
			);
		}
		return out;
	}

	return {
		/**
		 * Splits a segment at a source offset; the target is cut at `targetOffset` or, without
		 * it, at the matching sentence end (domain targetOffsetFor). Null when locked or when a
		 * part would be empty.
		 */
		async split(
			segmentId: string,
			sourceOffset: number,
			targetOffset?: number
		): Promise<StructureUndo | null> {
			return doSplit('split', segmentId, async () => ({
				at: [sourceOffset],
				target: targetOffset
			}));
		},

		/** Merges a segment with the next one. Null at the end or when either is locked. */
		async mergeWithNext(segmentId: string): Promise<StructureUndo | null> {
			return db.transaction('rw', tables, async () => {
				const a = await db.segments.get(segmentId);
				if (!a) return null;
				const all = await projectSegments(a.projectId);
				const index = all.findIndex((s) => s.id === a.id);
				const b = all[index + 1];
				if (!b) return null;
				const notes = await notesOf([a.id, b.id]);
				if (a.locked || b.locked) return null;
				const joining = await mergeTags(a, b, notes);
				const plan = planMerge(a, joining.second, joining.notes);
				if (!plan) return null;
				const next = [...all.slice(0, index), plan.merged, ...all.slice(index + 2)];
				const revisions = [a, b]
					.filter((s) => s.target.trim())
					.map((s) => revisionOf(a, 'merge', Date.now(), s.target));
				await write(all, next, new Set([a.id]), [b.id], plan.notes, revisions);
				const after = [{ ...plan.merged, order: index }];
				return token('merge', a, all, [a, b], notes, [], [a.id], revisions, [], after);
			});
		},

		/**
		 * Cuts a repaired paragraph back into the blocks it was joined from (the texts kept with
		 * the import decisions) and marks those joins rejected. Null when the paragraph was not
		 * repaired or its source no longer holds the blocks' texts.
		 */
		async unjoin(segmentId: string): Promise<StructureUndo | null> {
			return doSplit('unjoin', segmentId, async (segment) => {
				if (!segment.joined || segment.joined.length < 2) return { at: [] };
				const rows = (await db.repairDecisions
					.where('projectId')
					.equals(segment.projectId)
					.toArray()) as StoredRepairDecision[];
				const texts = new Map<number, string>();
				for (const r of rows) r.blocks?.forEach((b, i) => texts.set(b, r.texts?.[i] ?? ''));
				const pieces = segment.joined.map((b) => texts.get(b));
				if (pieces.some((p) => p === undefined)) return { at: [] };
				const starts = blockStartsIn(segment.source, pieces as string[]);
				if (!starts) return { at: [] };
				// Captions set between the halves went after the paragraph; they go back between.
				const inside = new Set(segment.joined);
				const stepped: [number, string][] = [];
				for (const r of rows) {
					if (!r.accepted || !r.blocks?.every((b) => inside.has(b))) continue;
					const before = segment.joined.indexOf(r.blocks[1]);
					r.skipped?.forEach((_, k) => stepped.push([before, r.skippedTexts?.[k] ?? '']));
				}
				return { at: starts.slice(1), starts, stepped };
			});
		},

		/**
		 * Moves a paragraph one place up (-1) or down (+1): a photo caption a layout set inside a
		 * broken paragraph, a credit to the end. Texts, statuses and notes stay as they are; only
		 * the two orders change. Null at the first (up) or last (down) paragraph.
		 */
		async move(segmentId: string, direction: -1 | 1): Promise<StructureUndo | null> {
			return db.transaction('rw', tables, async () => {
				const segment = await db.segments.get(segmentId);
				if (!segment) return null;
				const all = await projectSegments(segment.projectId);
				const index = all.findIndex((s) => s.id === segment.id);
				const other = all[index + direction];
				if (index < 0 || !other) return null;
				const next = [...all];
				next[index] = other;
				next[index + direction] = segment;
				await write(all, next, new Set(), [], [], []);
				return token('move', segment, all, [], [], [], [segment.id], []);
			});
		},

		/** Puts back exactly the rows an edit changed. False when the project is gone. */
		async undo(undo: StructureUndo): Promise<boolean> {
			return db.transaction('rw', tables, async () => {
				if (!(await db.projects.get(undo.projectId))) return false;
				const all = await projectSegments(undo.projectId);
				const touched = new Set([...undo.before.map((s) => s.id), ...undo.created]);
				const current = await notesOf([...touched]);
				const kept = new Set(undo.notes.map((n) => n.id));
				// Notes written on a piece after the edit stay, on the paragraph they came from.
				const orphans = current
					.filter((n) => !kept.has(n.id) && undo.created.includes(n.segmentId))
					.map((n) => ({ ...n, segmentId: undo.segmentId, detached: true }));
				await db.segments.bulkDelete(undo.created);
				const restored = new Map(undo.before.map((s) => [s.id, s]));
				const reorder = all
					.filter((s) => !restored.has(s.id) && !undo.created.includes(s.id))
					.filter((s) => undo.orders[s.id] !== undefined && undo.orders[s.id] !== s.order)
					.map((s) => ({ ...s, order: undo.orders[s.id] }));
				await db.segments.bulkPut([...undo.before, ...reorder]);
				await db.annotations.bulkPut([...undo.notes, ...orphans]);
				await db.revisions.bulkDelete(undo.revisions);
				for (const d of undo.decisions)
					await db.repairDecisions.update(d.id, { accepted: d.accepted });
				await db.projects.update(undo.projectId, { updatedAt: Date.now() });
				return true;
			});
		}
	};
}

export type StructureRepo = ReturnType<typeof structureRepo>;
