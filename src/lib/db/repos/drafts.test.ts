import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuiyiDB } from '../schema.ts';
import { draftsRepo, draftTmPrefix } from './drafts.ts';
import { projectsRepo } from './projects.ts';
import { segmentsRepo } from './segments.ts';

let db: DuiyiDB;

beforeEach(async () => {
	db = new DuiyiDB(`drafts-${Math.random()}`);
	await db.open();
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function setup() {
	const project = await projectsRepo(db).create({
		name: '宜春经开区',
		segments: [
			{ source: '风华正茂勇争先', kind: 'title' },
			{ source: '本次推介会共签约项目22个。签约金额105亿元。', kind: 'body' },
			{ source: '（本版文图由宜春经开区提供）', kind: 'credit' }
		]
	});
	const segments = await segmentsRepo(db).list(project.id);
	const drafts = draftsRepo(db);
	const draft = await drafts.create({
		projectId: project.id,
		name: 'en.txt',
		text: 'In Their Prime\n\n22 projects. 10.5 billion yuan.',
		paragraphs: ['In Their Prime', '22 projects. 10.5 billion yuan.']
	});
	return { project, segments, drafts, draft };
}

describe('drafts repository', () => {
	it('stores a draft as imported and its corrected beads', async () => {
		const { project, segments, drafts, draft } = await setup();
		expect((await drafts.get(draft.id))?.paragraphs).toHaveLength(2);
		const beads = [
			{ source: [segments[0].id], target: [0], score: 0.9, locked: true },
			{ source: [segments[1].id], target: [1], score: 0.8 },
			{ source: [segments[2].id], target: [], score: 0.5 }
		];
		await drafts.saveBeads(draft.id, beads);
		const [latest] = await drafts.list(project.id);
		expect(latest.beads).toEqual(beads);
		expect(latest.accepted).toBe(false);
		await drafts.remove(draft.id);
		expect(await drafts.list(project.id)).toEqual([]);
	});

	it('accepts in one go: targets, revisions of what was there, TM units, the accepted flag', async () => {
		const { segments, drafts, draft } = await setup();
		const repo = segmentsRepo(db);
		await repo.saveTarget(segments[1].id, 'typed before');
		await repo.setLocked(segments[2].id, true);
		const pairs = [
			{
				source: segments[1].source,
				target: '22 projects. 10.5 billion yuan.',
				segmentId: segments[1].id
			}
		];
		const result = await drafts.accept(
			draft.id,
			[
				{ segmentId: segments[0].id, target: 'In Their Prime', score: 0.9 },
				{ segmentId: segments[1].id, target: '22 projects. 10.5 billion yuan.', score: 0.8 },
				{ segmentId: segments[2].id, target: 'refused: locked', score: 0.7 }
			],
			pairs
		);
		expect(result).toEqual({ written: 2, tmUnits: 1 });
		const after = await repo.list(segments[0].projectId);
		expect(after.map((s) => [s.target, s.provenance, s.score, s.status])).toEqual([
			['In Their Prime', 'aligned', 0.9, 'draft'],
			['22 projects. 10.5 billion yuan.', 'aligned', 0.8, 'draft'],
			['', 'typed', undefined, 'new']
		]);
		const [revision] = await repo.revisions(segments[1].id);
		expect([revision.target, revision.reason]).toEqual(['typed before', 'align']);
		await repo.restore(segments[1].id, revision.id);
		expect((await repo.get(segments[1].id))?.target).toBe('typed before');
		expect((await drafts.get(draft.id))?.accepted).toBe(true);

		// Accepting again replaces the draft's TM units instead of adding copies.
		await drafts.accept(draft.id, [], [...pairs, { ...pairs[0], source: '签约金额105亿元。' }]);
		const units = await db.tmUnits.where('id').startsWith(draftTmPrefix(draft.id)).toArray();
		expect(units.map((u) => [u.origin, u.hash])).toEqual([
			['alignment', '本次推介会共签约项目22个。签约金额105亿元。'],
			['alignment', '签约金额105亿元。']
		]);
	});

	it('undoes the last accept, except where the translator edited since', async () => {
		const { project, segments, drafts, draft } = await setup();
		const repo = segmentsRepo(db);
		await repo.saveTarget(segments[1].id, 'typed before');
		await drafts.accept(
			draft.id,
			[
				{ segmentId: segments[0].id, target: 'In Their Prime', score: 0.9 },
				{ segmentId: segments[1].id, target: '22 projects.', score: 0.8 },
				{ segmentId: segments[2].id, target: 'Credit', score: 0.8 }
			],
			[]
		);
		await repo.saveTarget(segments[2].id, 'Credit, edited after the accept');
		expect(await drafts.undoLastAccept(project.id)).toBe(2);
		const after = await repo.list(project.id);
		expect(after.map((s) => [s.target, s.provenance, s.score])).toEqual([
			['', 'typed', undefined],
			['typed before', 'typed', undefined],
			['Credit, edited after the accept', 'typed', 0.8]
		]);
		const [kept] = await repo.revisions(segments[1].id);
		expect([kept.target, kept.reason]).toEqual(['22 projects.', 'restore']);
		expect(await drafts.undoLastAccept(project.id)).toBe(0);
	});

	it('writes nothing when the draft is gone', async () => {
		const { segments, drafts } = await setup();
		await expect(
			drafts.accept('missing', [{ segmentId: segments[0].id, target: 'x', score: 1 }], [])
		).rejects.toThrow();
		expect((await segmentsRepo(db).get(segments[0].id))?.target).toBe('');
	});
});
