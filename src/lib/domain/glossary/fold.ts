/**
 * Folding a source text for term lookup without moving a single offset: every UTF-16 code unit
 * maps to exactly one code unit. Traditional characters become simplified (opencc-js, one
 * character at a time so the length never changes), full-width ASCII becomes ASCII, and Latin
 * letters are lower-cased.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let converters: Convert[] | null = null;
/** Lazily filled fold of every BMP code unit; 0 means not computed yet. */
const table = new Uint16Array(0x10000);

function traditionalConverters(): Convert[] {
	if (!converters) {
		// Taiwan and Hong Kong variants first (裡, 綫), then the OpenCC standard forms.
		converters = [
			Converter({ from: 'tw', to: 'cn' }),
			Converter({ from: 'hk', to: 'cn' }),
			Converter({ from: 't', to: 'cn' })
		];
	}
	return converters;
}

/** Folds one UTF-16 code unit (lower case, half width, simplified); never changes length. */
export function foldCode(code: number): number {
	const known = table[code];
	if (known !== 0) return known;
	const out = computeFold(code);
	table[code] = out;
	return out;
}

/**
 * The fold table itself, for hot loops: `table[code] || foldCode(code)` folds without a call
 * once a character has been seen.
 */
export function foldTable(): Uint16Array {
	return table;
}

function computeFold(code: number): number {
	if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
	if (code >= 0xff01 && code <= 0xff5e) return computeFold(code - 0xfee0);
	if (code === 0x3000) return 32;
	if (code >= 0xd800 && code <= 0xdfff) return code;
	const ch = String.fromCharCode(code);
	let out = code;
	if (code >= 0x2e80) {
		for (const convert of traditionalConverters()) {
			const s = convert(ch);
			if (s.length === 1 && s !== ch) {
				out = s.charCodeAt(0);
				break;
			}
		}
	} else {
		const lower = ch.toLowerCase();
		if (lower.length === 1) out = lower.charCodeAt(0);
	}
	return out;
}

/**
 * Fills the fold table for every CJK character of a text not seen before, with one converter
 * call per batch instead of one per character (the first paragraphs of a document are then as
 * fast as the rest). The characters are converted one per line so no phrase spans two.
 */
export function prepareFold(text: string): void {
	let pending: number[] | null = null;
	let seen: Set<number> | null = null;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x2e80 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xff01 && c <= 0xff5e)) continue;
		if (table[c] !== 0) continue;
		seen ??= new Set();
		if (seen.has(c)) continue;
		seen.add(c);
		(pending ??= []).push(c);
	}
	if (!pending) return;
	const result = pending.slice();
	const batch = pending.map((c) => String.fromCharCode(c)).join('\n');
	for (const convert of traditionalConverters()) {
		const pieces = convert(batch).split('\n');
		if (pieces.length !== pending.length) continue;
		for (let k = 0; k < pending.length; k++) {
			const piece = pieces[k];
			if (result[k] === pending[k] && piece.length === 1 && piece.charCodeAt(0) !== pending[k]) {
				result[k] = piece.charCodeAt(0);
			}
		}
	}
	for (let k = 0; k < pending.length; k++) table[pending[k]] = result[k];
}

/**
 * Folds a whole string, keeping its length: offsets in the result are offsets in the input.
 *
 * @example
 * foldText('開發區５Ｇ') // '开发区5g'
 */
export function foldText(text: string): string {
	prepareFold(text);
	let out = '';
	for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
	return out;
}
