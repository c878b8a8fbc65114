import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { hasShared, needsShared } from '../helpers/shared.ts';

const ZH = 'corpus/yichun-etdz-2023/zh.txt';
const EN = 'corpus/yichun-etdz-2023/en.txt';
const MAC_ZH = '../shared/bench/mac-dev/zh/006.txt';
const MAC_EN = '../shared/bench/mac-dev/en/006.txt';

function duiyi(...args: string[]): string {
	return execFileSync('node', ['bin/duiyi.js', 'align', ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 26
	});
}

type Bead = { zh: number[]; en: number[]; score: number };

function expectCovering(beads: { zh: number[]; en: number[] }[], nz: number, ne: number) {
	expect(beads.flatMap((b) => b.zh)).toEqual(Array.from({ length: nz }, (_, k) => k));
	expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: ne }, (_, k) => k));
}

describe('duiyi align', { timeout: 180_000 }, () => {
	const tmp = tempDir('duiyi-align-test-');

	it('prints JSON beads over paragraphs covering both sides, blocks 9–11 joined', () => {
		const { beads } = JSON.parse(duiyi(ZH, EN)) as { beads: Bead[] };
		expectCovering(beads, 35, 28);
		expect(beads).toContainEqual(expect.objectContaining({ zh: [9, 10, 11], en: [9] }));
		for (const b of beads) expect(b.score).toBeGreaterThanOrEqual(0);
	});

	it.skipIf(!hasShared)(needsShared('writes MAC bead lines for line units, one per line'), () => {
		const out = duiyi(MAC_ZH, MAC_EN, '--unit', 'line', '--format', 'align');
		const lines = out.trim().split('\n');
		for (const line of lines) expect(line).toMatch(/^\[[0-9,]*\]:\[[0-9,]*\]$/);
		const beads = lines.map((l) => {
			const [zh, en] = l.split(':').map((s) => JSON.parse(s) as number[]);
			return { zh, en };
		});
		const count = (p: string) => readFileSync(p, 'utf8').split('\n').filter(Boolean).length;
		expectCovering(beads, count(MAC_ZH), count(MAC_EN));
	});

	it('writes tab-separated pairs and a well-formed TMX to --out', () => {
		const tsv = join(tmp, 'out.tsv');
		duiyi(ZH, EN, '--format', 'tsv', '--out', tsv);
		const rows = readFileSync(tsv, 'utf8').trim().split('\n');
		expect(rows.length).toBeGreaterThan(20);
		for (const row of rows) expect(row.split('\t')).toHaveLength(2);
		expect(rows[0]).toMatch(/^风华正茂.*\tIn Its Prime/);

		const tmx = duiyi(ZH, EN, '--format', 'tmx');
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(tmx);
		expect(parsed.tmx['@_version']).toBe('1.4');
		expect(parsed.tmx.header['@_srclang']).toBe('zh-CN');
		expect(parsed.tmx.body.tu.length).toBe(28);
	});

	it('escapes XML in TMX segments', () => {
		const zh = join(tmp, 'zh.txt');
		const en = join(tmp, 'en.txt');
		writeFileSync(zh, '甲<乙>&丙。\n');
		writeFileSync(en, 'A <b> & "c".\n');
		const tmx = duiyi(zh, en, '--format', 'tmx');
		expect(tmx).toContain('<seg>甲&lt;乙&gt;&amp;丙。</seg>');
		expect(tmx).toContain('<seg>A &lt;b&gt; &amp; ');
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(tmx);
		expect(parsed.tmx.body.tu.tuv[1].seg).toBe('A <b> & "c".');
	});

	it('accepts a CSV glossary', () => {
		const { beads } = JSON.parse(
			duiyi(ZH, EN, '--glossary', 'corpus/yichun-etdz-2023/glossary.csv')
		) as { beads: Bead[] };
		expectCovering(beads, 35, 28);
	});

	const failures: [string, string[], number, RegExp][] = [
		['a missing file', ['nope.txt', EN], 2, /cannot read nope\.txt/],
		['a bad format', [ZH, EN, '--format', 'xml'], 1, /--format must be one of/],
		['a bad unit', [ZH, EN, '--unit', 'word'], 1, /--unit must be one of/],
		['one file only', [ZH], 1, /usage/],
		['a missing glossary', [ZH, EN, '--glossary', 'none.csv'], 2, /cannot read none\.csv/],
		['a missing batch list', ['--batch', 'none.tsv', '--out-dir', 'x'], 2, /cannot read none\.tsv/],
		['a batch without --out-dir', ['--batch', 'none.tsv'], 1, /--out-dir/]
	];
	for (const [name, args, code, message] of failures) {
		it(`fails with one line on ${name}`, () => {
			const r = spawnSync('node', ['bin/duiyi.js', 'align', ...args], { encoding: 'utf8' });
			expect(r.status).toBe(code);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stderr).toMatch(message);
			expect(r.stdout).toBe('');
		});
	}

	describe('--batch', () => {
		const dir = tempDir('duiyi-batch-test-');
		const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
		write('a.txt', '我们走了。\n他来了。\n');
		write('a.en.txt', 'We left.\nHe came.\n');
		write('b.zh', '第一句。\n第二句，第三句。\n');
		write('b.en', 'One.\nTwo.\nThree.\n');
		write('list.tsv', '# pairs\na.txt\ta.en.txt\n\nb.zh\tb.en\n');

		it('aligns every pair of the list in one process into DIR/NAME.align', () => {
			const out = join(dir, 'out');
			const report = JSON.parse(
				duiyi('--batch', join(dir, 'list.tsv'), '--out-dir', out, '--unit', 'line')
			) as { pairs: { name: string; out: string; beads: number }[] };
			expect(report.pairs.map((p) => p.name)).toEqual(['a', 'b']);
			expect(readFileSync(join(out, 'a.align'), 'utf8')).toBe('[0]:[0]\n[1]:[1]\n');
			const b = readFileSync(join(out, 'b.align'), 'utf8').trim().split('\n');
			const beads = b.map((l) => l.split(':').map((s) => JSON.parse(s) as number[]));
			expectCovering(
				beads.map(([zh, en]) => ({ zh, en })),
				2,
				3
			);
		});

		it('gives the same beads as aligning each pair alone, and JSON with --format json', () => {
			const out = join(dir, 'json');
			duiyi(
				'--batch',
				join(dir, 'list.tsv'),
				'--out-dir',
				out,
				'--unit',
				'line',
				'--format',
				'json'
			);
			const alone = JSON.parse(duiyi(join(dir, 'b.zh'), join(dir, 'b.en'), '--unit', 'line'));
			expect(JSON.parse(readFileSync(join(out, 'b.json'), 'utf8'))).toEqual(alone);
		});

		const bad: [string, string, RegExp][] = [
			[
				'a pair file that is missing',
				'a.txt\tmissing.txt\n',
				/cannot read .*missing\.txt: no such file/
			],
			['a line without a tab', 'a.txt a.en.txt\n', /line 1 is not ZH<TAB>EN/],
			['an empty list', '# nothing\n', /lists no ZH<TAB>EN pair/]
		];
		for (const [name, list, message] of bad) {
			it(`exits 2 with one line and writes nothing on ${name}`, () => {
				write('bad.tsv', list);
				const out = join(dir, 'bad-out');
				const r = spawnSync(
					'node',
					['bin/duiyi.js', 'align', '--batch', join(dir, 'bad.tsv'), '--out-dir', out],
					{ encoding: 'utf8' }
				);
				expect(r.status).toBe(2);
				expect(r.stderr.trim().split('\n')).toHaveLength(1);
				expect(r.stderr).toMatch(message);
				expect(existsSync(out)).toBe(false);
			});
		}
	});
});
