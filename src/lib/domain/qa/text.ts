/**
 * Checks on the English text of one unit: Chinese left in it, Chinese punctuation, brackets and
 * quotes that do not pair up, a word typed twice, stray spaces.
 */
import type { Finding } from './finding.ts';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/**
 * Chinese characters in the English: a few (a name given in brackets, a word forgotten) or
 * most of it (the paragraph was never translated).
 *
 * @example
 * checkUntranslated('The 茶叙会 was held.') // [{ code: 'untranslated', params: { text: '茶叙会', count: 3 } }]
 */
export function checkUntranslated(target: string): Finding[] {
	const runs = [...target.matchAll(HAN)];
	if (runs.length === 0) return [];
	const han = runs.reduce((n, m) => n + m[0].length, 0);
	const latin = (target.match(/[A-Za-z]/g) ?? []).length;
	const first = runs[0];
	const shown = runs
		.map((m) => m[0])
		.join(' … ')
		.slice(0, 40);
	// A Chinese character carries about as much as three to four Latin letters.
	const mostly = han * 3 > latin;
	return [
		{
			code: mostly ? 'not_translated' : 'untranslated',
			params: { text: shown, count: han },
			target: first[0],
			targetSpan: [first.index, first.index + first[0].length]
		}
	];
}

/** Chinese punctuation that has no place in English text. */
const FULLWIDTH = /[，。：；（）、！？《》【】「」『』〔〕〈〉～\u3000]/g;

/**
 * Full-width punctuation in the English (，。：；（）、 …), and curly quotes set the Chinese way,
 * glued to the words outside them (the“1+2+N”layout).
 *
 * @example
 * checkPunctuation('Growth was 10%，up。') // [{ code: 'fullwidth_punctuation', params: { chars: '，。', count: 2 } }]
 */
export function checkPunctuation(target: string): Finding[] {
	const hits: { index: number; char: string }[] = [];
	for (const m of target.matchAll(FULLWIDTH)) hits.push({ index: m.index, char: m[0] });
	for (const m of target.matchAll(/(?<=[A-Za-z0-9])“|”(?=[A-Za-z0-9])/g)) {
		hits.push({ index: m.index, char: m[0] });
	}
	if (hits.length === 0) return [];
	hits.sort((a, b) => a.index - b.index);
	const chars = [
		...new Set(hits.map((h) => (h.char === '\u3000' ? '\u3000(space)' : h.char)))
	].join('');
	return [
		{
			code: 'fullwidth_punctuation',
			params: { chars, count: hits.length },
			target: hits[0].char,
			targetSpan: [hits[0].index, hits[0].index + 1]
		}
	];
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}', '（': '）', '【': '】' };
const CLOSE: Record<string, string> = { ')': '(', ']': '[', '}': '{', '）': '（', '】': '【' };

/**
 * Brackets that are not closed or closed without being opened, and double quotes that do not
 * pair up (“ without ”, an odd number of ").
 *
 * @example
 * checkBrackets('The zone (Yichun ETDZ has grown.') // [{ code: 'unbalanced_brackets', params: { char: '(' } }]
 */
export function checkBrackets(target: string): Finding[] {
	const findings: Finding[] = [];
	const stack: { char: string; index: number }[] = [];
	let bad: { char: string; index: number } | undefined;
	for (let i = 0; i < target.length && !bad; i++) {
		const ch = target[i];
		if (ch in OPEN) stack.push({ char: ch, index: i });
		else if (ch in CLOSE) {
			const top = stack.pop();
			if (!top || top.char !== CLOSE[ch]) bad = { char: ch, index: i };
		}
	}
	bad ??= stack[0];
	if (bad) {
		findings.push({
			code: 'unbalanced_brackets',
			params: { char: bad.char },
			target: bad.char,
			targetSpan: [bad.index, bad.index + 1]
		});
	}
	let depth = 0;
	let quoteBad: { char: string; index: number } | undefined;
	let lastOpen = -1;
	for (let i = 0; i < target.length && !quoteBad; i++) {
		const ch = target[i];
		if (ch === '“') {
			if (depth > 0) quoteBad = { char: ch, index: lastOpen };
			depth++;
			lastOpen = i;
		} else if (ch === '”') {
			if (depth === 0) quoteBad = { char: ch, index: i };
			else depth--;
		}
	}
	if (!quoteBad && depth > 0) quoteBad = { char: '“', index: lastOpen };
	const straight = [...target.matchAll(/"/g)];
	if (!quoteBad && straight.length % 2 === 1) {
		const last = straight[straight.length - 1];
		quoteBad = { char: '"', index: last.index };
	}
	if (quoteBad) {
		findings.push({
			code: 'unbalanced_quotes',
			params: { char: quoteBad.char },
			target: quoteBad.char,
			targetSpan: [quoteBad.index, quoteBad.index + 1]
		});
	}
	return findings;
}

/** Doubles that English does use. */
const ALLOWED_DOUBLES = new Set(['that', 'had', 'bye', 'so', 'no']);

/**
 * A word written twice in a row ("the the", "of of").
 *
 * @example
 * checkDoubledWords('the the zone') // [{ code: 'doubled_word', params: { word: 'the' } }]
 */
export function checkDoubledWords(target: string): Finding[] {
	const findings: Finding[] = [];
	for (const m of target.matchAll(/(?<![\p{L}\p{N}'’-])(\p{L}+)\s+(\p{L}+)(?![\p{L}\p{N}'’-])/gu)) {
		if (m[1].toLowerCase() !== m[2].toLowerCase()) continue;
		if (ALLOWED_DOUBLES.has(m[1].toLowerCase())) continue;
		findings.push({
			code: 'doubled_word',
			params: { word: m[1] },
			target: m[0],
			targetSpan: [m.index, m.index + m[0].length]
		});
	}
	return findings;
}

/**
 * Two spaces in a row, a space at the start or end, a space before a comma or full stop.
 *
 * @example
 * checkSpacing('Growth  was strong .') // double_space, space_before_punctuation
 */
export function checkSpacing(target: string): Finding[] {
	const findings: Finding[] = [];
	const lead = /^[^\S\n]+/.exec(target);
	if (lead) findings.push({ code: 'leading_space', params: {}, targetSpan: [0, lead[0].length] });
	const trail = /[^\S\n]+$/.exec(target);
	if (trail) {
		findings.push({
			code: 'trailing_space',
			params: {},
			targetSpan: [trail.index, trail.index + trail[0].length]
		});
	}
	const inner = target.slice(lead?.[0].length ?? 0, trail ? trail.index : target.length);
	const offset = lead?.[0].length ?? 0;
	const doubles = [...inner.matchAll(/[^\S\n]{2,}/g)];
	if (doubles.length) {
		const m = doubles[0];
		findings.push({
			code: 'double_space',
			params: { count: doubles.length },
			target: target.slice(Math.max(0, offset + m.index - 10), offset + m.index + m[0].length + 10),
			targetSpan: [offset + m.index, offset + m.index + m[0].length]
		});
	}
	const before = [...inner.matchAll(/(?<=\S)[^\S\n]+([,;:!?]|\.(?![.\d]))/g)];
	if (before.length) {
		const m = before[0];
		findings.push({
			code: 'space_before_punctuation',
			params: { char: m[1], count: before.length },
			target: target.slice(Math.max(0, offset + m.index - 10), offset + m.index + m[0].length),
			targetSpan: [offset + m.index, offset + m.index + m[0].length]
		});
	}
	return findings;
}
