/** Missed gold beads and wrong predicted beads by shape, tune half only: `npx tsx bench/lib/tune-errors.ts`. */
import { alignUnits } from '../../src/lib/domain/alignment/index.ts';
import { benchDictionary } from './dictionary.ts';
import { TUNE_CHAPTERS, loadMacDev } from './mac.ts';

const { dictionary } = benchDictionary();
const key = (b: { zh: number[]; en: number[] }) => `[${b.zh}]:[${b.en}]`;
const missed = new Map<string, number>();
const wrong = new Map<string, number>();
const goldShapes = new Map<string, number>();
const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const doc of loadMacDev(TUNE_CHAPTERS)) {
	const pred = alignUnits(doc.zh, doc.en, { dictionary }).beads;
	const gk = new Set(doc.gold.map(key));
	const pk = new Set(pred.map(key));
	for (const g of doc.gold) {
		inc(goldShapes, `${g.zh.length}-${g.en.length}`);
		if (!pk.has(key(g))) inc(missed, `${g.zh.length}-${g.en.length}`);
	}
	for (const p of pred) if (!gk.has(key(p))) inc(wrong, `${p.zh.length}-${p.en.length}`);
}
const show = (m: Map<string, number>) =>
	[...m]
		.sort((a, b) => b[1] - a[1])
		.map(([k, v]) => `${k}:${v}`)
		.join(' ');
console.log('gold  ', show(goldShapes));
console.log('missed', show(missed));
console.log('wrong ', show(wrong));
