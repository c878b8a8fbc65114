/** Small helpers both number readers use. */
import type { NumberBound, NumberMention } from './types.ts';

/**
 * Full-width digits, point, percent and plus folded to ASCII, one code unit for one, so offsets
 * into the folded text are offsets into the original.
 */
export function foldDigits(text: string): string {
	return text.replace(/[\uFF05\uFF0B\uFF0D\uFF0E\uFF10-\uFF19]/g, (ch) =>
		String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
	);
}

/** A decimal string times a power of ten, without binary rounding noise (1.0602 × 10^8). */
export function scaled(digits: string, exponent: number): number {
	return Number(`${digits.replace(/,/g, '')}e${exponent}`);
}

/** Place value of the last digit of a decimal string times 10^exponent ('85.45', 6 → 10000). */
export function placeValue(digits: string, exponent: number): number {
	const dot = digits.indexOf('.');
	const decimals = dot < 0 ? 0 : digits.length - dot - 1;
	return Number(`1e${exponent - decimals}`);
}

/** Rounds away floating-point noise (106020000.00000001 → 106020000). */
export function clean(value: number): number {
	return Number(value.toPrecision(12));
}

/** Whether a bound marker means the value is approximate at all. */
export function boundOf(marker: string | undefined): NumberBound | undefined {
	return marker ? BOUNDS[marker] : undefined;
}

const BOUNDS: Record<string, NumberBound> = {};
for (const w of ['余', '多', '以上', '超过', '逾', '超', '过', '突破']) BOUNDS[w] = 'over';
for (const w of ['不少于', '不低于', '不小于', '至少', '最起码', '起码', '最少', '最低', '及以上'])
	BOUNDS[w] = 'atLeast';
for (const w of ['近', '将近', '接近', '近乎']) BOUNDS[w] = 'under';
for (const w of [
	'不到',
	'不足',
	'以下',
	'以内',
	'之内',
	'不超过',
	'不高于',
	'不多于',
	'不大于',
	'最高',
	'最多',
	'最长',
	'及以下'
])
	BOUNDS[w] = 'atMost';
// 上百, 上万: reaching a hundred, ten thousand, and more.
BOUNDS['上'] = 'atLeast';
// 十来分钟: ten minutes or so.
for (const w of ['约', '大约', '约合', '左右', '上下', '数', '几', '约为', '来'])
	BOUNDS[w] = 'about';

/** The way a bound points: up (more than, at least), down (nearly, at most) or round about. */
export function boundDirection(bound: NumberBound | undefined): -1 | 0 | 1 | undefined {
	if (bound === undefined) return undefined;
	if (bound === 'over' || bound === 'atLeast') return 1;
	if (bound === 'under' || bound === 'atMost') return -1;
	return 0;
}

/** A date written the ISO way (2024-01-12, 2024/1/12), as web pages print them in either language. */
export interface IsoDate {
	start: number;
	end: number;
	year: number;
	month: number;
	day: number;
}

/**
 * The ISO-style dates of a text: year, month and day joined by one separator (- / or .).
 *
 * @example
 * isoDates('2024-01-12 来源：西平日报') // [{ start: 0, end: 10, year: 2024, month: 1, day: 12 }]
 */
export function isoDates(text: string): IsoDate[] {
	const out: IsoDate[] = [];
	for (const m of foldDigits(text).matchAll(
		/(?<![\d.,/-])((?:19|20)\d\d)([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d%])(?!\.\d)/g
	)) {
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			year: Number(m[1]),
			month: Number(m[3]),
			day: Number(m[4])
		});
	}
	return out;
}

/**
 * A ratio as one number, the first term over the second (2.8∶1 → 2.8, 1:2 → 0.5), so that 1∶1
 * and 1:1 are equal and 1:2 is another number. Unit `ratio`; a translation must give it.
 *
 * @example
 * ratioMention('按1∶1配套', 1, 4) // { value: 1, kind: 'quantity', unit: 'ratio', text: '1∶1', … }
 */
export function ratioMention(text: string, start: number, end: number): NumberMention | null {
	const terms = /^(\d+(?:\.\d+)?)\s*[:∶：]\s*(\d+(?:\.\d+)?)$/.exec(
		foldDigits(text.slice(start, end))
	);
	if (!terms || Number(terms[2]) === 0) return null;
	return {
		value: clean(Number(terms[1]) / Number(terms[2])),
		kind: 'quantity',
		unit: 'ratio',
		approx: false,
		start,
		end,
		text: text.slice(start, end),
		weak: false
	};
}
