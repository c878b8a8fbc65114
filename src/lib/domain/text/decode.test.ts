import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

function pseudoRandomHighBytes(n: number, seed: number): Uint8Array {
	const out = new Uint8Array(n);
	let x = seed;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		out[i] = 0x81 + ((x >> 16) % 0x7e);
	}
	return out;
}

describe('decodeText', () => {
	it.each([
		['UTF-8', new TextEncoder().encode('放管服'), 'utf-8', '放管服'],
		['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0xe6, 0x94, 0xbe]), 'utf-8', '放'],
		['UTF-16 LE BOM', new Uint8Array([0xff, 0xfe, 0x3e, 0x65]), 'utf-16le', '放'],
		['UTF-16 BE BOM', new Uint8Array([0xfe, 0xff, 0x65, 0x3e]), 'utf-16be', '放'],
		// 宜春。 in GB18030: D2CB B4BA A1A3
		['GB18030', new Uint8Array([0xd2, 0xcb, 0xb4, 0xba, 0xa1, 0xa3]), 'gb18030', '宜春。'],
		[
			'UTF-16 LE without BOM (ASCII-heavy)',
			new Uint8Array([0x41, 0, 0x42, 0, 0x43, 0, 0x44, 0]),
			'utf-16le',
			'ABCD'
		]
	])('%s', (_name, bytes, encoding, text) => {
		const r = decodeText(bytes);
		expect(r).toMatchObject({ ok: true, encoding, text });
	});

	it('refuses high-byte junk that happens to be valid GB18030 instead of showing mojibake', () => {
		for (const seed of [1, 2, 3, 42]) {
			const r = decodeText(pseudoRandomHighBytes(2000, seed));
			expect(r.ok).toBe(false);
		}
	});

	it('refuses binary content', () => {
		const r = decodeText(new Uint8Array([0, 1, 2, 3, 4, 5, 0x41, 0x42, 0, 0, 7, 8]));
		expect(r.ok).toBe(false);
	});
});
