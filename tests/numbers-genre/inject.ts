/**
 * Number errors injected into a correct English translation, the way they happen: a digit
 * changed, a figure ten times too large or too small, billion for million, a bound dropped or
 * turned round, percent for percentage points, two figures swapped. The generator works on the
 * text of the phrases a pair lists, not on what the number readers find, so a number the
 * readers miss still gets its errors.
 */
import type { NumberPair } from './pair.ts';

export type InjectionKind =
	'digit' | 'word' | 'times10' | 'div10' | 'scale' | 'drop_bound' | 'flip_bound' | 'unit' | 'swap';

export interface Injection {
	kind: InjectionKind;
	/** The English with the error in it. */
	en: string;
	/** The phrase as it was, and as it is now. */
	from: string;
	to: string;
}

/** A number word and the one it becomes: one more, or the next in its series. */
const WORD_CHANGES: Record<string, string> = {
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
	twenty: 'thirty',
	dozen: 'score',
	first: 'second',
	second: 'third',
	third: 'fourth',
	fourth: 'fifth',
	fifth: 'sixth',
	half: 'a quarter',
	double: 'triple',
	doubled: 'tripled',
	tripled: 'doubled',
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

/** Bounds before a number: [words, what replaces them when dropped, when turned round]. */
const BOUNDS_BEFORE: [string, string, string][] = [
	['no less than', '', 'no more than'],
	['no more than', '', 'no less than'],
	['more than', '', 'less than'],
	['less than', '', 'more than'],
	['fewer than', '', 'more than'],
	['at least', '', 'at most'],
	['at most', '', 'at least'],
	['up to', '', 'at least'],
	['nearly', '', 'more than'],
	['almost', '', 'more than'],
	['about', '', 'more than'],
	['around', '', 'more than'],
	['some', '', 'more than'],
	['over', '', 'under'],
	['under', '', 'over'],
	['above', '', 'below'],
	['below', '', 'above'],
	['within', '', 'more than'],
	['exceeded', 'reached', 'nearly reached'],
	['exceeding', 'reaching', 'nearly reaching'],
	['exceeds', 'reaches', 'nearly reaches'],
	['exceed', 'reach', 'nearly reach'],
	['topped', 'reached', 'nearly reached'],
	['passed', 'reached', 'nearly reached']
];
/** Bounds after a number: [words, dropped, turned round]. */
const BOUNDS_AFTER: [string, string, string | null][] = [
	[' or more', '', ' or less'],
	[' or above', '', ' or below'],
	['-plus', '', null]
];

const DIGITS = /\d[\d,]*(?:\.\d+)?/;
/** A figure with its scale word, without bound or unit: the part a swap moves. */
const FIGURE = /\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|thousand|bn)\b)?/;

function keepCase(model: string, word: string): string {
	return /^[A-Z]/.test(model) ? word[0].toUpperCase() + word.slice(1) : word;
}

function format(value: number, like: string): string {
	const v = Number(value.toPrecision(12));
	if (like.includes(',') || (v >= 10000 && Number.isInteger(v)))
		return v.toLocaleString('en-US', { maximumFractionDigits: 8 });
	return String(v);
}

/** A four-digit year or a date: no ×10 or ÷10 for it. */
function isTime(phrase: string): boolean {
	return (
		/(?<![\d,.])(1[89]|20)\d\d(?![\d,])/.test(phrase) ||
		/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
			phrase
		)
	);
}

function category(phrase: string): string {
	if (/percentage points?/.test(phrase)) return 'points';
	if (/%|percent/.test(phrase)) return 'percent';
	if (/yuan|dollars|RMB|\$/.test(phrase)) return 'money';
	if (isTime(phrase)) return 'time';
	return DIGITS.test(phrase) ? 'count' : 'word';
}

function changedPhrases(phrase: string): [InjectionKind, string][] {
	const out: [InjectionKind, string][] = [];
	const digits = DIGITS.exec(phrase);
	if (digits) {
		const run = digits[0];
		const intEnd = run.includes('.') ? run.indexOf('.') : run.length;
		let k = intEnd - 1;
		while (k > 0 && run[k] === ',') k--;
		const d = Number(run[k]);
		const changed = run.slice(0, k) + String(d === 9 ? 8 : d + 1) + run.slice(k + 1);
		const at = digits.index;
		const put = (s: string) => phrase.slice(0, at) + s + phrase.slice(at + run.length);
		out.push(['digit', put(changed)]);
		if (!isTime(phrase)) {
			const value = Number(run.replace(/,/g, ''));
			out.push(['times10', put(format(value * 10, run))]);
			out.push(['div10', put(format(value / 10, run))]);
		}
	} else {
		// The last number word: "first three quarters" → "first four quarters".
		const words = [...phrase.matchAll(/[A-Za-z]+/g)].filter(
			(m) => WORD_CHANGES[m[0].toLowerCase()]
		);
		const m = words[words.length - 1];
		if (m) {
			const next = WORD_CHANGES[m[0].toLowerCase()];
			out.push([
				'word',
				phrase.slice(0, m.index) + keepCase(m[0], next) + phrase.slice(m.index + m[0].length)
			]);
		}
	}
	if (/billion/.test(phrase)) out.push(['scale', phrase.replace('billion', 'million')]);
	else if (/million/.test(phrase)) out.push(['scale', phrase.replace('million', 'billion')]);
	else if (/\dbn\b/.test(phrase)) out.push(['scale', phrase.replace('bn', 'm')]);
	for (const [words, dropped, flipped] of BOUNDS_BEFORE) {
		if (!phrase.toLowerCase().startsWith(words + ' ')) continue;
		const rest = phrase.slice(words.length + 1);
		const written = phrase.slice(0, words.length);
		out.push(['drop_bound', dropped ? `${keepCase(written, dropped)} ${rest}` : rest]);
		out.push(['flip_bound', `${keepCase(written, flipped)} ${rest}`]);
		break;
	}
	for (const [words, dropped, flipped] of BOUNDS_AFTER) {
		const at = phrase.indexOf(words);
		if (at < 0) continue;
		const put = (s: string) => phrase.slice(0, at) + s + phrase.slice(at + words.length);
		out.push(['drop_bound', put(dropped)]);
		if (flipped !== null) out.push(['flip_bound', put(flipped)]);
		break;
	}
	if (/ percentage points?/.test(phrase))
		out.push(['unit', phrase.replace(/ percentage points?/, '%')]);
	else if (/\d%/.test(phrase)) out.push(['unit', phrase.replace('%', ' percentage points')]);
	return out;
}

/**
 * Every error the generator makes in one pair's English: each listed phrase changed in each way
 * that applies to it, and each two phrases of one kind (two percentages, two sums) swapped.
 *
 * @example
 * injectErrors({ zh: '增长8.6%', en: 'up 8.6%', numbers: ['8.6%'] }).map((i) => i.to)
 * // ['8.7%', '86%', '0.86%', '8.6 percentage points']
 */
export function injectErrors(pair: NumberPair): Injection[] {
	const out: Injection[] = [];
	const places = pair.numbers.map((phrase) => {
		const at = pair.en.indexOf(phrase);
		if (at < 0) throw new Error(`“${phrase}” is not in “${pair.en}”`);
		return { phrase, at };
	});
	for (const { phrase, at } of places) {
		for (const [kind, to] of changedPhrases(phrase)) {
			if (to === phrase) continue;
			const en = pair.en.slice(0, at) + to + pair.en.slice(at + phrase.length);
			out.push({ kind, en, from: phrase, to });
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
			const ca = FIGURE.exec(a.phrase);
			const cb = FIGURE.exec(b.phrase);
			if (!ca || !cb || ca[0] === cb[0]) continue;
			const aFrom = a.at + ca.index;
			const bFrom = b.at + cb.index;
			const en =
				pair.en.slice(0, aFrom) +
				cb[0] +
				pair.en.slice(aFrom + ca[0].length, bFrom) +
				ca[0] +
				pair.en.slice(bFrom + cb[0].length);
			out.push({ kind: 'swap', en, from: `${a.phrase} … ${b.phrase}`, to: `${cb[0]} ⇄ ${ca[0]}` });
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
			const caught = found.some((f) => !known.has(f));
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
