/**
 * Turning the bytes of a text file into a string without mojibake: byte-order marks first,
 * then strict UTF-8, then GB18030 (a superset of GBK and GB2312), the encodings Chinese text
 * files actually arrive in.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
	| { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
	| { ok: false; reason: 'binary' | 'undecodable'; detail: string };

function strictDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** Share of characters that no text file would hold: C0 controls other than tab, LF, CR, FF. */
function controlShare(text: string): number {
	if (text.length === 0) return 0;
	// Real text has none at all: one native scan answers that before the count below.
	// eslint-disable-next-line no-control-regex
	if (!/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/.test(text)) return 0;
	let bad = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
	}
	return bad / text.length;
}

/**
 * Whether a GB18030 decoding looks like real text rather than bytes that merely happen to be
 * valid GB18030 (almost any byte soup is): real Chinese text is ASCII, common Han characters
 * (U+4E00–9FFF) and CJK or full-width punctuation; junk lands in rare planes, private use,
 * box drawing and the like.
 */
function plausibleChinese(text: string): boolean {
	let odd = 0;
	let total = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		total++;
		const common =
			(c >= 0x20 && c < 0x7f) ||
			c === 9 ||
			c === 10 ||
			c === 13 ||
			(c >= 0x4e00 && c <= 0x9fff) ||
			(c >= 0x3000 && c <= 0x303f) ||
			(c >= 0xff00 && c <= 0xffef) ||
			(c >= 0x2010 && c <= 0x2033) ||
			(c >= 0x2100 && c <= 0x2199) ||
			(c >= 0x2460 && c <= 0x24ff) ||
			(c >= 0x25a0 && c <= 0x25ff) ||
			(c >= 0x2605 && c <= 0x2606) ||
			c === 0xb7 ||
			c === 0xd7;
		if (!common) odd++;
	}
	return total === 0 || odd / total < 0.05;
}

/** Guesses UTF-16 without a BOM from the pattern of zero bytes (ASCII-heavy text). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
	let evenZero = 0;
	let oddZero = 0;
	const n = Math.min(bytes.length, 4096);
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
	if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
	return null;
}

/**
 * Decodes a text file's bytes, detecting the encoding.
 *
 * @example
 * decodeText(new TextEncoder().encode('放管服')) // { ok: true, text: '放管服', encoding: 'utf-8', bom: false }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
	let result: { text: string; encoding: TextEncodingName; bom: boolean } | null = null;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = strictDecode('utf-8', bytes.subarray(3));
		if (text === null) return { ok: false, reason: 'undecodable', detail: 'utf-8' };
		result = { text, encoding: 'utf-8', bom: true };
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		const text = strictDecode('utf-16le', bytes.subarray(2));
		if (text === null) return { ok: false, reason: 'undecodable', detail: 'utf-16le' };
		result = { text, encoding: 'utf-16le', bom: true };
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		const text = strictDecode('utf-16be', bytes.subarray(2));
		if (text === null) return { ok: false, reason: 'undecodable', detail: 'utf-16be' };
		result = { text, encoding: 'utf-16be', bom: true };
	} else {
		const utf16 = utf16WithoutBom(bytes);
		const utf8 = utf16 ? null : strictDecode('utf-8', bytes);
		if (utf16) {
			const text = strictDecode(utf16, bytes);
			if (text !== null) result = { text, encoding: utf16, bom: false };
		} else if (utf8 !== null) {
			result = { text: utf8, encoding: 'utf-8', bom: false };
		} else {
			const gb = strictDecode('gb18030', bytes);
			if (gb !== null && plausibleChinese(gb))
				result = { text: gb, encoding: 'gb18030', bom: false };
		}
	}
	if (!result) {
		return { ok: false, reason: 'undecodable', detail: 'not UTF-8, UTF-16 or GB18030' };
	}
	if (controlShare(result.text) > 0.01) {
		return { ok: false, reason: 'binary', detail: result.encoding };
	}
	return { ok: true, ...result };
}
