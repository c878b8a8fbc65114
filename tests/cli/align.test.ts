import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
		expect(tmx).toContain('<seg>A &lt;b&gt; &amp; &quot;c&quot;.</seg>');
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
		['a missing glossary', [ZH, EN, '--glossary', 'none.csv'], 2, /cannot read none\.csv/]
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
});
