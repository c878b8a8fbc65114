/**
 * Number errors injected into a correct English translation, the way drafts get numbers wrong:
 * a digit changed, a figure ten times too large or too small, billion for million, a number
 * word changed, a bound dropped or turned round, "nearly/about" dropped, percent for
 * percentage points, two figures of one kind swapped. The one injector of the number check's
 * measurements: `bench/numbers.ts` and its test (on tests/numbers-genre pairs) and
 * `bench/genre.ts` and its corpus test (on the numbers.tsv rows of corpus/) both use it.
 *
 * It works on the text of a listed number phrase, not on what the number readers find, so a
 * number the readers miss still gets its errors.
 */
import type { NumberPair } from '../numbers-genre/pair.ts';

export type InjectionKind =
	| 'digit'
	| 'word'
	| 'times10'
	| 'div10'
	| 'scale'
	| 'drop_bound'
	| 'flip_bound'
	| 'drop_approx'
	| 'percent_point'
	| 'swap';

export const INJECTION_KINDS: readonly InjectionKind[] = [
	'digit',
	'word',
	'times10',
	'div10',
	'scale',
	'drop_bound',
	'flip_bound',
	'drop_approx',
	'percent_point',
	'swap'
];

export interface PhraseError {
	kind: InjectionKind;
	/** The wrong phrase that replaces the right one. */
	to: string;
}

export interface Injection extends PhraseError {
	/** The English with the error in it. */
	en: string;
	/** The phrase as it was. */
	from: string;
}

/** A number word and the one it becomes: one more, or the next in its series. */
const WORD_CHANGES: Record<string, string> = {
	once: 'twice',
	twice: 'three times',
	one: 'two',
	two: 'three',
	three: 'four',
	four: 'five',
	five: 'six',
	six: 'seven',
	seven: 'eight',
	eight: 'nine',
	nine: 'ten',
	ten: 'eleven',
	twelve: 'thirteen',
	seventeen: 'eighteen',
	twenty: 'thirty',
	dozen: 'score',
	thousand: 'hundred',
	first: 'second',
	second: 'third',
	third: 'fourth',
	fourth: 'fifth',
	fifth: 'sixth',
	half: 'a quarter',
	quarter: 'fifth',
	double: 'triple',
	doubled: 'tripled',
	tripled: 'doubled',
	quadrupled: 'tripled',
	january: 'february',
	february: 'march',
	march: 'april',
	april: 'may',
	may: 'june',
	june: 'july',
	july: 'august',
	august: 'september',
	september: 'october',
	october: 'november',
	november: 'december',
	december: 'november'
};

/**
 * Bound words, what dropping them leaves and what turning them round makes of them; `approx`
 * marks approximations, whose dropping is its own kind of error.
 */
const BOUNDS: { re: RegExp; drop: string; flip: string | null; approx?: true }[] = [
	{ re: /\bno less than /i, drop: '', flip: 'no more than ' },
	{ re: /\bno fewer than /i, drop: '', flip: 'no more than ' },
	{ re: /\bno more than /i, drop: '', flip: 'no less than ' },
	{ re: /\bmore than /i, drop: '', flip: 'less than ' },
	{ re: /\bless than /i, drop: '', flip: 'more than ' },
	{ re: /\bfewer than /i, drop: '', flip: 'more than ' },
	{ re: /\bat least /i, drop: '', flip: 'at most ' },
	{ re: /\bat most /i, drop: '', flip: 'at least ' },
	{ re: /\bup to /i, drop: '', flip: 'at least ' },
	{ re: /\bwithin /i, drop: '', flip: 'more than ' },
	{ re: /\bno higher than /i, drop: '', flip: 'no lower than ' },
	{ re: /\bno lower than /i, drop: '', flip: 'no higher than ' },
	{ re: /\bdoes not exceed /i, drop: 'is ', flip: 'exceeds ' },
	{ re: /\bexceeded /i, drop: 'reached ', flip: 'nearly reached ' },
	{ re: /\bexceeding /i, drop: 'reaching ', flip: 'nearly reaching ' },
	{ re: /\bexceeds /i, drop: 'reaches ', flip: 'nearly reaches ' },
	{ re: /\bexceed /i, drop: 'reach ', flip: 'nearly reach ' },
	{ re: /\btopped /i, drop: 'reached ', flip: 'nearly reached ' },
	{ re: /\bpassed /i, drop: 'reached ', flip: 'nearly reached ' },
	{ re: /\btops /i, drop: 'reaches ', flip: 'nearly reaches ' },
	// past a figure (push trade past 250 billion yuan), not the past five years.
	{
		re: /(?<!\b(?:the|these|those|its|their|in|over|during|for) )\bpast (?=[\d$])/i,
		drop: 'to ',
		flip: 'to nearly '
	},
	{ re: /\bover /i, drop: '', flip: 'under ' },
	{ re: /\bunder /i, drop: '', flip: 'over ' },
	{ re: /\babove /i, drop: '', flip: 'below ' },
	{ re: /\bbelow /i, drop: '', flip: 'above ' },
	{ re: /\bnearly /i, drop: '', flip: 'more than ', approx: true },
	{ re: /\balmost /i, drop: '', flip: 'more than ', approx: true },
	{ re: /\babout /i, drop: '', flip: 'more than ', approx: true },
	{ re: /\baround /i, drop: '', flip: 'more than ', approx: true },
	{ re: /^some /i, drop: '', flip: 'more than ', approx: true },
	{ re: / or more\b/i, drop: '', flip: ' or less' },
	{ re: / or above\b/i, drop: '', flip: ' or below' },
	{ re: / or fewer\b/i, drop: '', flip: ' or more' },
	{ re: / or less\b/i, drop: '', flip: ' or more' },
	{ re: /-plus\b/i, drop: '', flip: null }
];

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
/** A scale word after a figure: the part a swap moves with it. */
const SCALE_AFTER = /^(?:\s?(?:trillion|billion|million|thousand|bn)\b)?/;
/** Letters glued before digits that still leave them a value: a currency (RMB106.02m, US$5). */
const CURRENCY_LEAD = /^(?:RMB|CNY|USD|US|HK|HKD|EUR|GBP|JPY|Rs|S)$/;

/**
 * The figures of a phrase: digit runs that are its values, not part of a name or a unit — digits
 * glued after letters (the 2 of CO2 and tCO2e, the 3 of m3, PM2.5, G20) or a single digit before a
 * capital that ends the word (5G, 4A, 3D). "3 4A-level" has one figure, 3; "386,000 tCO2e" one,
 * 386,000.
 *
 * @example
 * figures('about 520,000 tCO2e').map((m) => m[0]) // ['520,000']
 */
export function figures(phrase: string): RegExpMatchArray[] {
	return [...phrase.matchAll(NUMBER)].filter((m) => {
		const at = m.index ?? 0;
		const lead = /[A-Za-z]+$/.exec(phrase.slice(0, at))?.[0];
		if (lead && !CURRENCY_LEAD.test(lead)) return false;
		return !(/^\d$/.test(m[0]) && /^[A-Z](?![A-Za-z])/.test(phrase.slice(at + m[0].length)));
	});
}

/** The first figure with its scale word (10.5 billion): the part a swap moves. */
function figure(phrase: string): { index: number; text: string } | null {
	const m = figures(phrase)[0];
	if (m?.index === undefined) return null;
	const scale = SCALE_AFTER.exec(phrase.slice(m.index + m[0].length))?.[0] ?? '';
	return { index: m.index, text: m[0] + scale };
}
const MONTH =
	/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function keepCase(model: string, word: string): string {
	return /^[A-Z]/.test(model) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** A four-digit year or a date: a label, with no ×10 or ÷10. */
export function isTimePhrase(phrase: string): boolean {
	return /(?<![\d,.])(1[89]|20)\d\d(?![\d,])/.test(phrase) || MONTH.test(phrase);
}

function category(phrase: string): string {
	if (/percentage points?/.test(phrase)) return 'points';
	if (/%|percent/.test(phrase)) return 'percent';
	if (/yuan|dollars|RMB|\$/.test(phrase)) return 'money';
	if (isTimePhrase(phrase)) return 'time';
	return figures(phrase).length ? 'count' : 'word';
}

/**
 * The last figure's last significant digit one up (9 → 8): trailing zeros of a whole amount are
 * not touched, since "326,001" is still 32.6万 to the precision the Chinese gives; labels (years,
 * dates, ranks) change in their last digit.
 */
function digit(phrase: string, label: boolean): string | null {
	const m = figures(phrase).at(-1);
	if (m?.index === undefined) return null;
	const token = m[0];
	let at = token.length - 1;
	if (!label && !token.includes('.')) {
		while (at > 0 && (token[at] === '0' || token[at] === ',')) at--;
	}
	const d = Number(token[at]);
	const changed = token.slice(0, at) + (d === 9 ? 8 : d + 1) + token.slice(at + 1);
	return phrase.slice(0, m.index) + changed + phrase.slice(m.index + token.length);
}

/** The last number or month word one on: "first three quarters" → "first four quarters". */
function word(phrase: string): string | null {
	let words = [...phrase.matchAll(/[A-Za-z]+/g)].filter((w) => WORD_CHANGES[w[0].toLowerCase()]);
	// "first quarter": the rank changes; "a quarter" alone is a fraction.
	if (words.length > 1) words = words.filter((w) => w[0].toLowerCase() !== 'quarter');
	const w = words.at(-1);
	if (w?.index === undefined) return null;
	const next = keepCase(w[0], WORD_CHANGES[w[0].toLowerCase()]);
	return phrase.slice(0, w.index) + next + phrase.slice(w.index + w[0].length);
}

function formatLike(token: string, value: number): string {
	const rounded = Number(value.toPrecision(12));
	const grouped = token.includes(',') || (Number.isInteger(rounded) && rounded >= 10_000);
	return grouped ? rounded.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(rounded);
}

function magnitude(phrase: string, factor: number): string | null {
	const m = figures(phrase)[0];
	if (m?.index === undefined) return null;
	const value = Number(m[0].replace(/,/g, '')) * factor;
	return phrase.slice(0, m.index) + formatLike(m[0], value) + phrase.slice(m.index + m[0].length);
}

function scale(phrase: string): string | null {
	if (/\bbillion\b/.test(phrase)) return phrase.replace(/\bbillion\b/, 'million');
	if (/\bmillion\b/.test(phrase)) return phrase.replace(/\bmillion\b/, 'billion');
	if (/\dbn\b/.test(phrase)) return phrase.replace(/bn\b/, 'm');
	return null;
}

/** Drops or turns round the phrase's bound; approximations are dropped only with `approx`. */
function bound(phrase: string, how: 'drop' | 'flip', approx = false): string | null {
	for (const b of BOUNDS) {
		const m = b.re.exec(phrase);
		if (!m) continue;
		if (how === 'drop' && (b.approx === true) !== approx) return null;
		const by = how === 'drop' ? b.drop : b.flip;
		if (by === null) return null;
		const out = phrase.slice(0, m.index) + by + phrase.slice(m.index + m[0].length);
		return m.index === 0 && /^[A-Z]/.test(phrase) && out ? keepCase(phrase, out) : out;
	}
	return null;
}

function percentPoint(phrase: string): string | null {
	if (/ percentage points?/.test(phrase)) return phrase.replace(/ percentage points?/, '%');
	if (/\d%/.test(phrase)) return phrase.replace('%', ' percentage points');
	return null;
}

/**
 * Every error that applies to one number phrase, one at a time. `label` (a year, date, rank or
 * range: no magnitude error, the last digit changed) defaults to whether the phrase names a
 * year or a month.
 *
 * @example
 * phraseErrors('more than 12.6 million yuan').map((e) => e.to)
 * // ['more than 12.7 million yuan', 'more than 126 million yuan', 'more than 1.26 million yuan',
 * //  'more than 12.6 billion yuan', '12.6 million yuan', 'less than 12.6 million yuan']
 */
export function phraseErrors(phrase: string, options: { label?: boolean } = {}): PhraseError[] {
	const label = options.label ?? isTimePhrase(phrase);
	const candidates: [InjectionKind, string | null][] = [
		['digit', digit(phrase, label)],
		['word', figures(phrase).length ? null : word(phrase)],
		['times10', label ? null : magnitude(phrase, 10)],
		['div10', label ? null : magnitude(phrase, 0.1)],
		['scale', scale(phrase)],
		['drop_bound', bound(phrase, 'drop')],
		['flip_bound', bound(phrase, 'flip')],
		['drop_approx', bound(phrase, 'drop', true)],
		['percent_point', percentPoint(phrase)]
	];
	return candidates
		.filter((c): c is [InjectionKind, string] => c[1] !== null && c[1] !== '' && c[1] !== phrase)
		.map(([kind, to]) => ({ kind, to }));
}

/**
 * Where a phrase stands in a paragraph as a whole number phrase (not inside a longer number or
 * word), else where it first occurs; -1 when absent.
 */
export function findPhrase(paragraph: string, phrase: string): number {
	const wordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
	const digitChar = (c: string | undefined) => c !== undefined && /\d/.test(c);
	const first = paragraph.indexOf(phrase);
	for (let at = first; at >= 0; at = paragraph.indexOf(phrase, at + 1)) {
		const end = at + phrase.length;
		const before = paragraph[at - 1];
		const after = paragraph[end];
		const gluedBefore =
			(wordChar(phrase[0]) && wordChar(before)) ||
			(digitChar(phrase[0]) && /[.,]/.test(before ?? '') && digitChar(paragraph[at - 2]));
		const gluedAfter =
			(wordChar(phrase.at(-1)) && wordChar(after)) ||
			(digitChar(phrase.at(-1)) && /[.,]/.test(after ?? '') && digitChar(paragraph[end + 1]));
		if (!gluedBefore && !gluedAfter) return at;
	}
	return first;
}

/**
 * Every error the injector makes in one pair's English: each listed phrase changed in each way
 * that applies to it, and each two phrases of one kind (two percentages, two sums) swapped.
 *
 * @example
 * injectErrors({ zh: '增长8.6%', en: 'up 8.6%', numbers: ['8.6%'] }).map((i) => i.to)
 * // ['8.7%', '86%', '0.86%', '8.6 percentage points']
 */
export function injectErrors(pair: NumberPair): Injection[] {
	const out: Injection[] = [];
	const places = pair.numbers.map((phrase) => {
		const at = findPhrase(pair.en, phrase);
		if (at < 0) throw new Error(`“${phrase}” is not in “${pair.en}”`);
		return { phrase, at };
	});
	for (const { phrase, at } of places) {
		for (const e of phraseErrors(phrase)) {
			const en = pair.en.slice(0, at) + e.to + pair.en.slice(at + phrase.length);
			out.push({ ...e, en, from: phrase });
		}
	}
	// Two figures of one kind trade places; their bounds and units stay where they were.
	const sorted = [...places].sort((a, b) => a.at - b.at);
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i + 1; j < sorted.length; j++) {
			const a = sorted[i];
			const b = sorted[j];
			const kind = category(a.phrase);
			if (kind === 'word' || kind !== category(b.phrase)) continue;
			if (a.at + a.phrase.length > b.at) continue;
			const ca = figure(a.phrase);
			const cb = figure(b.phrase);
			if (!ca || !cb || ca.text === cb.text) continue;
			const aFrom = a.at + ca.index;
			const bFrom = b.at + cb.index;
			const en =
				pair.en.slice(0, aFrom) +
				cb.text +
				pair.en.slice(aFrom + ca.text.length, bFrom) +
				ca.text +
				pair.en.slice(bFrom + cb.text.length);
			out.push({
				kind: 'swap',
				en,
				from: `${a.phrase} … ${b.phrase}`,
				to: `${cb.text} ⇄ ${ca.text}`
			});
		}
	}
	return out;
}

/** What a check reports, reduced to what tells one finding from another. */
export interface CheckedFinding {
	code: string;
	source?: string;
	target?: string;
}

export interface NumberCheckFigures {
	pairs: number;
	/** Findings on the correct translations, and the pairs that have any. */
	falseAlarms: { zh: string; en: string; findings: string[] }[];
	falseAlarmCount: number;
	injected: number;
	caught: number;
	byKind: Partial<Record<InjectionKind, { injected: number; caught: number }>>;
	missed: { zh: string; kind: InjectionKind; from: string; to: string }[];
}

const key = (f: CheckedFinding) => `${f.code}:${f.source ?? ''}>${f.target ?? ''}`;

/**
 * Runs a number check over correct pairs (every finding is a false alarm) and over every injected
 * error (caught when the check reports something it does not report on the correct pair).
 */
export function measureNumberCheck(
	pairs: readonly NumberPair[],
	check: (zh: string, en: string) => CheckedFinding[]
): NumberCheckFigures {
	const figures: NumberCheckFigures = {
		pairs: pairs.length,
		falseAlarms: [],
		falseAlarmCount: 0,
		injected: 0,
		caught: 0,
		byKind: {},
		missed: []
	};
	for (const pair of pairs) {
		const clean = check(pair.zh, pair.en).map(key);
		if (clean.length) {
			figures.falseAlarms.push({ zh: pair.zh, en: pair.en, findings: clean });
			figures.falseAlarmCount += clean.length;
		}
		const known = new Set(clean);
		for (const injection of injectErrors(pair)) {
			const found = check(pair.zh, injection.en).map(key);
			const caught = found.some((f) => !known.has(f)) || found.length > clean.length;
			const tally = (figures.byKind[injection.kind] ??= { injected: 0, caught: 0 });
			tally.injected++;
			figures.injected++;
			if (caught) {
				tally.caught++;
				figures.caught++;
			} else {
				figures.missed.push({
					zh: pair.zh,
					kind: injection.kind,
					from: injection.from,
					to: injection.to
				});
			}
		}
	}
	return figures;
}
