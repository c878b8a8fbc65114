import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.ts';

function duiyi(...args: string[]) {
	const r = spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = tempDir('duiyi-glossary-');

describe('duiyi glossary convert', () => {
	it('converts CSV → TBX → CSV without losing anything', () => {
		const tbx = join(dir, 'yichun.tbx');
		const csv = join(dir, 'yichun.csv');
		const first = duiyi('glossary', 'convert', 'corpus/yichun-etdz-2023/glossary.csv', tbx);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		const report = JSON.parse(first.stdout);
		expect(report.from).toMatchObject({ format: 'csv', languages: ['zh', 'en'] });
		expect(report.to.format).toBe('tbx');
		expect(report.to.entries).toBe(report.from.entries);
		expect(report.dropped).toEqual({ entries: 0, terms: 0 });
		expect(readFileSync(tbx, 'utf8')).toContain('<tbx type="TBX-Basic" style="dca"');
		const second = duiyi('glossary', 'convert', tbx, csv);
		expect(second.status).toBe(0);
		expect(JSON.parse(second.stdout).to.terms).toBe(report.from.terms);
		// same rows as a canonical export of the original (ids and dates are not CSV columns)
		const rows = (file: string) =>
			readFileSync(file, 'utf8')
				.split('\r\n')
				.map((r) => r.replace(/,[^,]*$/, ''));
		const direct = join(dir, 'direct.csv');
		duiyi('glossary', 'convert', 'corpus/yichun-etdz-2023/glossary.csv', direct);
		expect(rows(csv)).toEqual(rows(direct));
	});

	const tbxName =
		'converts the TBX 2008 fixture to TSV and reports what a two-column file cannot hold';
	it.skipIf(!hasShared)(needsShared(tbxName), () => {
		const tsv = join(dir, 'ibm.tsv');
		const r = duiyi(
			'glossary',
			'convert',
			sharedPath('fixtures/tbx/tbx2008_martif_ibm_en_fr.tbx'),
			tsv
		);
		expect(r.status).toBe(0);
		const report = JSON.parse(r.stdout);
		expect(report.from).toMatchObject({ format: 'tbx', entries: 5, languages: ['en', 'fr'] });
		expect(report.to.format).toBe('tsv');
		expect(report.warnings.map((w: { code: string }) => w.code)).toContain('tbx_data_not_kept');
		expect(readFileSync(tsv, 'utf8').split('\r\n')[0].split('\t').slice(0, 2)).toEqual([
			'en',
			'fr'
		]);
	});

	it.each([
		[
			['glossary', 'convert', 'corpus/yichun-etdz-2023/glossary.csv'],
			1,
			/usage: duiyi glossary convert IN OUT/
		],
		[['glossary', 'export', 'a.csv', 'b.tbx'], 1, /usage/],
		[
			['glossary', 'convert', 'corpus/yichun-etdz-2023/glossary.csv', join(dir, 'x.docx')],
			1,
			/name it \.csv, \.tsv or \.tbx/
		],
		[['glossary', 'convert', join(dir, 'none.csv'), join(dir, 'x.tbx')], 2, /no such file/]
	])('fails clearly: %j', (args, status, message) => {
		const r = duiyi(...args);
		expect(r.status).toBe(status);
		expect(r.stderr).toMatch(message);
	});

	it('writes nothing and names the line of a broken CSV', () => {
		const bad = join(dir, 'bad.csv');
		const out = join(dir, 'bad-out.tbx');
		writeFileSync(bad, 'zh,en\n放管服,ok\n产城融合,"unterminated\n');
		const r = duiyi('glossary', 'convert', bad, out);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/line 3/);
		expect(existsSync(out)).toBe(false);
	});

	it('reads a GBK-encoded CSV', () => {
		const gbk = join(dir, 'gbk.csv');
		// 放管服,streamline administration in GBK
		writeFileSync(
			gbk,
			Buffer.concat([
				Buffer.from([0xb7, 0xc5, 0xb9, 0xdc, 0xb7, 0xfe]),
				Buffer.from(',streamline administration\n')
			])
		);
		const out = join(dir, 'gbk.tbx');
		const r = duiyi('glossary', 'convert', gbk, out);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).from.encoding).toBe('gb18030');
		expect(readFileSync(out, 'utf8')).toContain('<term>放管服</term>');
	});
});
