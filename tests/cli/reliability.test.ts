/**
 * Hostile files refused with exit 2 and one line naming the limit; output cut short or a full
 * disk end the command without a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	ftruncateSync,
	openSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { LIMITS } from '../../src/lib/domain/formats/limits.ts';
import { buildZip, deflateFilled } from '../helpers/zip.ts';
import { tempDir } from '../helpers/temp.ts';

const duiyi = (...args: string[]) =>
	spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8', timeout: 120_000 });
const shell = (command: string) =>
	spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { encoding: 'utf8', timeout: 120_000 });
const dir = tempDir('duiyi-reliability-');
const ZH = 'corpus/yichun-etdz-2023/zh.txt';

const HEAD =
	'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const TAIL = '</w:body></w:document>';
const docx = (body: string) => zipSync({ 'word/document.xml': strToU8(HEAD + body + TAIL) });
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

function file(name: string, data: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, data);
	return path;
}

function expectRefused(r: ReturnType<typeof duiyi>, limit: RegExp) {
	expect(r.status).toBe(2);
	expect(r.stderr).toMatch(limit);
	expect(r.stderr.trim().split('\n')).toHaveLength(1);
	expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('readers refuse hostile files at a limit, exit 2', { timeout: 180_000 }, () => {
	it('a DOCX zip bomb (small file, document.xml past the unpacked limit) in inspect, segment and new', () => {
		const data = deflateFilled(
			HEAD + '<w:p><w:r><w:t>',
			LIMITS.zipUnpackedBytes + 1,
			'</w:t></w:r></w:p>' + TAIL
		);
		const bomb = file(
			'bomb.docx',
			buildZip([{ name: 'word/document.xml', data, method: 8, declaredSize: 4096 }])
		);
		for (const args of [
			['inspect', bomb],
			['segment', bomb],
			['new', bomb, '--out', join(dir, 'p.json')]
		]) {
			expectRefused(duiyi(...args), /unpacks to more than 256 MB/);
		}
		expect(existsSync(join(dir, 'p.json'))).toBe(false);
	});

	it('20,000 nested DOCX tables and 100,000 nested w:sdt', () => {
		const tables = file(
			'tables.docx',
			docx(
				'<w:tbl><w:tr><w:tc>'.repeat(20_000) + para('x') + '</w:tc></w:tr></w:tbl>'.repeat(20_000)
			)
		);
		const sdt = file(
			'sdt.docx',
			docx(
				'<w:sdt><w:sdtContent>'.repeat(100_000) +
					para('x') +
					'</w:sdtContent></w:sdt>'.repeat(100_000)
			)
		);
		for (const path of [tables, sdt]) {
			expectRefused(duiyi('inspect', path), /nested more than 512 deep/);
			expectRefused(duiyi('segment', path), /nested more than 512 deep/);
		}
	});

	it('100,000 nested XLIFF <g>', () => {
		const xlf = file(
			'g.xlf',
			'<xliff version="1.2"><file source-language="zh-CN" target-language="en" original="a"><body><trans-unit id="1"><source>' +
				'<g id="1">'.repeat(100_000) +
				'经开区' +
				'</g>'.repeat(100_000) +
				'</source></trans-unit></body></file></xliff>'
		);
		expectRefused(duiyi('inspect', xlf), /nested more than 512 deep/);
	});

	it('100,000 nested elements in a TBX termbase and a TMX memory, by every command that reads them', () => {
		const deep = (open: string, close: string) => open.repeat(100_000) + close.repeat(100_000);
		const tbx = file(
			'deep.tbx',
			'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>' +
				deep('<hi>', '</hi>') +
				'</term></termSec></langSec></conceptEntry></body></text></tbx>'
		);
		expectRefused(duiyi('inspect', tbx), /nested more than 512 deep/);
		expectRefused(
			duiyi('glossary', 'convert', tbx, join(dir, 'deep.csv')),
			/nested more than 512 deep/
		);
		expect(existsSync(join(dir, 'deep.csv'))).toBe(false);
		const tmx = file(
			'deep.tmx',
			'<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="zh-CN"><seg>' +
				deep('<hi>', '</hi>') +
				'</seg></tuv></tu></body></tmx>'
		);
		expectRefused(duiyi('inspect', tmx), /nested more than 512 deep/);
	});

	it('a file past the size limit is refused before it is read', () => {
		const path = join(dir, 'huge.txt');
		const fd = openSync(path, 'w');
		ftruncateSync(fd, LIMITS.fileBytes + 1); // sparse: nothing is written to disk
		closeSync(fd);
		expectRefused(duiyi('stats', path), /larger than 200 MB/);
	});
});

describe('output that cannot be written', () => {
	it('ends quietly when the reader of a pipe stops (EPIPE)', () => {
		const big = file('big.txt', readFileSync(ZH, 'utf8').repeat(60));
		const r = shell(`node bin/duiyi.js segment ${big} --sentences | head -c 100 > /dev/null`);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it.runIf(existsSync('/dev/full'))('says the disk is full in one line (ENOSPC)', () => {
		for (const r of [
			shell(`node bin/duiyi.js stats ${ZH} > /dev/full`),
			duiyi('segment', ZH, '--out', '/dev/full')
		]) {
			expect(r.status).toBe(1);
			expect(r.stderr).toMatch(/the disk is full/);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
		}
	});
});
