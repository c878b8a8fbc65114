import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticTm } from '../../domain/tm/index.ts';
import { DuiyiDB } from '../schema.ts';
import { createRepos, type Repos } from './index.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`tm-import-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('importing many TM units', () => {
	it('writes them chunk by chunk and says how far it got', async () => {
		const units = syntheticTm(250, 3);
		const seen: number[] = [];
		await repos.tm.importUnits(units, { chunk: 100, onProgress: (n) => seen.push(n) });
		expect(seen).toEqual([100, 200, 250]);
		expect(await repos.tm.count()).toBe(250);
	});

	it('leaves nothing behind when cancelled half-way', async () => {
		await repos.tm.putMany(syntheticTm(5, 9).map((u) => ({ ...u, id: `kept:${u.id}` })));
		const controller = new AbortController();
		const units = syntheticTm(500, 3);
		const importing = repos.tm.importUnits(units, {
			chunk: 100,
			signal: controller.signal,
			onProgress: (n) => n >= 200 && controller.abort()
		});
		await expect(importing).rejects.toThrow(/abort/i);
		expect(await repos.tm.count()).toBe(5);
	});
});
