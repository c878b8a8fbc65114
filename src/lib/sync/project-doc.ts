/**
 * The shared project document (DESIGN.md §10): the mapping between a project's segments, notes,
 * revisions and confirmed pairs and one Y.Doc. Pure: only Y.js, no browser, no Dexie, no Node.
 *
 * Layout of the Y.Doc:
 *   meta      Y.Map   id, name, sourceLang, targetLang, glossaryIds, createdAt
 *   order     Y.Array<string>   segment ids in document order
 *   segments  Y.Map<Y.Map>      per segment: source, kind, status, locked, provenance, score,
 *                               joined, updatedBy, updatedAt, and `target`, a Y.Text, so two
 *                               people typing in one paragraph merge character by character
 *   notes     Y.Map<Annotation without replies>    keyed by note id
 *   replies   Y.Map<AnnotationReply & {noteId}>    keyed by reply id (two replies never collide)
 *   revisions Y.Array<Revision>  appended, never edited
 *   confirmed Y.Array<ConfirmedPair>  appended on every confirmation; feeds the TM
 */
import * as Y from 'yjs';
import type {
	Annotation,
	AnnotationReply,
	Project,
	Provenance,
	Revision,
	Segment,
	SegmentKind,
	SegmentStatus
} from '../domain/types.ts';

export interface ConfirmedPair {
	segmentId: string;
	source: string;
	target: string;
	by: string;
	at: number;
}

/** What a shared project holds, in domain terms. */
export interface SharedProject {
	project: Pick<Project, 'id' | 'name' | 'sourceLang' | 'targetLang' | 'glossaryIds' | 'createdAt'>;
	segments: (Segment & { updatedBy?: string })[];
	annotations: Annotation[];
	revisions: Revision[];
	confirmed: ConfirmedPair[];
}

type SegmentFields = Pick<Segment, 'status' | 'locked' | 'kind' | 'provenance' | 'score'>;

const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');
const order = (doc: Y.Doc) => doc.getArray<string>('order');
const segmentsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('segments');
const notesMap = (doc: Y.Doc) => doc.getMap<Omit<Annotation, 'replies'>>('notes');
const repliesMap = (doc: Y.Doc) => doc.getMap<AnnotationReply & { noteId: string }>('replies');
const revisionsArray = (doc: Y.Doc) => doc.getArray<Revision>('revisions');
const confirmedArray = (doc: Y.Doc) => doc.getArray<ConfirmedPair>('confirmed');

/** The one edit that turns `before` into `after`: keep a common prefix and suffix. */
export function textEdit(
	before: string,
	after: string
): { index: number; remove: number; insert: string } | null {
	if (before === after) return null;
	let start = 0;
	const max = Math.min(before.length, after.length);
	while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let end = 0;
	while (
		end < max - start &&
		before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
	) {
		end++;
	}
	// Never cut a surrogate pair in two.
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
	return {
		index: start,
		remove: before.length - end - start,
		insert: after.slice(start, after.length - end)
	};
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function segmentMap(doc: Y.Doc, id: string): Y.Map<unknown> {
	const map = segmentsMap(doc).get(id);
	if (!map) throw new Error(`segment ${id} is not in the shared project`);
	return map;
}

/** Puts a whole project into an empty document (when its owner shares it). */
export function writeProject(doc: Y.Doc, shared: SharedProject, by: string): void {
	doc.transact(() => {
		const m = meta(doc);
		for (const [key, value] of Object.entries(shared.project)) m.set(key, value);
		const ids = [...shared.segments].sort((a, b) => a.order - b.order).map((s) => s.id);
		order(doc).insert(order(doc).length, ids);
		for (const s of shared.segments) {
			const map = new Y.Map<unknown>();
			map.set('source', s.source);
			map.set('kind', s.kind);
			map.set('status', s.status);
			map.set('locked', s.locked);
			map.set('provenance', s.provenance);
			if (s.score !== undefined) map.set('score', s.score);
			if (s.joined) map.set('joined', s.joined);
			map.set('updatedBy', s.updatedBy ?? by);
			map.set('updatedAt', s.updatedAt);
			map.set('target', new Y.Text(s.target));
			segmentsMap(doc).set(s.id, map);
		}
		for (const a of shared.annotations) putNote(doc, a);
		revisionsArray(doc).push(shared.revisions);
		confirmedArray(doc).push(shared.confirmed);
	});
}

/** Reads the whole document back in domain terms (what Dexie is fed from). */
export function readProject(doc: Y.Doc): SharedProject {
	const m = meta(doc);
	const projectId = String(m.get('id') ?? '');
	const segments: SharedProject['segments'] = [];
	order(doc).forEach((id, index) => {
		const map = segmentsMap(doc).get(id);
		if (!map) return;
		segments.push({
			id,
			projectId,
			order: index,
			kind: map.get('kind') as SegmentKind,
			source: String(map.get('source') ?? ''),
			target: (map.get('target') as Y.Text | undefined)?.toString() ?? '',
			status: map.get('status') as SegmentStatus,
			locked: map.get('locked') === true,
			provenance: map.get('provenance') as Provenance,
			...(map.has('score') ? { score: map.get('score') as number } : {}),
			...(map.has('joined') ? { joined: map.get('joined') as number[] } : {}),
			updatedBy: map.get('updatedBy') as string | undefined,
			updatedAt: Number(map.get('updatedAt') ?? 0)
		});
	});
	const replies = new Map<string, AnnotationReply[]>();
	for (const { noteId, ...reply } of repliesMap(doc).values()) {
		replies.set(noteId, [...(replies.get(noteId) ?? []), reply]);
	}
	const annotations = [...notesMap(doc).values()].map((note) => ({
		...note,
		replies: (replies.get(note.id) ?? []).sort((a, b) => a.createdAt - b.createdAt)
	}));
	return {
		project: {
			id: projectId,
			name: String(m.get('name') ?? ''),
			sourceLang: String(m.get('sourceLang') ?? 'zh-CN'),
			targetLang: String(m.get('targetLang') ?? 'en'),
			glossaryIds: (m.get('glossaryIds') as string[] | undefined) ?? [],
			createdAt: Number(m.get('createdAt') ?? 0)
		},
		segments,
		annotations,
		revisions: revisionsArray(doc).toArray(),
		confirmed: confirmedArray(doc).toArray()
	};
}

export function hasSegment(doc: Y.Doc, segmentId: string): boolean {
	return segmentsMap(doc).has(segmentId);
}

/** The live Y.Text of a segment's English (for editors bound to it character by character). */
export function targetText(doc: Y.Doc, segmentId: string): Y.Text {
	return segmentMap(doc, segmentId).get('target') as Y.Text;
}

/** Applies a new full target as the smallest edit of the shared text. */
export function setTarget(doc: Y.Doc, segmentId: string, target: string, by: string, at: number) {
	const map = segmentMap(doc, segmentId);
	const text = map.get('target') as Y.Text;
	const edit = textEdit(text.toString(), target);
	if (!edit) return;
	doc.transact(() => {
		if (edit.remove > 0) text.delete(edit.index, edit.remove);
		if (edit.insert) text.insert(edit.index, edit.insert);
		map.set('updatedBy', by);
		map.set('updatedAt', at);
	});
}

/** Sets status, lock, kind, provenance or score of a segment. */
export function setSegmentFields(
	doc: Y.Doc,
	segmentId: string,
	fields: Partial<SegmentFields>,
	by: string,
	at: number
): void {
	const map = segmentMap(doc, segmentId);
	doc.transact(() => {
		for (const [key, value] of Object.entries(fields)) {
			if (value !== undefined && map.get(key) !== value) map.set(key, value);
		}
		map.set('updatedBy', by);
		map.set('updatedAt', at);
	});
}

/** Adds or replaces a note (its replies travel separately, see addReply). */
export function putNote(doc: Y.Doc, note: Annotation): void {
	const { replies, ...rest } = note;
	doc.transact(() => {
		notesMap(doc).set(note.id, rest);
		for (const reply of replies) addReply(doc, note.id, reply);
	});
}

export function removeNote(doc: Y.Doc, noteId: string): void {
	doc.transact(() => {
		notesMap(doc).delete(noteId);
		for (const [id, reply] of repliesMap(doc).entries()) {
			if (reply.noteId === noteId) repliesMap(doc).delete(id);
		}
	});
}

export function addReply(doc: Y.Doc, noteId: string, reply: AnnotationReply): void {
	repliesMap(doc).set(reply.id, { ...reply, noteId });
}

export function addRevision(doc: Y.Doc, revision: Revision): void {
	revisionsArray(doc).push([revision]);
}

export function addConfirmed(doc: Y.Doc, pair: ConfirmedPair): void {
	confirmedArray(doc).push([pair]);
}

/**
 * Applies one typed change (the editor's text `before` became `after`) to the shared text,
 * which may already hold other people's changes the editor has not shown yet: the edit is
 * moved past them instead of overwriting them.
 */
export function applyTyped(
	doc: Y.Doc,
	segmentId: string,
	before: string,
	after: string,
	by: string,
	at: number
): void {
	const edit = textEdit(before, after);
	if (!edit) return;
	const map = segmentMap(doc, segmentId);
	const text = map.get('target') as Y.Text;
	const index = rebaseIndex(before, text.toString(), edit.index, edit.remove);
	doc.transact(() => {
		if (edit.remove > 0) text.delete(index.at, index.remove);
		if (edit.insert) text.insert(index.at, edit.insert);
		map.set('updatedBy', by);
		map.set('updatedAt', at);
	});
}

/** Where an edit of `before` at `index` (removing `remove`) falls in `current`. */
export function rebaseIndex(
	before: string,
	current: string,
	index: number,
	remove: number
): { at: number; remove: number } {
	const other = textEdit(before, current);
	if (!other || index + remove <= other.index) return { at: index, remove };
	const shift = other.insert.length - other.remove;
	if (index >= other.index + other.remove) return { at: index + shift, remove };
	// The edit overlaps the other change: keep the other's words, edit around them.
	const at = Math.min(index, other.index);
	return { at, remove: Math.max(0, Math.min(remove, other.index - at)) };
}
