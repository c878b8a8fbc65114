/** The shared document fed into this browser's tables: a machine draft keeps its engine name. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '$lib/domain/types.ts';
import { readProject, removeNote, setSegmentFields, writeProject } from '$lib/sync/project-doc.ts';
import { DuiyiDB } from '../schema.ts';
import { createRepos, type Repos } from './index.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`shared-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	await db.delete();
});

describe('shared.apply', () => {
	it('stores the engine name of a machine draft, and a changed one', async () => {
		const doc = new Y.Doc();
		writeProject(
			doc,
			{
				project: {
					id: 'p1',
					name: 'p',
					sourceLang: 'zh-CN',
					targetLang: 'en',
					glossaryIds: [],
					createdAt: 1
				},
				segments: [
					{
						id: 's1',
						projectId: 'p1',
						order: 0,
						kind: 'body',
						source: '开发区新引进企业30家。',
						target: 'The zone brought in 30 companies.',
						status: 'draft',
						locked: false,
						provenance: 'mt',
						engineName: 'qwen2.5:7b',
						updatedAt: 2
					}
				],
				annotations: [],
				revisions: [],
				confirmed: []
			},
			'li'
		);
		const first = readProject(doc);
		await repos.shared.apply(first);
		const stored = async () => (await repos.segments.list('p1'))[0];
		expect([(await stored()).provenance, (await stored()).engineName]).toEqual([
			'mt',
			'qwen2.5:7b'
		]);
		// only the engine changed (the same text redone by another engine)
		setSegmentFields(doc, 's1', { engineName: 'DeepL' }, 'wang', 3);
		await repos.shared.apply(readProject(doc), first);
		expect((await stored()).engineName).toBe('DeepL');
	});
});

describe('a note another member deleted', () => {
	const note = (id: string, updatedAt: number): Annotation => ({
		id,
		projectId: 'p1',
		segmentId: 's1',
		side: 'target',
		selector: { exact: 'zone', prefix: 'The ', suffix: ' brought', start: 4, end: 8 },
		detached: false,
		body: 'check',
		category: 'question',
		status: 'open',
		author: 'alice',
		replies: [],
		createdAt: 1,
		updatedAt
	});

	it('goes from the tables even when written back after the deletion was fed', async () => {
		const doc = new Y.Doc();
		writeProject(
			doc,
			{
				project: {
					id: 'p1',
					name: 'p',
					sourceLang: 'zh-CN',
					targetLang: 'en',
					glossaryIds: [],
					createdAt: 1
				},
				segments: [],
				annotations: [note('n1', 2), note('n2', 2)],
				revisions: [],
				confirmed: []
			},
			'alice'
		);
		const first = readProject(doc);
		await repos.shared.apply(first);
		removeNote(doc, 'n1');
		removeNote(doc, 'n2');
		const second = readProject(doc);
		await repos.shared.apply(second, first);
		expect(await repos.annotations.list('p1')).toEqual([]);
		// A late save of the moved note (same version) must not bring it back; an edit made here
		// after the deletion (a newer version) is kept, and the save skips a deleted note.
		await repos.annotations.put(note('n1', 2));
		await repos.annotations.put(note('n2', 9));
		await repos.shared.apply(readProject(doc), second);
		expect((await repos.annotations.list('p1')).map((n) => n.id)).toEqual(['n2']);
		await repos.annotations.putExisting([note('n1', 2), note('n2', 10)]);
		expect((await repos.annotations.list('p1')).map((n) => [n.id, n.updatedAt])).toEqual([
			['n2', 10]
		]);
	});
});
