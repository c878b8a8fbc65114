/**
 * Drafts: English texts imported into a project, kept as imported, with the alignment that maps
 * their paragraphs onto the segments and the translator's corrections to it. Accepting a draft
 * writes the segments' targets, their revisions and translation-memory units in one transaction.
 */
import type { Bead, Draft, Segment, TmUnit } from '../../domain/types.ts';
import { newId } from '../../domain/ids.ts';
import { normaliseForMatch } from '../../domain/tm/normalise.ts';
import { deleteDraft, putBeads, putDraft, readDraft } from './draft-chunks.ts';
import { revisionOf } from './revision.ts';
import type { DuiyiDB, TmUnitRow } from '../schema.ts';

export interface NewDraft {
	projectId: string;
	name: string;
	text: string;
	paragraphs: string[];
	beads?: Bead[];
}

/** A draft as the alignment page holds it: everything but the imported text. */
export type DraftWithoutText = Omit<Draft, 'text'>;

/** A segment's new target from an accepted alignment. */
export interface AcceptedTarget {
	segmentId: string;
	target: string;
	score: number;
	/** Translated together with this earlier segment (the target is then empty). */
	translatedWith?: string;
}

/** A pair for the translation memory. */
export interface AcceptedPair {
	source: string;
	target: string;
	segmentId: string;
}

export interface AcceptResult {
	/** Segments whose target was written. */
	written: number;
	/** Translation-memory units stored. */
	tmUnits: number;
}

/** Prefix of the ids of the TM units an accepted draft stored (replaced on a new accept). */
export const draftTmPrefix = (draftId: string) => `align:${draftId}:`;

export function draftsRepo(db: DuiyiDB) {
	return {
		async create(input: NewDraft): Promise<Draft> {
			const now = Date.now();
			const draft: Draft = {
				id: newId(),
				projectId: input.projectId,
				name: input.name,
				text: input.text,
				paragraphs: input.paragraphs,
				beads: input.beads ?? [],
				accepted: false,
				createdAt: now,
				updatedAt: now
			};
			await db.transaction('rw', [db.drafts, db.draftChunks], () => putDraft(db, draft));
			return draft;
		},

		async get(id: string): Promise<Draft | undefined> {
			return db.transaction('r', [db.drafts, db.draftChunks], async () => {
				const row = await db.drafts.get(id);
				return row && readDraft(db, row);
			});
		},

		/** A project's drafts, the most recently changed first. */
		async list(projectId: string): Promise<Draft[]> {
			return db.transaction('r', [db.drafts, db.draftChunks], async () => {
				const rows = await db.drafts.where('projectId').equals(projectId).toArray();
				rows.sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
				const out: Draft[] = [];
				for (const row of rows) out.push(await readDraft(db, row));
				return out;
			});
		},

		/** A project's most recently changed draft (read alone: the others stay on disk). */
		async latest(projectId: string): Promise<Draft | undefined> {
			return db.transaction('r', [db.drafts, db.draftChunks], async () => {
				const rows = await db.drafts.where('projectId').equals(projectId).toArray();
				rows.sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
				return rows[0] && readDraft(db, rows[0]);
			});
		},

		/**
		 * A project's most recently changed draft without its imported text, which the alignment
		 * page never shows (2 MB at 20,000 paragraphs): its paragraphs and beads, a chunk a task.
		 */
		async latestWithoutText(projectId: string): Promise<DraftWithoutText | undefined> {
			return db.transaction('r', [db.drafts, db.draftChunks], async () => {
				const rows = await db.drafts.where('projectId').equals(projectId).toArray();
				rows.sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
				if (!rows[0]) return undefined;
				const { text: _unread, ...draft } = await readDraft(db, rows[0], ['paragraphs', 'beads']);
				return draft;
			});
		},

		/** Stores the alignment as it is now (after the aligner ran, after each correction). */
		async saveBeads(id: string, beads: Bead[]): Promise<void> {
			await db.transaction('rw', [db.drafts, db.draftChunks], async () => {
				const row = await db.drafts.get(id);
				if (!row) return;
				const next = await putBeads(db, row, beads);
				await db.drafts.put({ ...next, updatedAt: Date.now() });
			});
		},

		async remove(id: string): Promise<void> {
			await db.transaction('rw', [db.drafts, db.draftChunks], () => deleteDraft(db, id));
		},

		/**
		 * Accepts an alignment: each target is written as a draft with provenance 'aligned' and the
		 * bead's score, the previous target kept first as a revision (reason 'align') so the editor
		 * can bring it back; locked segments are left alone. The pairs become TM units (origin
		 * 'alignment'), replacing those an earlier accept of the same draft stored. All or nothing.
		 */
		async accept(
			draftId: string,
			targets: AcceptedTarget[],
			pairs: AcceptedPair[]
		): Promise<AcceptResult> {
			return db.transaction(
				'rw',
				[db.drafts, db.segments, db.revisions, db.tmUnits, db.projects],
				async () => {
					const draft = await db.drafts.get(draftId);
					if (!draft) throw new Error(`draft ${draftId} not found`);
					const project = await db.projects.get(draft.projectId);
					const now = Date.now();
					let written = 0;
					for (const item of targets) {
						const segment = await db.segments.get(item.segmentId);
						if (!segment || segment.locked || segment.projectId !== draft.projectId) continue;
						await db.revisions.add(revisionOf(segment, 'align', now));
						const { translatedWith: _was, ...rest } = segment;
						const updated: Segment = {
							...rest,
							target: item.target,
							status: 'draft',
							provenance: 'aligned',
							score: item.score,
							updatedAt: now
						};
						if (item.translatedWith) updated.translatedWith = item.translatedWith;
						await db.segments.put(updated);
						written++;
					}
					// Groups come from accepts: one this accept did not make again is over.
					const grouped = new Set(targets.filter((t) => t.translatedWith).map((t) => t.segmentId));
					const stale = await db.segments
						.where('projectId')
						.equals(draft.projectId)
						.filter((s) => !!s.translatedWith && !grouped.has(s.id) && !s.locked)
						.toArray();
					for (const segment of stale) {
						const { translatedWith: _old, ...rest } = segment;
						await db.segments.put({ ...rest, updatedAt: now });
					}
					const prefix = draftTmPrefix(draftId);
					await db.tmUnits.where('id').startsWith(prefix).delete();
					const units: TmUnitRow[] = pairs.map((pair, k) => {
						const unit: TmUnit = {
							id: `${prefix}${k}`,
							source: pair.source,
							target: pair.target,
							sourceLang: project?.sourceLang ?? 'zh-CN',
							targetLang: project?.targetLang ?? 'en',
							origin: 'alignment',
							projectId: draft.projectId,
							segmentId: pair.segmentId,
							createdAt: now,
							updatedAt: now
						};
						return { ...unit, hash: normaliseForMatch(pair.source) };
					});
					await db.tmUnits.bulkPut(units);
					await db.drafts.update(draftId, { accepted: true, updatedAt: now });
					await db.projects.update(draft.projectId, { updatedAt: now });
					return { written, tmUnits: units.length };
				}
			);
		},

		/**
		 * Undoes a project's last accept: every segment it wrote gets back the target and status of
		 * its 'align' revision, if the translator has not changed it since. The text being replaced
		 * is kept as a revision (reason 'restore'), so this can be undone in turn from the history.
		 * Returns how many segments were restored.
		 */
		async undoLastAccept(projectId: string): Promise<number> {
			return db.transaction('rw', [db.segments, db.revisions], async () => {
				const aligned = (await db.revisions.where('projectId').equals(projectId).toArray()).filter(
					(r) => r.reason === 'align'
				);
				if (!aligned.length) return 0;
				const at = Math.max(...aligned.map((r) => r.createdAt));
				const now = Date.now();
				let restored = 0;
				for (const revision of aligned.filter((r) => r.createdAt === at)) {
					const segment = await db.segments.get(revision.segmentId);
					if (!segment || segment.locked || segment.provenance !== 'aligned') continue;
					if (segment.updatedAt !== at) continue; // edited since: leave it to the history panel
					await db.revisions.add(revisionOf(segment, 'restore', now));
					await db.revisions.delete(revision.id);
					const { score: _score, translatedWith: _with, ...rest } = segment;
					await db.segments.put({
						...rest,
						target: revision.target,
						status: revision.status,
						provenance: 'typed',
						updatedAt: now
					});
					restored++;
				}
				return restored;
			});
		}
	};
}

export type DraftsRepo = ReturnType<typeof draftsRepo>;
