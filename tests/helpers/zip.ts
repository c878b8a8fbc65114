/**
 * Builds zip containers byte by byte for the limit tests: entries whose data is already
 * deflated and whose declared sizes may lie, as a zip bomb's do.
 */
import { Deflate } from 'fflate';

export interface RawEntry {
	name: string;
	/** Deflated (method 8) or stored (method 0) bytes. */
	data: Uint8Array;
	method: 0 | 8;
	/** The uncompressed size written in the headers (a bomb writes a small one). */
	declaredSize: number;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [...u16(n & 0xffff), ...u16(Math.floor(n / 0x10000) & 0xffff)];

/** A zip archive of the given entries (CRCs are zero: the readers under test do not check them). */
export function buildZip(entries: RawEntry[]): Uint8Array {
	const parts: number[][] = [];
	const directory: number[][] = [];
	let offset = 0;
	const chunks: Uint8Array[] = [];
	for (const e of entries) {
		const name = [...new TextEncoder().encode(e.name)];
		const common = [
			...u16(20),
			...u16(0),
			...u16(e.method),
			...u32(0),
			...u32(0),
			...u32(e.data.length),
			...u32(e.declaredSize),
			...u16(name.length)
		];
		const local = [...u32(0x04034b50), ...common, ...u16(0), ...name];
		chunks.push(Uint8Array.from(local), e.data);
		directory.push([
			...u32(0x02014b50),
			...u16(20),
			...common,
			...u16(0),
			...u16(0),
			...u16(0),
			...u16(0),
			...u32(0),
			...u32(offset),
			...name
		]);
		offset += local.length + e.data.length;
	}
	const dir = directory.flat();
	parts.push(dir);
	const end = [
		...u32(0x06054b50),
		...u16(0),
		...u16(0),
		...u16(entries.length),
		...u16(entries.length),
		...u32(dir.length),
		...u32(offset),
		...u16(0)
	];
	chunks.push(Uint8Array.from(dir), Uint8Array.from(end));
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** Deflates `head`, then `fillBytes` spaces, then `tail`, without holding the whole text. */
export function deflateFilled(head: string, fillBytes: number, tail: string): Uint8Array {
	const out: Uint8Array[] = [];
	const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
	const encoder = new TextEncoder();
	deflate.push(encoder.encode(head));
	const block = new Uint8Array(1024 * 1024).fill(0x20);
	for (let left = fillBytes; left > 0; left -= block.length) {
		deflate.push(left >= block.length ? block : block.subarray(0, left));
	}
	deflate.push(encoder.encode(tail), true);
	const data = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of out) {
		data.set(c, at);
		at += c.length;
	}
	return data;
}
