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
		// Paragraphs without English are left out of the English DOCX unless asked for.
		['docx-target', 'docx', file.segments.filter((s) => s.target.trim()).length],
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
			// The corpus project has new paragraphs: an English or bilingual document lists them.
			if (format.startsWith('docx')) expect(r.stderr).toMatch(/^\d+ paragraphs without English/);
			else expect(r.stderr).toBe('');
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

	const gaps = file.segments.filter((s) => !s.target.trim()).length;
	const hasChinese = /[\u4e00-\u9fff]/;

	it('leaves paragraphs without English blank and lists them on stderr', () => {
		const r = duiyi('export', project, '--format', 'txt');
		expect(r.status).toBe(0);
		expect(r.stdout).not.toMatch(hasChinese);
		expect(r.stderr.split('\n')[0]).toBe(
			`${gaps} paragraphs without English (left blank): ${file.segments
				.filter((s) => !s.target.trim())
				.map((s) => `¶${s.order + 1}`)
				.join(', ')}`
		);
	});

	it('keeps the Chinese marked when asked', () => {
		const r = duiyi('export', project, '--format', 'txt', '--untranslated', 'source');
		expect(r.stdout.match(/\[UNTRANSLATED\] /g)).toHaveLength(gaps);
		expect(r.stderr).toMatch(/their Chinese is kept, marked/);
	});

	it('says when a TMX holds no unit, and --status draft includes drafts', () => {
		const none = JSON.parse(serializeProjectFile(file));
		for (const s of none.segments) if (s.target) s.status = 'draft';
		const path = join(dir, 'drafts.json');
		writeFileSync(path, JSON.stringify(none));
		const out = join(dir, 'drafts.tmx');
		const r = duiyi('export', path, '--format', 'tmx', '--out', out);
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/^no unit written: .*add --status draft to include drafts/);
		const again = duiyi('export', path, '--format', 'tmx', '--status', 'draft', '--out', out);
		expect(again.stderr).toBe('');
		expect(inspect(new Uint8Array(readFileSync(out)), out).units).toBe(file.segments.length - gaps);
	});

	it('writes a group translated together once', () => {
		const grouped = JSON.parse(serializeProjectFile(file));
		const [lead, member] = grouped.segments.filter(
			(s: { target: string; kind: string }) => s.kind === 'body'
		);
		member.target = '';
		member.translatedWith = lead.id;
		const path = join(dir, 'grouped.json');
		writeFileSync(path, JSON.stringify(grouped));
		const r = duiyi('export', path, '--format', 'txt');
		expect(r.stderr).not.toMatch(new RegExp(`¶${member.order + 1}\\b`));
		const xlf = duiyi('export', path, '--format', 'xliff');
		expect((xlf.stdout.match(/<unit\b/g) ?? []).length).toBe(file.segments.length - 1);
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
