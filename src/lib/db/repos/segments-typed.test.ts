import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuiyiDB } from '../schema.ts';
import { createRepos, type Repos } from './index.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`typed-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function paragraph() {
	const project = await repos.projects.create({
		name: '宜春经开区',
		segments: [{ source: '本次推介会共签约项目22个，签约金额105亿元。', kind: 'body' }]
	});
	return (await repos.segments.list(project.id))[0];
}

describe('saveTyped (compare-and-set from the text typing started from)', () => {
	it('writes when the stored text is still the base, and makes a draft', async () => {
		const s = await paragraph();
		const r = await repos.segments.saveTyped(s.id, '22 projects were signed', '');
		expect(r.kind).toBe('saved');
		expect(await repos.segments.get(s.id)).toMatchObject({
			target: '22 projects were signed',
			status: 'draft'
		});
	});

	it('refuses to overwrite another tab’s newer text and hands it back', async () => {
		const s = await paragraph();
		await repos.segments.saveTyped(s.id, 'Tab A wrote this', '');
		const r = await repos.segments.saveTyped(s.id, 'Tab B from an old copy', '');
		expect(r).toMatchObject({ kind: 'conflict', segment: { target: 'Tab A wrote this' } });
		expect((await repos.segments.get(s.id))?.target).toBe('Tab A wrote this');
	});

	it('confirms with a status and keeps a revision; a locked paragraph is refused', async () => {
		const s = await paragraph();
		const r = await repos.segments.saveTyped(s.id, '22 projects', '', 'translated');
		expect(r).toMatchObject({ kind: 'saved', segment: { status: 'translated' } });
		expect(await repos.segments.revisions(s.id)).toHaveLength(1);
		await repos.segments.setLocked(s.id, true);
		expect((await repos.segments.saveTyped(s.id, 'x', '22 projects')).kind).toBe('refused');
	});
});

describe('saveMachine (a machine translation never over text it was not meant for)', () => {
	it('writes a draft with provenance mt and the engine, keeping replaced text as a revision', async () => {
		const s = await paragraph();
		const first = await repos.segments.saveMachine(s.id, 'Deals worth 10.5 billion', 'qwen', '');
		expect(first).toMatchObject({ provenance: 'mt', engineName: 'qwen', status: 'draft' });
		expect(await repos.segments.revisions(s.id)).toEqual([]);
		await repos.segments.saveTyped(s.id, 'My words', 'Deals worth 10.5 billion');
		const second = await repos.segments.saveMachine(s.id, 'Other', 'DeepL', 'My words');
		expect(second).toMatchObject({ target: 'Other', engineName: 'DeepL' });
		const kept = await repos.segments.revisions(s.id);
		expect(kept.map((r) => [r.target, r.reason])).toEqual([['My words', 'mt']]);
	});

	it('refuses when the stored text is no longer what the translator saw, or is locked', async () => {
		const s = await paragraph();
		await repos.segments.saveTyped(s.id, 'Typed meanwhile', '');
		expect(await repos.segments.saveMachine(s.id, 'MT', 'qwen', '')).toBeNull();
		await repos.segments.setLocked(s.id, true);
		expect(await repos.segments.saveMachine(s.id, 'MT', 'qwen', 'Typed meanwhile')).toBeNull();
		expect(await repos.segments.get(s.id)).toMatchObject({
			target: 'Typed meanwhile',
			provenance: 'typed'
		});
	});
});
