import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusProject } from '../judges/corpus-project.ts';
import { serializeProjectFile } from '../../src/lib/domain/formats/project/project-file.ts';
import { inspect } from '../../src/lib/domain/formats/inspect.ts';
import { tempDir } from '../helpers/temp.ts';

const duiyi = (...args: string[]) =>
	spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = tempDir('duiyi-export-');
const project = join(dir, 'p.json');
const file = corpusProject();

beforeAll(() => writeFileSync(project, serializeProjectFile(file)));

describe('duiyi export', () => {
	it.each([
		['docx', 'docx-bilingual', file.segments.length],
		['docx-target', 'docx', file.segments.length],
		['xliff', 'xliff', file.segments.length],
		['xliff12', 'xliff', file.segments.length],
		[
			'tmx',
			'tmx',
			file.segments.filter(
				(s) => (s.status === 'translated' || s.status === 'reviewed') && s.target
			).length
		],
		['tbx', 'tbx', 1],
		['notes', 'web-annotation', 1]
	])(
		'--format %s is read back by inspect as %s with %i units',
		{ timeout: 60_000 },
		(format, kind, units) => {
			const out = join(dir, `out.${format}`);
			const r = duiyi('export', project, '--format', format, '--out', out);
			expect(r.stderr).toBe('');
			expect(r.status).toBe(0);
			const seen = inspect(new Uint8Array(readFileSync(out)), out);
			expect([seen.format, seen.units]).toEqual([kind, units]);
		}
	);

	it.each([
		['html', '<!DOCTYPE html>'],
		['md', '# 风华正茂勇争先'],
		['txt', 'In Its Prime, Striving to Lead\n\n']
	])('--format %s to stdout', { timeout: 60_000 }, (format, start) => {
		const r = duiyi('export', project, '--format', format);
		expect(r.status).toBe(0);
		expect(r.stdout.startsWith(start)).toBe(true);
	});

	it('--by sentence gives more XLIFF segments than paragraphs', { timeout: 120_000 }, () => {
		const out = join(dir, 's.xlf');
		expect(
			duiyi('export', project, '--format', 'xliff', '--by', 'sentence', '--out', out).status
		).toBe(0);
		const segments = (readFileSync(out, 'utf8').match(/<segment /g) ?? []).length;
		expect(segments).toBeGreaterThan(file.segments.length);
	});

	it.each([
		[
			['export', 'no/such.json', '--format', 'xliff'],
			2,
			/cannot read no\/such\.json: no such file/
		],
		[
			['export', 'corpus/yichun-etdz-2023/zh.txt', '--format', 'xliff'],
			2,
			/cannot read .*zh\.txt: not valid JSON/
		],
		[['export', 'PROJECT', '--format', 'pdf'], 1, /--format must be one of docx, docx-target/],
		[['export', 'PROJECT', '--format', 'docx'], 1, /give --out FILE\.docx/]
	])('fails clearly: %j', (args, code, message) => {
		const r = duiyi(...args.map((a) => (a === 'PROJECT' ? project : a)));
		expect(r.status).toBe(code);
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses a project file with a bad record, naming it', () => {
		const bad = JSON.parse(serializeProjectFile(file));
		bad.segments[3].status = 'finished';
		const path = join(dir, 'bad.json');
		writeFileSync(path, JSON.stringify(bad));
		const r = duiyi('export', path, '--format', 'txt');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/segments\[3\]: field "status"/);
	});
});
