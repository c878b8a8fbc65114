import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DuiyiDB } from '../schema.ts';
import { createRepos, type Repos } from './index.ts';
import { WRITE_CHUNK } from './projects.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`chunks-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

it('a project of several write chunks keeps every paragraph, in order, with its repair decisions', async () => {
	const n = WRITE_CHUNK * 2 + 7;
	const blocks = Array.from({ length: n }, (_, i) => ({ text: `第${i + 1}段。` }));
	const proposals = blocks.map((_, i) => ({
		id: `kind:${i}`,
		kind: 'kind' as const,
		blocks: [i],
		to: 'body' as const,
		reason: 'heading' as never
	}));
	const project = await repos.repairs.createProject(
		{ name: 'long', segments: blocks.map((b) => ({ source: b.text, kind: 'body' })) },
		proposals,
		{ 'kind:3': false },
		blocks
	);
	const segments = await repos.segments.list(project.id);
	expect(segments.map((s) => s.source)).toEqual(blocks.map((b) => b.text));
	expect(segments.map((s) => s.order)).toEqual(blocks.map((_, i) => i));
	const rows = await repos.repairs.list(project.id);
	expect(rows).toHaveLength(n);
	expect(rows.filter((r) => !r.accepted).map((r) => r.proposalId)).toEqual(['kind:3']);
});

it('a failed write in a later chunk leaves no project behind (one transaction)', async () => {
	const n = WRITE_CHUNK + 5;
	const segments = Array.from({ length: n }, (_, i) => ({
		source: `第${i + 1}段。`,
		kind: 'body' as const
	}));
	// A source that cannot be stored (a function is not cloneable) in the second chunk.
	(segments[n - 1] as unknown as { source: unknown }).source = () => 0;
	await expect(repos.projects.create({ name: 'broken', segments })).rejects.toThrow();
	expect(await repos.projects.list()).toEqual([]);
	expect(await db.segments.count()).toBe(0);
});
