/**
 * Recognising glossary terms in Chinese source text: an Aho–Corasick automaton over every
 * Chinese term of the glossaries, read over a folded copy of the text (simplified, lower case,
 * half width) whose offsets are the text's own, then a leftmost-longest, non-overlapping pass.
 */
import type { TermEntry } from '../types.ts';
import { foldCode } from './fold.ts';
import { isLang, usableTexts } from './terms.ts';

/** One recognised term in a text (UTF-16 offsets into the text as given). */
export interface TermMatch {
	start: number;
	end: number;
	/** The glossary's Chinese term that matched (its simplified form as written in the entry). */
	zh: string;
	entryId: string;
	/** English to use: preferred terms first, then admitted ones. */
	en: string[];
	/** English that must not be used for this concept. */
	forbidden: string[];
}

export interface TermIndexOptions {
	/** Primary language subtag of the source terms (default 'zh'). */
	sourceLang?: string;
	/** Primary language subtag of the target terms (default 'en'). */
	targetLang?: string;
}

interface Pattern {
	zh: string;
	entryId: string;
	en: string[];
	forbidden: string[];
	length: number;
	/** Whether the term starts / ends with a Latin letter or digit (needs a word boundary there). */
	latinStart: boolean;
	latinEnd: boolean;
}

/**
 * The compiled automaton: plain typed arrays and one map, so it can be built in a worker and
 * kept there (or posted, structured-cloned). Node 0 is the root.
 */
export interface TermIndex {
	/** Goto edges: key node * 65536 + folded code unit → child node. */
	edges: Map<number, number>;
	fail: Int32Array;
	/** Pattern ending exactly at the node, or -1. */
	output: Int32Array;
	/** Nearest node on the fail chain (excluding the node) that ends a pattern, or 0. */
	dictLink: Int32Array;
	patterns: Pattern[];
	/** Number of entries with at least one Chinese term. */
	entryCount: number;
}

const SHIFT = 0x10000;

function isLatinWordChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Compiles the Chinese terms of a list of entries into a matcher. Entries earlier in the list
 * win when two entries share a term (the project's own glossary comes first).
 *
 * @example
 * const index = buildTermIndex(entries);
 * findTerms(index, '深化放管服改革') // [{ start: 2, end: 5, zh: '放管服', … }]
 */
export function buildTermIndex(entries: TermEntry[], options: TermIndexOptions = {}): TermIndex {
	const sourceLang = options.sourceLang ?? 'zh';
	const targetLang = options.targetLang ?? 'en';
	const edges = new Map<number, number>();
	const outputs: number[] = [-1];
	const parents: number[] = [0];
	const chars: number[] = [0];
	const depths: number[] = [0];
	const patterns: Pattern[] = [];
	let entryCount = 0;
	for (const entry of entries) {
		const { allowed, forbidden } = usableTexts(entry, targetLang);
		let counted = false;
		for (const term of entry.terms) {
			if (!isLang(term.lang, sourceLang)) continue;
			const zh = term.text.trim();
			if (!zh) continue;
			if (!counted) entryCount++;
			counted = true;
			let node = 0;
			for (let i = 0; i < zh.length; i++) {
				const c = foldCode(zh.charCodeAt(i));
				const key = node * SHIFT + c;
				let child = edges.get(key);
				if (child === undefined) {
					child = outputs.length;
					outputs.push(-1);
					parents.push(node);
					chars.push(c);
					depths.push(depths[node] + 1);
					edges.set(key, child);
				}
				node = child;
			}
			if (outputs[node] !== -1) continue; // the first entry holding this term wins
			outputs[node] = patterns.length;
			patterns.push({
				zh,
				entryId: entry.id,
				en: allowed,
				forbidden,
				length: zh.length,
				latinStart: isLatinWordChar(foldCode(zh.charCodeAt(0))),
				latinEnd: isLatinWordChar(foldCode(zh.charCodeAt(zh.length - 1)))
			});
		}
	}
	const n = outputs.length;
	const fail = new Int32Array(n);
	const dictLink = new Int32Array(n);
	const output = Int32Array.from(outputs);
	// Fail links in order of depth: a node's link is found from its parent's, computed before.
	const order = Array.from({ length: n - 1 }, (_, i) => i + 1).sort(
		(a, b) => depths[a] - depths[b]
	);
	for (const node of order) {
		if (depths[node] > 1) {
			const c = chars[node];
			let f = fail[parents[node]];
			let target = edges.get(f * SHIFT + c);
			while (target === undefined && f !== 0) {
				f = fail[f];
				target = edges.get(f * SHIFT + c);
			}
			fail[node] = target !== undefined && target !== node ? target : 0;
		}
		dictLink[node] = output[fail[node]] !== -1 ? fail[node] : dictLink[fail[node]];
	}
	return { edges, fail, output, dictLink, patterns, entryCount };
}

/**
 * Finds the glossary terms in a text: leftmost-longest, never overlapping. A term in
 * traditional characters is found from its simplified entry; Latin letters match in any case;
 * a term that begins or ends with a Latin letter or digit does not match inside a longer Latin
 * word or number (5G matches in 5G产业, not in 15G).
 *
 * @example
 * findTerms(index, '推進產城融合') // [{ start: 2, end: 6, zh: '产城融合', … }]
 */
export function findTerms(index: TermIndex, text: string): TermMatch[] {
	const { edges, fail, output, dictLink, patterns } = index;
	if (patterns.length === 0 || text.length === 0) return [];
	// best[start] = 1 + index of the longest valid pattern starting there (0: none).
	let best: Int32Array | null = null;
	let node = 0;
	for (let i = 0; i < text.length; i++) {
		const c = foldCode(text.charCodeAt(i));
		let child = edges.get(node * SHIFT + c);
		while (child === undefined && node !== 0) {
			node = fail[node];
			child = edges.get(node * SHIFT + c);
		}
		node = child ?? 0;
		let hit = output[node] !== -1 ? node : dictLink[node];
		while (hit !== 0) {
			const p = output[hit];
			const pattern = patterns[p];
			const start = i + 1 - pattern.length;
			if (
				(!pattern.latinStart ||
					start === 0 ||
					!isLatinWordChar(foldCode(text.charCodeAt(start - 1)))) &&
				(!pattern.latinEnd ||
					i + 1 === text.length ||
					!isLatinWordChar(foldCode(text.charCodeAt(i + 1))))
			) {
				if (!best) best = new Int32Array(text.length);
				const previous = best[start];
				if (previous === 0 || patterns[previous - 1].length < pattern.length) best[start] = p + 1;
			}
			hit = dictLink[hit];
		}
	}
	if (!best) return [];
	const matches: TermMatch[] = [];
	for (let s = 0; s < text.length;) {
		const p = best[s];
		if (p === 0) {
			s++;
			continue;
		}
		const pattern = patterns[p - 1];
		matches.push({
			start: s,
			end: s + pattern.length,
			zh: pattern.zh,
			entryId: pattern.entryId,
			en: pattern.en.slice(),
			forbidden: pattern.forbidden.slice()
		});
		s += pattern.length;
	}
	return matches;
}
