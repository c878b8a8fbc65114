import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

function duiyi(...args: string[]) {
	const r = spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = tempDir('duiyi-terms-');
const glossary = join(dir, 'g.csv');
writeFileSync(
	glossary,
	'zh,en,status\n放管服,streamline administration,preferred\n放管服,red tape,forbidden\n开发区,development zone,\n经济技术开发区,ETDZ,\n5G产业,5G industry,\n'
);

describe('duiyi terms', () => {
	it('lists terms per paragraph with UTF-16 offsets into the unit', () => {
		const zh = join(dir, 'zh.txt');
		const text = '深化放管服改革。\n\n宜春經濟技術開發區发展𠀀5G产业。';
		writeFileSync(zh, text);
		const r = duiyi('terms', zh, '--glossary', glossary);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const { matches } = JSON.parse(r.stdout);
		expect(matches).toEqual([
			{
				unit: 0,
				start: 2,
				end: 5,
				zh: '放管服',
				en: ['streamline administration'],
				forbidden: ['red tape']
			},
			{ unit: 1, start: 2, end: 9, zh: '经济技术开发区', en: ['ETDZ'] },
			// the astral character before 5G counts as two UTF-16 code units
			{ unit: 1, start: 13, end: 17, zh: '5G产业', en: ['5G industry'] }
		]);
		const units = text.split('\n\n');
		for (const m of matches)
			expect(units[m.unit].slice(m.start, m.end).length).toBe(m.end - m.start);
	});

	it('counts units by line with --unit line, using the corpus text and glossary', () => {
		const r = duiyi(
			'terms',
			'corpus/yichun-etdz-2023/zh.txt',
			'--glossary',
			'corpus/yichun-etdz-2023/glossary.csv',
			'--unit',
			'line'
		);
		expect(r.status).toBe(0);
		const { matches } = JSON.parse(r.stdout);
		const lines = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8')
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter((l) => l);
		expect(matches.length).toBeGreaterThan(20);
		for (const m of matches) expect(lines[m.unit].slice(m.start, m.end)).toBe(m.zh);
		expect(matches.map((m: { zh: string }) => m.zh)).toContain('产城融合');
	});

	it.each([
		[['terms', 'corpus/yichun-etdz-2023/zh.txt'], 1, /--glossary FILE is required/],
		[
			['terms', 'corpus/yichun-etdz-2023/zh.txt', '--glossary', join(dir, 'missing.csv')],
			2,
			/cannot read .*missing\.csv: no such file/
		],
		[
			['terms', 'corpus/yichun-etdz-2023/zh.txt', '--glossary', glossary, '--unit', 'word'],
			1,
			/--unit must be one of paragraph, line/
		]
	])('fails clearly: %j', (args, status, message) => {
		const r = duiyi(...args);
		expect(r.status).toBe(status);
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('says where a broken glossary is broken', () => {
		const bad = join(dir, 'bad.tbx');
		writeFileSync(bad, '<tbx>\n<text><body>\n<conceptEntry id="a">\n</body></text></tbx>');
		const r = duiyi('terms', 'corpus/yichun-etdz-2023/zh.txt', '--glossary', bad);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/cannot read glossary .*bad\.tbx: not well-formed XML at line \d+/);
	});
});
