/**
 * Recognising glossary terms in Chinese source text: an Aho–Corasick automaton over every
 * Chinese term of the glossaries, read over a folded copy of the text (simplified, lower case,
 * half width) whose offsets are the text's own, then a leftmost-longest, non-overlapping pass.
 */
import type { TermEntry } from '../types.ts';
import { foldCode, foldTable, prepareFold } from './fold.ts';
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
	/** Later entries (other glossaries) with the same Chinese term, when there are any. */
	otherEntryIds?: string[];
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
	/** Later entries holding the same term. */
	others: string[] | null;
}

/**
 * The compiled automaton: plain typed arrays and one map, so it can be built in a worker and
 * kept there (or posted, structured-cloned). Node 0 is the root.
 */
export interface TermIndex {
	/**
	 * Goto edges in an open-addressing hash table (power-of-two size): slot → parent node,
	 * folded code unit and child node; `edgeChild` 0 marks an empty slot (the root is nobody's
	 * child).
	 */
	edgeNode: Int32Array;
	edgeChar: Uint16Array;
	edgeChild: Int32Array;
	fail: Int32Array;
	/** Pattern ending exactly at the node, or -1. */
	output: Int32Array;
	/** Nearest node on the fail chain (excluding the node) that ends a pattern, or 0. */
	dictLink: Int32Array;
	patterns: Pattern[];
	/** Number of entries with at least one Chinese term. */
	entryCount: number;
}

function slotOf(node: number, c: number, mask: number): number {
	return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca77)) & mask;
}

/** The child of `node` by code unit `c`, or 0. */
function childOf(
	index: Pick<TermIndex, 'edgeNode' | 'edgeChar' | 'edgeChild'>,
	node: number,
	c: number
): number {
	const { edgeNode, edgeChar, edgeChild } = index;
	const mask = edgeChild.length - 1;
	for (let slot = slotOf(node, c, mask); ; slot = (slot + 1) & mask) {
		const child = edgeChild[slot];
		if (child === 0) return 0;
		if (edgeNode[slot] === node && edgeChar[slot] === c) return child;
	}
}

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
	// Room for every character of every term, at most half full.
	let total = 0;
	for (const entry of entries) {
		for (const term of entry.terms) if (isLang(term.lang, sourceLang)) total += term.text.length;
	}
	let size = 16;
	while (size < total * 2) size *= 2;
	const edges = {
		edgeNode: new Int32Array(size),
		edgeChar: new Uint16Array(size),
		edgeChild: new Int32Array(size)
	};
	const mask = size - 1;
	// Node arrays sized for the worst case (every character a new node), trimmed at the end.
	const outputs = new Int32Array(total + 1).fill(-1);
	const parents = new Int32Array(total + 1);
	const chars = new Uint16Array(total + 1);
	const depths = new Int32Array(total + 1);
	let n = 1;
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
				let child = childOf(edges, node, c);
				if (child === 0) {
					child = n++;
					parents[child] = node;
					chars[child] = c;
					depths[child] = depths[node] + 1;
					let slot = slotOf(node, c, mask);
					while (edges.edgeChild[slot] !== 0) slot = (slot + 1) & mask;
					edges.edgeNode[slot] = node;
					edges.edgeChar[slot] = c;
					edges.edgeChild[slot] = child;
				}
				node = child;
			}
			if (outputs[node] !== -1) {
				// The first entry holding this term wins; later ones are listed with it.
				const first = patterns[outputs[node]];
				if (first.entryId !== entry.id) {
					first.others ??= [];
					if (!first.others.includes(entry.id)) first.others.push(entry.id);
				}
				continue;
			}
			outputs[node] = patterns.length;
			patterns.push({
				zh,
				entryId: entry.id,
				en: allowed,
				forbidden,
				length: zh.length,
				latinStart: isLatinWordChar(foldCode(zh.charCodeAt(0))),
				latinEnd: isLatinWordChar(foldCode(zh.charCodeAt(zh.length - 1))),
				others: null
			});
		}
	}
	const fail = new Int32Array(n);
	const dictLink = new Int32Array(n);
	const output = outputs.slice(0, n);
	// Fail links in order of depth (a counting sort): a node's link comes from its parent's.
	let maxDepth = 0;
	for (let i = 1; i < n; i++) if (depths[i] > maxDepth) maxDepth = depths[i];
	const starts = new Int32Array(maxDepth + 2);
	for (let i = 1; i < n; i++) starts[depths[i] + 1]++;
	for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
	const order = new Int32Array(n - 1);
	for (let i = 1; i < n; i++) order[starts[depths[i]]++] = i;
	for (const node of order) {
		if (depths[node] > 1) {
			const c = chars[node];
			let f = fail[parents[node]];
			let target = childOf(edges, f, c);
			while (target === 0 && f !== 0) {
				f = fail[f];
				target = childOf(edges, f, c);
			}
			fail[node] = target !== node ? target : 0;
		}
		dictLink[node] = output[fail[node]] !== -1 ? fail[node] : dictLink[fail[node]];
	}
	return { ...edges, fail, output, dictLink, patterns, entryCount };
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
	const { fail, output, dictLink, patterns } = index;
	if (patterns.length === 0 || text.length === 0) return [];
	prepareFold(text);
	const fold = foldTable();
	const { edgeNode, edgeChar, edgeChild } = index;
	const mask = edgeChild.length - 1;
	// best[start] = 1 + index of the longest valid pattern starting there (0: none).
	let best: Int32Array | null = null;
	let node = 0;
	for (let i = 0; i < text.length; i++) {
		const raw = text.charCodeAt(i);
		const c = fold[raw] || foldCode(raw);
		// The goto function, inlined (this loop runs once per character of the document).
		let child = 0;
		for (;;) {
			for (let slot = slotOf(node, c, mask); ; slot = (slot + 1) & mask) {
				const candidate = edgeChild[slot];
				if (candidate === 0) break;
				if (edgeNode[slot] === node && edgeChar[slot] === c) {
					child = candidate;
					break;
				}
			}
			if (child !== 0 || node === 0) break;
			node = fail[node];
		}
		node = child;
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
		const match: TermMatch = {
			start: s,
			end: s + pattern.length,
			zh: pattern.zh,
			entryId: pattern.entryId,
			en: pattern.en.slice(),
			forbidden: pattern.forbidden.slice()
		};
		if (pattern.others) match.otherEntryIds = pattern.others.slice();
		matches.push(match);
		s += pattern.length;
	}
	return matches;
}
