import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../domain/types.ts';
import { createSelector } from '../../domain/annotations/anchor.ts';
import { repairBlocks } from '../../domain/segmentation/repair.ts';
import { segmentBlocks } from '../../domain/import/segment-document.ts';
import { DuiyiDB } from '../schema.ts';
import { projectsRepo } from './projects.ts';
import { repairsRepo } from './repairs.ts';
import { structureRepo } from './structure.ts';
import { INLINE_TAGS_KEY } from './workspace.ts';
import type { InlineTag } from '../../domain/formats/xliff/inline.ts';

let db: DuiyiDB;
beforeEach(async () => {
	db = new DuiyiDB(`structure-${Math.random()}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const P2 = '形成了较为完善的产业配套。围绕主导产业，该区引进企业。';
const T2 = 'A complete industrial chain has formed. Around its lead industries, it drew firms.';

async function seed() {
	const project = await projectsRepo(db).create({
		name: 't',
		segments: [
			{ source: '风华正茂勇争先', kind: 'title', target: 'In Its Prime' },
			{ source: P2, kind: 'body', target: T2 },
			{ source: '（本版文图由宜春经开区提供）', kind: 'credit' }
		]
	});
	const segments = await db.segments.where('projectId').equals(project.id).sortBy('order');
	const notes: Annotation[] = [
		['source', P2, '主导产业'],
		['target', T2, 'drew'],
		['source', P2, '完善']
	].map(([side, text, quote], i) => {
		const start = text.indexOf(quote);
		return {
			id: `n${i}`,
			projectId: project.id,
			segmentId: segments[1].id,
			side: side as 'source' | 'target',
			selector: createSelector(text, start, start + quote.length),
			detached: false,
			body: 'note',
			category: 'comment',
			status: 'open',
			author: 'me',
			replies: [],
			createdAt: 1,
			updatedAt: 1
		};
	});
	await db.annotations.bulkAdd(notes);
	return { project, segments };
}

async function dump(projectId: string) {
	const segments = await db.segments.where('projectId').equals(projectId).sortBy('order');
	const notes = await db.annotations.where('projectId').equals(projectId).sortBy('id');
	const revisions = await db.revisions.where('projectId').equals(projectId).toArray();
	return { segments, notes, revisions: revisions.length };
}

describe('structure repository', () => {
	it('split renumbers, keeps a revision, moves notes; undo restores every row', async () => {
		const { project, segments } = await seed();
		const before = await dump(project.id);
		const repo = structureRepo(db);
		const undo = await repo.split(segments[1].id, P2.indexOf('围'));
		expect(undo).not.toBeNull();
		const after = await dump(project.id);
		expect(after.segments.map((s) => [s.order, s.source, s.target, s.status])).toEqual([
			[0, '风华正茂勇争先', 'In Its Prime', 'draft'],
			[1, '形成了较为完善的产业配套。', 'A complete industrial chain has formed.', 'draft'],
			[2, '围绕主导产业，该区引进企业。', 'Around its lead industries, it drew firms.', 'draft'],
			[3, '（本版文图由宜春经开区提供）', '', 'new']
		]);
		expect(after.revisions).toBe(1);
		const text = (n: Annotation) => {
			const s = after.segments.find((x) => x.id === n.segmentId)!;
			return (n.side === 'source' ? s.source : s.target).slice(n.selector.start, n.selector.end);
		};
		expect(after.notes.map((n) => [n.segmentId === after.segments[2].id, text(n)])).toEqual([
			[true, '主导产业'],
			[true, 'drew'],
			[false, '完善']
		]);
		expect(await repo.undo(undo!)).toBe(true);
		expect(await dump(project.id)).toEqual(before);
	});

	it('split gives each piece the inline tags of its paragraph (its placeholders stay in the pieces)', async () => {
		const { project, segments } = await seed();
		const tags: InlineTag[] = [
			{ kind: 'open', format: 'xliff1', xml: '<g id="1">', name: 'g', label: '' },
			{ kind: 'close', format: 'xliff1', xml: '</g>', name: 'g', label: '' }
		];
		const key = INLINE_TAGS_KEY + project.id;
		await db.settings.put({ key, value: { [segments[1].id]: tags } });
		const repo = structureRepo(db);
		expect(await repo.split(segments[1].id, P2.indexOf('围'))).not.toBeNull();
		const after = await dump(project.id);
		const tables = (await db.settings.get(key))?.value as Record<string, InlineTag[]>;
		expect(tables[after.segments[1].id]).toEqual(tags);
		expect(tables[after.segments[2].id]).toEqual(tags);
		// A paragraph without tags gets no table.
		expect(await repo.split(segments[0].id, 2)).not.toBeNull();
		expect(Object.keys((await db.settings.get(key))?.value as object)).toHaveLength(2);
	});

	it('merge keeps the inline tags of both paragraphs; undo gives each its own back', async () => {
		const project = await projectsRepo(db).create({
			name: 't',
			segments: [
				{ source: '甲\uE000乙\uE001。', kind: 'body', target: 'A \uE000B\uE001.' },
				{ source: '丙\uE000丁。', kind: 'body', target: 'C\uE000 D.' }
			]
		});
		const [a, b] = await db.segments.where('projectId').equals(project.id).sortBy('order');
		const tag = (xml: string, kind: InlineTag['kind']): InlineTag => ({
			kind,
			format: 'xliff1',
			xml,
			name: 'g',
			label: ''
		});
		const first = [tag('<g id="1">', 'open'), tag('</g>', 'close')];
		const second = [tag('<x id="5"/>', 'standalone')];
		const key = INLINE_TAGS_KEY + project.id;
		await db.settings.put({ key, value: { [a.id]: first, [b.id]: second } });
		const repo = structureRepo(db);
		const undo = await repo.mergeWithNext(a.id);
		const merged = (await db.segments.get(a.id))!;
		expect(merged.source).toBe('甲\uE000乙\uE001。丙\uE002丁。');
		expect(merged.target).toBe('A \uE000B\uE001. C\uE002 D.');
		const tables = (await db.settings.get(key))?.value as Record<string, InlineTag[]>;
		expect(tables[a.id]).toEqual([...first, ...second]);
		await repo.undo(undo!);
		expect((await db.segments.get(b.id))!.source).toBe('丙\uE000丁。');
		const after = (await db.settings.get(key))?.value as Record<string, InlineTag[]>;
		expect(after[b.id]).toEqual(second);
		expect(after[a.id].slice(0, 2)).toEqual(first);
	});

	it('merge joins texts and notes; undo restores both rows', async () => {
		const { project, segments } = await seed();
		const repo = structureRepo(db);
		const initial = await dump(project.id);
		const split = await repo.split(segments[1].id, P2.indexOf('围'));
		const mid = await dump(project.id);
		const merge = await repo.mergeWithNext(segments[1].id);
		const merged = await dump(project.id);
		expect(merged.segments.map((s) => s.source)).toEqual([
			'风华正茂勇争先',
			P2,
			'（本版文图由宜春经开区提供）'
		]);
		expect(merged.segments[1].target).toBe(T2);
		expect(merged.notes.every((n) => n.segmentId === segments[1].id)).toBe(true);
		for (const n of merged.notes) {
			const s = merged.segments[1];
			const t = n.side === 'source' ? s.source : s.target;
			expect(t.slice(n.selector.start, n.selector.end)).toBe(n.selector.exact);
		}
		await repo.undo(merge!);
		expect(await dump(project.id)).toEqual(mid);
		await repo.undo(split!);
		expect(await dump(project.id)).toEqual(initial);
	});

	it('move swaps a paragraph with its neighbour, texts and notes untouched; undo puts it back', async () => {
		const { project, segments } = await seed();
		const before = await dump(project.id);
		const repo = structureRepo(db);
		const undo = await repo.move(segments[2].id, -1);
		expect(undo?.op).toBe('move');
		const after = await dump(project.id);
		expect(after.segments.map((s) => [s.order, s.source])).toEqual([
			[0, '风华正茂勇争先'],
			[1, '（本版文图由宜春经开区提供）'],
			[2, P2]
		]);
		expect(after.notes).toEqual(before.notes);
		expect(after.revisions).toBe(before.revisions);
		expect(after.segments.find((s) => s.id === segments[1].id)?.target).toBe(T2);
		expect(await repo.undo(undo!)).toBe(true);
		expect((await dump(project.id)).segments).toEqual(before.segments);
		// Nothing above the first, nothing below the last.
		expect(await repo.move(segments[0].id, -1)).toBeNull();
		expect(await repo.move(segments[2].id, 1)).toBeNull();
	});

	it('unjoin puts a caption the repair moved back between the halves; undo moves it out again', async () => {
		const blocks = [
			{ text: '近年来，该区聚焦新能源、新材料、' },
			{ text: '工人正在光伏组件生产线上作业' },
			{ text: '电子信息三大主导产业。' },
			{ text: '下一段。' }
		];
		const proposal = repairBlocks(blocks);
		const units = segmentBlocks(blocks, { repair: true }, proposal);
		expect(units.map((u) => [u.joined, u.movedAfter])).toEqual([
			[[0, 2], undefined],
			[[1], 0],
			[[3], undefined]
		]);
		const project = await projectsRepo(db).create({
			name: 'c',
			segments: units.map((u) => ({ source: u.text, kind: u.kind, joined: u.joined }))
		});
		await repairsRepo(db).save(project.id, proposal.proposals, {}, blocks);
		const before = await dump(project.id);
		const repo = structureRepo(db);
		const undo = await repo.unjoin(before.segments[0].id);
		expect((await dump(project.id)).segments.map((s) => [s.order, s.source])).toEqual(
			blocks.map((b, i) => [i, b.text])
		);
		await repo.undo(undo!);
		expect(await dump(project.id)).toEqual(before);
	});

	it('refuses a merge at the end and a split of a locked paragraph', async () => {
		const { segments } = await seed();
		const repo = structureRepo(db);
		expect(await repo.mergeWithNext(segments[2].id)).toBeNull();
		await db.segments.update(segments[1].id, { locked: true });
		expect(await repo.split(segments[1].id, 5)).toBeNull();
	});

	it('unjoin cuts a repaired paragraph back at its imported blocks and rejects the join', async () => {
		const blocks = [
			{ text: '风华正茂勇争先' },
			{ text: '近年来，宜春经开区形成了较为完善的产业' },
			{ text: '配套。围绕主导产业，该区引进企业。' }
		];
		const proposal = repairBlocks(blocks);
		const units = segmentBlocks(blocks, { repair: true }, proposal);
		expect(units.map((u) => u.joined)).toEqual([[0], [1, 2]]);
		const project = await projectsRepo(db).create({
			name: 'u',
			segments: units.map((u) => ({ source: u.text, kind: u.kind, joined: u.joined }))
		});
		await repairsRepo(db).save(project.id, proposal.proposals, {}, blocks);
		const before = await dump(project.id);
		const joined = before.segments[1];
		const repo = structureRepo(db);
		const undo = await repo.unjoin(joined.id);
		const after = await dump(project.id);
		expect(after.segments.map((s) => [s.source, s.joined])).toEqual([
			['风华正茂勇争先', undefined],
			['近年来，宜春经开区形成了较为完善的产业', undefined],
			['配套。围绕主导产业，该区引进企业。', undefined]
		]);
		const rows = await repairsRepo(db).list(project.id);
		expect(rows.find((r) => r.proposalId === 'join:1-2')?.accepted).toBe(false);
		await repo.undo(undo!);
		expect(await dump(project.id)).toEqual(before);
		expect(
			(await repairsRepo(db).list(project.id)).find((r) => r.proposalId === 'join:1-2')?.accepted
		).toBe(true);
		expect(await repo.unjoin(before.segments[0].id)).toBeNull();
	});
});
