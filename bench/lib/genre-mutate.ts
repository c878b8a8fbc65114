/**
 * Deterministic number errors for the genre bench: each turns the English of one number phrase
 * (a numbers.tsv row) into a wrong one, the way drafts get numbers wrong — a digit changed, the
 * magnitude off by ten, billion for million, a bound dropped or turned round, percent for
 * percentage points. One mutation at a time; a mutation that does not apply to a phrase gives
 * nothing (a year has no magnitude error, "216" no bound).
 */
import type { NumberKind, NumberRow } from './genre-corpus.ts';

export type MutationType =
	| 'digit'
	| 'times10'
	| 'div10'
	| 'scale'
	| 'bound_drop'
	| 'bound_flip'
	| 'approx_drop'
	| 'percent_point';

export const MUTATION_TYPES: readonly MutationType[] = [
	'digit',
	'times10',
	'div10',
	'scale',
	'bound_drop',
	'bound_flip',
	'approx_drop',
	'percent_point'
];

export interface Mutation {
	type: MutationType;
	/** The wrong English phrase that replaces row.en. */
	en: string;
}

/** Kinds whose numbers are labels (years, dates, positions): no magnitude errors for them. */
const NO_MAGNITUDE: readonly NumberKind[] = [
	'year',
	'date',
	'month_range',
	'range',
	'rank',
	'ordinal'
];

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/;

const WORDS: Record<string, string> = {
	once: 'twice',
	two: 'three',
	three: 'four',
	four: 'five',
	five: 'six',
	six: 'seven',
	seven: 'eight',
	eight: 'nine',
	nine: 'ten',
	ten: 'eleven',
	seventeen: 'eighteen',
	thousand: 'hundred',
	double: 'triple',
	first: 'second',
	second: 'third',
	third: 'fourth',
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
	december: 'january'
};

function matchCase(original: string, word: string): string {
	return original[0] === original[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

/**
 * The last significant digit one up (9 → 8): trailing zeros of a whole amount are not touched,
 * since "326,001" is still 32.6万 to the precision the Chinese gives; labels (years, dates,
 * ranks) change in their last digit. Without digits, the last number or month word becomes the
 * next one.
 */
function digit(phrase: string, label: boolean): string | null {
	const m = [...phrase.matchAll(new RegExp(NUMBER, 'g'))].at(-1);
	if (m?.index !== undefined) {
		const token = m[0];
		let at = token.length - 1;
		if (!label && !token.includes('.')) {
			while (at > 0 && (token[at] === '0' || token[at] === ',')) at--;
		}
		const d = Number(token[at]);
		const changed = token.slice(0, at) + (d === 9 ? 8 : d + 1) + token.slice(at + 1);
		return phrase.slice(0, m.index) + changed + phrase.slice(m.index + token.length);
	}
	const words = [...phrase.matchAll(/[A-Za-z]+/g)].filter((w) => WORDS[w[0].toLowerCase()]);
	const word = words.at(-1);
	if (word?.index === undefined) return null;
	const replaced = matchCase(word[0], WORDS[word[0].toLowerCase()]);
	return phrase.slice(0, word.index) + replaced + phrase.slice(word.index + word[0].length);
}

function formatLike(token: string, value: number): string {
	const rounded = Number(value.toFixed(10));
	const grouped = token.includes(',') || (Number.isInteger(rounded) && rounded >= 10_000);
	return grouped ? rounded.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(rounded);
}

function magnitude(phrase: string, factor: number): string | null {
	const m = NUMBER.exec(phrase);
	if (!m) return null;
	const value = Number(m[0].replace(/,/g, '')) * factor;
	return phrase.slice(0, m.index) + formatLike(m[0], value) + phrase.slice(m.index + m[0].length);
}

function scale(phrase: string): string | null {
	if (/\bbillion\b/.test(phrase)) return phrase.replace(/\bbillion\b/, 'million');
	if (/\bmillion\b/.test(phrase)) return phrase.replace(/\bmillion\b/, 'billion');
	return null;
}

/** Bound words and what dropping or turning them round makes of them. */
const BOUNDS: { re: RegExp; drop: string; flip: string | null; approx?: true }[] = [
	{ re: /\bno less than /i, drop: '', flip: 'no more than ' },
	{ re: /\bno fewer than /i, drop: '', flip: 'no more than ' },
	{ re: /\bno more than /i, drop: '', flip: 'no less than ' },
	{ re: /\bmore than /i, drop: '', flip: 'less than ' },
	{ re: /\bless than /i, drop: '', flip: 'more than ' },
	{ re: /\bat least /i, drop: '', flip: 'at most ' },
	{ re: /\bup to /i, drop: '', flip: 'at least ' },
	{ re: /\bwithin /i, drop: '', flip: 'more than ' },
	{ re: /\bexceeded /i, drop: 'reached ', flip: 'fell short of ' },
	{ re: /\bover /i, drop: '', flip: 'under ' },
	{ re: /\babove /i, drop: '', flip: 'below ' },
	{ re: /\bnearly /i, drop: '', flip: 'more than ', approx: true },
	{ re: /\babout /i, drop: '', flip: null, approx: true },
	{ re: /\baround /i, drop: '', flip: null, approx: true },
	{ re: / or more\b/i, drop: '', flip: ' or less' }
];

/** Drops or turns round the phrase's bound; approximations ("nearly") only with approx. */
function bound(phrase: string, how: 'drop' | 'flip', approx = false): string | null {
	for (const b of BOUNDS) {
		const m = b.re.exec(phrase);
		if (!m) continue;
		if (how === 'drop' && (b.approx === true) !== approx) return null;
		const by = how === 'drop' ? b.drop : b.flip;
		if (by === null) return null;
		const out = phrase.slice(0, m.index) + by + phrase.slice(m.index + m[0].length);
		// "Over the past five years" is not a bound; keep a capital where the phrase had one.
		return m.index === 0 && /^[A-Z]/.test(phrase) ? out[0].toUpperCase() + out.slice(1) : out;
	}
	return null;
}

function percentPoint(phrase: string): string | null {
	if (/percentage points?/.test(phrase)) return phrase.replace(/ percentage points?/, '%');
	if (/\d%/.test(phrase)) return phrase.replace(/%/, ' percentage points');
	return null;
}

/**
 * The mutations that apply to a row, in MUTATION_TYPES order.
 *
 * @example
 * mutations({ en: 'more than 12.6 million yuan', kind: 'more_than', … }).map((m) => m.en)
 * // ['more than 12.7 million yuan', 'more than 126 million yuan', 'more than 1.26 million yuan',
 * //  'more than 12.6 billion yuan', '12.6 million yuan', 'less than 12.6 million yuan']
 */
export function mutations(row: Pick<NumberRow, 'en' | 'kind'>): Mutation[] {
	const phrase = row.en;
	const magnitudeOk = !NO_MAGNITUDE.includes(row.kind);
	const candidates: [MutationType, string | null][] = [
		['digit', digit(phrase, !magnitudeOk)],
		['times10', magnitudeOk ? magnitude(phrase, 10) : null],
		['div10', magnitudeOk ? magnitude(phrase, 0.1) : null],
		['scale', scale(phrase)],
		['bound_drop', bound(phrase, 'drop')],
		['bound_flip', bound(phrase, 'flip')],
		['approx_drop', bound(phrase, 'drop', true)],
		['percent_point', percentPoint(phrase)]
	];
	return candidates
		.filter((c): c is [MutationType, string] => c[1] !== null && c[1] !== phrase)
		.map(([type, en]) => ({ type, en }));
}

/**
 * Where a phrase stands in a paragraph as a whole number phrase (not inside a longer number or
 * word), else where it first occurs; -1 when absent.
 */
export function findPhrase(paragraph: string, phrase: string): number {
	const word = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
	const digit = (c: string | undefined) => c !== undefined && /\d/.test(c);
	const first = paragraph.indexOf(phrase);
	for (let at = first; at >= 0; at = paragraph.indexOf(phrase, at + 1)) {
		const end = at + phrase.length;
		const before = paragraph[at - 1];
		const after = paragraph[end];
		const gluedBefore =
			(word(phrase[0]) && word(before)) ||
			(digit(phrase[0]) && /[.,]/.test(before ?? '') && digit(paragraph[at - 2]));
		const gluedAfter =
			(word(phrase.at(-1)) && word(after)) ||
			(digit(phrase.at(-1)) && /[.,]/.test(after ?? '') && digit(paragraph[end + 1]));
		if (!gluedBefore && !gluedAfter) return at;
	}
	return first;
}
