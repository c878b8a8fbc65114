import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DuiyiDB, VERSIONS } from './schema.ts';

/** Rows a database of each version may hold, written before the upgrade to the next. */
const rowsWrittenAt: Record<number, Record<string, Record<string, unknown>[]>> = {
	1: {
		projects: [
			{
				id: 'p1',
				name: '宜春',
				sourceLang: 'zh-CN',
				targetLang: 'en',
				glossaryIds: ['g1'],
				settings: {},
				createdAt: 1,
				updatedAt: 2
			}
		],
		segments: [
			{
				id: 's1',
				projectId: 'p1',
				order: 0,
				kind: 'title',
				source: '风华正茂勇争先',
				target: 'In Their Prime',
				status: 'translated',
				locked: false,
				provenance: 'typed',
				updatedAt: 2
			},
			{
				id: 's2',
				projectId: 'p1',
				order: 1,
				kind: 'body',
				source: '签约金额105亿元。',
				target: '',
				status: 'new',
				locked: true,
				provenance: 'typed',
				updatedAt: 2
			}
		],
		drafts: [
			{
				id: 'd1',
				projectId: 'p1',
				name: 'draft',
				text: 'a\n\nb',
				paragraphs: ['a', 'b'],
				beads: [{ source: ['s1'], target: [0], score: 0.9 }],
				accepted: false,
				createdAt: 1,
				updatedAt: 1
			}
		],
		glossaries: [
			{
				id: 'g1',
				name: 'Yichun',
				sourceLang: 'zh-CN',
				targetLang: 'en',
				createdAt: 1,
				updatedAt: 1
			}
		],
		termEntries: [
			{
				id: 't1',
				glossaryIds: ['g1'],
				terms: [{ lang: 'zh', text: '放管服', status: 'preferred' }],
				createdAt: 1,
				updatedAt: 1
			}
		],
		tmUnits: [
			{
				id: 'u1',
				hash: 'h',
				source: '甲',
				target: 'A',
				sourceLang: 'zh-CN',
				targetLang: 'en',
				origin: 'project',
				createdAt: 1,
				updatedAt: 1
			}
		],
		annotations: [
			{
				id: 'a1',
				projectId: 'p1',
				segmentId: 's1',
				side: 'source',
				selector: { exact: '风华', prefix: '', suffix: '正茂', start: 0, end: 2 },
				detached: false,
				body: 'note',
				category: 'comment',
				status: 'open',
				author: 'me',
				replies: [],
				createdAt: 1,
				updatedAt: 1
			}
		],
		revisions: [
			{
				id: 'r1',
				projectId: 'p1',
				segmentId: 's1',
				target: 'old',
				status: 'translated',
				reason: 'confirm',
				createdAt: 1
			}
		]
	}
};

describe('schema migrations', () => {
	it('lists versions in increasing order', () => {
		const numbers = VERSIONS.map((v) => v.version);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
	});

	for (const spec of VERSIONS.slice(1)) {
		const previous = spec.version - 1;
		it(`upgrades a database written by version ${previous} to ${spec.version}, keeping every row`, async () => {
			const name = `migrate-${previous}-${spec.version}-${Math.random()}`;
			const old = new DuiyiDB(name, previous);
			await old.open();
			const written = rowsWrittenAt[previous];
			expect(written, `add sample rows for version ${previous}`).toBeDefined();
			for (const [table, rows] of Object.entries(written)) await old.table(table).bulkAdd(rows);
			old.close();

			const upgraded = new DuiyiDB(name, spec.version);
			await upgraded.open();
			expect(upgraded.verno).toBe(spec.version);
			for (const [table, rows] of Object.entries(written)) {
				const stored = await upgraded.table(table).toArray();
				expect(stored.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
				for (const row of rows) {
					const after = stored.find((r) => r.id === row.id);
					for (const [key, value] of Object.entries(row)) {
						if (key === 'settings') continue;
						expect(after[key], `${table}.${row.id}.${key}`).toEqual(value);
					}
				}
			}
			upgraded.close();
			await Dexie.delete(name);
		});
	}

	it('gives v1 projects default settings on the way to v2', async () => {
		const name = `migrate-settings-${Math.random()}`;
		const old = new DuiyiDB(name, 1);
		await old.open();
		await old.table('projects').add(rowsWrittenAt[1].projects[0]);
		old.close();
		const db = new DuiyiDB(name, 2);
		const project = await db.projects.get('p1');
		expect(project?.settings.disabledChecks).toEqual([]);
		await db.settings.put({ key: 'author', value: 'Li' });
		expect((await db.settings.get('author'))?.value).toBe('Li');
		db.close();
		await Dexie.delete(name);
	});
});
