import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProjectFile } from '../../src/lib/domain/formats/project/project-file.ts';
import { unlinkedLines } from '../../src/cli/commands/new.ts';
import { tempDir } from '../helpers/temp.ts';

const duiyi = (...args: string[]) =>
	spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = tempDir('duiyi-new-');
const corpus = 'corpus/yichun-etdz-2023';

describe('duiyi new', () => {
	it(
		'gives every paragraph of a merged draft paragraph its English, or marks it translated together',
		{ timeout: 120_000 },
		() => {
			// The team's English with paragraphs 13 and 14 (1-based, both body text) run into one.
			const en = readFileSync(`${corpus}/en.txt`, 'utf8')
				.replace(/\r\n?/g, '\n')
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter(Boolean);
			en.splice(12, 2, `${en[12]} ${en[13]}`);
			const enPath = join(dir, 'merged.txt');
			writeFileSync(enPath, en.join('\n\n') + '\n');
			const out = join(dir, 'merged.json');
			const r = duiyi('new', `${corpus}/zh.txt`, enPath, '--out', out);
			expect(r.status).toBe(0);
			const file = parseProjectFile(readFileSync(out, 'utf8')).value!;
			// No paragraph is left new and empty: the draft translates them all.
			const left = file.segments.filter((s) => !s.target && !s.translatedWith);
			expect(left.map((s) => s.order + 1)).toEqual([]);
			const words = file.segments
				.map((s) => s.target)
				.join(' ')
				.split(/\s+/).length;
			expect(words).toBe(en.join(' ').split(/\s+/).length);
		}
	);

	it(
		'names on stderr the draft paragraphs linked to no Chinese paragraph, and keeps them',
		{ timeout: 120_000 },
		() => {
			// draft-b ends its table with a translator's note the Chinese has not: a 0-1 bead.
			const article = 'corpus/anping-medical-insurance-2024';
			const out = join(dir, 'note.json');
			const r = duiyi('new', `${article}/zh.txt`, `${article}/draft-b.txt`, '--out', out);
			expect(r.status).toBe(0);
			const lines = r.stderr.trim().split('\n');
			const [, n] = /^1 draft paragraph linked to no Chinese paragraph .*: ¶(\d+)$/.exec(lines[0])!;
			expect(lines[1]).toMatch(new RegExp(`^  ¶${n} Translator's note: `));
			const file = parseProjectFile(readFileSync(out, 'utf8')).value!;
			const note = file.drafts[0].paragraphs[Number(n) - 1];
			expect(note).toMatch(/^Translator's note: /);
			expect(file.segments.some((s) => s.target.includes(note))).toBe(false);
		}
	);

	it(
		'reads the draft as the client sent it: an English byline without a full stop stays its own paragraph',
		{ timeout: 120_000 },
		() => {
			const zhPath = join(dir, 'byline-zh.txt');
			const enPath = join(dir, 'byline-en.txt');
			writeFileSync(
				zhPath,
				[
					'青川：一条老街的新生',
					'本报记者　林　舟　通讯员　陈　雨',
					'入冬以来，青川县老街上的游客明显多了起来。街口的茶馆里，老板正忙着招呼客人。',
					'近两年，县里投入1.2亿元改造老街，修缮了86栋老宅。'
				].join('\n\n') + '\n'
			);
			writeFileSync(
				enPath,
				[
					'Qingchuan: new life for an old street',
					'Staff reporter Lin Zhou, correspondent Chen Yu',
					'Since winter set in, visitors to the old street of Qingchuan County have clearly grown in number. In the teahouse at the street corner, the owner is busy serving guests.',
					'Over the past two years, the county has invested 120 million yuan in renovating the old street and restored 86 old houses.'
				].join('\n\n') + '\n'
			);
			const out = join(dir, 'byline.json');
			const r = duiyi('new', zhPath, enPath, '--out', out);
			expect(r.status).toBe(0);
			const file = parseProjectFile(readFileSync(out, 'utf8')).value!;
			const targets = [...file.segments].sort((a, b) => a.order - b.order).map((s) => s.target);
			expect(targets[1]).toBe('Staff reporter Lin Zhou, correspondent Chen Yu');
			expect(targets[2]).toMatch(/^Since winter set in/);
		}
	);

	it('segments, repairs, aligns and attaches the glossary', { timeout: 120_000 }, () => {
		const out = join(dir, 'p.json');
		const r = duiyi(
			'new',
			`${corpus}/zh.txt`,
			`${corpus}/en.txt`,
			'--glossary',
			`${corpus}/glossary.csv`,
			'--out',
			out
		);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const summary = JSON.parse(r.stdout);
		const parsed = parseProjectFile(readFileSync(out, 'utf8'));
		expect(parsed.issues).toEqual([]);
		const file = parsed.value!;
		expect(summary).toMatchObject({
			segments: file.segments.length,
			terms: file.termEntries.length
		});
		expect(file.segments[0]).toMatchObject({
			kind: 'title',
			source: '风华正茂勇争先',
			target: 'In Its Prime, Striving to Lead',
			status: 'draft',
			provenance: 'aligned'
		});
		// repair joined the paragraphs broken across lines in the seed article
		expect(file.segments.some((s) => (s.joined?.length ?? 0) > 1)).toBe(true);
		expect(file.segments.filter((s) => s.target).length).toBeGreaterThan(
			file.segments.length * 0.8
		);
		expect(file.drafts[0].beads.length).toBeGreaterThan(0);
		expect(file.termEntries.length).toBeGreaterThan(10);
		expect(file.termEntries.every((e) => e.glossaryIds[0] === file.glossaries[0].id)).toBe(true);
	});

	it('a Chinese document alone gives untranslated segments', { timeout: 60_000 }, () => {
		const r = duiyi('new', `${corpus}/zh.txt`);
		expect(r.status).toBe(0);
		const file = JSON.parse(r.stdout);
		expect(file.format).toBe('duiyi-project');
		expect(
			file.segments.every(
				(s: { status: string; target: string }) => s.status === 'new' && s.target === ''
			)
		).toBe(true);
	});

	it.each([
		[
			['new', 'no/such/file.txt', '--out', join(dir, 'x.json')],
			2,
			/cannot read no\/such\/file\.txt: no such file/
		],
		[['new', `${corpus}/zh.txt`, '--glossary', 'no/such.csv'], 2, /cannot read no\/such\.csv/],
		[['new'], 1, /usage: duiyi new/]
	])('fails clearly: %j', (args, code, message) => {
		const r = duiyi(...args);
		expect(r.status).toBe(code);
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('unlinkedLines', () => {
	it('is silent when every draft paragraph is linked', () => {
		expect(unlinkedLines([], ['A.'])).toEqual([]);
	});

	it('names the paragraphs 1-based, each with its opening words, at most 20', () => {
		expect(unlinkedLines([0, 2], ['A.', 'B.', 'Translator’s   note.'])).toEqual([
			"2 draft paragraphs linked to no Chinese paragraph (kept in the project's draft, not in any target): ¶1, ¶3",
			'  ¶1 A.',
			'  ¶3 Translator’s note.'
		]);
		const many = Array.from({ length: 22 }, (_, i) => i);
		const lines = unlinkedLines(
			many,
			many.map((i) => `P${i} `.repeat(30))
		);
		expect(lines).toHaveLength(22);
		expect(lines[1]).toMatch(/^ {2}¶1 P0 P0 .{40,}…$/);
		expect(lines[21]).toBe('  … and 2 more');
	});
});
