import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import type { Segment } from '$lib/domain/types.ts';
import { TmState } from './tm.svelte.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`tm-state-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	await db.delete();
});

const seg = (
	id: string,
	order: number,
	source: string,
	target: string,
	extra: Partial<Segment> = {}
): Segment => ({
	id,
	projectId: 'p',
	order,
	kind: 'body',
	source,
	target,
	status: 'translated',
	locked: false,
	provenance: 'aligned',
	updatedAt: 0,
	...extra
});

describe('TmState.remember', () => {
	it('stores a confirmed paragraph, the first of a group with the whole group’s Chinese', async () => {
		const tm = new TmState(repos);
		const lead = seg('a', 0, '签约项目22个，', '22 projects worth 10.5 billion yuan were signed.');
		const member = seg('b', 1, '金额105亿元。', '', { translatedWith: 'a', status: 'draft' });
		await tm.remember(lead, [lead, member]);
		await tm.remember(member, [lead, member]);
		expect((await repos.tm.list()).map((u) => [u.source, u.target, u.origin])).toEqual([
			['签约项目22个，金额105亿元。', '22 projects worth 10.5 billion yuan were signed.', 'project']
		]);
	});

	it('stores nothing for a paragraph that is not confirmed', async () => {
		const tm = new TmState(repos);
		await tm.remember(seg('a', 0, '一段。', 'A draft.', { status: 'draft' }));
		expect(await repos.tm.count()).toBe(0);
	});
});

describe('TmState lookups beside the paragraph matches', () => {
	it('gives concordance and sentence matches, leaving out the paragraph’s own units', async () => {
		const tm = new TmState(repos);
		const stop = tm.start();
		const done = seg(
			'a',
			0,
			'宜春经开区设立20年。产业集群不断壮大。',
			'Yichun ETDZ is 20. Clusters grew.'
		);
		await tm.remember(done, [done]);
		await vi.waitFor(() => expect(tm.size).toBe(3));
		expect(tm.concordance('产业集群')?.total).toBe(2);
		expect(tm.concordance('clusters GREW')?.hits[0].target).toEqual([[19, 32]]);
		expect(tm.concordance('  ')).toBeNull();
		const other = { id: 'b', projectId: 'p' };
		const found = tm.sentenceMatches(other, '产业集群不断壮大。今年很好。');
		expect(found.map((f) => f.match?.unit.target ?? null)).toEqual(['Clusters grew.', null]);
		// The paragraph's own sentence pairs are not its matches.
		expect(tm.sentenceMatches(done, done.source).every((f) => f.match === null)).toBe(true);
		stop();
	});
});
