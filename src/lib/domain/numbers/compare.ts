/**
 * Comparing numbers across languages by value: 1.0602亿元 = 106.02 million yuan = RMB 106.02m,
 * 8545.39万元 ≈ 85.45 million yuan (rounded), 9月22日 = September 22, 2020—2022年 = 2020–22.
 */
import { boundDirection } from './shared.ts';
import type { NumberMention } from './types.ts';

/** How two mentions relate: the same value, the same value rounded, or a different one. */
export type ValueMatch = 'equal' | 'rounded' | 'different';

/** Families of kinds that can stand for one another across languages. */
export type NumberFamily = 'count' | 'percent' | 'time';

/** Which kinds can be compared with which: counts (incl. money, ordinals), percentages, times. */
export function familyOf(m: Pick<NumberMention, 'kind'>): NumberFamily {
	switch (m.kind) {
		case 'percent':
		case 'points':
			return 'percent';
		case 'date':
		case 'year':
			return 'time';
		default:
			return 'count';
	}
}

const EPSILON = 1e-9;

function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= EPSILON * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

function significantDigits(value: number, precision: number): number {
	if (value === 0 || precision <= 0) return 0;
	return Math.floor(Math.log10(Math.abs(value) / precision) + EPSILON) + 1;
}

/** Two plain values, each written to its own precision. */
function compareNumbers(
	a: number,
	pa: number | undefined,
	b: number,
	pb: number | undefined
): ValueMatch {
	if (sameNumber(a, b)) return 'equal';
	const place = Math.max(pa ?? 1, pb ?? 1);
	const coarse = (pa ?? 1) >= (pb ?? 1) ? a : b;
	if (significantDigits(coarse, place) < 2) return 'different';
	return Math.abs(a - b) < place / 2 - EPSILON * place ? 'rounded' : 'different';
}

/** Folds a name for comparison: 1 + 2 + N, “1+2+N” and １＋２＋Ｎ are one name. */
export function nameKey(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\s"'“”‘’「」『』]/g, '')
		.replace(/[∶：]/g, ':')
		.toUpperCase();
}

function compareDates(a: NumberMention, b: NumberMention): ValueMatch {
	if (a.high !== undefined || b.high !== undefined) {
		// Ranges of years (2020—2022年 / 2020–22) or of days (9月1日至3日 / September 1-3, 2023).
		if (a.value === b.value && a.high === b.high) return 'equal';
		const oneYearOnly = (a.date?.year === undefined) !== (b.date?.year === undefined);
		if (a.kind !== 'date' || b.kind !== 'date' || !oneYearOnly) return 'different';
		const md = (v: number | undefined) => (v === undefined ? undefined : v % 10000);
		return md(a.value) === md(b.value) && md(a.high) === md(b.high) ? 'equal' : 'different';
	}
	const da = a.kind === 'year' ? { ...a.date, year: a.value } : (a.date ?? {});
	const db = b.kind === 'year' ? { ...b.date, year: b.value } : (b.date ?? {});
	let shared = 0;
	for (const part of ['year', 'month', 'day'] as const) {
		const x = da[part];
		const y = db[part];
		if (x === undefined || y === undefined) continue;
		if (x !== y) return 'different';
		shared++;
	}
	return shared > 0 ? 'equal' : 'different';
}

/**
 * Multiples: 是2012年的2倍 / double, 翻一番 / doubled (`total`: the new value is N times the
 * old); 增长2倍 / tripled or up 200% (`increase`: the growth is N times the old value); "two
 * times" and "twofold" (`times`) are read either way.
 */
function compareMultiples(a: NumberMention, b: NumberMention): ValueMatch {
	const total = (m: NumberMention, other: NumberMention): number[] => {
		if (m.unit === 'increase') return [m.value + 1];
		if (m.unit === 'times' && other.unit === 'increase') return [m.value, m.value + 1];
		return [m.value];
	};
	const ta = total(a, b);
	const tb = total(b, a);
	return ta.some((x) => tb.some((y) => sameNumber(x, y))) ? 'equal' : 'different';
}

/** 12日: a day with no month or year given (the month is the one the text just named). */
function dayOnly(m: NumberMention): boolean {
	return (
		m.kind === 'date' &&
		m.high === undefined &&
		m.date?.day !== undefined &&
		m.date.month === undefined &&
		m.date.year === undefined
	);
}

/** 1—9月 / the first nine months / the first three quarters: a span of months from January. */
function sameSpanOfMonths(range: NumberMention, other: NumberMention): boolean {
	if (range.kind !== 'date' || range.high === undefined || range.date?.month !== 1) return false;
	if (range.date.day !== undefined) return false;
	const months = Math.round(range.high / 100);
	if (other.unit === 'month') return other.value === months;
	if (other.unit === 'quarter') return other.value * 3 === months;
	return false;
}

/**
 * How a number in one language relates to a number in the other, approximation aside:
 * `equal` (105亿 and 10.5 billion), `rounded` (8545.39万 and 85.45 million), or `different`.
 *
 * @example
 * compareMentions(zh('1.0602亿元'), en('106.02 million yuan')) // 'equal'
 * compareMentions(zh('105亿元'), en('1.05 billion yuan')) // 'different'
 */
export function compareMentions(a: NumberMention, b: NumberMention): ValueMatch {
	if (a.kind === 'name' || b.kind === 'name') {
		if (a.kind === 'name' && b.kind === 'name' && nameKey(a.text) === nameKey(b.text))
			return 'equal';
		const named = a.kind === 'name' ? a : b;
		const other = a.kind === 'name' ? b : a;
		if (named.value === 0 || familyOf(other) === 'percent' || other.kind === 'date')
			return 'different';
		return sameNumber(named.value, other.value) && other.high === undefined ? 'equal' : 'different';
	}
	const fa = familyOf(a);
	const fb = familyOf(b);
	if (fa === 'time' && fb === 'time') return compareDates(a, b);
	// A year and a plain number can be the same thing (设立20年 / 20 years; 2022 / 2022年).
	if (fa === 'time' || fb === 'time') {
		const time = fa === 'time' ? a : b;
		const other = fa === 'time' ? b : a;
		if (sameSpanOfMonths(time, other)) return 'equal';
		// 7月11日…12日 / July 11 … the 12th: a day of the month just named, said as an ordinal.
		if (dayOnly(time) && other.kind === 'ordinal' && other.high === undefined)
			return sameNumber(time.value, other.value) ? 'equal' : 'different';
		if (time.kind !== 'year' || fa === fb || familyOf(other) !== 'count') return 'different';
		return sameNumber(time.value, other.value) && time.high === other.high ? 'equal' : 'different';
	}
	if (fa !== fb) {
		const pct = fa === 'percent' ? a : b;
		const other = fa === 'percent' ? b : a;
		if (pct.high !== undefined || other.high !== undefined) return 'different';
		// Percentage points are a difference of shares, never a share or a growth.
		if (pct.kind === 'points') return 'different';
		// 四分之一 = 25%; 增长2倍 = 200% (or "tripled", 300%).
		if (other.unit === 'fraction')
			return compareNumbers(other.value * 100, undefined, pct.value, pct.precision);
		if (other.kind === 'multiple') {
			return sameNumber(pct.value, other.value * 100) ||
				sameNumber(pct.value, (other.value - 1) * 100)
				? 'equal'
				: 'different';
		}
		return 'different';
	}
	if (a.kind === 'multiple' && b.kind === 'multiple') return compareMultiples(a, b);
	// 八折 / 20% off: the share of the price paid against what is taken off it.
	if ((a.unit === 'price' && b.unit === 'off') || (a.unit === 'off' && b.unit === 'price'))
		return compareNumbers(100 - a.value, a.precision, b.value, b.precision);
	if (a.kind === 'money' && b.kind === 'money' && a.unit && b.unit && a.unit !== b.unit)
		return 'different';
	if ((a.high === undefined) !== (b.high === undefined)) return 'different';
	// 18个月 / a year and a half: durations in months and in years.
	if (a.unit !== b.unit && (a.unit === 'month' || b.unit === 'month')) {
		const months = (m: NumberMention) => (m.unit === 'year' ? m.value * 12 : m.value);
		if ((a.unit === 'year' || b.unit === 'year') && a.high === undefined && b.high === undefined)
			return sameNumber(months(a), months(b)) ? 'equal' : 'different';
	}
	const low = compareNumbers(a.value, a.precision, b.value, b.precision);
	if (a.high === undefined || b.high === undefined) return low;
	const high = compareNumbers(a.high, a.precision, b.high, b.precision);
	if (low === 'different' || high === 'different') return 'different';
	return low === 'equal' && high === 'equal' ? 'equal' : 'rounded';
}

/**
 * Whether two numbers (from either language) stand for the same value, allowing rounding and
 * different writing (1.0602亿 = 106.02 million). Approximation flags are not compared; see
 * `sameApprox`.
 *
 * @example
 * sameValue(findChineseNumbers('1.0602亿元')[0], findEnglishNumbers('RMB 106.02m')[0]) // true
 */
export function sameValue(a: NumberMention, b: NumberMention): boolean {
	return compareMentions(a, b) !== 'different';
}

/** Whether both are approximate or both exact (20余家 / more than 20; not 20余家 / 20). */
export function sameApprox(a: NumberMention, b: NumberMention): boolean {
	return a.approx === b.approx;
}

/**
 * Whether two bounds say the same thing of a value: the same way up (余, 以上, 不少于 / more than,
 * at least, -plus) or down (近, 不超过, 以内 / nearly, up to, under), or round about (约 / about,
 * nearly). Exact against exact is the same; approximate against exact is not (see sameApprox).
 *
 * @example
 * sameBound(zh('20余家'), en('at least 20')) // true
 * sameBound(zh('20余家'), en('nearly 20')) // false
 */
export function sameBound(a: NumberMention, b: NumberMention): boolean {
	const da = boundDirection(a.bound);
	const db = boundDirection(b.bound);
	if (da === db) return true;
	if (da === undefined || db === undefined) return false;
	// 约 / nearly, 近 / about: "round about" and "just under" are one reading of each other.
	const soft = (m: NumberMention) => m.bound === 'about' || m.bound === 'under';
	return soft(a) && soft(b);
}

function fmt(value: number): string {
	return String(Number(value.toPrecision(10)));
}

/**
 * A key equal for mentions that are the same number however written, for anchors and lookups:
 * 105亿元 and 10.5 billion yuan → 'num:10500000000'; 9月22日 and September 22 → 'date:9-22';
 * 18.1% → 'pct:18.1'; 5G → 'name:5G'. Rounded renderings get different keys: use sameValue.
 *
 * @example
 * numberKey(findChineseNumbers('105亿元')[0]) // 'num:10500000000'
 */
export function numberKey(m: NumberMention): string {
	const range = m.high !== undefined ? `-${fmt(m.high)}` : '';
	switch (familyOf(m)) {
		case 'percent':
			return `pct:${fmt(m.value)}${range}`;
		case 'time':
			if (m.kind === 'year') return `year:${m.value}${range}`;
			if (m.date?.month === undefined && m.date?.year !== undefined) return `year:${m.date.year}`;
			return `date:${m.date?.month ?? 0}-${m.date?.day ?? 0}`;
		default:
			if (m.kind === 'name') return m.value ? `num:${fmt(m.value)}` : `name:${nameKey(m.text)}`;
			return `num:${fmt(m.value)}${range}`;
	}
}

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function plain(value: number): string {
	const abs = Math.abs(value);
	const scales: [number, string][] = [
		[1e12, 'trillion'],
		[1e9, 'billion'],
		[1e6, 'million']
	];
	for (const [size, word] of scales) {
		if (abs >= size) return `${fmt(value / size)} ${word}`;
	}
	if (Number.isInteger(value) && abs >= 10000) return value.toLocaleString('en-US');
	return fmt(value);
}

/**
 * The value of a mention in plain English, for messages: 105亿元 → '10.5 billion yuan',
 * 20余家 → 'more than 20', 9月22日 → 'September 22', 2020—2022年 → '2020–2022'.
 *
 * @example
 * describeValue(findChineseNumbers('近200亿元')[0]) // 'nearly 20 billion yuan'
 */
export function describeValue(m: NumberMention): string {
	if (m.kind === 'name') return m.text;
	if (m.kind === 'date') {
		const d = m.date ?? {};
		const parts: string[] = [];
		if (d.season) parts.push(d.season);
		if (d.month) parts.push(MONTH_NAMES[d.month - 1] + (d.day ? ` ${d.day}` : ''));
		else if (d.day) parts.push(`day ${d.day}`);
		if (d.year) parts.push(String(d.year));
		return parts.join(' ');
	}
	if (m.kind === 'year') return m.high !== undefined ? `${m.value}–${m.high}` : String(m.value);
	if (m.unit === 'clock') {
		// 17时30分 / 5:30 p.m. → 17:30
		const hhmm = (v: number) =>
			`${Math.floor(v)}:${String(Math.round((v % 1) * 60)).padStart(2, '0')}`;
		return m.high !== undefined ? `${hhmm(m.value)}–${hhmm(m.high)}` : hhmm(m.value);
	}
	let body = plain(m.value) + (m.high !== undefined ? `–${plain(m.high)}` : '');
	if (m.kind === 'percent') body += '%';
	else if (m.kind === 'points') body += ' percentage points';
	else if (m.kind === 'multiple') body += ' times';
	else if (m.kind === 'ordinal') body = `No. ${body}`;
	else if (m.kind === 'money') body += m.unit === 'CNY' || !m.unit ? ' yuan' : ` ${m.unit}`;
	const prefix = {
		over: 'more than ',
		atLeast: 'at least ',
		under: 'nearly ',
		atMost: 'at most ',
		about: 'about '
	}[m.bound ?? 'about'];
	return m.approx ? prefix + body : body;
}
