import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeProjectFile } from '../../src/lib/domain/formats/project/project-file.ts';
import { serializeTmx } from '../../src/lib/domain/formats/tmx/serialize.ts';
import { countDocument } from '../../src/lib/domain/stats/count.ts';
import { corpusProject } from '../judges/corpus-project.ts';
import { tempDir } from '../helpers/temp.ts';

const duiyi = (...args: string[]) =>
	spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = tempDir('duiyi-analyze-');
const project = join(dir, 'p.json');
const tmx = join(dir, 'm.tmx');
const file = { ...corpusProject(), tmUnits: [] };

beforeAll(() => {
	writeFileSync(project, serializeProjectFile(file));
	// The memory holds the first three paragraphs exactly.
	const pairs = file.segments.slice(0, 3).map((s) => ({
		source: s.source,
		target: 'x',
		sourceLang: 'zh-CN',
		targetLang: 'en'
	}));
	writeFileSync(tmx, serializeTmx(pairs));
});

interface Row {
	band: string;
	segments: number;
	words: number;
	characters: number;
}

describe('duiyi analyze', () => {
	it('prints bands, repetitions and totals as JSON', { timeout: 60_000 }, () => {
		const r = duiyi('analyze', project, '--tm', tmx, '--by', 'paragraph');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const report = JSON.parse(r.stdout);
		expect(report.bands.map((b: Row) => b.band)).toEqual([
			'context',
			'100',
			'95-99',
			'85-94',
			'75-84',
			'50-74',
			'none'
		]);
		const exact = report.bands
			.filter((b: Row) => b.band === 'context' || b.band === '100')
			.reduce((n: number, b: Row) => n + b.segments, 0);
		expect(exact).toBe(3);
		const stats = countDocument(file.segments.map((s) => s.source));
		expect(report.totals.words).toBe(stats.words);
		expect(report.totals.segments).toBe(file.segments.length);
		expect(report.unit).toBe('paragraph');
		expect(report.tmUnits).toBe(3);
	});

	it('analyses sentences by default', { timeout: 60_000 }, () => {
		const report = JSON.parse(duiyi('analyze', project).stdout);
		expect(report.unit).toBe('sentence');
		expect(report.totals.segments).toBeGreaterThan(file.segments.length);
		expect(report.bands.find((b: Row) => b.band === 'none').segments).toBe(
			report.totals.segments - report.repetitions.segments
		);
	});

	it('fails with one line and exit 2 on a file it cannot read', () => {
		const bad = join(dir, 'bad.json');
		writeFileSync(bad, '{"format":"something else"}');
		for (const r of [duiyi('analyze', bad), duiyi('analyze', project, '--tm', bad)]) {
			expect(r.status).toBe(2);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stdout).toBe('');
		}
	});

	it('documents the JSON shape in --help', () => {
		const r = duiyi('analyze', '--help');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('"repetitions"');
		expect(r.stdout).toContain('"totals"');
	});
});
