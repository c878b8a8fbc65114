import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Segment } from '../domain/types.ts';
import {
	addConfirmed,
	addReply,
	addRevision,
	applyStructure,
	applyTyped,
	carryLate,
	mapOffset,
	rebaseIndex,
	putNote,
	readProject,
	setSegmentFields,
	setTarget,
	textEdit,
	writeProject,
	type SharedProject
} from './project-doc.ts';

const shared: SharedProject = {
	project: {
		id: 'p1',
		name: '项目',
		sourceLang: 'zh-CN',
		targetLang: 'en',
		glossaryIds: ['g1'],
		createdAt: 5
	},
	segments: [
		{
			id: 'b',
			projectId: 'p1',
			order: 1,
			kind: 'body',
			source: '第二段。',
			target: 'Second.',
			status: 'draft',
			locked: false,
			provenance: 'aligned',
			score: 0.8,
			updatedAt: 7
		},
		{
			id: 'a',
			projectId: 'p1',
			order: 0,
			kind: 'title',
			source: '标题',
			target: '',
			status: 'new',
			locked: true,
			provenance: 'typed',
			joined: [0, 1],
			updatedAt: 6
		}
	],
	annotations: [
		{
			id: 'n1',
			projectId: 'p1',
			segmentId: 'b',
			side: 'source',
			selector: { exact: '第二', prefix: '', suffix: '段。', start: 0, end: 2 },
			detached: false,
			body: 'check',
			category: 'question',
			status: 'open',
			author: 'li',
			createdAt: 1,
			updatedAt: 1,
			replies: [{ id: 'r1', author: 'wang', body: 'ok', createdAt: 2 }]
		}
	],
	revisions: [],
	confirmed: []
};

function sync(x: Y.Doc, y: Y.Doc) {
	Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
	Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)));
}

describe('textEdit', () => {
	it('finds the one changed stretch', () => {
		expect(textEdit('The cat sat', 'The black cat sat')).toEqual({
			index: 4,
			remove: 0,
			insert: 'black '
		});
		expect(textEdit('abc', 'abc')).toBeNull();
		expect(textEdit('abcdef', 'abXef')).toEqual({ index: 2, remove: 2, insert: 'X' });
	});
	it('never splits a surrogate pair', () => {
		const edit = textEdit('a😀b', 'a😃b')!;
		expect(edit.remove).toBe(2);
		expect(edit.insert).toBe('😃');
	});
});

describe('the shared project document', () => {
	it('reads back what was written, in document order', () => {
		const doc = new Y.Doc();
		writeProject(doc, shared, 'li');
		const back = readProject(doc);
		expect(back.project).toEqual(shared.project);
		expect(
			back.segments.map((s) => [s.id, s.order, s.target, s.locked, s.score, s.joined])
		).toEqual([
			['a', 0, '', true, undefined, [0, 1]],
			['b', 1, 'Second.', false, 0.8, undefined]
		]);
		expect(back.annotations).toEqual(shared.annotations);
	});

	it('merges two people typing in one paragraph character by character', () => {
		const one = new Y.Doc();
		writeProject(one, shared, 'li');
		const two = new Y.Doc();
		sync(one, two);
		setTarget(one, 'b', 'Second paragraph.', 'li', 10);
		setTarget(two, 'b', 'The second.', 'wang', 11);
		setSegmentFields(two, 'b', { status: 'translated' }, 'wang', 11);
		sync(one, two);
		const merged = readProject(one).segments[1];
		expect(merged.target).toBe(readProject(two).segments[1].target);
		expect(merged.target).toContain(' paragraph');
		expect(merged.target).toContain('The s');
		expect(merged.status).toBe('translated');
	});

	it('carries the engine name of a machine draft, and drops it when the text is typed over', () => {
		const draft = { ...shared.segments[0], provenance: 'mt' as const, engineName: 'qwen2.5:7b' };
		const one = new Y.Doc();
		writeProject(one, { ...shared, segments: [draft, shared.segments[1]] }, 'li');
		const two = new Y.Doc();
		sync(one, two);
		const first = () => readProject(two).segments.find((s) => s.id === 'b')!;
		expect([first().provenance, first().engineName]).toEqual(['mt', 'qwen2.5:7b']);
		expect('engineName' in readProject(two).segments.find((s) => s.id === 'a')!).toBe(false);
		// a member's pre-translation redone with another engine
		setSegmentFields(one, 'b', { provenance: 'mt', engineName: 'DeepL' }, 'li', 12);
		sync(one, two);
		expect(first().engineName).toBe('DeepL');
		// typed over: no engine any more
		setSegmentFields(two, 'b', { provenance: 'typed', engineName: undefined }, 'wang', 13);
		sync(one, two);
		const typed = readProject(one).segments.find((s) => s.id === 'b')!;
		expect(typed.provenance).toBe('typed');
		expect('engineName' in typed).toBe(false);
	});

	it('keeps concurrent replies, revisions and confirmed pairs from both sides', () => {
		const one = new Y.Doc();
		writeProject(one, shared, 'li');
		const two = new Y.Doc();
		sync(one, two);
		addReply(one, 'n1', { id: 'r2', author: 'li', body: 'first', createdAt: 3 });
		addReply(two, 'n1', { id: 'r3', author: 'wang', body: 'second', createdAt: 4 });
		addRevision(one, {
			id: 'v1',
			projectId: 'p1',
			segmentId: 'b',
			target: 'Second.',
			status: 'draft',
			reason: 'confirm',
			createdAt: 3
		});
		addConfirmed(two, {
			segmentId: 'b',
			source: '第二段。',
			target: 'The second.',
			by: 'wang',
			at: 4
		});
		putNote(two, { ...shared.annotations[0], id: 'n2', replies: [] });
		sync(one, two);
		const back = readProject(one);
		expect(back.annotations.find((n) => n.id === 'n1')!.replies.map((r) => r.id)).toEqual([
			'r1',
			'r2',
			'r3'
		]);
		expect(back.annotations).toHaveLength(2);
		expect(back.revisions).toHaveLength(1);
		expect(back.confirmed[0].by).toBe('wang');
	});
});

describe('applyTyped', () => {
	it('puts a typed change past words another member added meanwhile', () => {
		const doc = new Y.Doc();
		writeProject(doc, shared, 'li');
		// The editor shows "Second." but the shared text already has Wang's word.
		setTarget(doc, 'b', 'Second. Wang was here.', 'wang', 9);
		applyTyped(doc, 'b', 'Second.', 'Second. Li too.', 'li', 10);
		// Both typed at the same point: both words are kept, each whole.
		expect(readProject(doc).segments[1].target).toBe('Second. Li too. Wang was here.');
		applyTyped(doc, 'b', 'Second. Li too.', 'Second. Li also.', 'li', 11);
		expect(readProject(doc).segments[1].target).toBe('Second. Li also. Wang was here.');
		applyTyped(doc, 'b', 'Second. Li also.', 'The second. Li also.', 'li', 12);
		expect(readProject(doc).segments[1].target).toBe('The second. Li also. Wang was here.');
	});
	it('maps indexes before, after and across the other change', () => {
		expect(rebaseIndex('abcdef', 'abXXcdef', 0, 1)).toEqual({ at: 0, remove: 1 });
		expect(rebaseIndex('abcdef', 'abXXcdef', 4, 1)).toEqual({ at: 6, remove: 1 });
		expect(rebaseIndex('abcdef', 'abXXcdef', 1, 3)).toEqual({ at: 1, remove: 1 });
	});
});

describe('mapOffset', () => {
	it("keeps a caret before another member's change and moves it with text after it", () => {
		// Caret after "The " (4); someone appends at the end: it stays.
		expect(mapOffset('The cat sat', 'The cat sat down', 4)).toBe(4);
		// Someone inserts before the caret: it moves with its characters.
		expect(mapOffset('The cat sat', 'The black cat sat', 8)).toBe(14);
		// The characters around the caret were replaced: it goes after the replacement.
		expect(mapOffset('The cat sat', 'The dog sat', 6)).toBe(7);
		expect(mapOffset('abc', 'abc', 2)).toBe(2);
		expect(mapOffset('abcdef', 'ab', 5)).toBe(2);
	});
});

describe('applyStructure', () => {
	const seg = (id: string, source: string, target: string): Segment => ({
		id,
		projectId: 'p1',
		order: 0,
		kind: 'body',
		source,
		target,
		status: 'draft',
		locked: false,
		provenance: 'typed',
		updatedAt: 1
	});
	const three = [seg('a', '甲。', 'A.'), seg('b', '乙。丙。', 'B. C.'), seg('c', '丁。', 'D.')];
	const start = () => {
		const doc = new Y.Doc();
		writeProject(doc, { ...shared, segments: three.map((s, order) => ({ ...s, order })) }, 'li');
		return doc;
	};
	const ids = (doc: Y.Doc) => readProject(doc).segments.map((s) => `${s.id}:${s.target}`);

	it('carries a split made offline, while another member types elsewhere, to both', () => {
		const mine = start();
		const theirs = new Y.Doc();
		sync(mine, theirs);
		const fed = readProject(mine).segments;
		const rows = [
			three[0],
			{ ...three[1], source: '乙。', target: 'B.' },
			seg('b2', '丙。', 'C.'),
			three[2]
		];
		expect(applyStructure(mine, fed, rows, 'li', 2)).toBe(true);
		applyTyped(theirs, 'c', 'D.', 'D. More.', 'wang', 3);
		sync(mine, theirs);
		for (const doc of [mine, theirs]) {
			expect(ids(doc)).toEqual(['a:A.', 'b:B.', 'b2:C.', 'c:D. More.']);
			expect(readProject(doc).segments[2].source).toBe('丙。');
		}
		// Nothing more to write when the replica already matches.
		expect(applyStructure(mine, readProject(mine).segments, rows, 'li', 4)).toBe(false);
	});

	it('carries a merge and its undo; the paragraph brought back is no longer merged away', () => {
		const mine = start();
		const theirs = new Y.Doc();
		sync(mine, theirs);
		const fed = readProject(mine).segments;
		const merged = [{ ...three[0], source: '甲。乙。丙。', target: 'A. B. C.' }, three[2]];
		applyStructure(mine, fed, merged, 'li', 2);
		sync(mine, theirs);
		expect(ids(theirs)).toEqual(['a:A. B. C.', 'c:D.']);
		applyStructure(mine, readProject(mine).segments, three, 'li', 4);
		sync(mine, theirs);
		expect(ids(theirs)).toEqual(['a:A.', 'b:B. C.', 'c:D.']);
		// Typed into it now: in its own place, nothing to carry.
		applyTyped(theirs, 'b', 'B. C.', 'B. C. Now.', 'wang', 5);
		expect(carryLate(theirs, () => true, 'wang', 6)).toBe(false);
		expect(ids(theirs)).toEqual(['a:A.', 'b:B. C. Now.', 'c:D.']);
	});

	it('text typed into a paragraph merged away at the same time is carried by its author, once', () => {
		const mine = start();
		const theirs = new Y.Doc();
		const third = new Y.Doc();
		sync(mine, theirs);
		sync(mine, third);
		const fed = readProject(mine).segments;
		const merged = [{ ...three[0], source: '甲。乙。丙。', target: 'A. B. C.' }, three[2]];
		applyStructure(mine, fed, merged, 'li', 2);
		// Typed at the same time, in the middle and at the end of the paragraph merged away.
		applyTyped(theirs, 'b', 'B. C.', 'B. (x) C.', 'wang', 3);
		applyTyped(theirs, 'b', 'B. (x) C.', 'B. (x) C. Late.', 'wang', 3);
		applyTyped(mine, 'a', 'A. B. C.', 'Now A. B. C.', 'li', 4);
		sync(mine, theirs);
		sync(mine, third);
		sync(theirs, third);
		expect(ids(theirs)).toEqual(['a:Now A. B. C.', 'c:D.']);
		// Only the author carries it: not the merger, not a third member.
		expect(carryLate(mine, (c) => c === mine.clientID, 'li', 5)).toBe(false);
		expect(carryLate(third, (c) => c === third.clientID, 'zhao', 5)).toBe(false);
		expect(carryLate(theirs, (c) => c === theirs.clientID, 'wang', 5)).toBe(true);
		expect(carryLate(theirs, (c) => c === theirs.clientID, 'wang', 6)).toBe(false);
		for (const doc of [mine, third]) sync(theirs, doc);
		for (const doc of [mine, theirs, third]) {
			expect(ids(doc)).toEqual(['a:Now A. B. (x) C. Late.', 'c:D.']);
		}
		// Typed later still (the member had not seen the merge yet): carried too, once.
		applyTyped(theirs, 'b', 'B. (x) C. Late.', 'B. (x) C. Late. Again.', 'wang', 7);
		expect(carryLate(theirs, (c) => c === theirs.clientID, 'wang', 8)).toBe(true);
		expect(carryLate(theirs, (c) => c === theirs.clientID, 'wang', 8)).toBe(false);
		expect(ids(theirs)).toEqual(['a:Now A. B. (x) C. Late. Again.', 'c:D.']);
	});

	it('a merge made here keeps words that reached the document after this replica was fed', () => {
		const mine = start();
		const theirs = new Y.Doc();
		sync(mine, theirs);
		const fed = readProject(mine).segments;
		applyTyped(theirs, 'b', 'B. C.', 'B. C. Seen.', 'wang', 2);
		sync(mine, theirs);
		const merged = [{ ...three[0], source: '甲。乙。丙。', target: 'A. B. C.' }, three[2]];
		applyStructure(mine, fed, merged, 'li', 3);
		sync(mine, theirs);
		expect(ids(theirs)).toEqual(['a:A. B. C. Seen.', 'c:D.']);
		expect(carryLate(theirs, (c) => c === theirs.clientID, 'wang', 4)).toBe(false);
	});

	it('carries a move without reverting a move that arrived meanwhile, and lists a paragraph once', () => {
		const mine = start();
		const theirs = new Y.Doc();
		sync(mine, theirs);
		const fed = readProject(mine).segments;
		// Both move paragraph c up to the top at the same time.
		const moved = [three[2], three[0], three[1]];
		applyStructure(mine, fed, moved, 'li', 2);
		applyStructure(theirs, fed, moved, 'wang', 2);
		sync(mine, theirs);
		expect(ids(mine)).toEqual(['c:D.', 'a:A.', 'b:B. C.']);
		expect(ids(theirs)).toEqual(ids(mine));
		// A stale replica (fed before the move) that changed nothing writes nothing.
		expect(applyStructure(mine, fed, three, 'li', 3)).toBe(false);
	});
});
