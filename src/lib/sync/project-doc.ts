/**
 * The shared project document (DESIGN.md §10): the mapping between a project's segments, notes,
 * revisions and confirmed pairs and one Y.Doc. Pure: only Y.js, no browser, no Dexie, no Node.
 *
 * Layout of the Y.Doc:
 *   meta      Y.Map   id, name, sourceLang, targetLang, glossaryIds, createdAt
 *   order     Y.Array<string>   segment ids in document order
 *   segments  Y.Map<Y.Map>      per segment: source, kind, status, locked, provenance, engineName,
 *                               score, joined, updatedBy, updatedAt, and `target`, a Y.Text, so two
 *                               people typing in one paragraph merge character by character
 *   notes     Y.Map<Annotation without replies>    keyed by note id
 *   replies   Y.Map<AnnotationReply & {noteId}>    keyed by reply id (two replies never collide)
 *   revisions Y.Array<Revision>  appended, never edited
 *   confirmed Y.Array<ConfirmedPair>  appended on every confirmation; feeds the TM
 *
 * A paragraph merged into the one before it leaves `order` but keeps its map, with a record of
 * the merge (mergedInto, mergedAt: the merger's state vector, carried: its English as joined,
 * carriedAt: where that starts in joinedText, the merged paragraph's English): text someone
 * typed into it that the merger had not seen yet is carried into the merged paragraph by its
 * author (carryLate), so it is never lost nor hidden.
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
import { joinTexts } from '../domain/structure/merge.ts';

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

type SegmentFields = Pick<
	Segment,
	'status' | 'locked' | 'kind' | 'provenance' | 'engineName' | 'score'
>;

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

/**
 * Where a caret at `offset` in `before` belongs in `after` when someone else changed the text:
 * before the change it stays, after it it moves with the text, inside removed text it goes to
 * the end of what replaced it.
 */
export function mapOffset(before: string, after: string, offset: number): number {
	const edit = textEdit(before, after);
	if (!edit || offset <= edit.index) return Math.min(offset, after.length);
	if (offset >= edit.index + edit.remove) return offset + edit.insert.length - edit.remove;
	return edit.index + edit.insert.length;
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
		for (const s of shared.segments) segmentsMap(doc).set(s.id, segmentEntry(s, by));
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
	const seen = new Set<string>();
	order(doc).forEach((id) => {
		const map = segmentsMap(doc).get(id);
		// Two members moving one paragraph at once each put it back: it is listed once.
		if (!map || seen.has(id)) return;
		seen.add(id);
		segments.push({
			id,
			projectId,
			order: segments.length,
			kind: map.get('kind') as SegmentKind,
			source: String(map.get('source') ?? ''),
			target: (map.get('target') as Y.Text | undefined)?.toString() ?? '',
			status: map.get('status') as SegmentStatus,
			locked: map.get('locked') === true,
			provenance: map.get('provenance') as Provenance,
			...(map.has('engineName') ? { engineName: map.get('engineName') as string } : {}),
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

/**
 * Sets status, lock, kind, provenance, engine name or score of a segment; an optional field
 * given as undefined (the engine name once the translator types over a machine draft) is removed.
 */
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
			if (value === undefined) {
				if (map.has(key)) map.delete(key);
			} else if (map.get(key) !== value) map.set(key, value);
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

/** A new segment map for the document (its English as a Y.Text). */
function segmentEntry(s: Segment & { updatedBy?: string }, by: string): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	map.set('source', s.source);
	map.set('kind', s.kind);
	map.set('status', s.status);
	map.set('locked', s.locked);
	map.set('provenance', s.provenance);
	if (s.engineName !== undefined) map.set('engineName', s.engineName);
	if (s.score !== undefined) map.set('score', s.score);
	if (s.joined) map.set('joined', s.joined);
	map.set('updatedBy', s.updatedBy ?? by);
	map.set('updatedAt', s.updatedAt);
	map.set('target', new Y.Text(s.target));
	return map;
}

/**
 * Carries a structure edit made here (split, merge, unjoin, move, or its undo) into the
 * document. `fed` is the list of segments as the document last gave them to this replica,
 * `rows` the list as it is here now: only what differs from both `fed` and the document is
 * this replica's own edit, so changes that arrived meanwhile are never reverted. A paragraph
 * merged away leaves the order but keeps its map, so text someone typed into it at the same
 * time is still in the document. Returns true when something was written.
 */
export function applyStructure(
	doc: Y.Doc,
	fed: Segment[],
	rows: Segment[],
	by: string,
	at: number
): boolean {
	const ord = order(doc);
	const map = segmentsMap(doc);
	const was = new Map(fed.map((s) => [s.id, s]));
	const local = new Set(rows.map((r) => r.id));
	const current = () => ord.toArray();
	const merges = mergesHere(fed, rows);
	// What the document holds now, all of it carried by the merges written below.
	const seen = Y.encodeStateVector(doc);
	let wrote = false;
	doc.transact(() => {
		// Removed here: known to the document and fed here, gone from this replica.
		const gone = fed.filter((s) => !local.has(s.id)).map((s) => s.id);
		for (const id of gone) {
			const index = current().indexOf(id);
			if (index >= 0) {
				ord.delete(index, 1);
				wrote = true;
			}
		}
		// Rows whose source changed here (the paragraph was cut or joined): new source and English.
		for (const row of rows) {
			const before = was.get(row.id);
			const entry = map.get(row.id);
			if (!before || !entry || row.source === before.source) continue;
			if (entry.get('source') === row.source) continue;
			entry.set('source', row.source);
			entry.set('kind', row.kind);
			if (row.joined) entry.set('joined', row.joined);
			else entry.delete('joined');
			const merged = merges.get(row.id);
			setTarget(doc, row.id, merged ? joinMerged(doc, row, merged, seen) : row.target, by, at);
			wrote = true;
		}
		// New here, or moved here: (re)placed after the paragraph that precedes it here.
		const fedOrder = fed.map((s) => s.id).filter((id) => local.has(id));
		const localOrder = rows.map((r) => r.id).filter((id) => was.has(id));
		const stay = new Set(commonSubsequence(fedOrder, localOrder));
		rows.forEach((row, k) => {
			// Not fed and not in the order: made here (a split), or brought back here (an undo).
			const isNew = !was.has(row.id) && !current().includes(row.id);
			const moved = was.has(row.id) && !stay.has(row.id);
			if (!isNew && !moved) return;
			const entry = map.get(row.id);
			if (isNew && !entry) map.set(row.id, segmentEntry(row, by));
			else if (isNew && entry) {
				// Brought back (a merge undone): no longer merged away.
				for (const key of MERGE_KEYS) entry.delete(key);
				entry.set('source', row.source);
				entry.set('kind', row.kind);
				setSegmentFields(doc, row.id, { status: row.status, locked: row.locked }, by, at);
				setTarget(doc, row.id, row.target, by, at);
			}
			const old = current().indexOf(row.id);
			if (old >= 0) ord.delete(old, 1);
			const previous = k > 0 ? current().indexOf(rows[k - 1].id) : -1;
			ord.insert(previous + 1, [row.id]);
			wrote = true;
		});
	});
	return wrote;
}

const MERGE_KEYS = ['mergedInto', 'mergedAt', 'carried', 'carriedAt', 'joinedText'] as const;

/**
 * The merges made here: each paragraph whose source changed here, with the paragraphs fed right
 * after it that are gone here (merged into it), when its English here is theirs joined as fed.
 */
function mergesHere(fed: Segment[], rows: Segment[]): Map<string, Segment[]> {
	const here = new Map(rows.map((r) => [r.id, r]));
	const merges = new Map<string, Segment[]>();
	fed.forEach((first, i) => {
		const row = here.get(first.id);
		if (!row || row.source === first.source) return;
		const gone: Segment[] = [];
		for (let j = i + 1; j < fed.length && !here.has(fed[j].id); j++) gone.push(fed[j]);
		const joined = gone.reduce((text, s) => joinTexts(text, s.target).text, first.target);
		if (gone.length && joined === row.target) merges.set(first.id, gone);
	});
	return merges;
}

/**
 * A merge made here, joined again from the English the document holds now (words that arrived
 * since the merge was made here are kept), and recorded on each paragraph merged away: what
 * was carried of it and where, so text typed into it later can follow (carryLate).
 */
function joinMerged(doc: Y.Doc, row: Segment, gone: Segment[], seen: Uint8Array): string {
	let text = targetText(doc, row.id).toString();
	const carried: { map: Y.Map<unknown>; text: string; at: number }[] = [];
	for (const s of gone) {
		const map = segmentsMap(doc).get(s.id);
		if (!map) continue;
		const own = (map.get('target') as Y.Text).toString();
		const join = joinTexts(text, own);
		carried.push({ map, text: own, at: join.offset });
		text = join.text;
	}
	for (const c of carried) {
		c.map.set('mergedInto', row.id);
		c.map.set('mergedAt', seen);
		c.map.set('carried', c.text);
		c.map.set('carriedAt', c.at);
		c.map.set('joinedText', text);
	}
	return text;
}

/**
 * Text typed into a paragraph another member merged away, which that member had not seen when
 * merging (the two happened at the same time, or this member was offline): the author carries
 * it into the merged paragraph, where the merge would have put it had it been seen. `mine`
 * tells this member's Y.js client ids; what others typed is theirs to carry (each author does
 * it once: the last clock carried is recorded per client). Returns true when something was
 * carried.
 */
export function carryLate(
	doc: Y.Doc,
	mine: (client: number) => boolean,
	by: string,
	at: number
): boolean {
	const listed = new Set(order(doc).toArray());
	let wrote = false;
	doc.transact(() => {
		for (const [id, map] of segmentsMap(doc).entries()) {
			if (listed.has(id) || !map.has('mergedInto')) continue;
			const late = lateText(map, mine);
			if (!late) continue;
			const into = mergeTarget(doc, String(map.get('mergedInto')), listed);
			if (!into) continue; // merged into a paragraph merged away in turn, not known here yet
			if (into === map.get('mergedInto')) {
				const joined = String(map.get('joinedText') ?? '');
				const from = Number(map.get('carriedAt') ?? joined.length);
				const carried = String(map.get('carried') ?? '').trimStart();
				const before = joined.slice(0, from);
				const after = joined.slice(from + carried.length);
				const lead = late.base.length - late.base.trimStart().length;
				const typed = late.typed.startsWith(late.base.slice(0, lead))
					? late.typed.slice(lead)
					: late.typed.trimStart();
				applyTyped(
					doc,
					into,
					before + late.base.slice(lead) + after,
					before + typed + after,
					by,
					at
				);
			} else {
				const edit = textEdit(late.base, late.typed);
				const text = targetText(doc, into).toString();
				setTarget(doc, into, joinTexts(text, edit?.insert ?? '').text, by, at);
			}
			for (const [client, clock] of late.carried) map.set(`late:${client}`, clock);
			wrote = true;
		}
	});
	return wrote;
}

/** The paragraph still in the order that `id` is, or was merged into (following merges). */
function mergeTarget(doc: Y.Doc, id: string, listed: Set<string>): string | null {
	for (let hops = 0; hops < 50; hops++) {
		if (listed.has(id)) return id;
		const next = segmentsMap(doc).get(id)?.get('mergedInto');
		if (typeof next !== 'string') return null;
		id = next;
	}
	return null;
}

/**
 * A merged-away paragraph's English as the merger carried it (`base`) and with this member's
 * text the merger had not seen and that is not carried yet (`typed`), with the last clock of
 * it per client; null when there is none.
 */
function lateText(
	map: Y.Map<unknown>,
	mine: (client: number) => boolean
): { base: string; typed: string; carried: Map<number, number> } | null {
	const seen = Y.decodeStateVector(map.get('mergedAt') as Uint8Array);
	const text = map.get('target') as Y.Text;
	const carried = new Map<number, number>();
	let base = '';
	let typed = '';
	for (let item = text._start; item; item = item.right) {
		if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
		const { client, clock } = item.id;
		const from = Math.max(seen.get(client) ?? 0, Number(map.get(`late:${client}`) ?? 0));
		const str = item.content.str;
		const known = str.slice(0, Math.max(0, Math.min(str.length, from - clock)));
		base += known;
		typed += known;
		if (known.length === str.length || !mine(client)) continue;
		typed += str.slice(known.length);
		carried.set(client, Math.max(carried.get(client) ?? 0, clock + item.length));
	}
	return carried.size ? { base, typed, carried } : null;
}

/** The longest common subsequence of two id lists (the paragraphs that did not move). */
function commonSubsequence(a: string[], b: string[]): string[] {
	if (a.join('\n') === b.join('\n')) return a;
	const n = a.length;
	const m = b.length;
	const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i][j] =
				a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
		}
	}
	const out: string[] = [];
	for (let i = 0, j = 0; i < n && j < m;) {
		if (a[i] === b[j]) {
			out.push(a[i]);
			i++;
			j++;
		} else if (table[i + 1][j] >= table[i][j + 1]) i++;
		else j++;
	}
	return out;
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
