/** Prints gold and predicted beads side by side for one MAC-Dev chapter: `npx tsx bench/lib/diff-align.ts 001` (a tune chapter: 001, 003, 005; the held-out half is only scored). */
import { alignUnits } from '../../src/lib/domain/alignment/index.ts';
import { benchDictionary } from './dictionary.ts';
import { loadMacDev } from './mac.ts';

const { dictionary } = benchDictionary();
const doc = loadMacDev().find((d) => d.name === (process.argv[2] ?? '001'))!;
const pred = alignUnits(doc.zh, doc.en, { dictionary }).beads;
const key = (b: { zh: number[]; en: number[] }) => `[${b.zh}]:[${b.en}]`;
const goldKeys = new Set(doc.gold.map(key));
const predKeys = new Set(pred.map(key));
for (const b of pred) {
	if (goldKeys.has(key(b))) continue;
	const gold = doc.gold.filter(
		(g) => g.zh.some((i) => b.zh.includes(i)) || g.en.some((j) => b.en.includes(j))
	);
	process.stdout.write(
		`PRED ${key(b)} ${b.score}  GOLD ${gold
			.filter((g) => !predKeys.has(key(g)))
			.map(key)
			.join(' ')}\n`
	);
	for (const i of b.zh) process.stdout.write(`  zh${i} ${doc.zh[i].slice(0, 80)}\n`);
	for (const j of b.en) process.stdout.write(`  en${j} ${doc.en[j].slice(0, 120)}\n`);
}
