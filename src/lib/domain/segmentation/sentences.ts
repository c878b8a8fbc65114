/**
 * Sentence segmentation for Chinese and English paragraphs.
 *
 * Chinese: a sentence ends at 。！？；!? or an ellipsis (…… / ……), together with the closing
 * quotes and brackets after it (。” ！）). There is no break inside 《》 (a title may hold a
 * full stop) nor inside a quotation or bracket that is still open, nor after a closed
 * quotation that its sentence goes on from (“……。”他说。 is one sentence).
 *
 * English: a sentence ends at . ? ! or an ellipsis followed by white space and a word that
 * can start a sentence; not after abbreviations (Mr. Dr. e.g. etc. Inc. U.S. No. 1), not inside
 * decimals (10.5) or initials (J. K. Rowling), and closing quotes stay with their sentence.
 *
 * A line break inside a paragraph always ends a sentence.
 */

/** A sentence with its UTF-16 offsets in the paragraph (end exclusive). */
export interface SentenceSpan {
	text: string;
	start: number;
	end: number;
}

export type SentenceLang = 'zh' | 'en';

const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', ']', '》', '〉', '}']);
const PAIRS: Record<string, string> = {
	'“': '”',
	'‘': '’',
	'《': '》',
	'〈': '〉',
	'（': '）',
	'(': ')',
	'「': '」',
	'『': '』',
	'【': '】',
	'[': ']'
};
const ZH_TERMINALS = new Set(['。', '！', '？', '；', '!', '?', '…', '⋯', '．']);
const EN_TERMINALS = new Set(['.', '!', '?', '…']);
/** A quotation followed by who said it: “……。”他说。 */
const ZH_SPEECH_AFTER =
	/^[^。！？，,“”\n]{0,10}?(?:说|表示|介绍|指出|强调|称|问|回答|感叹|坦言|透露|告诉记者|[说喊叫问答笑写想]道)[。，,！]/u;

/** Abbreviations that are never the end of a sentence when the next word follows them. */
const EN_ABBREVIATIONS = new Set(
	[
		'mr',
		'mrs',
		'ms',
		'mx',
		'dr',
		'prof',
		'sr',
		'jr',
		'st',
		'mt',
		'ft',
		'vs',
		'v',
		'cf',
		'e.g',
		'i.e',
		'viz',
		'al',
		'fig',
		'figs',
		'vol',
		'vols',
		'ch',
		'sec',
		'pp',
		'p',
		'para',
		'approx',
		'gen',
		'gov',
		'sen',
		'rep',
		'rev',
		'hon',
		'capt',
		'col',
		'lt',
		'sgt',
		'cmdr',
		'adm',
		'maj',
		'pres',
		'messrs',
		'mme',
		'mlle',
		'ave',
		'blvd',
		'rd',
		'dept',
		'est',
		'ref',
		'tel',
		'ext',
		'op',
		'art',
		'no',
		'nos'
	].map((a) => a.toLowerCase())
);
/** Abbreviations that stand before a number ("No. 1"); elsewhere they are ordinary words. */
const NUMBER_ABBREVIATIONS = new Set([
	'no',
	'nos',
	'p',
	'pp',
	'fig',
	'figs',
	'vol',
	'vols',
	'art',
	'sec',
	'ch',
	'op',
	'ref',
	'tel',
	'ext',
	'para'
]);

/** Abbreviations that may also end a sentence (then the next word decides). */
const EN_FINAL_ABBREVIATIONS = new Set([
	'etc',
	'inc',
	'ltd',
	'co',
	'corp',
	'plc',
	'llc',
	'u.s',
	'u.k',
	'u.n',
	'e.u',
	'p.r.c',
	'a.m',
	'p.m',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'bros',
	'dept'
]);
/** Words that, capitalised after an ambiguous abbreviation, begin a new sentence. */
const SENTENCE_STARTERS = new Set(
	'the a an it its he she they we i you this that these those there in on at by for but and so yet however meanwhile also then after before since when while as if our their his her my what who how why where some many most all both each one two no not'.split(
		' '
	)
);

/**
 * Splits a paragraph into sentences, with UTF-16 offsets (white space between sentences is
 * left out of every span).
 *
 * @example
 * splitSentencesWithOffsets('他说：“好。”我们走吧！', 'zh')
 * // [{ text: '他说：“好。”', start: 0, end: 7 }, { text: '我们走吧！', start: 7, end: 12 }]
 */
export function splitSentencesWithOffsets(text: string, lang: SentenceLang): SentenceSpan[] {
	const cuts = lang === 'zh' ? zhCuts(text) : enCuts(text);
	const spans: SentenceSpan[] = [];
	let from = 0;
	for (const cut of [...cuts, text.length]) {
		let start = from;
		let end = cut;
		while (start < end && /\s/u.test(text[start])) start++;
		while (end > start && /\s/u.test(text[end - 1])) end--;
		if (end > start) spans.push({ text: text.slice(start, end), start, end });
		from = cut;
	}
	return spans;
}

/**
 * Splits a paragraph into sentences.
 *
 * @example
 * splitSentences('宜春经开区设立20年。高质量发展迈出新步伐！', 'zh') // ['宜春经开区设立20年。', '高质量发展迈出新步伐！']
 * splitSentences('Mr. Li met Dr. Wang. They talked.', 'en') // ['Mr. Li met Dr. Wang.', 'They talked.']
 */
export function splitSentences(text: string, lang: SentenceLang): string[] {
	return splitSentencesWithOffsets(text, lang).map((s) => s.text);
}

/** Tracks open quotes and brackets; `《` and unclosed quotation marks hold a sentence open. */
class Nesting {
	private stack: string[] = [];

	/** With `titlesOnly`, only 《》 and 〈〉 hold a sentence open (the fallback for stray quotes). */
	constructor(private readonly titlesOnly = false) {}

	feed(ch: string): void {
		if (this.titlesOnly && !'《》〈〉'.includes(ch)) return;
		if (ch === '"') {
			// A straight double quote opens or closes, whichever balances.
			if (this.stack.at(-1) === '"') this.stack.pop();
			else this.stack.push('"');
			return;
		}
		if (PAIRS[ch]) {
			this.stack.push(ch);
			return;
		}
		if (CLOSERS.has(ch)) {
			const at = this.stack.lastIndexOf(opener(ch));
			if (at >= 0) this.stack.length = at;
		}
	}

	get open(): boolean {
		return this.stack.length > 0;
	}

	get inTitle(): boolean {
		return this.stack.includes('《') || this.stack.includes('〈');
	}
}

function opener(closer: string): string {
	for (const [open, close] of Object.entries(PAIRS)) if (close === closer) return open;
	return closer;
}

function zhCuts(text: string, titlesOnly = false): number[] {
	const cuts: number[] = [];
	const nesting = new Nesting(titlesOnly);
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '\n') {
			cuts.push(i + 1);
			i++;
			continue;
		}
		const isTerminal = ZH_TERMINALS.has(ch) || (ch === '.' && englishStop(text, i));
		if (!isTerminal) {
			nesting.feed(ch);
			i++;
			continue;
		}
		// Take the whole run of stops (！？, ……) and the closing marks after it.
		let j = i;
		while (j < text.length && (ZH_TERMINALS.has(text[j]) || text[j] === '.')) j++;
		let closedQuote = false;
		while (j < text.length && CLOSERS.has(text[j])) {
			nesting.feed(text[j]);
			if (text[j] !== '）' && text[j] !== ')') closedQuote = true;
			j++;
		}
		const ellipsisOnly = /^[…⋯.]+$/u.test(text.slice(i, j).replace(/[”’"'」』）)】\]》〉}]/gu, ''));
		const rest = text.slice(j);
		let cut = !nesting.open;
		if (cut && closedQuote && ZH_SPEECH_AFTER.test(rest)) cut = false;
		// An ellipsis mid-sentence (……等, ……的) goes on; only one before a new clause ends it.
		if (cut && ellipsisOnly && /^[\s]*[的等和与及，,、]/u.test(rest)) cut = false;
		if (cut && /^\s*[，,、：:的]/u.test(rest)) cut = false;
		if (cut && j < text.length) cuts.push(j);
		i = j;
	}
	// A quotation left open to the end (a quote running over several paragraphs, or a stray
	// mark) would swallow every sentence after it: then only 《》 hold sentences together.
	if (nesting.open && !titlesOnly) return zhCuts(text, true);
	return cuts;
}

/** Inside Chinese text, an ASCII full stop ends an English sentence only before a space. */
function englishStop(text: string, i: number): boolean {
	return /\s/u.test(text[i + 1] ?? '') && /\p{Script=Latin}/u.test(text[i - 1] ?? '');
}

function enCuts(text: string): number[] {
	const cuts: number[] = [];
	const nesting = new Nesting();
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '\n') {
			cuts.push(i + 1);
			i++;
			continue;
		}
		if (!EN_TERMINALS.has(ch) && !ZH_TERMINALS.has(ch)) {
			nesting.feed(ch);
			i++;
			continue;
		}
		let j = i;
		while (j < text.length && (EN_TERMINALS.has(text[j]) || ZH_TERMINALS.has(text[j]))) j++;
		while (j < text.length && CLOSERS.has(text[j])) {
			nesting.feed(text[j]);
			j++;
		}
		const stops = text.slice(i, j);
		if (j < text.length && !/\s/u.test(text[j]) && !/[。！？]/u.test(stops)) {
			// "10.5", "example.com", "U.S.-China": no break without a space after it.
			nesting.feed(ch);
			i = j;
			continue;
		}
		if (enBreaks(text, i, j, stops)) cuts.push(j);
		i = j;
	}
	return cuts;
}

/** Whether the stops text[i..j) end a sentence, judging by the word before and after. */
function enBreaks(text: string, i: number, j: number, stops: string): boolean {
	const after = text.slice(j).replace(/^\s+/u, '');
	if (after.length === 0) return false;
	const next = /^[“"‘'([]*(\S+)/u.exec(after)?.[1] ?? '';
	const nextWord = next.replace(/[^\p{L}\p{N}'-]/gu, '');
	const startsUpper = /^[“"‘'([]*[\p{Lu}\p{Lo}]/u.test(after);
	const startsDigit = /^[“"‘'([]*\p{N}/u.test(after);
	if (/^[!?]/u.test(stops) || /[。！？]/u.test(stops)) return !/^\p{Ll}/u.test(after);
	if (/^(?:\.\.\.|…)/u.test(stops)) return startsUpper;
	// A full stop: look at the word it ends.
	const before = /([\p{L}\p{N}.'’-]*)$/u.exec(text.slice(0, i))?.[1] ?? '';
	const word = before.toLowerCase().replace(/^['’]+/u, '');
	// A list number or a section number opening the paragraph: "1. The zone…", "IV. Results".
	if (
		/^(?:\d{1,3}|[IVXLC]{1,5}|[a-z])$/u.test(before) &&
		/^\s*$/u.test(text.slice(0, i - before.length))
	) {
		return false;
	}
	if (/^\p{Lu}$/u.test(before)) {
		// An initial (J. K. Rowling) unless a capital letter is the whole sentence's last word.
		return false;
	}
	if (NUMBER_ABBREVIATIONS.has(word)) {
		// "No. 1", "p. 23", "Fig. 3": an abbreviation before a number; otherwise a plain word.
		if (startsDigit) return false;
	} else if (EN_ABBREVIATIONS.has(word)) return false;
	if (EN_FINAL_ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
		if (/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/u.test(word) && startsDigit)
			return false;
		return startsUpper && SENTENCE_STARTERS.has(nextWord.toLowerCase());
	}
	if (/^\p{Ll}/u.test(after)) return false;
	return startsUpper || startsDigit || /^[“"‘'([]/u.test(after);
}
