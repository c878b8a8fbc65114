/**
 * Proxies for text the aligner was not tuned on, built from the tune half of MAC-Dev only
 * (TUNE_CHAPTERS; the held-out half is never read): `npx tsx bench/lib/proxies.ts
 * ['{"realignBand":0}']`. Table F1 of the tune half
 * - as it is (in-sample);
 * - with 50% and 80% of the dictionary's headwords hidden (a freer translation: the dictionary
 *   explains less);
 * - with omissions: the English (or, every other time, the Chinese) of 3% of the gold 1-1 beads
 *   deleted, chosen by a hash, so the gold holds 1-0 and 0-1 beads (the tune half has two);
 * - both at once;
 * - with joins: the English of 10% of the pairs of neighbouring 1-1 beads made one line (a
 *   translator who joins sentences: more 2-1 beads), with the full and the weakened dictionary.
 */
import { alignUnits, type AlignParams } from '../../src/lib/domain/alignment/index.ts';
import { shapeCosts } from '../../src/lib/domain/alignment/model.ts';
import { benchDictionary, weakened } from './dictionary.ts';
import {
	TUNE_CHAPTERS,
	f1,
	loadMacDev,
	tableCounts,
	withJoins,
	withOmissions,
	type Bead,
	type MacDoc
} from './mac.ts';

const knobs = JSON.parse(process.argv[2] ?? '{}');
// Shape costs by their three knobs (model.ts shapeCosts): prior, mergePenalty, nullCost.
if ('nullCost' in knobs || 'mergePenalty' in knobs || 'prior' in knobs) {
	knobs.shapeCost = shapeCosts(knobs.prior ?? 0, knobs.mergePenalty ?? 3.75, knobs.nullCost ?? 21);
	delete knobs.prior;
	delete knobs.mergePenalty;
	delete knobs.nullCost;
}
const params: Partial<AlignParams> = knobs;
const { dictionary } = benchDictionary();
const docs = loadMacDev(TUNE_CHAPTERS);

const omitted = docs.map((d) => withOmissions(d, Number(process.env.OMIT_SHARE ?? 0.03)));
const weak50 = weakened(dictionary, 0.5);
const weak80 = weakened(dictionary, 0.8);
const conditions: [string, MacDoc[], typeof dictionary][] = [
	['full', docs, dictionary],
	['weak50', docs, weak50],
	['weak80', docs, weak80],
	['omit', omitted, dictionary],
	['omit+weak50', omitted, weak50],
	['join', docs.map((d) => withJoins(d)), dictionary],
	['join+weak50', docs.map((d) => withJoins(d)), weak50]
];
const out: string[] = [];
let sum = 0;
const started = process.cpuUsage();
for (const [name, set, dict] of conditions) {
	const t = { match: 0, pred: 0, gold: 0 };
	const nulls = { found: 0, gold: 0, pred: 0 };
	for (const d of set) {
		const beads = alignUnits(d.zh, d.en, { dictionary: dict, params }).beads;
		const c = tableCounts(d.gold, beads);
		t.match += c.match;
		t.pred += c.pred;
		t.gold += c.gold;
		const isNull = (b: Bead) => !b.zh.length || !b.en.length;
		const key = (b: Bead) => `${b.zh}:${b.en}`;
		const predicted = new Set(beads.filter(isNull).map(key));
		for (const g of d.gold.filter(isNull)) {
			nulls.gold++;
			if (predicted.has(key(g))) nulls.found++;
		}
		nulls.pred += predicted.size;
	}
	const f = f1(t.match, t.pred, t.gold).f;
	sum += f;
	out.push(`${name} ${f.toFixed(3)} (null ${nulls.found}/${nulls.gold}, pred ${nulls.pred})`);
}
const cpu = process.cpuUsage(started);
process.stdout.write(
	`${out.join('  ')}\nmean ${(sum / conditions.length).toFixed(4)}  cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms\n`
);
