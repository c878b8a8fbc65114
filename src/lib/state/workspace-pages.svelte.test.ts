/**
 * The state behind the memory page, the interchange import and the settings page, over a real
 * (fake-indexeddb) database: what the pages show and what they store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import { serializeTmx } from '$lib/domain/formats/tmx/serialize.ts';
import { serializeXliff12 } from '$lib/domain/formats/xliff/serialize.ts';
import { corpusProject } from '../../../tests/judges/corpus-project.ts';
import { InterchangeImportState } from './interchange.svelte.ts';
import { TmLibraryState } from './tm-library.svelte.ts';
import { AuthorSettingState, BackupState } from './workspace-settings.svelte.ts';

let db: DuiyiDB;
let repos: Repos;
const enc = (s: string) => new TextEncoder().encode(s);

beforeEach(async () => {
	db = new DuiyiDB(`pages-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});
afterEach(async () => {
	await db.delete();
});

describe('TmLibraryState', () => {
	const tmx = serializeTmx([
		{
			source: '宜春经开区坚持招优引强',
			target: 'Yichun ETDZ attracts investors',
			sourceLang: 'zh-CN',
			targetLang: 'en'
		},
		{
			source: '签约金额105亿元',
			target: '10.5 billion yuan signed',
			sourceLang: 'zh-CN',
			targetLang: 'en'
		},
		{ source: 'Hello', target: 'Bonjour', sourceLang: 'en', targetLang: 'fr' }
	]);

	it('imports a TMX, counts the pairs it skipped, searches, exports and clears', async () => {
		const library = new TmLibraryState(repos);
		await library.importTmx(enc(tmx));
		expect(library.importError).toBe('');
		expect(library.importLines.length).toBe(2);
		expect(await repos.tm.count()).toBe(2);
		await library.search('宜春经开区坚持招优引强');
		expect(library.matches![0]).toMatchObject({ percent: 100 });
		await library.search('billion');
		expect(library.concordance!.total).toBe(1);
		expect(library.concordance!.hits[0]).toMatchObject({
			unit: { source: '签约金额105亿元' },
			target: [[5, 12]]
		});
		const out = await library.exportTmx();
		expect(out.fileName).toMatch(/^duiyi-tm-\d{4}-\d\d-\d\d\.tmx$/);
		expect(out.text).toContain('<seg>签约金额105亿元</seg>');
		await library.clear();
		expect([
			await repos.tm.count(),
			library.matches,
			library.concordance,
			library.message !== ''
		]).toEqual([0, null, null, true]);
	});

	it('names the file a unit came from, and a cancelled import stores nothing', async () => {
		const library = new TmLibraryState(repos);
		await library.importTmx(enc(tmx), 'client.tmx');
		expect((await repos.tm.list()).map((u) => u.file)).toEqual(['client.tmx', 'client.tmx']);
		await library.clear();
		const importing = library.importTmx(enc(tmx), 'client.tmx');
		expect(library.progress).toEqual({ written: 0, total: 0 });
		library.cancelImport();
		await importing;
		expect(library.progress).toBeNull();
		expect(library.importLines).toEqual([expect.stringMatching(/cancel/i)]);
		expect(await repos.tm.count()).toBe(0);
	});

	it('refuses a file that is not TMX and stores nothing', async () => {
		const library = new TmLibraryState(repos);
		await library.importTmx(enc('<xliff/>'));
		expect(library.importError).not.toBe('');
		expect(await repos.tm.count()).toBe(0);
	});
});

describe('InterchangeImportState', () => {
	it('reads an XLIFF, names the project after it and creates it on request only', async () => {
		const importer = new InterchangeImportState(repos);
		const file = corpusProject(5);
		importer.read(enc(serializeXliff12(file)), 'seed.xlf');
		expect(importer.error).toBe('');
		expect(importer.file!.segments).toHaveLength(5);
		expect(await repos.projects.list()).toEqual([]);
		importer.name = '  Seed  ';
		const id = await importer.create();
		expect(importer.created).toEqual({ id, name: 'Seed' });
		expect(importer.file).toBeNull();
		expect((await repos.segments.list(id!)).map((s) => s.source)).toEqual(
			file.segments.map((s) => s.source)
		);
	});

	it('refuses a broken file with a reason and creates nothing', async () => {
		const importer = new InterchangeImportState(repos);
		importer.read(enc('<xliff version="1.2"><file><body></file></xliff>'), 'broken.xlf');
		expect(importer.error).not.toBe('');
		expect(await importer.create()).toBeNull();
		expect(await repos.projects.list()).toEqual([]);
	});
});

describe('the settings page state', () => {
	it('saves the author name trimmed and says so until it is edited', async () => {
		const setting = new AuthorSettingState(repos);
		await setting.save('  Reviser ');
		expect([setting.author, setting.saved]).toEqual(['Reviser', true]);
		setting.edited();
		expect(setting.saved).toBe(false);
		const again = new AuthorSettingState(repos);
		await again.load();
		expect(again.author).toBe('Reviser');
	});

	it('backs up, refuses a wrong file, and restores only after confirmation', async () => {
		await repos.workspace.createProject(corpusProject(3));
		const backups = new BackupState(repos);
		const { text, fileName } = await backups.backUp();
		expect(fileName).toMatch(/^duiyi-backup-.*\.json$/);
		backups.read('{"not":"a backup"}');
		expect([backups.error !== '', backups.pending]).toEqual([true, null]);
		await repos.workspace.createProject(corpusProject(2));
		backups.read(text);
		expect(backups.pending!.projects).toHaveLength(1);
		expect(await repos.projects.list()).toHaveLength(2);
		await backups.restore();
		expect(backups.error).toBe('');
		expect(await repos.projects.list()).toHaveLength(1);
	});
});
