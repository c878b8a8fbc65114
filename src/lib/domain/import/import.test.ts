import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument, importPasted } from './index.ts';
import { segmentBlocks } from './segment-document.ts';

const seed = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8');

/** GB18030 two-byte codes of every character we need, found by asking TextDecoder. */
function gb18030Table(): Map<string, number[]> {
	const decoder = new TextDecoder('gb18030');
	const table = new Map<string, number[]>();
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const ch = decoder.decode(new Uint8Array([lead, trail]));
			if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
		}
	}
	return table;
}

function encodeGb18030(text: string, table: Map<string, number[]>): Uint8Array {
	const out: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) out.push(code);
		else {
			const bytes = table.get(ch);
			if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
			out.push(...bytes);
		}
	}
	return new Uint8Array(out);
}

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
	const body = bom ? '\uFEFF' + text : text;
	const out = new Uint8Array(body.length * 2);
	const view = new DataView(out.buffer);
	for (let i = 0; i < body.length; i++) view.setUint16(i * 2, body.charCodeAt(i), littleEndian);
	return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe('plain text in every encoding Chinese files arrive in', () => {
	const table = gb18030Table();
	const expected = importDocument(utf8(seed), 'zh.txt').value!;
	const crlf = seed.replace(/\n/g, '\r\n');

	it.each([
		['UTF-8', utf8(seed), 'utf-8', false],
		['UTF-8 with BOM', withBom(utf8(seed)), 'utf-8', true],
		['UTF-16 LE with BOM', utf16(seed, true), 'utf-16le', true],
		['UTF-16 BE with BOM', utf16(seed, false), 'utf-16be', true],
		['GB18030 (GBK range)', encodeGb18030(seed, table), 'gb18030', false],
		['GB18030 with CRLF line ends', encodeGb18030(crlf, table), 'gb18030', false],
		['UTF-16 LE with CRLF', utf16(crlf, true), 'utf-16le', true]
	])('%s', (_name, bytes, encoding, bom) => {
		const result = importDocument(bytes, 'zh.txt');
		expect(result.issues).toEqual([]);
		expect(result.value?.encoding).toBe(encoding);
		expect(result.value?.bom).toBe(bom);
		expect(result.value?.blocks).toEqual(expected.blocks);
		expect(result.value?.blocks).toHaveLength(35);
		expect(result.value?.blocks[0].text).toBe('风华正茂勇争先');
	});

	it('reads GBK text that is not valid UTF-8 without mojibake', () => {
		const bytes = encodeGb18030('宜春经开区锂电新能源首位产业。', table);
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		expect(importDocument(bytes, 'a.txt').value?.blocks[0].text).toBe(
			'宜春经开区锂电新能源首位产业。'
		);
	});

	it('normalises ideographic indents, NBSP, zero-width spaces and the BOM', () => {
		const text = '\uFEFF\u3000\u3000宜春\u200B经开区。\r\n\r\n\u3000\u3000Yichun\u00A0ETDZ.';
		const blocks = importDocument(utf8(text), 'a.txt').value!.blocks;
		expect(blocks.map((b) => b.text)).toEqual(['宜春经开区。', 'Yichun ETDZ.']);
	});
});

function pseudoRandomBytes(n: number, seed: number): Uint8Array {
	const out = new Uint8Array(n);
	let x = seed;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		out[i] = x >> 16;
	}
	return out;
}

const docx = (files: Record<string, string>) =>
	zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
const DOC_XML =
	'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>风华正茂勇争先</w:t></w:r></w:p></w:body></w:document>';

describe('malformed files give a clear error and nothing else', () => {
	const good = docx({ '[Content_Types].xml': '<Types/>', 'word/document.xml': DOC_XML });
	it.each([
		['an empty file', new Uint8Array(), 'empty.txt', 'import.empty'],
		['white space only', utf8(' \n\u3000\n\r\n'), 'blank.txt', 'import.empty'],
		[
			'binary junk named .txt',
			pseudoRandomBytes(4096, 7),
			'junk.txt',
			/import\.(binary|undecodable)/
		],
		[
			'more binary junk named .txt',
			pseudoRandomBytes(300, 12345),
			'junk.txt',
			/import\.(binary|undecodable)/
		],
		[
			'a PNG named .txt',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]),
			'a.txt',
			'import.binary'
		],
		['a .docx renamed .txt', good, 'a.txt', 'import.binary'],
		['a PDF named .txt', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'a.txt', 'import.binary'],
		[
			'a truncated .docx',
			good.subarray(0, Math.floor(good.length / 2)),
			'a.docx',
			'docx.truncated'
		],
		['a .docx that is not a zip', utf8('hello'), 'a.docx', 'docx.not_zip'],
		['a zip with no document', docx({ 'a.txt': 'x' }), 'a.docx', 'docx.no_document'],
		[
			'a .docx with broken XML',
			docx({ 'word/document.xml': DOC_XML.replace('</w:body>', '') }),
			'a.docx',
			'docx.bad_xml'
		],
		['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'a.doc', 'import.unsupported_format'],
		['a .pdf', utf8('%PDF-1.7'), 'a.pdf', 'import.unsupported_format'],
		['an empty .docx', new Uint8Array(), 'a.docx', 'import.empty'],
		[
			'an HTML file with no text',
			utf8('<html><script>alert(1)</script></html>'),
			'a.html',
			'import.empty'
		]
	])('%s', (_name, bytes, fileName, code) => {
		const result = importDocument(bytes, fileName);
		expect(result.value).toBeNull();
		expect(result.issues.length).toBeGreaterThan(0);
		expect(result.issues[0].severity).toBe('error');
		expect(result.issues[0].code).toMatch(code);
		expect(result.issues[0].message.length).toBeGreaterThan(5);
	});

	it('reads the good .docx the broken ones were made from', () => {
		expect(importDocument(good, 'a.docx').value?.blocks.map((b) => b.text)).toEqual([
			'风华正茂勇争先'
		]);
	});
});

describe('formats by extension and by content', () => {
	it.each([
		['a.md', '# 标题\n\n正文**一**。', 'md', ['标题', '正文一。']],
		['a.markdown', '正文。', 'md', ['正文。']],
		['a.html', '<h1>标题</h1><p>正文。</p>', 'html', ['标题', '正文。']],
		['a.HTM', '<p>正文。</p>', 'html', ['正文。']],
		['noext', '<!DOCTYPE html><html><body><p>正文。</p></body></html>', 'html', ['正文。']],
		['noext', '正文。', 'txt', ['正文。']],
		['a.txt', '<p>not html when named .txt</p>', 'txt', ['<p>not html when named .txt</p>']]
	])('%s', (name, text, format, blocks) => {
		const result = importDocument(utf8(text), name);
		expect(result.value?.format).toBe(format);
		expect(result.value?.blocks.map((b) => b.text)).toEqual(blocks);
	});

	it('imports pasted rich text as text only', () => {
		const pasted = importPasted(
			'<p style="x">宜春<b>经开区</b></p><script>alert(1)</script><p>正文。</p>',
			'html'
		);
		expect(pasted.value?.blocks.map((b) => b.text)).toEqual(['宜春经开区', '正文。']);
		expect(importPasted('甲。\n\n乙。').value?.blocks).toHaveLength(2);
	});
});

describe('segmentBlocks', () => {
	it('segments the seed article as `duiyi segment --repair --sentences` does', () => {
		const blocks = importDocument(utf8(seed), 'zh.txt').value!.blocks;
		const units = segmentBlocks(blocks, { repair: true, sentences: true });
		expect(units).toHaveLength(28);
		expect(units[9].joined).toEqual([9, 10, 11]);
		expect(units[9].sentences?.[0]).toMatch(/^近年来.*首位产业；$/u);
		expect(units[9].sentences).toContainEqual(expect.stringMatching(/较为完善的产业配套。$/u));
		const plain = segmentBlocks(blocks);
		expect(plain).toHaveLength(35);
		expect(plain[12]).toEqual({ kind: 'caption', text: blocks[12].text, joined: [12] });
	});
});
