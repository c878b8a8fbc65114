/**
 * The whole command-line path on the seed article, judged from outside: `duiyi new` (segment,
 * repair, align, glossary) then `duiyi export` by sentence; translate-toolkit reads the XLIFF 1.2
 * and the OASIS schema accepts the XLIFF 2.1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasShared, needsShared, SHARED } from './corpus-project.ts';
import { missing, run, tempDir } from './tools.ts';

const corpus = 'corpus/yichun-etdz-2023';
const dir = tempDir('duiyi-pipeline-');
const project = join(dir, 'p.json');
const duiyi = (...args: string[]) => run('node', ['bin/duiyi.js', ...args], { timeout: 180_000 });
const noXmllint = missing('xmllint');
const noTtk = missing('translate-toolkit');

describe('duiyi new → export, judged by other programs', () => {
	let segments: { source: string; target: string }[] = [];
	beforeAll(() => {
		const r = duiyi(
			'new',
			`${corpus}/zh.txt`,
			`${corpus}/en.txt`,
			'--glossary',
			`${corpus}/glossary.csv`,
			'--out',
			project
		);
		expect(r.stderr).toBe('');
		segments = JSON.parse(readFileSync(project, 'utf8')).segments;
		for (const format of ['xliff', 'xliff12']) {
			const e = duiyi(
				'export',
				project,
				'--format',
				format,
				'--by',
				'sentence',
				'--out',
				join(dir, `${format}.xlf`)
			);
			expect(e.stderr).toBe('');
		}
	}, 300_000);

	it.skipIf(!!noXmllint || !hasShared)(
		needsShared(
			`XLIFF 2.1 by sentence validates (core + modules)${noXmllint ? ` (${noXmllint})` : ''}`
		),
		() => {
			const r = run('xmllint', [
				'--noout',
				'--nonet',
				'--schema',
				resolve(SHARED, 'schemas/xliff2/xliff20_core_and_modules.xsd'),
				join(dir, 'xliff.xlf')
			]);
			expect(r.status).toBe(0);
			expect(
				(readFileSync(join(dir, 'xliff.xlf'), 'utf8').match(/<segment /g) ?? []).length
			).toBeGreaterThan(segments.length);
		}
	);

	it.skipIf(!!noTtk)(
		`translate-toolkit reads the XLIFF 1.2: one unit per paragraph, texts intact${noTtk ? ` (${noTtk})` : ''}`,
		() => {
			const script = `
import json, sys
from translate.storage import factory
s = factory.getobject(sys.argv[1])
print(json.dumps([[u.source, u.target or ""] for u in s.units if u.source], ensure_ascii=False))
`;
			const r = run('/usr/bin/python3', ['-c', script, join(dir, 'xliff12.xlf')]);
			expect(r.stderr).toBe('');
			const units = JSON.parse(r.stdout) as [string, string][];
			expect(units.length).toBe(segments.length);
			// translate-toolkit reads the plain text of the paragraph (mrk sentence marks dropped)
			units.forEach(([source, target], i) => {
				expect(source).toBe(segments[i].source);
				expect(target).toBe(segments[i].target);
			});
		}
	);
});
