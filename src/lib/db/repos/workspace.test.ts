import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../domain/formats/project/backup.ts';
import { parseTmx } from '../../domain/formats/tmx/parse.ts';
import { serializeTmx } from '../../domain/formats/tmx/serialize.ts';
import { parseXliff } from '../../domain/formats/xliff/parse.ts';
import { serializeXliff12 } from '../../domain/formats/xliff/serialize.ts';
import { EMPTY_MT_SETTINGS } from '../../domain/mt/config.ts';
import { DuiyiDB } from '../schema.ts';
import { MT_KEYS_KEY, MT_SETTINGS_KEY } from './workspace.ts';
import { createRepos, type Repos } from './index.ts';
import { hasShared, needsShared, sharedPath } from '../../../../tests/helpers/shared.ts';

const TABLES = [
	'projects',
	'segments',
	'drafts',
	'glossaries',
	'termEntries',
	'tmUnits',
	'annotations',
	'revisions',
	'settings',
	'qaDismissals',
	'repairDecisions'
] as const;

let dbs: DuiyiDB[] = [];
async function open(): Promise<{ db: DuiyiDB; repos: Repos }> {
	const db = new DuiyiDB(`workspace-${Math.random()}`);
	await db.open();
	dbs.push(db);
	return { db, repos: createRepos(db) };
}

async function dump(db: DuiyiDB) {
	const out: Record<string, unknown[]> = {};
	for (const t of TABLES) {
		const rows = (await db.table(t).toArray()) as Record<string, unknown>[];
		out[t] = rows.sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
	}
	return out;
}

async function fill(repos: Repos, db: DuiyiDB) {
	const glossary = await repos.glossaries.create('宜春', [
		{
			terms: [
				{ lang: 'zh-CN', text: '经开区', status: 'preferred' },
				{ lang: 'en', text: 'ETDZ', status: 'preferred' }
			]
		}
	] as never);
	const project = await repos.projects.create({
		name: '宜春经开区',
		glossaryIds: [glossary.id],
		segments: [
			{ source: '风华正茂勇争先', kind: 'title' },
			{ source: '本次推介会共签约项目22个，签约金额105亿元。', kind: 'body' }
		]
	});
	const [s1] = await repos.segments.list(project.id);
	await repos.segments.confirm(s1.id, 'In the Prime of Life', 'translated');
	await repos.settings.set('author', '李');
	await repos.annotations.put({
		id: 'n1',
		projectId: project.id,
		segmentId: s1.id,
		side: 'source',
		selector: { exact: '风华', prefix: '', suffix: '正茂', start: 0, end: 2 },
		detached: false,
		body: 'check',
		category: 'question',
		status: 'open',
		author: '李',
		replies: [],
		createdAt: 1,
		updatedAt: 1
	});
	await repos.tm.putMany([
		{
			id: 'tm1',
			source: '经开区',
			target: 'ETDZ',
			sourceLang: 'zh-CN',
			targetLang: 'en',
			origin: 'tmx',
			createdAt: 1,
			updatedAt: 1
		}
	]);
	await db.qaDismissals.put({ id: 'q1', projectId: project.id, fingerprint: 'f', createdAt: 2 });
	await db.repairDecisions.put({
		id: 'r1',
		projectId: project.id,
		proposalId: 'p',
		accepted: true,
		createdAt: 3
	});
	return project;
}

beforeEach(() => {
	dbs = [];
});
afterEach(async () => {
	for (const db of dbs) {
		db.close();
		await Dexie.delete(db.name);
	}
});

describe('workspace backup and restore', () => {
	it('restores every table exactly into an empty database', async () => {
		const a = await open();
		await fill(a.repos, a.db);
		const text = serializeBackup(await a.repos.workspace.backup());
		const parsed = parseBackup(text);
		expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const b = await open();
		await b.repos.workspace.restore(parsed.value!);
		const before = await dump(a.db);
		expect(before.segments.length).toBe(2);
		expect(before.revisions.length).toBeGreaterThan(0);
		expect(await dump(b.db)).toEqual(before);
	});

	it('replaces what was there and leaves everything on a failed restore', async () => {
		const a = await open();
		await fill(a.repos, a.db);
		const backup = await a.repos.workspace.backup();
		const b = await open();
		await b.repos.projects.create({ name: 'other', segments: [{ source: '别的', kind: 'body' }] });
		const other = await dump(b.db);
		const broken = structuredClone(backup);
		broken.projects[0].segments.push({ ...broken.projects[0].segments[0] }); // duplicate key
		await expect(b.repos.workspace.restore(broken)).rejects.toThrow();
		expect(await dump(b.db)).toEqual(other);
		await b.repos.workspace.restore(backup);
		expect((await b.repos.projects.list()).map((p) => p.name)).toEqual(['宜春经开区']);
	});

	it('leaves machine-translation keys out unless asked, and keeps this device’s on restore', async () => {
		const a = await open();
		await fill(a.repos, a.db);
		const settings = { ...EMPTY_MT_SETTINGS, engine: 'deepl' };
		await a.repos.settings.set(MT_SETTINGS_KEY, settings);
		await a.repos.settings.set(MT_KEYS_KEY, { deepl: 'secret-a:fx' });
		const plain = serializeBackup(await a.repos.workspace.backup());
		expect(plain).not.toContain('secret-a');
		expect(plain).toMatch(/"engine": ?"deepl"/);
		const withKeys = serializeBackup(
			await a.repos.workspace.backup(Date.now(), { includeKeys: true })
		);
		expect(withKeys).toContain('secret-a:fx');

		const b = await open();
		await b.repos.settings.set(MT_KEYS_KEY, { openai: 'secret-b' });
		await b.repos.workspace.restore(parseBackup(plain).value!);
		expect(await b.repos.settings.get(MT_KEYS_KEY, {})).toEqual({ openai: 'secret-b' });
		expect(await b.repos.settings.get(MT_SETTINGS_KEY, null)).toEqual(settings);
		await b.repos.workspace.restore(parseBackup(withKeys).value!);
		expect(await b.repos.settings.get(MT_KEYS_KEY, {})).toEqual({ deepl: 'secret-a:fx' });
	});
});

describe('project file and review', () => {
	it('builds a project file with the glossary and writes a review as revisions', async () => {
		const { db, repos } = await open();
		const project = await fill(repos, db);
		const file = (await repos.workspace.projectFile(project.id))!;
		expect(file.segments.map((s) => s.order)).toEqual([0, 1]);
		expect(file.termEntries.map((e) => e.terms[1].text)).toEqual(['ETDZ']);
		expect(file.annotations.map((n) => n.id)).toEqual(['n1']);
		const after = structuredClone(file);
		after.segments[1] = { ...after.segments[1], target: 'Signed 22 projects.', status: 'reviewed' };
		after.revisions.push({
			id: 'rev-x',
			projectId: project.id,
			segmentId: after.segments[1].id,
			target: 'Signed 22 projects.',
			status: 'reviewed',
			reason: 'review',
			createdAt: 5
		});
		expect(await repos.workspace.saveReview(file, after)).toBe(1);
		const seg = await repos.segments.get(after.segments[1].id);
		expect(seg?.status).toBe('reviewed');
		expect((await repos.segments.revisions(seg!.id)).map((r) => r.reason)).toContain('review');
	});

	it('creates a new project from a file with fresh ids', async () => {
		const { db, repos } = await open();
		const project = await fill(repos, db);
		const file = (await repos.workspace.projectFile(project.id))!;
		const id = await repos.workspace.createProject(file);
		expect(id).not.toBe(project.id);
		const segs = await repos.segments.list(id);
		expect(segs.map((s) => s.target)).toEqual(['In the Prime of Life', '']);
		expect((await repos.annotations.list(id))[0].segmentId).toBe(segs[0].id);
		expect(await repos.segments.list(project.id)).toHaveLength(2);
	});
});

describe.skipIf(!hasShared)(
	needsShared('new projects from interchange files of other tools'),
	() => {
		const dir = sharedPath('fixtures') + '/';
		it.each([
			'xliff1/memoq12_test_document_nl-en.mqxliff',
			'xliff1/omegat_xliff11_inline_tags.xlf',
			'xliff1/ttk_states_xliff11.xlf',
			'xliff2/oasis_spec_ex9.5_groups_mda.xlf'
		])('%s becomes a project with every unit, status and note', async (name) => {
			const parsed = parseXliff(new Uint8Array(readFileSync(dir + name)), {
				newId: () => crypto.randomUUID()
			});
			expect(parsed.value, JSON.stringify(parsed.issues)).not.toBeNull();
			const file = parsed.value!.file;
			const { repos } = await open();
			const id = await repos.workspace.createProject(file);
			const stored = (await repos.workspace.projectFile(id))!;
			expect(stored.segments.map((s) => [s.source, s.target, s.status])).toEqual(
				[...file.segments]
					.sort((a, b) => a.order - b.order)
					.map((s) => [s.source, s.target, s.status])
			);
			expect(stored.annotations.length).toBe(file.annotations.length);
			expect(stored.project.sourceLang).toBe(file.project.sourceLang);
		});

		it('a TMX file goes to the memory; other pairs are skipped and counted', async () => {
			const trados = parseTmx(
				new Uint8Array(readFileSync(dir + 'tmx/trados_tw4win_utf16_test01.tmx'))
			).value!;
			expect([trados.report.imported, trados.report.skippedPairs]).toEqual([
				0,
				{ 'en-US→fr-FR': 4 }
			]);
			const ours = parseTmx(
				serializeTmx([
					{ source: '经开区', target: 'ETDZ', sourceLang: 'zh-CN', targetLang: 'en' },
					{ source: '签约', target: 'signed', sourceLang: 'zh-CN', targetLang: 'en-US' }
				])
			).value!;
			const { repos } = await open();
			await repos.tm.putMany([...trados.units, ...ours.units]);
			expect((await repos.tm.list()).map((u) => u.target).sort()).toEqual(['ETDZ', 'signed']);
			await repos.workspace.clearTm();
			expect(await repos.tm.count()).toBe(0);
		});
	}
);

describe.skipIf(!hasShared)(needsShared('inline codes of an imported XLIFF'), () => {
	it('are kept with the new project and written back on export', async () => {
		const bytes = new Uint8Array(
			readFileSync(sharedPath('fixtures/xliff1/omegat_xliff11_inline_tags.xlf'))
		);
		const file = parseXliff(bytes, { newId: () => crypto.randomUUID() }).value!.file;
		const tagged = Object.values(file.inlineTags ?? {}).filter((l) => l.length).length;
		expect(tagged).toBeGreaterThan(0);
		const { repos } = await open();
		const stored = (await repos.workspace.projectFile(await repos.workspace.createProject(file)))!;
		expect(Object.keys(stored.inlineTags ?? {})).toHaveLength(tagged);
		const sources = (xliff: string) => xliff.match(/<source\b[\s\S]*?<\/source>/g) ?? [];
		const again = sources(serializeXliff12(stored));
		expect(again).toEqual(sources(serializeXliff12(file)));
		expect(again.some((x) => /<(bpt|ph|g|x|bx|ex|it|mrk)\b/.test(x))).toBe(true);
	});
});
