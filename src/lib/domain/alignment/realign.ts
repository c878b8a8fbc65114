/**
 * The second pass (as hunalign's realign and Bleualign's bootstrapping): a translation table
 * learnt from the document itself on the confident beads of the first pass (IBM Model 1, EM),
 * added to the Chinese items as extra keys, so the search can align again with pairs the
 * dictionary lacks — a novel's names rendered by sense ("韦小宝" → "Trinket"), a translator's
 * habits ("老老" → "Grannie"), words the dictionary glosses otherwise.
 */
import type { SearchBead } from '../types.ts';
import type { UnitFeatures } from './features.ts';
import type { ItemMatches } from './search.ts';

export interface LearnOptions {
	/** Beads whose margin (over leaving their units alone) is below this are not learnt from. */
	minMargin: number;
	/** EM iterations of Model 1. */
	iterations: number;
	/**
	 * A pair is kept when the two are seen together in at least this many training beads (the
	 * expected count would split a name written as single characters, 韦 小 宝, three ways)…
	 */
	minCount: number;
	/** …and its expected count (Model 1) at least this… */
	minExpected: number;
	/** …and its probability t(English | Chinese) at least this… */
	minProbability: number;
	/** …and its Dice coefficient over the training beads (co-occurrence) at least this. */
	minDice: number;
	/** Learn only English terms written with a capital most of the time (names, titles). */
	namesOnly: boolean;
}

export const LEARN_OPTIONS: LearnOptions = {
	minMargin: 0,
	iterations: 5,
	minCount: 2,
	minExpected: 1.5,
	minProbability: 0.4,
	minDice: 0.5,
	namesOnly: false
};

/**
 * English terms written with a capital in most of the units that hold them: names and forms
 * of address ("Trinket", "Aroma", "Grannie"), which a novel's translator renders the same way
 * throughout, and which the dictionary often does not give.
 */
function capitalisedTerms(en: UnitFeatures[]): Set<string> {
	const seen = new Map<string, number>();
	for (const u of en) {
		for (const item of u.items) {
			if (item.length < 2 || !item[1].startsWith('py:')) continue;
			seen.set(item[0], (seen.get(item[0]) ?? 0) + 1);
		}
	}
	const out = new Set<string>();
	const total = new Map<string, number>();
	for (const u of en) for (const t of u.terms) total.set(t, (total.get(t) ?? 0) + 1);
	for (const [t, n] of seen) if (2 * n > total.get(t)!) out.add(t);
	return out;
}

/**
 * English terms (stems) translating each Chinese term, learnt from the beads with both sides
 * and a margin of at least `minMargin`. Model 1 with an empty Chinese word, so English words
 * no Chinese word explains (function words the stop list lets through) go there.
 *
 * @example
 * const first = searchGuided(zhFeatures, enFeatures, params);
 * learnTable(zhFeatures, enFeatures, first.beads, first.matchedItems).get('老老') // ['granni']
 */
export function learnTable(
	zh: UnitFeatures[],
	en: UnitFeatures[],
	beads: SearchBead[],
	matched: ItemMatches,
	options: LearnOptions = LEARN_OPTIONS
): Map<string, string[]> {
	const eligible = options.namesOnly ? capitalisedTerms(en) : null;
	// Training beads as term ids, each term once per bead.
	const zhIds = new Map<string, number>();
	const enIds = new Map<string, number>();
	const idOf = (ids: Map<string, number>, term: string) => {
		let id = ids.get(term);
		if (id === undefined) ids.set(term, (id = ids.size));
		return id;
	};
	const training: { w: number[]; e: number[] }[] = [];
	for (const b of beads) {
		if (!b.zh.length || !b.en.length || b.margin < options.minMargin) continue;
		// Only what the dictionary and the names' readings leave unexplained is learnt: a word
		// learnt again would count twice.
		const i0 = b.zh[0];
		const i1 = i0 + b.zh.length;
		const j0 = b.en[0];
		const j1 = j0 + b.en.length;
		const w = new Set<number>();
		for (let i = i0; i < i1; i++) {
			const u = zh[i];
			const explained = matched('zh', i, j0, j1);
			u.terms.forEach((t, k) => {
				const at = u.termItems?.[k] ?? -1;
				if (at < 0 || !explained[at]) w.add(idOf(zhIds, t));
			});
		}
		const e = new Set<number>();
		for (let j = j0; j < j1; j++) {
			// English terms are the first items of their unit, in the same order.
			const explained = matched('en', j, i0, i1);
			en[j].terms.forEach((t, k) => {
				if (explained[k] || (eligible && !eligible.has(t))) return;
				e.add(idOf(enIds, t));
			});
		}
		if (w.size && e.size) training.push({ w: [...w], e: [...e] });
	}
	if (!training.length) return new Map();
	const ne = enIds.size;
	const wFreq = new Float64Array(zhIds.size);
	const eFreq = new Float64Array(ne);
	for (const { w, e } of training) {
		for (const x of w) wFreq[x]++;
		for (const y of e) eFreq[y]++;
	}
	// A term seen in fewer beads than minCount can pass no threshold: it is left out (most
	// terms are seen once), which keeps the table small.
	const frequent = (freq: Float64Array) => (x: number) => freq[x] >= options.minCount;
	// Pairs (w, e) seen together, numbered densely; per bead and English term, a run of pair ids.
	const pairIds = new Map<number, number>();
	const pairW: number[] = [];
	const pairE: number[] = [];
	const runs: number[] = [];
	const runStart: number[] = [0];
	for (const bead of training) {
		const w = bead.w.filter(frequent(wFreq));
		for (const y of bead.e) {
			if (eFreq[y] < options.minCount) continue;
			for (const x of w) {
				const key = x * ne + y;
				let id = pairIds.get(key);
				if (id === undefined) {
					pairIds.set(key, (id = pairW.length));
					pairW.push(x);
					pairE.push(y);
				}
				runs.push(id);
			}
			runStart.push(runs.length);
		}
	}
	const pairs = pairW.length;
	const cooc = new Float64Array(pairs);
	for (const id of runs) cooc[id]++;
	// Model 1, t(e | w): uniform to start; the empty word is a fixed uniform distribution.
	const t = new Float64Array(pairs).fill(1 / ne);
	const nullT = 1 / ne;
	const counts = new Float64Array(pairs);
	const total = new Float64Array(zhIds.size);
	for (let it = 0; it < options.iterations; it++) {
		counts.fill(0);
		total.fill(0);
		for (let r = 0; r + 1 < runStart.length; r++) {
			let z = nullT;
			for (let k = runStart[r]; k < runStart[r + 1]; k++) z += t[runs[k]];
			for (let k = runStart[r]; k < runStart[r + 1]; k++) {
				const id = runs[k];
				const c = t[id] / z;
				counts[id] += c;
				total[pairW[id]] += c;
			}
		}
		for (let id = 0; id < pairs; id++) t[id] = counts[id] / total[pairW[id]];
	}
	const zhTerms = [...zhIds.keys()];
	const enTerms = [...enIds.keys()];
	const table = new Map<string, string[]>();
	for (let id = 0; id < pairs; id++) {
		if (cooc[id] < options.minCount || counts[id] < options.minExpected) continue;
		if (t[id] < options.minProbability) continue;
		const x = pairW[id];
		const y = pairE[id];
		if ((2 * cooc[id]) / (wFreq[x] + eFreq[y]) < options.minDice) continue;
		const list = table.get(zhTerms[x]);
		if (list) list.push(enTerms[y]);
		else table.set(zhTerms[x], [enTerms[y]]);
	}
	return table;
}

/**
 * Chinese features with the learnt English terms added to the items of their words (a word
 * the dictionary does not know gets an item of its own). Units without learnt words are
 * returned as they are; the keys arrays of one word are shared, as the lexical model expects.
 */
export function withLearntKeys(zh: UnitFeatures[], table: Map<string, string[]>): UnitFeatures[] {
	if (!table.size) return zh;
	const merged = new Map<string, string[]>();
	return zh.map((u) => {
		if (!u.termItems || !u.terms.some((t) => table.has(t))) return u;
		const items = u.items.slice();
		u.terms.forEach((term, k) => {
			const learnt = table.get(term);
			if (!learnt) return;
			const at = u.termItems![k];
			if (at < 0) {
				items.push(learnt);
				return;
			}
			const keys = u.items[at];
			let union = merged.get(term);
			if (!union) merged.set(term, (union = [...new Set([...keys, ...learnt])]));
			items[at] = union;
		});
		return { ...u, items };
	});
}
