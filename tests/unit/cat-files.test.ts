/**
 * Files as CAT tools write them (tests/fixtures/cat, hand-written after the public specs and
 * what each tool is documented to write): what `inspect` says, and what the app's import paths
 * store, over a real (fake-indexeddb) database.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import { inspect } from '$lib/domain/formats/inspect.ts';
import { normaliseLang } from '$lib/domain/formats/languages.ts';
import { parseXliff } from '$lib/domain/formats/xliff/parse.ts';
import { serializeXliff12 } from '$lib/domain/formats/xliff/serialize.ts';
import { stripPlaceholders } from '$lib/domain/formats/xliff/inline.ts';
import { importTmxInto } from '$lib/workers/tmx-import.ts';
import { GlossaryImportSession } from '$lib/workers/glossary-import.ts';

const DIR = resolve(import.meta.dirname, '../fixtures/cat');
const file = (name: string) => new Uint8Array(readFileSync(resolve(DIR, name)));
const xliff = (name: string) => {
	const r = parseXliff(file(name));
	expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
	return r.value!;
};
/** [source, target, status, locked] of each segment, codes shown as {n}. */
const rows = (name: string) =>
	xliff(name).file.segments.map((s) => [
		s.source.replace(/[\uE000-\uF8FF]/g, (c) => `{${c.charCodeAt(0) - 0xe000}}`),
		s.target.replace(/[\uE000-\uF8FF]/g, (c) => `{${c.charCodeAt(0) - 0xe000}}`),
		s.status,
		s.locked
	]);

describe('inspect reads every file of another tool', () => {
	const expected: Record<string, [string, number, string[]]> = {
		'trados-studio.sdlxliff': ['xliff', 3, ['zh-CN', 'en-US']],
		'memoq.mqxliff': ['xliff', 4, ['zh-CN', 'en-US']],
		'phrase.mxliff': ['xliff', 3, ['zh-CN', 'en']],
		'okapi-alttrans.xlf': ['xliff', 4, ['zh-CN', 'en-US']],
		'group-nesting-12.xlf': ['xliff', 4, ['zh-CN', 'en']],
		'xliff21-modules.xlf': ['xliff', 4, ['zh-CN', 'en']],
		'xliff22.xlf': ['xliff', 1, ['zh-Hans', 'en-GB']],
		'gbk-declared.xlf': ['xliff', 1, ['zh-CN', 'en']],
		'trados-utf16le-bom.tmx': ['tmx', 2, ['zh-CN', 'en-US']],
		'memoq-context.tmx': ['tmx', 1, ['zh-CN', 'en-US']],
		'omegat-note.tmx': ['tmx', 1, ['zh-CN', 'en']],
		'lang-ZH-CN.tmx': ['tmx', 2, ['zh-CN', 'en-GB']],
		'lang-zh-Hans.tmx': ['tmx', 2, ['zh-Hans', 'en']],
		'lang-zh_CN.tmx': ['tmx', 2, ['zh-CN', 'en-US']],
		'lang-zho.tmx': ['tmx', 2, ['zh', 'en']],
		'lang-chi.tmx': ['tmx', 2, ['zh', 'en']],
		'lang-zh-TW.tmx': ['tmx', 2, ['zh-TW', 'en-US']],
		'gb2312-declared.tmx': ['tmx', 2, ['zh-CN', 'en-US']],
		'memoq-martif.tbx': ['tbx', 2, ['zh-CN', 'en-US']],
		'multiterm-martif.tbx': ['tbx', 1, ['zh', 'en']],
		'tbx-basic-2019.tbx': ['tbx', 2, ['zh-Hans', 'en', 'zh']],
		'excel-bom-chinese-headers.csv': ['csv', 2, ['zh', 'en']],
		'excel-semicolon-sep.csv': ['csv', 2, ['zh-CN', 'en-US']],
		'memoq-export.csv': ['csv', 2, ['zh', 'en']],
		'excel-unicode-text.tsv': ['csv', 1, ['zh', 'en']],
		'gbk.csv': ['csv', 1, ['zh', 'en']],
		'trados-like.csv': ['csv', 1, ['zh', 'en']],
		'term-translation.csv': ['csv', 2, ['zh', 'en']],
		// the header is no entry, and its languages are the columns'
		'role-language-headers.csv': ['csv', 2, ['zh-CN', 'en-US']],
		'language-name-comma.csv': ['csv', 1, ['zh', 'en']]
	};
	it('covers every file of the folder', () => {
		const refused = ['empty.csv', 'header-only.csv', 'unterminated-quote.csv'];
		const others = ['README.md', 'excel-unicode-text.txt'];
		expect(readdirSync(DIR).sort()).toEqual(
			[...Object.keys(expected), ...refused, ...others].sort()
		);
	});
	it.each(Object.entries(expected))('%s', (name, [format, units, languages]) => {
		const r = inspect(file(name), name);
		expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
		if (name === 'trados-like.csv') expect(r.issues[0].message).toContain('"Created"');
		else expect(r.issues.map((i) => i.code)).not.toContain('csv_column_ignored');
		expect({ format: r.format, units: r.units, languages: r.languages }).toEqual({
			format,
			units,
			languages
		});
	});
	it.each([
		['empty.csv', 'inspect_empty'],
		['header-only.csv', 'csv_no_terms'],
		['unterminated-quote.csv', 'csv_unterminated_quote']
	])('%s is refused with a reason', (name, code) => {
		const r = inspect(file(name), name);
		expect(r.units).toBe(0);
		expect(r.issues.find((i) => i.severity === 'error')?.code).toBe(code);
	});
});

describe('XLIFF dialects', () => {
	it('Trados Studio: sentences of <mrk mtype="seg"> are text, sdl:seg-defs give status and lock, a comment is a note on its words', () => {
		expect(rows('trados-studio.sdlxliff')).toEqual([
			[
				'开发区今年新签约项目{0}32个{1}。总投资105亿元。',
				'The zone signed {0}32{1} new projects this year. They total 10.5 billion yuan.',
				// one sentence Translated, one Draft: the paragraph is as far as its weakest
				'draft',
				false
			],
			[
				'园区坚持“放管服”改革{0}。',
				'The park keeps up its reforms to streamline administration{0}.',
				'reviewed',
				true
			],
			// <target><mrk mtype="seg" mid="4"/></target>: no words, no code
			['新能源产业成为首位产业。', '', 'new', false]
		]);
		const { file: project } = xliff('trados-studio.sdlxliff');
		// only the document's own codes are in the table, never the sentence markers
		const tags = Object.values(project.inlineTags ?? {}).flat();
		expect(tags.map((t) => t.xml)).toEqual(['<g id="pt1">', '</g>', '<x id="pt2"/>']);
		expect(project.annotations).toHaveLength(1);
		expect(project.annotations[0]).toMatchObject({
			side: 'target',
			body: '请核对园区的官方英文名称',
			author: 'reviewer',
			detached: false,
			selector: { exact: '10.5 billion yuan' }
		});
		// an XLIFF 1.2 export carries no stray <mrk> of the sentence cut
		expect(serializeXliff12(project)).not.toContain('mtype="seg"');
	});

	it('Trados Studio: a tracked deletion is left out, a tracked insertion kept', () => {
		const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file source-language="zh-CN" target-language="en" datatype="x"><body>
<trans-unit id="1"><source>总投资105亿元。</source><target><mrk mtype="seg" mid="1">Total investment is <mrk mtype="x-sdl-deleted" sdl:revid="r1">1.05</mrk><mrk mtype="x-sdl-added" sdl:revid="r2">10.5</mrk> billion yuan.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="RejectedTranslation"/></sdl:seg-defs></trans-unit></body></file></xliff>`;
		const seg = parseXliff(xml).value!.file.segments[0];
		expect([seg.target, seg.status]).toEqual(['Total investment is 10.5 billion yuan.', 'draft']);
	});

	it('memoQ: mq:status and mq:locked', () => {
		expect(rows('memoq.mqxliff').map((r) => r.slice(2))).toEqual([
			['translated', false],
			['draft', true],
			['reviewed', false],
			['new', false]
		]);
	});

	it('Phrase: m:confirmed and m:locked, the alt-trans suggestion never taken for the target', () => {
		expect(rows('phrase.mxliff')).toEqual([
			[
				'开发区今年新签约项目32个。',
				'The zone signed 32 new projects this year.',
				'translated',
				false
			],
			['总投资105亿元。', 'Total investment is 10.5 billion yuan.', 'draft', true],
			['新能源产业成为首位产业。', '', 'new', false]
		]);
		expect(xliff('phrase.mxliff').report).toMatchObject({ sourceLang: 'zh-CN', targetLang: 'en' });
	});

	it('Okapi: a group with translate="no" locks its units; adjacent sentence markers keep a space', () => {
		expect(rows('okapi-alttrans.xlf')).toEqual([
			['宜春经开区', '', 'new', true],
			[
				'开发区今年新签约项目{0}32个{1}。总投资105亿元。',
				'The zone signed {0}32{1} new projects this year. Total investment is 10.5 billion yuan.',
				'translated',
				false
			],
			['园区坚持{0}“放管服”改革。', 'The park {1}keeps up reforms.', 'draft', false],
			['ISBN 978-7-01', '', 'new', true]
		]);
	});

	it('XLIFF 1.2 nested groups: a group translate="no" inside another', () => {
		const r = xliff('group-nesting-12.xlf');
		expect(r.report.untranslatable).toBe(1);
		expect(r.file.segments.map((s) => [s.kind, s.status, s.locked])).toEqual([
			['heading', 'reviewed', false],
			['body', 'reviewed', false],
			['body', 'new', true],
			['body', 'new', false]
		]);
	});

	it('XLIFF 2.1 with modules and XLIFF 2.2 (its own namespace)', () => {
		const r = xliff('xliff21-modules.xlf');
		expect(stripPlaceholders(r.file.segments[0].target)).toBe(
			'The zone signed 32 new projects this year. Total investment is 10.5 billion yuan.'
		);
		expect(r.file.segments.map((s) => [s.status, s.locked])).toEqual([
			['translated', false],
			['new', true],
			['reviewed', true],
			['new', false]
		]);
		const v22 = xliff('xliff22.xlf');
		expect(v22.report.version).toBe('2.2');
		const bare = new TextDecoder().decode(file('xliff22.xlf')).replace(' version="2.2"', '');
		expect(parseXliff(bare).value?.report.version).toBe('2.2');
	});

	it('an XLIFF in the GBK its declaration names is read; GBK declared as UTF-8 is refused', () => {
		const seg = xliff('gbk-declared.xlf').file.segments[0];
		expect([seg.source, seg.target]).toEqual([
			'总投资105亿元。',
			'Total investment is 10.5 billion yuan.'
		]);
		const bytes = file('gbk-declared.xlf');
		const head = new TextDecoder().decode(bytes.subarray(0, 60)).replace('GBK', 'UTF-8');
		const lying = new Uint8Array([...new TextEncoder().encode(head), ...bytes.subarray(60)]);
		expect(parseXliff(lying).issues.map((i) => i.code)).toEqual(['xliff_not_text']);
	});
});

describe('language tags as tools write them', () => {
	it.each([
		['ZH-CN', 'zh-CN'],
		['zh_cn', 'zh-CN'],
		['zho', 'zh'],
		['chi', 'zh'],
		['eng', 'en'],
		['zh-hans', 'zh-Hans'],
		['en-UK', 'en-GB'],
		['*all*', '*all*']
	])('%s is %s', (written, tag) => expect(normaliseLang(written)).toBe(tag));
});

describe('the app stores what the files hold', () => {
	let db: DuiyiDB;
	let repos: Repos;
	beforeEach(async () => {
		db = new DuiyiDB(`cat-files-${Math.random()}`);
		await db.open();
		repos = createRepos(db);
	});
	afterEach(async () => {
		await db.delete();
	});

	it.each([
		'lang-zho.tmx',
		'lang-chi.tmx',
		'trados-utf16le-bom.tmx',
		'lang-zh_CN.tmx',
		'gb2312-declared.tmx'
	])('the memory takes %s', async (name) => {
		const outcome = await importTmxInto(repos, file(name), name);
		expect(outcome.issues).toBeUndefined();
		const units = await repos.tm.list();
		expect(units).toHaveLength(2);
		expect(units.every((u) => u.sourceLang.startsWith('zh') && u.targetLang.startsWith('en'))).toBe(
			true
		);
	});

	it('a termbase in zho/eng is matched as Chinese and English', async () => {
		const glossary = await repos.glossaries.create('T', []);
		const session = new GlossaryImportSession(repos, glossary.id);
		const preview = await session.read(file('tbx-basic-2019.tbx'), 'tbx-basic-2019.tbx', 'keep');
		expect(preview.ok).toBe(true);
		await session.commit('keep');
		const entries = await repos.glossaries.entries([glossary.id]);
		const leading = entries.find((e) => e.terms.some((t) => t.text === '首位产业'))!;
		expect(leading.terms.map((t) => t.lang)).toEqual(['zh', 'en']);
	});

	it('MultiTerm field names (Definition, Subject, Part of Speech) are kept', async () => {
		const glossary = await repos.glossaries.create('T', []);
		const session = new GlossaryImportSession(repos, glossary.id);
		expect((await session.read(file('multiterm-martif.tbx'), 'mt.tbx', 'keep')).ok).toBe(true);
		await session.commit('keep');
		const [entry] = await repos.glossaries.entries([glossary.id]);
		expect(entry).toMatchObject({
			domain: 'Economics',
			definition: 'A zone set up to attract industrial investment.'
		});
		expect(entry.terms.map((t) => [t.lang, t.partOfSpeech])).toEqual([
			['zh', 'noun'],
			['en', 'noun']
		]);
	});

	it('a Trados project keeps its statuses, locks and comment once stored', async () => {
		const id = await repos.workspace.createProject(xliff('trados-studio.sdlxliff').file);
		const stored = (await repos.workspace.projectFile(id))!;
		expect(stored.segments.map((s) => [s.status, s.locked])).toEqual([
			['draft', false],
			['reviewed', true],
			['new', false]
		]);
		expect(stored.annotations.map((a) => a.selector.exact)).toEqual(['10.5 billion yuan']);
	});
});

describe('damaged files', () => {
	const tmx = (seg: string) =>
		`<?xml version="1.0"?>\n<tmx version="1.4"><header/><body>\n<tu><tuv xml:lang="zh-CN"><seg>${seg}</seg></tuv><tuv xml:lang="en"><seg>Zone</seg></tuv></tu>\n</body></tmx>`;
	it.each(['开发区&#x2;', '开发区&#1;', '开发区\u000b', '开发区&#xFFFE;'])(
		'a control character XML forbids (%j) is removed with a warning, not the whole memory',
		(seg) => {
			const r = inspect(new TextEncoder().encode(tmx(seg)), 'word.tmx');
			expect(r.units).toBe(1);
			expect(r.issues).toEqual([
				expect.objectContaining({ code: 'xml_forbidden_characters', line: 3 })
			]);
		}
	);
	it.each(['&#9;', '&#xA;', '&#xB7;', '&#183;', '&#x20;', '&#13;'])(
		'a character XML allows (%s) stays',
		(ref) => expect(inspect(new TextEncoder().encode(tmx(ref)), 'a.tmx').issues).toEqual([])
	);
	it('a termbase with one says so too', () => {
		const tbx = new TextDecoder()
			.decode(file('memoq-martif.tbx'))
			.replace('<term>开发区</term>', '<term>开发区&#x2;</term>');
		const r = inspect(new TextEncoder().encode(tbx), 'mq.tbx');
		expect(r.units).toBe(2);
		expect(r.issues.map((i) => i.code)).toContain('xml_forbidden_characters');
	});
	it('a cut-short Trados file says where', () => {
		const cut = file('trados-studio.sdlxliff').subarray(0, 1200);
		const r = inspect(cut, 'cut.sdlxliff');
		expect(r.units).toBe(0);
		expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'xml_unclosed_element' });
	});
});
