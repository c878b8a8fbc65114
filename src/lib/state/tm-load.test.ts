import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import { buildTmIndex, searchTm, syntheticTm, tmIndexSize } from '$lib/domain/tm/index.ts';
import { loadTmIndex } from './tm-load.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`tm-load-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	await db.delete();
});

describe('loadTmIndex', () => {
	it('reads the memory page by page into an index that searches as one built at once', async () => {
		const units = syntheticTm(4500, 11);
		await repos.tm.putMany(units);
		const index = await loadTmIndex(repos);
		expect(tmIndexSize(index)).toBe(4500);
		const whole = buildTmIndex(await repos.tm.list());
		for (const query of [units[10].source, units[4400].source, '推动高质量发展'])
			expect(
				searchTm(index, query)
					.map((m) => m.unit.id)
					.sort()
			).toEqual(
				searchTm(whole, query)
					.map((m) => m.unit.id)
					.sort()
			);
	});

	it('gives an empty index for an empty memory', async () => {
		expect(tmIndexSize(await loadTmIndex(repos))).toBe(0);
	});
});
