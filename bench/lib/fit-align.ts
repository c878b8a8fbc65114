/**
 * Fits the alignment model's statistics on MAC-Dev gold beads: the spread of the length log
 * ratio and how often an English item finds a match inside a true bead versus a random one.
 * `npx tsx bench/lib/fit-align.ts`; the results are shipped as constants in model.ts.
 */
import {
	chineseFeatures,
	englishFeatures,
	type UnitFeatures
} from '../../src/lib/domain/alignment/features.ts';
import { benchDictionary } from './dictionary.ts';
import { loadMacDev } from './mac.ts';

const { dictionary } = benchDictionary();
const allKeys = (u: UnitFeatures) => new Set([...u.keys, ...u.items.flat()]);
const ds: number[] = [];
let items = 0;
let matched = 0;
let randomItems = 0;
let randomMatched = 0;
const bySmoothing = new Map<number, number[]>();
for (const doc of loadMacDev()) {
	const zh = chineseFeatures(doc.zh, dictionary);
	const en = englishFeatures(doc.en);
	const ratio = en.reduce((s, u) => s + u.length, 0) / zh.reduce((s, u) => s + u.length, 0);
	for (const bead of doc.gold) {
		if (!bead.zh.length || !bead.en.length) continue;
		const lz = bead.zh.reduce((s, i) => s + zh[i].length, 0);
		const le = bead.en.reduce((s, j) => s + en[j].length, 0);
		for (const s of [0, 5, 10, 20, 40]) {
			if (!bySmoothing.has(s)) bySmoothing.set(s, []);
			bySmoothing.get(s)!.push(Math.log((le + s) / (ratio * lz + s)));
		}
		ds.push(Math.log(le / (ratio * lz)));
		if (bead.zh.length !== 1) continue;
		const keys = allKeys(zh[bead.zh[0]]);
		for (const j of bead.en) {
			for (const item of en[j].items) {
				items++;
				if (item.some((k) => keys.has(k))) matched++;
			}
			// A random Chinese unit: 37 units away.
			const r = (bead.zh[0] + 37) % zh.length;
			for (const item of en[j].items) {
				randomItems++;
				if (item.some((k) => allKeys(zh[r]).has(k))) randomMatched++;
			}
		}
	}
}
const sd = (xs: number[]) => {
	const m = xs.reduce((s, x) => s + x, 0) / xs.length;
	return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
};
for (const [s, xs] of bySmoothing)
	process.stdout.write(`smoothing ${s}: sigma ${sd(xs).toFixed(3)}\n`);
process.stdout.write(
	`P(match | true 1-n bead) ${(matched / items).toFixed(3)}; P(match | random unit) ${(randomMatched / randomItems).toFixed(3)}\n`
);
