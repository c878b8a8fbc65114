import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuiyiDB } from '../schema.ts';
import { createRepos, type Repos } from './index.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`repos-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function seedProject() {
	return repos.projects.create({
		name: '宜春经开区',
		segments: [
			{ source: '风华正茂勇争先', kind: 'title' },
			{ source: '本次推介会共签约项目22个，签约金额105亿元。', kind: 'body' },
			{ source: '（本版文图由宜春经开区提供）', kind: 'credit' }
		]
	});
}

describe('projects repository', () => {
	it('creates a project with its segments in order', async () => {
		const project = await seedProject();
		const segments = await repos.segments.list(project.id);
		expect(segments.map((s) => [s.order, s.kind, s.status])).toEqual([
			[0, 'title', 'new'],
			[1, 'body', 'new'],
			[2, 'credit', 'new']
		]);
		expect((await repos.projects.list()).map((p) => p.name)).toEqual(['宜春经开区']);
	});

	it('renames and deletes a project with everything it owns', async () => {
		const project = await seedProject();
		await repos.projects.rename(project.id, 'Yichun');
		expect((await repos.projects.get(project.id))?.name).toBe('Yichun');
		const [first] = await repos.segments.list(project.id);
		await repos.segments.confirm(first.id, 'In Their Prime', 'translated');
		await repos.projects.remove(project.id);
		expect(await repos.projects.list()).toEqual([]);
		expect(await db.segments.count()).toBe(0);
		expect(await db.revisions.count()).toBe(0);
	});
});

describe('segments repository', () => {
	it('reads a project a page at a time in document order, each row once', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: ['一', '二', '三', '四', '五'].map((source) => ({ source, kind: 'body' as const }))
		});
		await repos.projects.create({ name: 'other', segments: [{ source: '六', kind: 'body' }] });
		const whole = await repos.segments.list(project.id);
		for (const size of [1, 2, 3, 5, 6]) {
			expect(await repos.segments.listPaged(project.id, size)).toEqual(whole);
		}
		expect(whole.map((s) => s.source)).toEqual(['一', '二', '三', '四', '五']);
	});

	it('turns a typed target into a draft and keeps the text', async () => {
		const project = await seedProject();
		const [, body] = await repos.segments.list(project.id);
		const saved = await repos.segments.saveTarget(body.id, 'The conference signed 22 projects');
		expect(saved?.status).toBe('draft');
		expect((await repos.segments.get(body.id))?.target).toBe('The conference signed 22 projects');
	});

	it('keeps a revision for every confirmed change and restores an earlier one', async () => {
		const project = await seedProject();
		const [title] = await repos.segments.list(project.id);
		await repos.segments.confirm(title.id, 'In the Prime of Life', 'translated');
		await repos.segments.confirm(title.id, 'In the Prime of Life', 'translated');
		await repos.segments.confirm(title.id, 'Striving Ahead in Their Prime', 'reviewed');
		const history = await repos.segments.revisions(title.id);
		expect(history.map((r) => [r.target, r.status])).toEqual([
			['Striving Ahead in Their Prime', 'reviewed'],
			['In the Prime of Life', 'translated']
		]);
		const restored = await repos.segments.restore(title.id, history[1].id);
		expect(restored?.target).toBe('In the Prime of Life');
		expect(restored?.status).toBe('draft');
		// The restore itself can be undone: the replaced text is still in the history.
		const after = await repos.segments.revisions(title.id);
		expect(after.some((r) => r.target === 'Striving Ahead in Their Prime')).toBe(true);
	});

	it('refuses to change a locked segment', async () => {
		const project = await seedProject();
		const [title] = await repos.segments.list(project.id);
		await repos.segments.setLocked(title.id, true);
		expect(await repos.segments.saveTarget(title.id, 'x')).toBeNull();
		expect(await repos.segments.confirm(title.id, 'x', 'translated')).toBeNull();
		expect((await repos.segments.get(title.id))?.target).toBe('');
	});
});

describe('replacing many targets (replace all and its undo)', () => {
	it('writes all in one step, keeps each old text as a revision, skips locked and changed ones', async () => {
		const project = await seedProject();
		const [title, body, credit] = await repos.segments.list(project.id);
		await repos.segments.confirm(title.id, 'Yichun in its prime', 'reviewed');
		await repos.segments.saveTarget(body.id, 'Yichun signed 22 projects');
		await repos.segments.saveTarget(credit.id, 'By Yichun ETDZ');
		await repos.segments.setLocked(credit.id, true);
		const written = await repos.segments.replaceTargets([
			// Stale: the stored text is no longer what the replace saw.
			{ id: title.id, before: 'Yichun in her prime', after: 'x' },
			{ id: body.id, before: 'Yichun signed 22 projects', after: 'Yichun City signed 22 projects' },
			{ id: credit.id, before: 'By Yichun ETDZ', after: 'By Yichun City ETDZ' }
		]);
		expect(written.map((s) => [s.id, s.target, s.status])).toEqual([
			[body.id, 'Yichun City signed 22 projects', 'draft']
		]);
		expect((await repos.segments.get(title.id))?.target).toBe('Yichun in its prime');
		expect((await repos.segments.get(credit.id))?.target).toBe('By Yichun ETDZ');
		const [kept] = await repos.segments.revisions(body.id);
		expect([kept.target, kept.status, kept.reason]).toEqual([
			'Yichun signed 22 projects',
			'draft',
			'replace'
		]);
		// The undo gives back text and status.
		const undone = await repos.segments.replaceTargets([
			{
				id: body.id,
				before: 'Yichun City signed 22 projects',
				after: 'Yichun signed 22 projects',
				status: 'draft'
			}
		]);
		expect(undone.map((s) => s.target)).toEqual(['Yichun signed 22 projects']);
		expect((await repos.segments.revisions(body.id)).map((r) => r.target)).toEqual([
			'Yichun City signed 22 projects',
			'Yichun signed 22 projects'
		]);
	});
});

describe('glossaries repository', () => {
	it('creates a glossary with entries and removes entries only it held', async () => {
		const glossary = await repos.glossaries.create('Yichun', [
			{
				terms: [
					{ lang: 'zh', text: '放管服', status: 'preferred' },
					{ lang: 'en', text: 'streamlining reforms', status: 'preferred' }
				]
			}
		]);
		const entries = await repos.glossaries.entries([glossary.id]);
		expect(entries).toHaveLength(1);
		expect(entries[0].glossaryIds).toEqual([glossary.id]);
		await repos.glossaries.remove(glossary.id);
		expect(await db.termEntries.count()).toBe(0);
	});
});

describe('settings repository', () => {
	it('returns the fallback until a value is set', async () => {
		expect(await repos.settings.get('author', '')).toBe('');
		await repos.settings.set('author', '李译');
		expect(await repos.settings.get('author', '')).toBe('李译');
	});
});
