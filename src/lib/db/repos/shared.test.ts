/** The shared document fed into this browser's tables: a machine draft keeps its engine name. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProject, setSegmentFields, writeProject } from '$lib/sync/project-doc.ts';
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
