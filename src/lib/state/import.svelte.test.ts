import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import { ImportState } from './import.svelte.ts';
import { undoStructure, unjoin } from './structure.ts';

import { hasShared, needsShared, sharedPath } from '../../../tests/helpers/shared.ts';

const seed = readFileSync(new URL('../../../corpus/yichun-etdz-2023/zh.txt', import.meta.url));
// A real DOCX cut short comes from ../shared: without it that case is skipped by name.
const docxDir = sharedPath('fixtures/docx');
const docx = hasShared ? readdirSync(docxDir).find((f) => f.endsWith('.docx')) : undefined;

let db: DuiyiDB;
let repos: Repos;
beforeEach(async () => {
	db = new DuiyiDB(`import-state-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});
afterEach(async () => {
	await db.delete();
});

describe('ImportState', () => {
	it('reads the seed article, applies decisions and kinds, creates the project with them', async () => {
		const s = new ImportState();
		expect(await s.openFile(new Uint8Array(seed), 'yichun-etdz-2023.zh.txt')).toBe(true);
		expect(s.name).toBe('yichun-etdz-2023.zh');
		const links = s.links.length;
		expect(links).toBeGreaterThan(0);
		const all = s.paragraphs.length;
		expect(all).toBe(s.blocks.length - s.acceptedLinks);
		s.setAll(false);
		expect([s.acceptedLinks, s.paragraphs.length]).toEqual([0, s.blocks.length]);
		s.setAll(true);
		const first = s.links[0];
		s.setDecision(first.id, false);
		expect(s.paragraphs.length).toBe(all + 1);
		expect(s.acceptedLinks).toBe(links - 1);
		s.setKind(0, 'heading');
		expect(s.paragraphs[0].kind).toBe('heading');
		expect(s.views[0].kind).toBe('heading');
		const project = await s.create(repos);
		expect(project).not.toBeNull();
		const segments = await repos.segments.list(project!.id);
		expect(segments.map((x) => x.source)).toEqual(s.paragraphs.map((u) => u.text));
		expect(segments[0].kind).toBe('heading');
		const rows = await repos.repairs.list(project!.id);
		expect(rows).toHaveLength(s.proposal.proposals.length);
		expect(rows.find((r) => r.proposalId === first.id)?.accepted).toBe(false);
		expect(rows.find((r) => r.proposalId === 'kind:0')?.accepted).toBe(false);
		const joinedRow = rows.find((r) => r.proposalId === s.links[1].id)!;
		expect(joinedRow.texts).toEqual(joinedRow.blocks!.map((b) => s.blocks[b].text));
	});

	it('unjoins every repaired paragraph of the seed article back into its blocks, and undoes it', async () => {
		const s = new ImportState();
		await s.openFile(new Uint8Array(seed), 'seed.txt');
		const project = (await s.create(repos))!;
		const before = await repos.segments.list(project.id);
		const joined = before.filter((x) => (x.joined?.length ?? 0) > 1);
		expect(joined.length).toBeGreaterThan(0);
		for (const segment of joined) {
			const undo = await unjoin(repos, segment.id);
			expect(undo).not.toBeNull();
			const pieces = (await repos.segments.list(project.id)).filter((x) =>
				undo!.resultIds.includes(x.id)
			);
			expect(pieces.map((p) => p.source)).toEqual(
				segment.joined!.map((b) => s.blocks[b].text.trim())
			);
			expect(await undoStructure(repos, undo!)).toBe(true);
		}
		expect(await repos.segments.list(project.id)).toEqual(before);
		expect(
			(await repos.repairs.list(project.id)).every(
				(r) => r.proposalId.startsWith('kind') || r.accepted
			)
		).toBe(true);
	});

	async function expectRefused(name: string, bytes: Uint8Array, code: string) {
		const s = new ImportState();
		expect(await s.openFile(bytes, name)).toBe(false);
		expect(s.doc).toBeNull();
		expect(s.issues[0].code.startsWith(code)).toBe(true);
		expect(await s.create(repos)).toBeNull();
		expect(await repos.projects.list()).toEqual([]);
	}

	it.each([
		['junk.txt', new Uint8Array(400).map((_, i) => (i * 37) % 256), 'import.binary'],
		['empty.txt', new Uint8Array(0), 'import.empty']
	] as [string, Uint8Array, string][])('%s is refused and creates nothing', expectRefused);

	it.skipIf(!hasShared)(
		needsShared('a real DOCX cut short is refused and creates nothing'),
		async () => {
			const bytes = new Uint8Array(readFileSync(`${docxDir}/${docx}`)).slice(0, 700);
			await expectRefused('cut.docx', bytes, 'docx.');
		}
	);

	it('takes pasted rich text as text only', async () => {
		const s = new ImportState();
		await s.paste(
			'<p>风华正茂<b>勇争先</b></p><script>alert(1)</script><p>正文<img src=x onerror="x()">。</p>',
			'html'
		);
		expect(s.blocks.map((b) => b.text)).toEqual(['风华正茂勇争先', '正文。']);
	});
});

describe('ImportState: joins by hand', () => {
	const text = ['标题', '甲段。', '乙段。', '近年来，该区聚焦新能源、', '电子信息产业。'].join(
		'\n\n'
	);

	it('joins any two blocks, splits them again, undoes each change and stores the join', async () => {
		const s = new ImportState();
		expect(await s.paste(text)).toBe(true);
		expect(s.paragraphs.map((u) => u.joined)).toEqual([[0], [1], [2], [3, 4]]);
		expect(s.joinByHand(1, 2)).toBeNull();
		expect(s.paragraphs.map((u) => u.joined)).toEqual([[0], [1, 2], [3, 4]]);
		// A block onto a paragraph before it, taken from the paragraph it was joined to.
		expect(s.joinByHand(0, 4)).toBeNull();
		expect(s.paragraphs.map((u) => u.joined)).toEqual([[0, 4], [1, 2], [3]]);
		s.undo();
		expect(s.paragraphs.map((u) => u.joined)).toEqual([[0], [1, 2], [3, 4]]);
		s.splitBefore(4);
		expect(s.paragraphs.map((u) => u.joined)).toEqual([[0], [1, 2], [3], [4]]);
		s.undo();
		expect(s.joinByHand(1, 1)).toBe('same_block');
		expect(s.joinByHand(2, 1)).toBe('same_paragraph');
		expect(s.joinByHand(1, 7)).toBe('out_of_range');
		const project = await s.create(repos);
		const segments = await db.segments.where('projectId').equals(project!.id).sortBy('order');
		expect(segments.map((x) => x.source)).toEqual([
			'标题',
			'甲段。乙段。',
			'近年来，该区聚焦新能源、电子信息产业。'
		]);
		const rows = await repos.repairs.list(project!.id);
		expect(rows.find((r) => r.proposalId === 'manual:1-2')?.accepted).toBe(true);
	});
});

describe('ImportState: reading off the main thread', () => {
	it('shows it is reading, and a read replaced by a newer one changes nothing', async () => {
		const { readImport } = await import('$lib/domain/import/read.ts');
		const waiting: (() => void)[] = [];
		let calls = 0;
		// The first read is answered as superseded (null), as the worker's client does.
		const s = new ImportState(async (input) => {
			const first = calls++ === 0;
			await new Promise<void>((resolve) => waiting.push(resolve));
			return first ? null : readImport(input);
		});
		const older = s.paste('甲段。\n\n乙段。');
		expect(s.reading).toBe(true);
		const newer = s.paste('丙段。');
		waiting.forEach((go) => go());
		await new Promise((resolve) => setTimeout(resolve, 0));
		waiting.forEach((go) => go());
		expect(await older).toBe(false);
		expect(await newer).toBe(true);
		expect(s.reading).toBe(false);
		expect(s.blocks.map((b) => b.text)).toEqual(['丙段。']);
	});
});
