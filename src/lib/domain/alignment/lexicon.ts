/**
 * A lexicon learned from the document itself: after a first alignment, Chinese words and
 * English stems that keep landing in the same beads (names the dictionary does not know, a
 * translator's habits: 韦小宝 ↔ Trinket) become extra matching keys for a second pass.
 */
import type { UnitFeatures } from './features.ts';

export interface LexiconOptions {
	/** Fewest beads a pair must share. */
	minCount: number;
	/** Least Dice association 2·c(z,e) / (c(z) + c(e)). */
	minDice: number;
}

/**
 * English stem → Chinese words associated with it in the beads of a first alignment.
 *
 * @example
 * learnLexicon(zh, en, beads, { minCount: 2, minDice: 0.5 }).get('trinket') // ['韦小宝']
 */
export function learnLexicon(
	zh: UnitFeatures[],
	en: UnitFeatures[],
	beads: { zh: number[]; en: number[] }[],
	options: LexiconOptions
): Map<string, string[]> {
	const zhIds = new Map<string, number>();
	const enIds = new Map<string, number>();
	const id = (map: Map<string, number>, w: string) => {
		let v = map.get(w);
		if (v === undefined) map.set(w, (v = map.size));
		return v;
	};
	const zhCount: number[] = [];
	const enCount: number[] = [];
	const pairs = new Map<number, number>();
	const WIDTH = 1 << 20;
	for (const bead of beads) {
		if (!bead.zh.length || !bead.en.length) continue;
		const zs = new Set<number>();
		const es = new Set<number>();
		for (const i of bead.zh) for (const w of zh[i].words) zs.add(id(zhIds, w));
		for (const j of bead.en) for (const w of en[j].words) es.add(id(enIds, w));
		for (const z of zs) zhCount[z] = (zhCount[z] ?? 0) + 1;
		for (const e of es) enCount[e] = (enCount[e] ?? 0) + 1;
		for (const z of zs)
			for (const e of es) pairs.set(z * WIDTH + e, (pairs.get(z * WIDTH + e) ?? 0) + 1);
	}
	const zhWords = [...zhIds.keys()];
	const enWords = [...enIds.keys()];
	const best = new Map<number, { z: number; dice: number }>();
	for (const [key, c] of pairs) {
		if (c < options.minCount) continue;
		const z = Math.floor(key / WIDTH);
		const e = key % WIDTH;
		const dice = (2 * c) / (zhCount[z] + enCount[e]);
		if (dice < options.minDice) continue;
		const old = best.get(e);
		if (!old || dice > old.dice) best.set(e, { z, dice });
	}
	const lexicon = new Map<string, string[]>();
	for (const [e, { z }] of best) lexicon.set(enWords[e], [zhWords[z]]);
	return lexicon;
}

/** English features with the learned pairs added as `w:` keys (Chinese units carry `w:word`). */
export function withLexicon(en: UnitFeatures[], lexicon: Map<string, string[]>): UnitFeatures[] {
	if (!lexicon.size) return en;
	return en.map((u) => {
		const keys = new Set(u.keys);
		const items = u.items.map((item) => {
			const learned = lexicon.get(item[0]);
			if (!learned) return item;
			const extra = learned.map((w) => 'w:' + w);
			for (const k of extra) keys.add(k);
			return [...item, ...extra];
		});
		return { ...u, items, keys };
	});
}
