/**
 * Reading numbers in English text: digits with thousands separators and decimals, scale words
 * and abbreviations (10.5 billion, RMB 106.02m, 10.5bn), number words (twenty-two, a hundred),
 * currencies, percentages and percentage points, multiples, approximations (more than, nearly,
 * about, or more, 20-plus), ranges (2020–2022, 10 to 20 percent), dates (September 22, 22
 * September 2023, autumn 2023), years, ordinals (20th, first, Phase II, No. 1) and numerals
 * that are names (5G, COVID-19, "1+2+N", the 12345 hotline).
 */
import { clean, isoDates, placeValue, ratioMention, scaled } from './shared.ts';
import { englishTemperatures } from './temperature.ts';
import type { DateParts, NumberBound, NumberKind, NumberMention } from './types.ts';

interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
	type: 'num' | 'word' | 'punct';
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?|[A-Za-z]+|[^\sA-Za-z\d]/g;

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		const t = m[0];
		tokens.push({
			text: t,
			lower: t.toLowerCase(),
			start: m.index,
			end: m.index + t.length,
			type: /^\d/.test(t) ? 'num' : /^[A-Za-z]/.test(t) ? 'word' : 'punct'
		});
	}
	return tokens;
}

const SMALL: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};
const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
const SCALE: Record<string, number> = {
	hundred: 2,
	thousand: 3,
	million: 6,
	billion: 9,
	trillion: 12,
	quadrillion: 15
};
/** Scale abbreviations glued to digits or after a currency: 106.02m, 10.5bn, 5k. */
const SCALE_ABBR: Record<string, number> = {
	k: 3,
	m: 6,
	mn: 6,
	mln: 6,
	bn: 9,
	b: 9,
	bln: 9,
	tn: 12,
	trn: 12
};
const ORDINAL: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	thirtieth: 30,
	fortieth: 40,
	fiftieth: 50,
	sixtieth: 60,
	seventieth: 70,
	eightieth: 80,
	ninetieth: 90,
	hundredth: 100,
	thousandth: 1000
};
const FRACTION: Record<string, number> = {
	half: 2,
	halves: 2,
	third: 3,
	thirds: 3,
	quarter: 4,
	quarters: 4,
	fifth: 5,
	fifths: 5,
	fourth: 4,
	fourths: 4,
	sixth: 6,
	sixths: 6,
	eighth: 8,
	eighths: 8,
	tenth: 10,
	tenths: 10
};
/** Words that are a multiple by themselves: doubled, threefold. */
const MULTIPLES: Record<string, number> = {
	double: 2,
	doubled: 2,
	doubling: 2,
	twice: 2,
	triple: 3,
	tripling: 3,
	quadruple: 4,
	twofold: 2,
	tripled: 3,
	trebled: 3,
	threefold: 3,
	quadrupled: 4,
	fourfold: 4,
	fivefold: 5,
	tenfold: 10
};
const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};
const SEASON_WORDS: Record<string, string> = {
	spring: 'spring',
	summer: 'summer',
	autumn: 'autumn',
	fall: 'autumn',
	winter: 'winter',
	early: 'early',
	mid: 'mid',
	late: 'late'
};
const ROMAN: Record<string, number> = {
	I: 1,
	II: 2,
	III: 3,
	IV: 4,
	V: 5,
	VI: 6,
	VII: 7,
	VIII: 8,
	IX: 9,
	X: 10,
	XI: 11,
	XII: 12,
	XIII: 13,
	XIV: 14,
	XV: 15,
	XVI: 16,
	XVII: 17,
	XVIII: 18,
	XIX: 19,
	XX: 20
};
/** Words before a verb: "to number 300", "will number 300". */
const MODALS = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'shall', 'must']);
const NUMBERED_NOUNS = new Set([
	'phase',
	'phases',
	'stage',
	'stages',
	'part',
	'chapter',
	'volume',
	'vol',
	'article',
	'section',
	'class',
	'grade',
	'level',
	'type',
	'no',
	'number',
	'line',
	'route',
	'war'
]);

/** Currency words and symbols: [lower-case token sequence, ISO code]. */
const CURRENCY_BEFORE: [string[], string][] = [
	[['us', '$'], 'USD'],
	[['hk', '$'], 'HKD'],
	[['rmb'], 'CNY'],
	[['cny'], 'CNY'],
	[['¥'], 'CNY'],
	[['￥'], 'CNY'],
	[['usd'], 'USD'],
	[['$'], 'USD'],
	[['eur'], 'EUR'],
	[['€'], 'EUR'],
	[['gbp'], 'GBP'],
	[['£'], 'GBP'],
	[['hkd'], 'HKD'],
	[['jpy'], 'JPY']
];
const CURRENCY_AFTER: [string[], string][] = [
	[['yuan', 'renminbi'], 'CNY'],
	[['yuan'], 'CNY'],
	[['renminbi'], 'CNY'],
	[['rmb'], 'CNY'],
	[['cny'], 'CNY'],
	[['us', 'dollars'], 'USD'],
	[['u', '.', 's', '.', 'dollars'], 'USD'],
	[['hong', 'kong', 'dollars'], 'HKD'],
	[['dollars'], 'USD'],
	[['dollar'], 'USD'],
	[['usd'], 'USD'],
	[['euros'], 'EUR'],
	[['euro'], 'EUR'],
	[['eur'], 'EUR'],
	[['pounds', 'sterling'], 'GBP'],
	[['pounds'], 'GBP'],
	[['yen'], 'JPY'],
	[['hkd'], 'HKD']
];
/** Units said after an amount that "more than" / "less than" may compare (5 yuan less than). */
const COMPARED_UNITS = new Set([
	...CURRENCY_AFTER.map(([w]) => w[w.length - 1]),
	'percent',
	'points',
	'tonnes',
	'tons',
	'mu',
	'hectares',
	'kilometres',
	'kilometers',
	'metres',
	'meters',
	'days',
	'hours',
	'minutes'
]);
/** Units after a number: [token sequence, unit, kind, factor]. */
const UNITS_AFTER: [string[], string, NumberKind, number][] = [
	[['%'], '%', 'percent', 1],
	[['percentage', 'points'], 'pp', 'points', 1],
	[['percentage', 'point'], 'pp', 'points', 1],
	[['percent'], '%', 'percent', 1],
	[['per', 'cent'], '%', 'percent', 1],
	[['pct'], '%', 'percent', 1],
	[['pp'], 'pp', 'points', 1],
	[['ppt'], 'pp', 'points', 1],
	[['ppts'], 'pp', 'points', 1],
	[['per', 'thousand'], '‰', 'percent', 0.1],
	[['per', 'mille'], '‰', 'percent', 0.1],
	[['basis', 'points'], 'bp', 'points', 0.01],
	[['basis', 'point'], 'bp', 'points', 0.01],
	[['bps'], 'bp', 'points', 0.01],
	[['bp'], 'bp', 'points', 0.01],
	[['times'], 'times', 'multiple', 1],
	[['fold'], 'times', 'multiple', 1],
	[['seconds'], 'second', 'quantity', 1],
	[['second'], 'second', 'quantity', 1],
	[['minutes'], 'minute', 'quantity', 1],
	[['minute'], 'minute', 'quantity', 1],
	[['hours'], 'hour', 'quantity', 1],
	[['hour'], 'hour', 'quantity', 1],
	[['days'], 'day', 'quantity', 1],
	[['day'], 'day', 'quantity', 1],
	[['weeks'], 'week', 'quantity', 1],
	[['week'], 'week', 'quantity', 1],
	[['months'], 'month', 'quantity', 1],
	[['month'], 'month', 'quantity', 1],
	[['year', 'and', 'a', 'half'], 'year', 'quantity', 1.5],
	[['years', 'and', 'a', 'half'], 'year', 'quantity', 1.5],
	// eight full years, three whole months: 整整八年, 整整三个月.
	[['full', 'years'], 'year', 'quantity', 1],
	[['full', 'year'], 'year', 'quantity', 1],
	[['whole', 'years'], 'year', 'quantity', 1],
	[['full', 'months'], 'month', 'quantity', 1],
	[['whole', 'months'], 'month', 'quantity', 1],
	[['full', 'days'], 'day', 'quantity', 1],
	[['full', 'weeks'], 'week', 'quantity', 1],
	[['full', 'hours'], 'hour', 'quantity', 1],
	[['consecutive', 'years'], 'year', 'quantity', 1],
	[['straight', 'years'], 'year', 'quantity', 1],
	[['successive', 'years'], 'year', 'quantity', 1],
	[['consecutive', 'months'], 'month', 'quantity', 1],
	[['years'], 'year', 'quantity', 1],
	[['year'], 'year', 'quantity', 1],
	[['decades'], 'year', 'quantity', 10],
	[['decade'], 'year', 'quantity', 10],
	[['tonnes'], 'tonne', 'quantity', 1],
	[['tonne'], 'tonne', 'quantity', 1],
	[['tons'], 'tonne', 'quantity', 1],
	[['ton'], 'tonne', 'quantity', 1],
	[['square', 'kilometres'], 'km2', 'quantity', 1],
	[['square', 'kilometers'], 'km2', 'quantity', 1],
	[['sq', 'km'], 'km2', 'quantity', 1],
	[['km', '2'], 'km2', 'quantity', 1],
	[['square', 'metres'], 'm2', 'quantity', 1],
	[['square', 'meters'], 'm2', 'quantity', 1],
	[['sq', 'm'], 'm2', 'quantity', 1],
	[['sqm'], 'm2', 'quantity', 1],
	// m³, km², hm² and the same with the superscript flattened by a web copy (m3, km2).
	[['km', '²'], 'km2', 'quantity', 1],
	[['hm', '²'], 'hectare', 'quantity', 1],
	[['hm', '2'], 'hectare', 'quantity', 1],
	[['m', '²'], 'm2', 'quantity', 1],
	[['m', '2'], 'm2', 'quantity', 1],
	[['m', '³'], 'm3', 'quantity', 1],
	[['m', '3'], 'm3', 'quantity', 1],
	[['cubic', 'metres'], 'm3', 'quantity', 1],
	[['cubic', 'meters'], 'm3', 'quantity', 1],
	[['kilometres'], 'km', 'quantity', 1],
	[['kilometers'], 'km', 'quantity', 1],
	[['km'], 'km', 'quantity', 1],
	[['m'], 'm', 'quantity', 1],
	[['t'], 'tonne', 'quantity', 1],
	[['s'], 'second', 'quantity', 1],
	[['h'], 'hour', 'quantity', 1],
	[['min'], 'minute', 'quantity', 1],
	[['metres'], 'm', 'quantity', 1],
	[['meters'], 'm', 'quantity', 1],
	[['hectares'], 'hectare', 'quantity', 1],
	[['hectare'], 'hectare', 'quantity', 1],
	[['ha'], 'hectare', 'quantity', 1],
	[['mu'], 'mu', 'quantity', 1],
	[['kilograms'], 'kg', 'quantity', 1],
	[['jin'], 'jin', 'quantity', 1],
	[['working', 'days'], 'workday', 'quantity', 1],
	[['working', 'day'], 'workday', 'quantity', 1],
	[['business', 'days'], 'workday', 'quantity', 1],
	[['business', 'day'], 'workday', 'quantity', 1],
	[['workdays'], 'workday', 'quantity', 1],
	[['quarters'], 'quarter', 'quantity', 1],
	[['quarter'], 'quarter', 'quantity', 1],
	[['kg'], 'kg', 'quantity', 1],
	[['kwh'], 'kWh', 'quantity', 1],
	[['gwh'], 'GWh', 'quantity', 1],
	[['mwh'], 'MWh', 'quantity', 1],
	[['kw'], 'kW', 'quantity', 1],
	[['mw'], 'MW', 'quantity', 1],
	[['gw'], 'GW', 'quantity', 1],
	[['twh'], 'TWh', 'quantity', 1],
	// Storage, computing power and bandwidth: 15 PB, 10 EFLOPS, 1,000 Mbps.
	[['eb'], 'EB', 'quantity', 1],
	[['pb'], 'PB', 'quantity', 1],
	[['tb'], 'TB', 'quantity', 1],
	[['gb'], 'GB', 'quantity', 1],
	[['eflops'], 'EFLOPS', 'quantity', 1],
	[['pflops'], 'PFLOPS', 'quantity', 1],
	[['tflops'], 'TFLOPS', 'quantity', 1],
	[['tbps'], 'Tbps', 'quantity', 1],
	[['gbps'], 'Gbps', 'quantity', 1],
	[['mbps'], 'Mbps', 'quantity', 1],
	[['kilowatts'], 'kW', 'quantity', 1],
	[['megawatts'], 'MW', 'quantity', 1],
	[['gigawatts'], 'GW', 'quantity', 1]
];
/** Letters that may follow digits directly without making a name (5km, 10GWh, 3s). */
const GLUED_UNITS = new Set([
	'km',
	'kg',
	'cm',
	'mm',
	'm',
	't',
	's',
	'h',
	'min',
	'ha',
	'kw',
	'mw',
	'gw',
	'kwh',
	'mwh',
	'gwh',
	'twh',
	'eb',
	'pb',
	'tb',
	'gb',
	'eflops',
	'pflops',
	'tflops',
	'tbps',
	'gbps',
	'mbps',
	'bn',
	'mn',
	'mln',
	'bln',
	'k',
	'tn',
	'trn',
	'b',
	'st',
	'nd',
	'rd',
	'th',
	'pct',
	'pp',
	'bps',
	'sqm'
]);

const APPROX_BEFORE: [string[], NumberBound][] = [
	[['in', 'excess', 'of'], 'over'],
	[['upwards', 'of'], 'over'],
	[['upward', 'of'], 'over'],
	[['no', 'less', 'than'], 'atLeast'],
	[['not', 'less', 'than'], 'atLeast'],
	[['no', 'fewer', 'than'], 'atLeast'],
	[['not', 'fewer', 'than'], 'atLeast'],
	[['a', 'minimum', 'of'], 'atLeast'],
	[['minimum', 'of'], 'atLeast'],
	// Fees start from 0.6 yuan: the floor of a range (最低). Not "as little as", which says "only" (仅).
	[['start', 'from'], 'atLeast'],
	[['starts', 'from'], 'atLeast'],
	[['starting', 'from'], 'atLeast'],
	[['start', 'at'], 'atLeast'],
	[['starts', 'at'], 'atLeast'],
	[['starting', 'at'], 'atLeast'],
	[['no', 'more', 'than'], 'atMost'],
	[['not', 'more', 'than'], 'atMost'],
	[['no', 'higher', 'than'], 'atMost'],
	[['a', 'maximum', 'of'], 'atMost'],
	[['maximum', 'of'], 'atMost'],
	[['not', 'exceeding'], 'atMost'],
	[['not', 'exceed'], 'atMost'],
	[['capped', 'at'], 'atMost'],
	[['more', 'than'], 'over'],
	[['at', 'least'], 'atLeast'],
	[['at', 'most'], 'atMost'],
	[['just', 'over'], 'over'],
	[['well', 'over'], 'over'],
	[['well', 'above'], 'over'],
	[['broke', 'through'], 'over'],
	[['breaking', 'through'], 'over'],
	[['over'], 'over'],
	[['above'], 'over'],
	[['exceeding'], 'over'],
	[['exceeded'], 'over'],
	[['exceeds'], 'over'],
	[['exceed'], 'over'],
	[['surpassing'], 'over'],
	[['surpassed'], 'over'],
	[['surpass'], 'over'],
	[['topping'], 'over'],
	[['topped'], 'over'],
	[['tops'], 'over'],
	[['passed'], 'over'],
	[['beyond'], 'over'],
	[['less', 'than'], 'atMost'],
	[['fewer', 'than'], 'atMost'],
	[['close', 'to'], 'under'],
	[['up', 'to'], 'atMost'],
	[['just', 'under'], 'under'],
	[['nearly'], 'under'],
	[['almost'], 'under'],
	[['approaching'], 'under'],
	[['under'], 'atMost'],
	[['below'], 'atMost'],
	[['within'], 'atMost'],
	[['an', 'estimated'], 'about'],
	[['approximately'], 'about'],
	[['approx'], 'about'],
	[['around'], 'about'],
	[['about'], 'about'],
	[['roughly'], 'about'],
	[['some'], 'about'],
	[['estimated'], 'about']
];
/** Nouns of a limit that "within the … of N" keeps a value under. */
const LIMIT_NOUNS = new Set([
	'limit',
	'limits',
	'cap',
	'ceiling',
	'quota',
	'threshold',
	'maximum',
	'allowance'
]);
const APPROX_AFTER: [string[], NumberBound][] = [
	[['or', 'more'], 'atLeast'],
	[['or', 'above'], 'atLeast'],
	[['or', 'over'], 'atLeast'],
	[['and', 'above'], 'atLeast'],
	[['and', 'over'], 'atLeast'],
	[['or', 'higher'], 'atLeast'],
	[['or', 'less'], 'atMost'],
	[['or', 'fewer'], 'atMost'],
	[['or', 'below'], 'atMost'],
	[['or', 'under'], 'atMost'],
	[['or', 'so'], 'about'],
	[['-', 'plus'], 'over'],
	[['-', 'odd'], 'about'],
	[['+'], 'over'],
	[['plus'], 'over'],
	[['odd'], 'about']
];
/**
 * Words before "a month", "an hour" that make it a span of time, not a rate (twice a month).
 * Not "in": "built in a year" drops the "within" of 一年内 (numbers.test.ts), and "in a year"
 * is as often "a year from now".
 */
const SPAN_BEFORE = new Set(
	'for within after than about around nearly almost only just take takes took taking lasted lasts lasting spent spend spending'.split(
		' '
	)
);

/** Words before "past" that make it "recent" or a clock's (the past five years, half past 5). */
const PAST_NOT_BOUND = new Set([
	'the',
	'these',
	'those',
	'this',
	'that',
	'its',
	'their',
	'our',
	'in',
	'over',
	'during',
	'for',
	'half',
	'quarter'
]);
/** Units of a span of time (the past five years is recent, not beyond five). */
const TIME_SPANS = new Set(['year', 'month', 'week', 'day', 'quarter', 'hour', 'minute', 'decade']);
/** Units of an area, which something can lie under (under 2,800 mu of forest). */
const AREA_UNITS = new Set(['mu', 'hectare', 'm2', 'km2']);
/** Bounds said after the counted noun (30 employees or fewer, 60 years or older). */
const NOUN_BOUNDS: [string[], NumberBound][] = [
	[['or', 'more'], 'atLeast'],
	[['or', 'above'], 'atLeast'],
	[['or', 'older'], 'atLeast'],
	[['and', 'above'], 'atLeast'],
	[['or', 'fewer'], 'atMost'],
	[['or', 'less'], 'atMost'],
	[['or', 'below'], 'atMost'],
	[['or', 'younger'], 'atMost'],
	[['and', 'below'], 'atMost']
];
/** Words that end a figure's noun phrase before a bound could follow it. */
const NOT_NOUNS = new Set([
	'and',
	'or',
	'to',
	'of',
	'in',
	'on',
	'at',
	'by',
	'for',
	'from',
	'with',
	'than',
	'the',
	'a',
	'an',
	'was',
	'were',
	'is',
	'are'
]);
/** Words before a month name that show it is the month (in May, since March). */
const MONTH_CUES = new Set([
	'in',
	'since',
	'until',
	'till',
	'by',
	'from',
	'of',
	'early',
	'late',
	'mid',
	'last',
	'this',
	'next',
	'during',
	'before',
	'after',
	'through',
	'between',
	'and',
	'to',
	'on',
	'end',
	'-'
]);

interface Built {
	start: number;
	end: number;
	value: number;
	kind: NumberKind;
	unit?: string;
	bound?: NumberBound;
	high?: number;
	date?: DateParts;
	precision?: number;
	weak: boolean;
	/** Token index after the mention. */
	next: number;
	/** Plain digits with nothing attached: may become a year. */
	bare?: boolean;
	scaleExp?: number;
}

class Reader {
	readonly tokens: Token[];
	readonly used: Uint8Array;
	readonly out: NumberMention[] = [];

	constructor(readonly text: string) {
		this.tokens = tokenize(text);
		this.used = new Uint8Array(this.tokens.length + 1);
	}

	at(i: number): Token | undefined {
		return this.tokens[i];
	}

	lower(i: number): string {
		return this.tokens[i]?.lower ?? '';
	}

	/** Token i follows token i-1 with no space between. */
	glued(i: number): boolean {
		const a = this.tokens[i - 1];
		const b = this.tokens[i];
		return !!a && !!b && a.end === b.start;
	}

	/** Whether tokens from i spell `words` (a hyphen or nothing may stand between them). */
	matches(i: number, words: readonly string[]): number {
		let j = i;
		for (const w of words) {
			if (this.lower(j) !== w) return -1;
			j++;
		}
		return j;
	}

	/** Whether the tokens ending just before i spell `words`. */
	matchesBefore(i: number, words: readonly string[]): number {
		const from = i - words.length;
		if (from < 0) return -1;
		for (let k = 0; k < words.length; k++) if (this.lower(from + k) !== words[k]) return -1;
		return from;
	}

	emit(b: Built): void {
		for (let k = this.tokenIndexAt(b.start); k < b.next; k++) this.used[k] = 1;
		const m: NumberMention = {
			value: clean(b.value),
			kind: b.kind,
			approx: b.bound !== undefined,
			start: b.start,
			end: b.end,
			text: this.text.slice(b.start, b.end),
			weak: b.weak
		};
		if (b.unit) m.unit = b.unit;
		if (b.bound) m.bound = b.bound;
		if (b.high !== undefined) m.high = clean(b.high);
		if (b.date) m.date = b.date;
		if (b.precision !== undefined && b.kind !== 'date' && b.kind !== 'year')
			m.precision = b.precision;
		this.out.push(m);
	}

	tokenIndexAt(offset: number): number {
		let lo = 0;
		let hi = this.tokens.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.tokens[mid].start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/**
	 * A bound said after a share or a multiple (one third or more, half or less, doubled or
	 * more): what the number readers take after a figure, for the amounts read as words.
	 */
	/**
	 * Emits a share said in words at token i (a third, one quarter) with the bound read before
	 * it (more than, nearly); the index of its last token.
	 */
	emitShare(
		i: number,
		before: { start: number; bound?: NumberBound },
		denominator: number
	): number {
		const share = this.boundAfter({
			start: this.tokens[before.bound ? before.start : i].start,
			end: this.tokens[i + 1].end,
			value: 1 / denominator,
			kind: 'quantity',
			unit: 'fraction',
			bound: before.bound,
			weak: true,
			next: i + 2
		});
		this.emit(share);
		return share.next - 1;
	}

	boundAfter(b: Built): Built {
		if (b.bound !== undefined && b.bound !== 'about') return b;
		for (const [words, bound] of APPROX_AFTER) {
			if (words[0] !== 'or' && words[0] !== 'and') continue;
			const end = this.matches(b.next, words);
			if (end < 0) continue;
			return { ...b, bound, end: this.tokens[end - 1].end, next: end };
		}
		return b;
	}

	/** A run of number words from i: twenty-two, one hundred and five, a million, ten billion. */
	readWords(
		i: number
	): { value: number; next: number; ordinal: boolean; scaled: boolean; exp: number } | null {
		let total = 0;
		let current = 0;
		let j = i;
		let any = false;
		let scaledAny = false;
		let ordinal = false;
		let exp = 0;
		if (this.lower(j) === 'a' || this.lower(j) === 'an') {
			const n = this.lower(j + 1);
			// a decade: one, counted in tens of years by the unit that follows.
			if (n === 'decade') return { value: 1, next: j + 1, ordinal: false, scaled: false, exp: 0 };
			if (!(n in SCALE) && n !== 'dozen') return null;
			current = 1;
			j++;
		} else if (this.lower(j) in SCALE) {
			// "double hundred": a scale word with no number before it counts nothing.
			return null;
		}
		for (;;) {
			const w = this.lower(j);
			const tok = this.at(j);
			if (!tok || tok.type !== 'word') break;
			if (w in SMALL) {
				if (any && current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20)) break;
				if (any && current % 100 >= 20 && SMALL[w] >= 10) break;
				current += SMALL[w];
			} else if (w in TENS) {
				if (any && current % 100 !== 0) break;
				current += TENS[w];
			} else if (w === 'hundred') {
				current = (current || 1) * 100;
				scaledAny = true;
				exp = 2;
			} else if (w in SCALE) {
				total += (current || 1) * 10 ** SCALE[w];
				current = 0;
				scaledAny = true;
				exp = SCALE[w];
			} else if (w === 'dozen') {
				current = (current || 1) * 12;
			} else if (w in ORDINAL) {
				if (any && current % 10 !== 0) break;
				if (w === 'second' && this.isTimeUnitContext(j)) break;
				current += ORDINAL[w];
				ordinal = true;
				any = true;
				j++;
				break;
			} else break;
			any = true;
			j++;
			// twenty-two, one hundred and five
			if (this.lower(j) === '-' && this.glued(j) && this.glued(j + 1) && this.isNumberWord(j + 1))
				j++;
			else if (this.lower(j) === 'and' && scaledAny && this.isNumberWord(j + 1)) j++;
		}
		if (!any) return null;
		return { value: total + current, next: j, ordinal, scaled: scaledAny, exp };
	}

	isNumberWord(i: number): boolean {
		const w = this.lower(i);
		return w in SMALL || w in TENS || w in SCALE || w in ORDINAL || w === 'dozen';
	}

	/** "once a year", "at least twice": how often, not "once completed" or "twice the figure". */
	isFrequency(i: number): boolean {
		const next = this.lower(i + 1);
		if (/^(a|an|per|every|each)$/.test(next)) return true;
		const bounded = this.readBefore(i).bound !== undefined;
		return bounded && !/^(the|as|that|than|what|its|their|this|his|her|our)$/.test(next);
	}

	isTimeUnitContext(i: number): boolean {
		// "1.5 second" is a unit, handled with the number; a bare "second" is an ordinal.
		return this.at(i - 1)?.type === 'num';
	}

	/** Currency, approximation and similar words just before token i (the number). */
	readBefore(i: number): { start: number; currency?: string; bound?: NumberBound } {
		let k = i;
		let currency: string | undefined;
		for (const [words, code] of CURRENCY_BEFORE) {
			const from = this.matchesBefore(k, words);
			if (from >= 0) {
				currency = code;
				k = from;
				break;
			}
		}
		let bound: NumberBound | undefined;
		for (const [words, b] of APPROX_BEFORE) {
			const from = this.matchesBefore(k, words);
			if (from >= 0 && this.comparedAmount(from, words)) break;
			if (from >= 0) {
				bound = b;
				k = from;
				break;
			}
		}
		if (bound === undefined) {
			const limit = this.limitBefore(k);
			if (limit >= 0) {
				bound = 'atMost';
				k = limit;
			}
		}
		return { start: k, currency, bound };
	}

	/**
	 * "5 yuan less than three years ago", "10% more than in 2023": "more than" or "less than"
	 * right after an amount compares that amount with what follows; it bounds nothing after it.
	 * Not after a year ("in 2023 more than 500 firms").
	 */
	comparedAmount(from: number, words: readonly string[]): boolean {
		if (words.length !== 2 || words[1] !== 'than') return false;
		if (!['more', 'less', 'fewer'].includes(words[0])) return false;
		const amount = (j: number) => {
			const t = this.tokens[j];
			return t?.type === 'num' && !/^(?:19|20)\d\d$/.test(t.text);
		};
		const prev = this.tokens[from - 1];
		if (!prev) return false;
		// "5 yuan less than", "10% more than"; not "from 300 to more than 1,460", "11 worth more
		// than", "September 22 more than".
		const unitWord = prev.text === '%' || COMPARED_UNITS.has(prev.lower);
		return unitWord && amount(from - 2);
	}

	/**
	 * "within the debt limit of 92.13 billion", "below the ceiling of 5%": a value kept under a
	 * named limit (以内, 不超过). Returns the index of "within" / "under" / "below", or -1.
	 */
	limitBefore(k: number): number {
		if (this.lower(k - 1) !== 'of' || !LIMIT_NOUNS.has(this.lower(k - 2))) return -1;
		for (let j = k - 3; j >= Math.max(0, k - 7); j--) {
			const w = this.lower(j);
			if (this.tokens[j].type !== 'word') return -1;
			if (['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her'].includes(w)) {
				return ['within', 'under', 'below'].includes(this.lower(j - 1)) ? j - 1 : -1;
			}
		}
		return -1;
	}

	/** Whether offset `at` is inside quotation marks and token `next` is a capitalised word. */
	inQuotedName(at: number, next: number): boolean {
		const after = this.tokens[next];
		if (!after || after.type !== 'word' || !/^\p{Lu}/u.test(after.text)) return false;
		return this.insideQuotes(at);
	}

	/** Whether the text at `at` is inside quotation marks (straight or curly). */
	insideQuotes(at: number): boolean {
		const before = this.text.slice(0, at);
		const straight = (before.match(/"/g) ?? []).length % 2 === 1;
		return straight || before.lastIndexOf('“') > before.lastIndexOf('”');
	}

	/** Reads one mention starting at token i (a digit token or a number word). */
	readAt(i: number): Built | null {
		const tok = this.tokens[i];
		let value: number;
		let next: number;
		let precision: number | undefined;
		let weak = false;
		let kind: NumberKind = 'quantity';
		let unit: string | undefined;
		let bare = false;
		let exp = 0;
		let digits = '';

		if (tok.type === 'num') {
			digits = tok.text.replace(/,/g, '');
			next = i + 1;
			// Scale: 10.5 billion, 106.02m, 10.5-billion-yuan, 3 hundred thousand.
			const n = this.lower(next);
			// RMB 10 mn, RMB 4.36 bn: a financial press's abbreviation after a space, next to a currency.
			const spaced =
				['mn', 'mln', 'bn', 'bln'].includes(n) &&
				!this.glued(next) &&
				(!!this.readBefore(i).currency || this.currencyAfter(next + 1));
			if (n in SCALE_ABBR && (this.glued(next) || spaced) && !this.gluedWordAfter(next)) {
				const currencyNear = !!this.readBefore(i).currency || this.currencyAfter(next + 1);
				if (n !== 'm' && n !== 'b' && n !== 'k') {
					exp = SCALE_ABBR[n];
					next++;
				} else if (currencyNear) {
					exp = SCALE_ABBR[n];
					next++;
				}
			} else {
				let j = next;
				if (
					this.lower(j) === '-' &&
					this.glued(j) &&
					this.glued(j + 1) &&
					this.lower(j + 1) in SCALE
				)
					j++;
				while (this.lower(j) in SCALE) {
					exp += SCALE[this.lower(j)];
					j++;
					if (this.lower(j) === '-' && this.glued(j) && this.lower(j + 1) in SCALE) j++;
				}
				if (j !== next && exp > 0) next = j;
			}
			value = scaled(digits, exp);
			precision = placeValue(digits, exp);
			bare = exp === 0;
			// 20th, 1st
			const suffix = this.lower(next);
			if (
				bare &&
				['st', 'nd', 'rd', 'th'].includes(suffix) &&
				this.glued(next) &&
				!digits.includes('.')
			) {
				kind = 'ordinal';
				next++;
				bare = false;
			}
		} else {
			const words = this.readWords(i);
			if (!words) return null;
			value = words.value;
			next = words.next;
			exp = words.exp;
			if (words.ordinal) kind = 'ordinal';
			// Small numbers spelled out (two, first) may render what Chinese leaves implicit.
			weak = value < 20 && !words.scaled;
			// "Thousand Villages Demonstration, Ten Thousand Villages Renovation": number words in a
			// capitalised name inside quotation marks name a programme, not a figure to be given.
			if (/^\p{Lu}/u.test(tok.text) && this.inQuotedName(tok.start, next)) weak = true;
			// “a hundred banks visit ten thousand firms” (百行进万企): a round hundred, thousand or ten
			// thousand in words inside quotation marks is a slogan's figure of speech, not a figure.
			if (
				value >= 100 &&
				Number.isInteger(Math.log10(value)) &&
				!words.ordinal &&
				this.insideQuotes(tok.start)
			)
				weak = true;
			precision = words.scaled ? 10 ** words.exp : 1;
			// Fractions: two-thirds, one-third, a quarter of.
			const f = this.lower(next) === '-' && this.glued(next) ? next + 1 : next;
			if (!words.ordinal && this.lower(f) in FRACTION && value < 20 && !words.scaled) {
				const prev = this.lower(i - 1);
				if (!['first', 'last', 'past', 'next', 'previous', 'coming', 'following'].includes(prev)) {
					value = value / FRACTION[this.lower(f)];
					unit = 'fraction';
					next = f + 1;
					precision = undefined;
				}
			}
		}

		const before = this.readBefore(i);
		let start = this.tokens[before.start].start;
		let bound = before.bound;
		let currency = before.currency;
		if (kind === 'ordinal') bound = undefined;
		if (bound === undefined) start = this.tokens[before.currency ? before.start : i].start;

		// After the number: currency, unit, percent.
		if (kind === 'quantity') {
			let j = next;
			if (this.lower(j) === '-' && this.glued(j) && this.glued(j + 1)) j++;
			const cur = this.currencyAt(j);
			const tok = this.tokens[i];
			if (j === next && this.lower(j) === 's' && this.glued(j) && /^[12]\d{2}0$/.test(tok.text)) {
				// the 1980s: a decade, as 20世纪80年代 or 1980年代 give it.
				kind = 'year';
				unit = 'decade';
				precision = undefined;
				next = j + 1;
				bare = false;
			} else if (cur) {
				currency ??= cur.code;
				next = cur.next;
			} else {
				for (const [words, u, k, factor] of UNITS_AFTER) {
					const end = this.matches(j, words);
					if (end < 0) continue;
					if (words[0] === '%' && j !== next) continue;
					if (k === 'multiple' && words[0] === 'fold' && j === next) continue;
					kind = k;
					unit = u;
					value = value * factor;
					if (precision !== undefined) precision = precision * factor;
					next = end;
					bare = false;
					break;
				}
			}
		}
		if (currency) {
			kind = 'money';
			unit = currency;
			bare = false;
		}
		if (kind !== 'ordinal' && kind !== 'year') {
			for (const [words, b] of APPROX_AFTER) {
				const end = this.matches(next, words);
				if (end < 0) continue;
				if (words[0] === '+' && !this.glued(next)) continue;
				if (words[0] === '+' && this.at(end)?.type !== 'punct' && this.glued(end)) continue;
				// "10 plus 5" is arithmetic; "20-plus", "20 plus companies" is a bound.
				if (words[0] === 'plus' && (this.at(end)?.type === 'num' || this.isNumberWord(end)))
					continue;
				// "some 20-plus": the bound after says more than the "some" before.
				if (bound === undefined || bound === 'about') bound = b;
				next = end;
				bare = false;
				break;
			}
		}
		// 30 employees or fewer, 60 years or older: the bound after the noun the figure counts.
		if (bound === undefined && kind !== 'ordinal' && kind !== 'year' && kind !== 'date') {
			const after = this.boundAfterNoun(next);
			if (after) {
				bound = after.bound;
				next = after.next;
				bare = false;
			}
		}
		// push trade past 250 billion yuan: "past" a figure is beyond it; not "the past five
		// years" (a recent span), nor "half past 5" (a clock).
		const pastAt = before.start - 1;
		if (
			bound === undefined &&
			kind !== 'ordinal' &&
			kind !== 'year' &&
			kind !== 'date' &&
			this.lower(pastAt) === 'past' &&
			!PAST_NOT_BOUND.has(this.lower(pastAt - 1)) &&
			!TIME_SPANS.has(unit ?? '')
		) {
			bound = 'over';
			start = this.tokens[pastAt].start;
		}
		// herbs grown under 2,800 mu of forest: "under" an area of something is where, not how much.
		if (
			bound === 'atMost' &&
			this.lower(before.start) === 'under' &&
			AREA_UNITS.has(unit ?? '') &&
			this.lower(next) === 'of'
		) {
			bound = undefined;
			start = this.tokens[before.currency ? before.start : i].start;
		}
		// passed 100% of the checks: the verb of a test, not a bound.
		if (
			bound === 'over' &&
			kind === 'percent' &&
			this.lower(before.start) === 'passed' &&
			this.lower(next) === 'of'
		) {
			bound = undefined;
			start = this.tokens[i].start;
		}
		// per 10,000 people, for every 100 households: the base of a rate.
		if (
			kind === 'quantity' &&
			!unit &&
			bound === undefined &&
			value >= 10 &&
			/^(per|every)$/.test(this.lower(before.start - 1))
		)
			unit = 'per';
		// the third quarter
		if (kind === 'ordinal' && /^quarters?$/.test(this.lower(next))) unit = 'quarter';
		// broke through the 100-billion-yuan mark
		if (
			bound === undefined &&
			/^(mark|threshold|milestone|barrier)$/.test(this.lower(next)) &&
			this.lower(i - 1) === 'the' &&
			/^(crossed|crossing|passed|passing|topped|topping|exceeded|exceeding|surpassed|surpassing|through|past)$/.test(
				this.lower(i - 2)
			)
		)
			bound = 'over';
		const last = this.tokens[next - 1];
		return {
			start,
			end: last.end,
			value,
			kind,
			unit,
			bound,
			precision,
			weak,
			next,
			bare,
			scaleExp: exp
		};
	}

	/**
	 * "employees or fewer" from token j: none, one or two words of the counted noun, then a bound
	 * said after it (not "or more than", which opens another figure). Returns the token after it.
	 */
	boundAfterNoun(j: number): { bound: NumberBound; next: number } | null {
		for (let k = j - 1; k < j + 2; k++) {
			const t = this.at(k);
			if (k >= j && (t?.type !== 'word' || NOT_NOUNS.has(this.lower(k)))) return null;
			for (const [words, bound] of NOUN_BOUNDS) {
				const end = this.matches(k + 1, words);
				if (end < 0 || this.lower(end) === 'than') continue;
				return { bound, next: end };
			}
		}
		return null;
	}

	/** A currency name at token j: yuan, US dollars … */
	currencyAt(j: number): { code: string; next: number } | null {
		for (const [words, code] of CURRENCY_AFTER) {
			const end = this.matches(j, words);
			if (end >= 0) return { code, next: end };
		}
		return null;
	}

	currencyAfter(j: number): boolean {
		return !!this.currencyAt(j);
	}

	/** Token j is glued to the next one (10.5bnX): then j is not a scale suffix. */
	gluedWordAfter(j: number): boolean {
		return this.at(j + 1)?.type === 'word' && this.glued(j + 1);
	}

	/** A month name at token i, with the day and year around it. */
	readDate(i: number): Built | null {
		const tok = this.tokens[i];
		const month = MONTHS[tok.lower];
		if (!month || !/^[A-Z]/.test(tok.text)) return null;
		const full = tok.lower.length > 3 && tok.lower !== 'sept';
		let next = i + 1;
		if (!full && tok.lower !== 'may') {
			// Sept. 22, Sep 22: an abbreviation needs its point or a day after it.
			const dash = (k: number) => ['-', '–', '—', 'to'].includes(this.lower(k));
			if (this.lower(next) === '.' && this.glued(next)) next++;
			else if (/^\d{1,2}$/.test(this.at(next)?.text ?? '')) {
				// Sep 22
			} else if (dash(next) && MONTHS[this.lower(next + 1)]) {
				// Jan-Sep
			} else if (!(dash(i - 1) && MONTHS[this.lower(i - 2)])) return null;
		}
		const parts: DateParts = { month };
		let start = tok.start;
		// 22 September, 22nd of September
		let k = i - 1;
		if (this.lower(k) === 'of' && this.at(k - 1)) k--;
		let dayTok = k;
		if (['st', 'nd', 'rd', 'th'].includes(this.lower(dayTok)) && this.glued(dayTok)) dayTok--;
		const before = this.at(dayTok);
		if (before?.type === 'num' && /^\d{1,2}$/.test(before.text) && !this.used[dayTok]) {
			const d = Number(before.text);
			if (d >= 1 && d <= 31 && (k === i - 1 || dayTok < k)) {
				parts.day = d;
				start = before.start;
			}
		}
		// September 22, September 22nd
		const after = this.at(next);
		if (!parts.day && after?.type === 'num' && /^\d{1,2}$/.test(after.text)) {
			const d = Number(after.text);
			if (d >= 1 && d <= 31) {
				parts.day = d;
				next++;
				if (['st', 'nd', 'rd', 'th'].includes(this.lower(next)) && this.glued(next)) next++;
			}
		}
		// September 22 to 24, November 8-10: a span of days.
		let lastDay: number | undefined;
		if (parts.day && ['-', '–', '—', 'to', 'through'].includes(this.lower(next))) {
			const d = this.at(next + 1);
			const n = d?.type === 'num' && /^\d{1,2}$/.test(d.text) ? Number(d.text) : 0;
			if (n > parts.day && n <= 31 && !MONTHS[this.lower(next + 2)]) {
				lastDay = n;
				next += 2;
			}
		}
		// , 2023
		let y = next;
		if (this.lower(y) === ',') y++;
		if (this.at(y)?.type === 'num' && /^(1[89]|20|21)\d\d$/.test(this.at(y)!.text)) {
			parts.year = Number(this.at(y)!.text);
			next = y + 1;
		}
		if ((tok.lower === 'may' || tok.lower === 'march') && !parts.day && !parts.year) {
			const prev = this.lower(i - 1);
			if (!MONTH_CUES.has(prev)) return null;
		}
		for (let t = this.tokenIndexAt(start); t < i; t++) this.used[t] = 1;
		const value = (parts.year ?? 0) * 10000 + month * 100 + (parts.day ?? 0);
		return {
			start,
			end: this.tokens[next - 1].end,
			value,
			...(lastDay ? { high: value - (parts.day ?? 0) + lastDay } : {}),
			kind: 'date',
			date: parts,
			weak: false,
			next
		};
	}

	/** "a year and a half", "half a year": 1.5 or 0.5 of the unit; half a percentage point. */
	halfSpan(i: number): Built | null {
		// a year and a half, an hour and a half, half a day, half an hour
		const unitOf = (w: string) =>
			/^(?:year|month|week|day|hour|minute)s?$/.test(w) ? w.replace(/s$/, '') : '';
		const w = this.lower(i);
		// half a percentage point
		const points = w === 'half' ? this.matches(i + 1, ['a', 'percentage', 'point']) : -1;
		if (points > 0) {
			return {
				start: this.tokens[i].start,
				end: this.tokens[points - 1].end,
				value: 0.5,
				kind: 'points',
				unit: 'pp',
				weak: false,
				next: points
			};
		}
		let value = 0;
		let next = i;
		if ((w === 'a' || w === 'an' || w === 'one') && unitOf(this.lower(i + 1))) {
			if (this.matches(i + 2, ['and', 'a', 'half']) >= 0) {
				value = 1.5;
				next = i + 5;
			} else if (
				w !== 'one' &&
				!(this.lower(i + 2) === '-' && this.glued(i + 2)) &&
				(this.readBefore(i).bound !== undefined ||
					SPAN_BEFORE.has(this.lower(i - 1)) ||
					/^(?:or|ago|later|earlier)$/.test(this.lower(i + 2)))
			) {
				// more than an hour, an hour or so, within a month: one of the unit, which 一个多小时,
				// 个把月 and 一年内 give; not a rate (grew 6% a year) nor "a year-on-year rise".
				value = 1;
				next = i + 2;
			} else return null;
		} else if (
			w === 'half' &&
			(this.lower(i + 1) === 'a' || this.lower(i + 1) === 'an') &&
			unitOf(this.lower(i + 2))
		) {
			value = 0.5;
			next = i + 3;
		} else return null;
		const unit = unitOf(this.lower(w === 'half' ? i + 2 : i + 1));
		// at least half a year
		const before = this.readBefore(i);
		return this.boundAfter({
			start: this.tokens[before.bound ? before.start : i].start,
			end: this.tokens[next - 1].end,
			value,
			kind: 'quantity',
			unit,
			bound: before.bound,
			weak: true,
			next
		});
	}

	/** January to September, January-August, between January and June: a span of months. */
	monthRange(first: Built, i: number): Built {
		const d = first.date;
		if (!d?.month || d.day !== undefined || d.year !== undefined) return first;
		const conn = this.lower(first.next);
		const between = conn === 'and' && this.lower(i - 1) === 'between';
		// June and July: two months in a row are one span (6—7月); June and August stay two months.
		const adjacent = conn === 'and' && MONTHS[this.lower(first.next + 1)] === d.month + 1;
		if (!['-', '–', '—', 'to', 'through', 'till', 'until'].includes(conn) && !between && !adjacent)
			return first;
		const j = first.next + 1;
		if (!this.at(j) || !MONTHS[this.lower(j)]) return first;
		const second = this.readDate(j);
		const month = second?.date?.month;
		if (!second || !month || second.date?.day !== undefined || month <= d.month) return first;
		// January-August 2023: the year stays a mention of its own, as 2023年1—8月 gives it.
		let next = second.next;
		if (second.date?.year !== undefined) next = this.lower(j + 1) === '.' ? j + 2 : j + 1;
		return {
			...first,
			value: d.month * 100,
			high: month * 100,
			end: this.tokens[next - 1].end,
			next
		};
	}

	/** Names: 5G, G20, COVID-19, 1+2+N, a quoted “1”, 12345 (a hotline, a code). */
	/**
	 * List labels: "1." or "1)" or "I." at the start of a line, "(1)", "(a)", "(ii)" anywhere
	 * between spaces, "2)" after a colon or semicolon, "Firstly," "Secondly,". They number a list's items, not things counted:
	 * weak ordinals that pair by value with the Chinese （一）, 一是, ① and are never demanded.
	 */
	readLabels(): void {
		const value = (written: string): number | undefined => {
			if (/^\d+$/.test(written)) return Number(written);
			if (written.toUpperCase() in ROMAN) return ROMAN[written.toUpperCase()];
			if (/^[a-j]$/.test(written)) return written.charCodeAt(0) - 96;
			return undefined;
		};
		const label = (start: number, end: number, written: string) => {
			const v = value(written);
			const first = this.tokenIndexAt(start);
			const next = this.tokenIndexAt(end);
			if (v === undefined || v === 0 || v > 99 || first >= next) return;
			for (let k = first; k < next; k++) if (this.used[k]) return;
			this.emit({ start, end, value: v, kind: 'ordinal', weak: true, next });
		};
		const patterns = [
			/(^|\n)[ \t]*(\(?(\d{1,2}|[IVX]{1,4}|[a-j])[.)])(?=\s)/g,
			/(^|\s)(\((\d{1,2}|[ivxIVX]{1,4}|[a-j])\))(?=\s)/g,
			/([;:]\s+)((\d{1,2}|[a-j])\))(?=\s)/g
		];
		for (const re of patterns)
			for (const m of this.text.matchAll(re)) {
				const start = m.index + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
				label(start, start + m[2].length, m[3]);
			}
		for (const m of this.text.matchAll(
			/\b(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)ly\b/gi
		)) {
			const n = [
				'first',
				'second',
				'third',
				'fourth',
				'fifth',
				'sixth',
				'seventh',
				'eighth',
				'ninth',
				'tenth'
			];
			label(m.index, m.index + m[0].length, String(n.indexOf(m[1].toLowerCase()) + 1));
		}
	}

	readNames(): void {
		const t = this.tokens;
		for (let i = 0; i < t.length; i++) {
			if (this.used[i]) continue;
			// 1+2+N
			if ((t[i].type === 'num' || /^[A-Z]$/.test(t[i].text)) && t[i + 1]?.text === '+') {
				let j = i;
				let digits = t[i].type === 'num';
				while (
					t[j + 1]?.text === '+' &&
					t[j + 2] &&
					(t[j + 2].type === 'num' || /^[A-Z]$/.test(t[j + 2].text)) &&
					t[j + 2].start - t[j].end <= 3
				) {
					j += 2;
					if (t[j].type === 'num') digits = true;
				}
				if (j > i && digits && !(t[i - 1] && t[i - 1].type !== 'punct' && this.glued(i))) {
					this.name(i, j + 1);
					i = j;
					continue;
				}
			}
			if (t[i].type !== 'num') continue;
			// 2.8:1, 1:2, a ratio of 1:10: read by value. Not 10:30, a time of day, unless a ratio is
			// named just before.
			if (
				t[i + 1]?.text === ':' &&
				t[i + 2]?.type === 'num' &&
				this.glued(i + 1) &&
				this.glued(i + 2) &&
				(!this.clockAt(i) ||
					/\b(?:ratio|proportion)s?\b[^.;:]{0,12}$/i.test(
						this.text.slice(Math.max(0, t[i].start - 30), t[i].start)
					))
			) {
				const ratio = ratioMention(this.text, t[i].start, t[i + 2].end);
				if (ratio) {
					for (let k = i; k < i + 3; k++) this.used[k] = 1;
					this.out.push(ratio);
					i += 2;
					continue;
				}
			}
			const clockEnd = this.clockAt(i);
			if (clockEnd) {
				this.clock(i, clockEnd);
				i = clockEnd - 1;
				continue;
			}
			// 10:30, a time of day.
			if (
				t[i + 1]?.text === ':' &&
				t[i + 2]?.type === 'num' &&
				this.glued(i + 1) &&
				this.glued(i + 2)
			) {
				this.used[i] = this.used[i + 1] = this.used[i + 2] = 1;
				continue;
			}
			// Letters glued before (G20) or after (5G, 4K, 3D), or letters-hyphen-digits (COVID-19).
			const prev = t[i - 1];
			const nextTok = t[i + 1];
			// m3, km2: a unit's power with its superscript flattened, not a name.
			const unitPower =
				prev !== undefined && /^(?:k|c|d|h)?m$/.test(prev.text) && /^[23]$/.test(t[i].text);
			const gluedBefore =
				prev && prev.type === 'word' && this.glued(i) && !this.isNumberWord(i - 1) && !unitPower;
			const gluedAfter =
				nextTok &&
				nextTok.type === 'word' &&
				this.glued(i + 1) &&
				(!GLUED_UNITS.has(nextTok.lower) || nextTok.text === 'K');
			const hyphenName =
				prev?.text === '-' &&
				this.glued(i) &&
				t[i - 2]?.type === 'word' &&
				this.glued(i - 1) &&
				/^[A-Z]/.test(t[i - 2].text) &&
				![
					'mid',
					'pre',
					'post',
					'early',
					'late',
					'end',
					'top',
					'over',
					'under',
					'phase',
					'type'
				].includes(t[i - 2].lower) &&
				!(t[i - 2].lower in MONTHS) &&
				!this.isNumberWord(i - 2);
			if (gluedBefore && !['rmb', 'cny', 'usd', 'us', 'hk', 'no'].includes(prev.lower)) {
				let end = i + 1;
				while (t[end] && this.glued(end) && t[end].type !== 'punct') end++;
				this.name(i - 1, end);
				continue;
			}
			if (hyphenName) {
				this.name(i - 2, i + 1);
				continue;
			}
			if (gluedAfter) {
				let end = i + 2;
				while (t[end] && this.glued(end) && t[end].type !== 'punct') end++;
				this.name(i, end);
				continue;
			}
			// “1”, ‘2’, "3"
			if (
				prev &&
				/^[“"‘']$/.test(prev.text) &&
				this.glued(i) &&
				nextTok &&
				/^[”"’']$/.test(nextTok.text) &&
				this.glued(i + 1)
			) {
				this.name(i, i + 1);
				continue;
			}
			// 12345: a long digit string without separators is a code, unless a unit follows.
			if (/^\d{5,}$/.test(t[i].text)) {
				const after = this.lower(i + 1);
				const unitFollows =
					after in SCALE ||
					this.currencyAfter(i + 1) ||
					UNITS_AFTER.some(([w]) => w[0] === after) ||
					!!this.readBefore(i).currency;
				if (!unitFollows) this.name(i, i + 1);
			}
		}
	}

	/** "a.m." / "pm" from token j: the half of the day, and the token after it. */
	meridiem(j: number): { pm: boolean; next: number } | null {
		const w = this.lower(j);
		if (w === 'am' || w === 'pm') return { pm: w === 'pm', next: j + 1 };
		if ((w === 'a' || w === 'p') && this.matches(j + 1, ['.', 'm', '.']) >= 0)
			return { pm: w === 'p', next: j + 4 };
		return null;
	}

	/**
	 * A time of day from token i (5 p.m., 10:30, 8:15am): the token after it, or 0. Not "5.5 a"
	 * or a ratio (2.8:1).
	 */
	clockAt(i: number): number {
		const t = this.tokens;
		if (!/^\d{1,2}$/.test(t[i].text)) return 0;
		let j = i + 1;
		if (
			t[j]?.text === ':' &&
			/^\d\d$/.test(t[j + 1]?.text ?? '') &&
			this.glued(j) &&
			this.glued(j + 1) &&
			Number(t[i].text) <= 24
		)
			j += 2;
		const half = this.meridiem(j);
		if (half && Number(t[i].text) >= 1 && Number(t[i].text) <= 12) return half.next;
		return j > i + 1 ? j : 0;
	}

	/** A time of day as hours past midnight (5 p.m. → 17, 10:30 → 10.5), unit clock. */
	clock(from: number, to: number): void {
		const t = this.tokens;
		let hours = Number(t[from].text);
		let j = from + 1;
		if (t[j]?.text === ':') {
			hours += Number(t[j + 1].text) / 60;
			j += 2;
		}
		const half = this.meridiem(j);
		if (half) hours = (hours % 12) + (half.pm ? 12 : 0);
		for (let k = from; k < to; k++) this.used[k] = 1;
		const start = t[from].start;
		const end = t[to - 1].end;
		this.out.push({
			value: clean(hours),
			kind: 'quantity',
			unit: 'clock',
			approx: false,
			start,
			end,
			text: this.text.slice(start, end),
			weak: false
		});
	}

	name(from: number, to: number): void {
		const start = this.tokens[from].start;
		const end = this.tokens[to - 1].end;
		const text = this.text.slice(start, end);
		const groups = text.match(/\d+(?:\.\d+)?/g) ?? [];
		for (let k = from; k < to; k++) this.used[k] = 1;
		this.out.push({
			value: groups.length === 1 ? Number(groups[0]) : 0,
			kind: 'name',
			approx: false,
			start,
			end,
			text,
			weak: false
		});
	}

	/** Phase II, Stage III, World War II: Roman numerals after a numbered noun. */
	readRoman(i: number): Built | null {
		const tok = this.tokens[i];
		if (!(tok.text in ROMAN)) return null;
		const prev = this.lower(i - 1);
		if (!NUMBERED_NOUNS.has(prev)) return null;
		if (tok.text === 'I' && !/^[A-Z]/.test(this.tokens[i - 1].text)) {
			// "phase I" in lower case is still a phase; "no I" is not.
			if (prev !== 'phase' && prev !== 'stage') return null;
		}
		return {
			start: tok.start,
			end: tok.end,
			value: ROMAN[tok.text],
			kind: 'ordinal',
			unit: prev.replace(/s$/, ''),
			weak: true,
			next: i + 1
		};
	}

	/** Turns bare four-digit numbers into years and picks up seasons (autumn 2023, early 2024). */
	asYear(b: Built, i: number): Built {
		const tok = this.tokens[i];
		if (!b.bare || b.kind !== 'quantity' || !/^\d{4}$/.test(tok.text)) return b;
		const v = Number(tok.text);
		if (v < 1000 || v > 2999) return b;
		// "over 2022" compares with a year; it is not an approximate year.
		const out: Built = { ...b, kind: 'year', value: v, bound: undefined, date: { year: v } };
		out.start = tok.start;
		let k = i - 1;
		if (this.lower(k) === '-' && this.glued(i)) k--;
		if (this.lower(k) === 'of') k--;
		if (this.lower(k) === 'the') k--;
		const season = SEASON_WORDS[this.lower(k)];
		if (season) {
			out.date = { year: v, season };
			out.start = this.tokens[k].start;
			if (!['early', 'mid', 'late'].includes(season)) {
				out.kind = 'date';
				out.value = v * 10000;
			}
		} else if (
			this.lower(k) === 'end' ||
			this.lower(k) === 'beginning' ||
			this.lower(k) === 'start'
		) {
			out.date = { year: v, season: this.lower(k) === 'end' ? 'late' : 'early' };
		}
		return out;
	}

	/** A range: 2020–2022, 10%–20%, 10 to 20 percent, between 3 and 5. */
	tryRange(first: Built, i: number): Built {
		const conn = this.lower(first.next);
		const isDash = ['-', '–', '—', '~'].includes(conn);
		// five or six hundred, forty or fifty: a guess between neighbouring numerals in words
		// (五六百, 四五十) is a range.
		const guess =
			conn === 'or' &&
			first.unit === undefined &&
			first.next === i + 1 &&
			this.isNumberWord(i) &&
			this.isNumberWord(first.next + 1) &&
			SMALL[this.lower(first.next + 1)] !== undefined &&
			SMALL[this.lower(first.next + 1)] === SMALL[this.lower(i)] + 1;
		const isTo =
			conn === 'to' ||
			guess ||
			(conn === 'and' && this.lower(this.tokenIndexAt(first.start) - 1) === 'between');
		if (!isDash && !isTo) return first;
		// from fewer than 300 to 1,460: a bounded figure is an end of its own, not a range's.
		if (first.bound !== undefined && first.bound !== 'about') return first;
		const j = first.next + 1;
		const tok = this.at(j);
		if (!tok || (tok.type !== 'num' && !this.isNumberWord(j))) return first;
		if (
			isDash &&
			tok.type === 'num' &&
			!(this.glued(j) || this.at(j - 1)!.start - this.at(j - 2)!.end <= 1)
		)
			return first;
		if (tok.type === 'num' && this.at(j + 1)?.text === '+' && this.glued(j + 1)) return first;
		let second = this.readAt(j);
		if (!second) return first;
		if (guess) {
			// five or six hundred mu: the first numeral takes the second's scale and unit.
			const scale = second.value / SMALL[this.lower(j)];
			if (!Number.isInteger(scale) || second.kind !== 'quantity') return first;
			return {
				...second,
				start: first.start,
				value: first.value * scale,
				high: second.value,
				weak: first.weak && second.weak
			};
		}
		second = this.asYear(second, j);
		if (first.kind === 'date' || second.kind === 'date') return first;
		let low = first.value;
		let kind = first.kind;
		let unit = first.unit;
		if (first.kind === 'year' || (first.bare && /^\d{4}$/.test(this.tokens[i].text))) {
			const y = Number(this.tokens[i].text);
			// 2021–25 is a span of years; "from 48 in 2015 to 29 micrograms" is not 2015–2029.
			const shortYear = isDash && second.bare && /^\d{2}$/.test(this.tokens[j].text);
			if (second.kind === 'year' || shortYear) {
				let high = second.kind === 'year' ? second.value : Math.floor(y / 100) * 100 + second.value;
				if (high <= y) return first;
				if (second.kind !== 'year' && high - y > 99) return first;
				high = Math.floor(high);
				return {
					...first,
					kind: 'year',
					value: y,
					high,
					date: { year: y },
					end: this.tokens[second.next - 1].end,
					next: second.next,
					bare: false
				};
			}
			if (first.kind === 'year') return first;
		}
		if (first.bare && second.kind !== 'quantity') {
			kind = second.kind;
			unit = second.unit;
			if (second.scaleExp && !first.scaleExp) low = scaled(String(first.value), second.scaleExp);
		} else if (first.bare && second.scaleExp && !first.scaleExp) {
			low = scaled(String(first.value), second.scaleExp);
			unit = second.unit;
		} else if (first.kind !== second.kind) return first;
		// from three working days to four hours: two figures in their own units, not one range.
		if (!first.bare && first.unit && second.unit && first.unit !== second.unit) return first;
		// fell by 68 basis points to 4.37 percentage points: a change and a level, not a range.
		if (first.kind === 'points' && !first.bare && first.unit !== second.unit) return first;
		if (second.value <= low) return first;
		if (kind === 'ordinal') return first;
		return {
			...first,
			kind,
			unit: unit ?? second.unit,
			value: low,
			high: second.value,
			bound: first.bound ?? second.bound,
			end: this.tokens[second.next - 1].end,
			next: second.next,
			precision: Math.max(first.precision ?? 1, second.precision ?? 1),
			weak: first.weak && second.weak,
			bare: false
		};
	}

	run(): NumberMention[] {
		// 2024-01-12: a web page's date.
		for (const d of isoDates(this.text)) {
			const next = this.tokenIndexAt(d.end);
			if (this.used.subarray(this.tokenIndexAt(d.start), next).some((u) => u)) continue;
			this.emit({
				start: d.start,
				end: d.end,
				value: d.year * 10000 + d.month * 100 + d.day,
				kind: 'date',
				date: { year: d.year, month: d.month, day: d.day },
				weak: false,
				next
			});
		}
		this.readLabels();
		this.readNames();
		const t = this.tokens;
		for (let i = 0; i < t.length; i++) {
			if (this.used[i]) continue;
			const tok = t[i];
			if (tok.type === 'word') {
				const read = this.readDate(i);
				if (read) {
					const date = this.monthRange(read, i);
					this.emit(date);
					i = date.next - 1;
					continue;
				}
				const roman = this.readRoman(i);
				if (roman) {
					this.emit(roman);
					continue;
				}
				if (tok.lower === 'no' && this.lower(i + 1) === '.' && t[i + 2]?.type === 'num') {
					const n = t[i + 2];
					this.emit({
						start: tok.start,
						end: n.end,
						value: Number(n.text.replace(/,/g, '')),
						kind: 'ordinal',
						unit: 'No.',
						weak: false,
						next: i + 3
					});
					i += 2;
					continue;
				}
				// a third of, one quarter of
				const part = FRACTION[this.lower(i + 1)];
				if (
					['a', 'an', 'one'].includes(tok.lower) &&
					part &&
					!/s$/.test(this.lower(i + 1)) &&
					(this.lower(i + 2) === 'of' || tok.lower === 'one')
				) {
					i = this.emitShare(i, this.readBefore(i), part);
					continue;
				}
				// a year and a half, half a year: 18 and 6 months.
				const span = this.halfSpan(i);
				if (span) {
					this.emit(span);
					i = span.next - 1;
					continue;
				}
				// one in five, one in every four
				if (tok.lower === 'one' && this.lower(i + 1) === 'in') {
					const j = this.lower(i + 2) === 'every' ? i + 3 : i + 2;
					const n = t[j]?.type === 'num' ? Number(t[j].text) : this.readWords(j)?.value;
					if (n && n > 1 && Number.isInteger(n)) {
						this.emit({
							start: tok.start,
							end: t[j].end,
							value: 1 / n,
							kind: 'quantity',
							unit: 'fraction',
							weak: true,
							next: j + 1
						});
						i = j;
						continue;
					}
				}
				// the first half of the year: 上半年, a period, not a number.
				if (
					(tok.lower === 'first' || tok.lower === 'second') &&
					/^half(-year)?$/.test(this.lower(i + 1))
				)
					continue;
				// the first 12 companies, the first three quarters: "first" only picks them out.
				if (
					(tok.lower === 'first' || tok.lower === 'last') &&
					(t[i + 1]?.type === 'num' ||
						(this.isNumberWord(i + 1) && !(this.lower(i + 1) in ORDINAL)))
				)
					continue;
				// at least once a quarter, twice a year: a count of times (至少…一次, 每年两次).
				if ((tok.lower === 'once' || tok.lower === 'twice') && this.isFrequency(i)) {
					const before = this.readBefore(i);
					this.emit({
						start: this.tokens[before.bound ? before.start : i].start,
						end: tok.end,
						value: tok.lower === 'once' ? 1 : 2,
						kind: 'quantity',
						bound: before.bound,
						weak: true,
						next: i + 1
					});
					continue;
				}
				if (
					!(tok.lower in MULTIPLES) &&
					tok.lower !== 'half' &&
					!this.isNumberWord(i) &&
					tok.lower !== 'a' &&
					tok.lower !== 'an'
				) {
					// hundreds of, thousands of, tens of thousands: vague amounts.
					const vague = /^(tens|dozens|hundreds|thousands|millions|billions)$/.exec(tok.lower);
					if (vague && this.lower(i + 1) === 'of') {
						let j = i + 1;
						let exp = { tens: 1, dozens: 1, hundreds: 2, thousands: 3, millions: 6, billions: 9 }[
							vague[1]
						] as number;
						const larger = /^(thousands|millions|billions)$/.exec(this.lower(j + 1));
						if (larger) {
							exp += SCALE[larger[1].replace(/s$/, '')];
							j += 1;
							if (this.lower(j + 1) === 'of') j += 1;
						}
						this.emit({
							start: tok.start,
							end: t[j].end,
							value: 10 ** exp,
							kind: 'quantity',
							bound: 'about',
							weak: true,
							next: j + 1
						});
						i = j;
					}
					continue;
				}
				const aShare = this.lower(i + 1);
				if (
					(tok.lower === 'a' || tok.lower === 'an') &&
					aShare in FRACTION &&
					!/s$/.test(aShare) &&
					aShare !== 'half'
				) {
					// more than a quarter, nearly a third, a fifth of: a share said with "a"; not "a
					// third party", "a fifth consecutive year", "in a quarter".
					const before = this.readBefore(i);
					// "within a quarter" is a span of time, not a share.
					const span = aShare === 'quarter' && this.lower(i - 1) === 'within';
					// a third more, a quarter lower: the share of a change (多三分之一, 低四分之一).
					const change =
						/^(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|cheaper|faster|shorter|longer)$/.test(
							this.lower(i + 2)
						);
					if ((before.bound !== undefined && !span) || this.lower(i + 2) === 'of' || change) {
						i = this.emitShare(i, before, FRACTION[aShare]);
						continue;
					}
				}
				if (tok.lower === 'half' && !(this.lower(i + 1) === '-' && this.glued(i + 1))) {
					// half, more than half, nearly half (a half-year is not a share)
					const before = this.readBefore(i);
					const share = this.boundAfter({
						start: this.tokens[before.bound ? before.start : i].start,
						end: tok.end,
						value: 0.5,
						kind: 'quantity',
						unit: 'fraction',
						bound: before.bound,
						weak: true,
						next: i + 1
					});
					this.emit(share);
					i = share.next - 1;
					continue;
				}
				if (tok.lower in MULTIPLES) {
					// double-digit, twice-yearly: an adjective, not a multiple.
					if (this.lower(i + 1) === '-' && this.glued(i + 1)) continue;
					// "double hundred", "a triple win": double before a noun is no multiple;
					// "double the figure", "doubled", "to double." are.
					if (
						/^(double|triple|quadruple)$/.test(tok.lower) &&
						t[i + 1]?.type === 'word' &&
						!/^(the|that|this|its|their|what|from|in|by|over|since|compared|on|to|and|a|an)$/.test(
							this.lower(i + 1)
						)
					)
						continue;
					// doubled, tripled: the new value is N times the old; twofold may be read either way.
					const before = this.readBefore(i);
					const multiple = this.boundAfter({
						start: this.tokens[before.bound ? before.start : i].start,
						end: tok.end,
						value: MULTIPLES[tok.lower],
						kind: 'multiple',
						unit: /fold$/.test(tok.lower) ? 'times' : 'total',
						bound: before.bound,
						weak: true,
						next: i + 1
					});
					this.emit(multiple);
					i = multiple.next - 1;
					continue;
				}
				if (tok.lower === 'second' && t[i - 1]?.type === 'num') continue;
				if (
					tok.lower === 'one' &&
					['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which'].includes(this.lower(i - 1))
				)
					continue;
			} else if (tok.type !== 'num') continue;
			// 22 September: let the month take its day.
			if (tok.type === 'num' && MONTHS[this.lower(i + 1)] && /^[A-Z]/.test(t[i + 1].text)) {
				const date = this.readDate(i + 1);
				if (date && date.start === tok.start) {
					this.emit(date);
					i = date.next - 1;
					continue;
				}
			}
			if (
				tok.type === 'num' &&
				['st', 'nd', 'rd', 'th'].includes(this.lower(i + 1)) &&
				this.glued(i + 1) &&
				this.lower(i + 2) === 'of' &&
				MONTHS[this.lower(i + 3)]
			) {
				const date = this.readDate(i + 3);
				if (date && date.start === tok.start) {
					this.emit(date);
					i = date.next - 1;
					continue;
				}
			}
			let built = this.readAt(i);
			if (!built) continue;
			built = this.asYear(built, i);
			built = this.tryRange(built, i);
			if (
				built.kind === 'ordinal' &&
				tok.type === 'word' &&
				NUMBERED_NOUNS.has(this.lower(i - 1))
			) {
				built.unit = this.lower(i - 1).replace(/s$/, '');
			}
			// "are to number 300", "will number 300": the noun used as a verb counts, it numbers nothing.
			// "the sculptures number 2,000", "they number 300": after a plural subject too.
			// "products now number 1,200": an adverb may stand between the subject and the verb.
			let subject = this.lower(i - 2);
			if (/^(?:now|still|already|together|currently|altogether|today)$/.test(subject))
				subject = this.lower(i - 3);
			const asVerb =
				MODALS.has(subject) ||
				(/^numbers?$/.test(this.lower(i - 1)) &&
					(/^(?:they|which|who|that)$/.test(subject) ||
						(/[^su']s$/.test(subject) && !/^(?:its|this|was|has|his|as)$/.test(subject))));
			if (
				built.kind === 'quantity' &&
				!built.unit &&
				NUMBERED_NOUNS.has(this.lower(i - 1)) &&
				!asVerb &&
				!built.bound
			) {
				built.kind = 'ordinal';
				built.unit = this.lower(i - 1).replace(/s$/, '');
			}
			if (this.lower(i - 1) === 'top' && built.kind === 'quantity') built.unit = 'top';
			// phases one and two, Phase I and II: the second one is numbered like the first.
			const previous = this.out[this.out.length - 1];
			if (
				built.kind === 'quantity' &&
				!built.unit &&
				!built.bound &&
				(this.lower(i - 1) === 'and' || this.lower(i - 1) === ',') &&
				previous?.kind === 'ordinal' &&
				previous.unit &&
				NUMBERED_NOUNS.has(previous.unit) &&
				this.tokenIndexAt(previous.end) === i - 1
			) {
				built.kind = 'ordinal';
				built.unit = previous.unit;
			}
			this.emit(built);
			i = built.next - 1;
		}
		const ages = ageDecades(this.text);
		const mentions = ratiosInWords(
			this.text,
			priceShares(this.text, englishTemperatures(this.text, this.out))
		).filter((m) => !ages.some((a) => m.start >= a.start && m.end <= a.end));
		return [...mentions, ...ages].sort((a, b) => a.start - b.start);
	}
}

const DECADES: Record<string, number> = {
	twenties: 20,
	thirties: 30,
	forties: 40,
	fifties: 50,
	sixties: 60,
	seventies: 70,
	eighties: 80,
	nineties: 90
};

/**
 * Ages said by the decade: "in his eighties", "in her late 70s" (八十多岁, 七旬): the
 * decade's first year and upwards, as 多岁 gives it.
 */
function ageDecades(text: string): NumberMention[] {
	const out: NumberMention[] = [];
	for (const m of text.matchAll(
		/\bin\s+(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)(?:-|\s+))?(?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|([2-9]0)['’]?s)\b/gi
	)) {
		out.push({
			value: m[1] ? DECADES[m[1].toLowerCase()] : Number(m[2]),
			kind: 'quantity',
			approx: true,
			bound: 'over',
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			precision: 10,
			weak: false
		});
	}
	return out;
}

const RATIO_TERM = `\\d+(?:\\.\\d+)?|${Object.keys(SMALL).join('|')}`;
const RATIO_IN_WORDS = new RegExp(
	`(?:\\b(about|around|roughly|approximately|nearly|almost|some)\\s+)?\\b(${RATIO_TERM})(?:-to-|\\s+to\\s+)(${RATIO_TERM})\\b`,
	'gi'
);
const ROUND_BOUNDS: Record<string, NumberBound> = {
	about: 'about',
	around: 'about',
	roughly: 'about',
	approximately: 'about',
	some: 'about',
	nearly: 'under',
	almost: 'under'
};

/**
 * Ratios said with "to": "a ratio of about 15 to 1", "a one-to-one match", "at 3-to-1" (15:1,
 * 1∶1), when a ratio is named in the clause before it or just after it; not "from 5 to 10".
 */
function ratiosInWords(text: string, mentions: NumberMention[]): NumberMention[] {
	const ratios: NumberMention[] = [];
	const term = (w: string) => (/^\d/.test(w) ? Number(w) : SMALL[w.toLowerCase()]);
	for (const m of text.matchAll(RATIO_IN_WORDS)) {
		const before = text.slice(Math.max(0, m.index - 40), m.index);
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
		if (
			!/\bratios?\b(?:\s+(?:of|at|is|was|stood at|reached))?\s*$/i.test(before) &&
			!/^\s*(?:ratio|basis|match)/i.test(after)
		)
			continue;
		const a = term(m[2]);
		const b = term(m[3]);
		if (!b) continue;
		const bound = m[1] ? ROUND_BOUNDS[m[1].toLowerCase()] : undefined;
		ratios.push({
			value: clean(a / b),
			kind: 'quantity',
			unit: 'ratio',
			approx: bound !== undefined,
			...(bound ? { bound } : {}),
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			weak: false
		});
	}
	if (!ratios.length) return mentions;
	const inside = (x: NumberMention) => ratios.some((r) => x.start >= r.start && x.end <= r.end);
	return [...mentions.filter((x) => !inside(x)), ...ratios];
}

const PRICE_SHARE: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25 };

/**
 * Prices as shares and discounts: "half price", "half-price", "a quarter of the price" are the
 * share paid (unit `price`, as 五折 / 半价 give it); "20% off", "a 20% discount", "a discount of
 * 20%" are what is taken off (unit `off`), which compare.ts sets against the share paid.
 */
function priceShares(text: string, mentions: NumberMention[]): NumberMention[] {
	for (const m of mentions) {
		if (m.kind !== 'percent' || m.unit !== '%') continue;
		if (
			/^\s*(?:off\b|discounts?\b)/i.test(text.slice(m.end)) ||
			/\bdiscounts?\s+of\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start))
		)
			m.unit = 'off';
	}
	const shares: NumberMention[] = [];
	for (const p of text.matchAll(
		/\b(?:(?:a|one)\s+)?(half|third|quarter)(?:-|\s+)(?:(?:of\s+)?the\s+(?:(?:original|full|normal|regular|usual)\s+)?)?price(?![A-Za-z])/gi
	)) {
		const start = p.index;
		const end = start + p[0].length;
		shares.push({
			value: clean(PRICE_SHARE[p[1].toLowerCase()]),
			kind: 'percent',
			unit: 'price',
			approx: false,
			start,
			end,
			text: p[0],
			precision: 1,
			weak: false
		});
	}
	if (!shares.length) return mentions;
	const inside = (m: NumberMention) => shares.some((x) => m.start >= x.start && m.end <= x.end);
	return [...mentions.filter((m) => !inside(m)), ...shares];
}

/**
 * Every number in an English text, in order, with its value, kind, unit, approximation and
 * UTF-16 offsets.
 *
 * @example
 * findEnglishNumbers('22 projects worth 10.5 billion yuan')
 * // [{ value: 22, kind: 'quantity', text: '22', … },
 * //  { value: 10500000000, kind: 'money', unit: 'CNY', text: '10.5 billion yuan', … }]
 * findEnglishNumbers('more than 20 associations')[0] // { value: 20, approx: true, bound: 'over', … }
 */
export function findEnglishNumbers(text: string): NumberMention[] {
	return new Reader(text).run();
}
