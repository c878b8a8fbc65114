/**
 * Reading parts of a zip container (DOCX) within the limits: the entry count and the declared
 * sizes are checked from the central directory before anything is inflated, and inflating stops
 * as soon as the output passes the limit, so a bomb whose headers lie is refused too, without
 * unpacking it.
 */
import { Inflate } from 'fflate';
import type { FormatIssue } from '../types.ts';
import { LIMITS, limitIssue } from './limits.ts';

export type UnzipResult =
	| { files: Record<string, Uint8Array>; refused?: undefined }
	| { files?: undefined; refused: FormatIssue };

const CHUNK = 64 * 1024;

class Reader {
	constructor(private readonly bytes: Uint8Array) {}
	u16(at: number): number {
		if (at < 0 || at + 2 > this.bytes.length) throw new Error('the zip directory is cut short');
		return this.bytes[at] | (this.bytes[at + 1] << 8);
	}
	u32(at: number): number {
		return this.u16(at) + this.u16(at + 2) * 0x10000;
	}
	u64(at: number): number {
		return this.u32(at) + this.u32(at + 4) * 0x100000000;
	}
}

interface Entry {
	name: string;
	method: number;
	compressed: number;
	size: number;
	offset: number;
}

function endOfDirectory(bytes: Uint8Array, r: Reader): { count: number; offset: number } {
	const stop = Math.max(0, bytes.length - 22 - 0xffff);
	for (let e = bytes.length - 22; e >= stop; e--) {
		if (r.u32(e) !== 0x06054b50) continue;
		let count = r.u16(e + 10);
		let offset = r.u32(e + 16);
		if (e >= 20 && r.u32(e - 20) === 0x07064b50) {
			const z = r.u64(e - 12);
			if (r.u32(z) === 0x06064b50) {
				count = r.u64(z + 32);
				offset = r.u64(z + 48);
			}
		}
		return { count, offset };
	}
	throw new Error('no zip directory found (not a zip file, or cut short)');
}

function readEntries(bytes: Uint8Array, r: Reader, count: number, start: number): Entry[] {
	const entries: Entry[] = [];
	let at = start;
	for (let n = 0; n < count; n++) {
		if (r.u32(at) !== 0x02014b50) throw new Error('the zip directory is damaged');
		const nameLength = r.u16(at + 28);
		const extraLength = r.u16(at + 30);
		const commentLength = r.u16(at + 32);
		const entry: Entry = {
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
			method: r.u16(at + 10),
			compressed: r.u32(at + 20),
			size: r.u32(at + 24),
			offset: r.u32(at + 42)
		};
		// Zip64: sizes and offset that do not fit 32 bits are in the extra field 0x0001.
		let x = at + 46 + nameLength;
		const extraEnd = x + extraLength;
		while (x + 4 <= extraEnd) {
			const id = r.u16(x);
			const length = r.u16(x + 2);
			if (id === 1) {
				let f = x + 4;
				for (const key of ['size', 'compressed', 'offset'] as const) {
					if (entry[key] === 0xffffffff) {
						entry[key] = r.u64(f);
						f += 8;
					}
				}
			}
			x += 4 + length;
		}
		entries.push(entry);
		at = extraEnd + commentLength;
	}
	return entries;
}

function inflateWithin(data: Uint8Array, budget: number): Uint8Array | null {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let over = false;
	const inflate = new Inflate((chunk) => {
		total += chunk.length;
		if (total > budget) {
			over = true;
			throw new RangeError('unpacked size limit');
		}
		chunks.push(chunk);
	});
	try {
		for (let i = 0; i < data.length; i += CHUNK) {
			inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
		}
		if (data.length === 0) inflate.push(new Uint8Array(0), true);
	} catch (err) {
		if (over) return null;
		throw err;
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/**
 * Unpacks the entries `wanted` picks, or refuses at a limit (entry count, unpacked bytes).
 * A damaged archive throws, as fflate's unzipSync does. `limit` is the unpacked bytes allowed (the
 * tests pass a small one to show the same refusal without inflating hundreds of MB).
 *
 * @example
 * unzipWithin(docx, (name) => name === 'word/document.xml').files?.['word/document.xml']
 */
export function unzipWithin(
	bytes: Uint8Array,
	wanted: (name: string) => boolean,
	limit: number = LIMITS.zipUnpackedBytes
): UnzipResult {
	const r = new Reader(bytes);
	const { count, offset } = endOfDirectory(bytes, r);
	if (count > LIMITS.zipEntries) return { refused: limitIssue('limit.zip_entries') };
	const entries = readEntries(bytes, r, count, offset).filter((e) => wanted(e.name));
	const declared = entries.reduce((n, e) => n + e.size, 0);
	if (declared > limit) return { refused: limitIssue('limit.zip_unpacked_bytes') };
	const files: Record<string, Uint8Array> = {};
	let used = 0;
	for (const entry of entries) {
		if (r.u32(entry.offset) !== 0x04034b50) throw new Error(`${entry.name}: damaged entry`);
		const start = entry.offset + 30 + r.u16(entry.offset + 26) + r.u16(entry.offset + 28);
		const data = bytes.subarray(start, start + entry.compressed);
		if (data.length < entry.compressed) throw new Error(`${entry.name}: cut short`);
		let out: Uint8Array | null;
		if (entry.method === 0) out = data.length <= limit - used ? data.slice() : null;
		else if (entry.method === 8) out = inflateWithin(data, limit - used);
		else throw new Error(`${entry.name}: unknown compression method ${entry.method}`);
		if (!out) return { refused: limitIssue('limit.zip_unpacked_bytes', entry.name) };
		used += out.length;
		files[entry.name] = out;
	}
	return { files };
}
