/**
 * Coordinate search over the alignment model's constants on the tuning half of MAC-Dev
 * (TUNE_CHAPTERS, table F1), features computed once. `npx tsx bench/lib/tune-align.ts
 * ['{"prior":0,…}']`; prints the best constants found. The REPORT half is never read here.
 */
import {
	chineseFeatures,
	englishFeatures,
	englishNames
} from '../../src/lib/domain/alignment/features.ts';
import {
	DEFAULT_PARAMS,
	shapeCosts,
	type AlignParams
} from '../../src/lib/domain/alignment/model.ts';
import { search } from '../../src/lib/domain/alignment/search.ts';
import { benchDictionary } from './dictionary.ts';
import { TUNE_CHAPTERS, f1, loadMacDev, tableCounts } from './mac.ts';

const { dictionary } = benchDictionary();
const docs = loadMacDev(TUNE_CHAPTERS).map((d) => {
	const en = englishFeatures(d.en);
	return { gold: d.gold, zh: chineseFeatures(d.zh, dictionary, [], englishNames(en)), en };
});

type Knobs = Record<string, number>;
const start: Knobs = JSON.parse(process.argv[2] ?? 'null') ?? {
	prior: 1,
	mergePenalty: 0.5,
	nullCost: 6,
	lengthSigma: 0.35,
	lengthSmoothing: 10,
	lexWeight: 1,
	pMatch: 0.45,
	pRandomFloor: 0.02
};

function paramsOf(k: Knobs): AlignParams {
	return {
		...DEFAULT_PARAMS,
		shapeCost: shapeCosts(k.prior, k.mergePenalty, k.nullCost),
		lengthSigma: k.lengthSigma,
		lengthSmoothing: k.lengthSmoothing,
		lexWeight: k.lexWeight,
		pMatch: k.pMatch,
		pRandomFloor: k.pRandomFloor,
		zhWeight: k.zhWeight ?? 0,
		pMatchZh: k.pMatchZh ?? 0.35,
		quoteCost: k.quoteCost ?? 0,
		quoteCostEnglish: k.quoteCostEnglish ?? 0,
		breakWeight: k.breakWeight ?? 0
	};
}

function evaluate(k: Knobs): number {
	const params = paramsOf(k);
	const t = { match: 0, pred: 0, gold: 0 };
	for (const d of docs) {
		const c = tableCounts(d.gold, search(d.zh, d.en, params));
		t.match += c.match;
		t.pred += c.pred;
		t.gold += c.gold;
	}
	return f1(t.match, t.pred, t.gold).f;
}

let best = start;
let bestF = evaluate(best);
process.stdout.write(`start ${bestF.toFixed(4)} ${JSON.stringify(best)}\n`);
const steps = [1.5, 1 / 1.5, 1.2, 1 / 1.2];
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
	for (const name of Object.keys(best)) {
		for (const step of steps) {
			const trial = { ...best, [name]: best[name] * step };
			if (name === 'pMatch' && trial.pMatch >= 0.95) continue;
			const f = evaluate(trial);
			if (f > bestF + 1e-4) {
				bestF = f;
				best = trial;
				process.stdout.write(`${name} → ${trial[name].toFixed(3)}: ${f.toFixed(4)}\n`);
			}
		}
	}
}
process.stdout.write(`best ${bestF.toFixed(4)} ${JSON.stringify(best)}\n`);
