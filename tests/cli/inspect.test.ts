import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp.ts';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.ts';

const duiyi = (...args: string[]) =>
	spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8', timeout: 60_000 });
const F = sharedPath('fixtures');
const dir = tempDir('duiyi-inspect-');

describe('duiyi inspect', () => {
	it.skipIf(!hasShared)(needsShared('prints the shape DESIGN.md §7 promises'), () => {
		const r = duiyi('inspect', `${F}/tmx/omegat204_mytm_en-US_fr-FR.tmx`);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual({
			format: 'tmx',
			version: '1.4',
			languages: ['en-US', 'fr-FR'],
			units: 25,
			issues: []
		});
	});

	it.skipIf(!hasShared).each([
		[`${F}/xliff1/memoq12_test_document_nl-en.mqxliff`, 'xliff', 27],
		[`${F}/tbx/tbx3_basic_dca_astronomy_en_es_zu.tbx`, 'tbx', 45],
		[`${F}/docx/memoq12_bilingual_table_nl-en.docx`, 'docx-bilingual', 27]
	])(needsShared('%s'), (path, format, units) => {
		const r = duiyi('inspect', path);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ format, units });
	});

	it.each([['corpus/yichun-etdz-2023/zh.txt', 'txt', 35]])('%s', (path, format, units) => {
		const r = duiyi('inspect', path);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ format, units });
	});

	it.each([
		['missing.tmx', null, /cannot read .*missing\.tmx: no such file/],
		[
			'broken.xlf',
			'<xliff version="1.2">\n<file>\n<body></file></xliff>',
			/cannot read .*broken\.xlf: end tag <\/file> does not match the open <body> \(line 3\)/
		],
		[
			'image.png',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
			/cannot read .*image\.png: /
		],
		['empty.txt', '', /the file is empty/]
	])('%s: exit 2, one line, no stack trace', (name, content, message) => {
		const path = join(dir, name);
		if (content !== null) writeFileSync(path, content);
		const r = duiyi('inspect', path);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
	});
});
