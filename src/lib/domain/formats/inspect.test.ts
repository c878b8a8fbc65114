import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspect } from './inspect.ts';
import { serializeXliff2 } from './xliff/serialize.ts';
import { serializeProjectFile } from './project/project-file.ts';
import {
	corpusProject,
	hasShared,
	needsShared,
	ROOT,
	SHARED
} from '../../../../tests/judges/corpus-project.ts';

const read = (p: string) => new Uint8Array(readFileSync(resolve(SHARED, 'fixtures', p)));
const enc = (s: string) => new TextEncoder().encode(s);

describe.skipIf(!hasShared)(needsShared('inspect other tools’ files'), () => {
	it.each([
		['tmx/omegat204_mytm_en-US_fr-FR.tmx', 'tmx', '1.4', ['en-US', 'fr-FR'], 25],
		['tmx/trados_tw4win_utf16_test01.tmx', 'tmx', '1.4', ['en-US', 'fr-FR'], 4],
		['xliff1/memoq12_test_document_nl-en.mqxliff', 'xliff', '1.2', ['nl-NL', 'en-GB'], 27],
		['xliff1/omegat_xliff11_inline_tags.xlf', 'xliff', '1.1', ['en', 'be'], 10],
		['xliff2/oasis_spec_ex9.5_groups_mda.xlf', 'xliff', '2.0', ['en'], 8],
		['tbx/tbx3_basic_dca_astronomy_en_es_zu.tbx', 'tbx', 'tbx-v3', ['en', 'es', 'zu'], 45],
		['tbx/tbx2008_martif_ibm_en_fr.tbx', 'tbx', 'tbx-2008', ['en', 'fr'], 5],
		['csv/omegat_glossary_quoting.csv', 'csv', null, ['zh', 'en'], 7],
		['docx/memoq12_bilingual_table_nl-en.docx', 'docx-bilingual', null, ['en'], 27]
	])('%s', (path, format, version, languages, units) => {
		const r = inspect(read(path), path);
		expect([r.format, r.version, r.languages, r.units]).toEqual([
			format,
			version,
			languages,
			units
		]);
		expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
	});
});

describe('inspect', () => {
	it('our own exports and the seed article', () => {
		const file = corpusProject();
		const n = file.segments.length;
		expect(inspect(enc(serializeXliff2(file)), 'x.xlf')).toMatchObject({
			format: 'xliff',
			version: '2.1',
			units: n,
			languages: ['zh-CN', 'en']
		});
		expect(inspect(enc(serializeProjectFile(file)), 'p.json')).toMatchObject({
			format: 'duiyi-project',
			units: n
		});
		const zh = new Uint8Array(readFileSync(resolve(ROOT, 'corpus/yichun-etdz-2023/zh.txt')));
		expect(inspect(zh, 'zh.txt')).toMatchObject({ format: 'txt', languages: ['zh'] });
	});

	it.each([
		['a.md', '# 标题\n\n正文。\n\nText.\n', 'md', ['zh', 'en'], 3],
		[
			'a.html',
			'<!DOCTYPE html><html><body><h1>标题</h1><p>正文。<br>续</p></body></html>',
			'html',
			['zh'],
			3
		],
		['noname', '<html><body><p>正文。</p></body></html>', 'html', ['zh'], 1]
	])('documents to translate: %s', (name, text, format, languages, units) => {
		expect(inspect(enc(text), name)).toMatchObject({ format, languages, units, issues: [] });
	});

	it.each([
		[new Uint8Array(), 'inspect_empty'],
		[new Uint8Array([0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0]), 'inspect_binary'],
		[enc('<catalog><book/></catalog>'), 'inspect_unknown_xml'],
		[enc('<!DOCTYPE html><html><body></body></html>'), 'import.empty'],
		[enc('{"a":1}'), 'inspect_unknown_json'],
		[enc('<tmx version="1.4"><body><tu></body></tmx>'), 'xml_mismatched_tag']
	])('refuses unreadable input %#', (bytes, code) => {
		const r = inspect(bytes, 'f');
		expect(r.issues.some((i) => i.severity === 'error' && i.code === code)).toBe(true);
	});
});
