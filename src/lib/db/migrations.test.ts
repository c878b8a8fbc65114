import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DuiyiDB, VERSIONS } from './schema.ts';
import { BEAD_CHUNK, PARAGRAPH_CHUNK, TEXT_CHUNK } from './repos/draft-chunks.ts';
import { draftsRepo } from './repos/drafts.ts';
import { workspaceRepo } from './repos/workspace.ts';

/** A draft big enough to be cut into several chunks of each kind (as a 20,000-paragraph one is). */
function bigDraft(id: string, projectId: string) {
	const paragraphs = Array.from(
		{ length: PARAGRAPH_CHUNK * 2 + 17 },
		(_, i) => `Paragraph ${i}: the investment of 10.5 billion yuan, signed on ${i % 28} May.`
	);
	const text = paragraphs.join('\n\n');
	const beads = paragraphs.map((_, i) => ({
		source: [`s${i}`],
		target: [i],
		score: (i % 10) / 10,
		...(i % 7 === 0 ? { locked: true } : {})
	}));
	expect(text.length).toBeGreaterThan(TEXT_CHUNK);
	expect(beads.length).toBeGreaterThan(BEAD_CHUNK);
	return {
		id,
		projectId,
		name: '长文.txt',
		text,
		paragraphs,
		beads,
		accepted: true,
		createdAt: 3,
		updatedAt: 4
	};
}

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

rowsWrittenAt[2] = {
	...rowsWrittenAt[1],
	drafts: [...rowsWrittenAt[1].drafts, bigDraft('d2', 'p1')],
	qaDismissals: [{ id: 'p1:f', projectId: 'p1', fingerprint: 'f', createdAt: 1 }],
	repairDecisions: [
		{
			id: 'p1:join:1',
			projectId: 'p1',
			proposalId: 'join:1',
			accepted: true,
			blocks: [1, 2],
			texts: ['甲', '乙'],
			createdAt: 1
		}
	]
};

/** Rows as the app reads them: from v3 on, a draft is put together from its chunks. */
async function readRows(db: DuiyiDB, table: string): Promise<Record<string, unknown>[]> {
	if (table !== 'drafts' || db.verno < 3) return db.table(table).toArray();
	const repo = draftsRepo(db);
	const ids = (await db.drafts.toArray()).map((r) => r.id);
	return (await Promise.all(ids.map((id) => repo.get(id)))) as unknown as Record<string, unknown>[];
}

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
				const stored = await readRows(upgraded, table);
				expect(stored.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
				for (const row of rows) {
					const after = stored.find((r) => r.id === row.id)!;
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

	it('cuts v2 drafts into chunks on the way to v3; they read, save, export and delete whole', async () => {
		const name = `migrate-drafts-${Math.random()}`;
		const old = new DuiyiDB(name, 2);
		await old.open();
		for (const [table, rows] of Object.entries(rowsWrittenAt[2]))
			await old.table(table).bulkAdd(rows);
		old.close();

		const db = new DuiyiDB(name, 3);
		await db.open();
		const row = await db.drafts.get('d2');
		expect(row).toBeDefined();
		expect(row).not.toHaveProperty('paragraphs');
		expect(row?.chunks).toEqual({ text: 2, paragraphs: 3, beads: 3 });
		expect(await db.draftChunks.where('draftId').equals('d2').count()).toBe(8);

		const repo = draftsRepo(db);
		const written = bigDraft('d2', 'p1');
		expect(await repo.latest('p1')).toEqual(written);
		expect((await repo.list('p1')).map((d) => d.id)).toEqual(['d2', 'd1']);
		const file = await workspaceRepo(db).projectFile('p1');
		expect(file?.drafts.find((d) => d.id === 'd2')).toEqual(written);

		// Fewer beads after a correction: the chunks past the end go.
		const fewer = written.beads.slice(0, BEAD_CHUNK - 1);
		await repo.saveBeads('d2', fewer);
		expect((await repo.get('d2'))?.beads).toEqual(fewer);
		expect((await repo.get('d2'))?.paragraphs).toEqual(written.paragraphs);
		expect(await db.draftChunks.where('draftId').equals('d2').count()).toBe(6);

		await repo.remove('d2');
		expect(await db.draftChunks.where('draftId').equals('d2').count()).toBe(0);
		expect(await repo.get('d1')).toEqual(rowsWrittenAt[1].drafts[0]);
		db.close();
		await Dexie.delete(name);
	});
});
