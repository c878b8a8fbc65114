/**
 * Table F1 of the tune half of MAC-Dev only (TUNE_CHAPTERS; the held-out half is never read),
 * per chapter and together, features computed once: `npx tsx bench/lib/eval-tune.ts
 * ['{"breakWeight":4}']` to try model constants before tune-align.ts searches them.
 */
import {
	chineseFeatures,
	englishFeatures,
	englishNames
} from '../../src/lib/domain/alignment/features.ts';
import { DEFAULT_PARAMS, type AlignParams } from '../../src/lib/domain/alignment/model.ts';
import { search } from '../../src/lib/domain/alignment/search.ts';
import { benchDictionary } from './dictionary.ts';
import { TUNE_CHAPTERS, f1, loadMacDev, tableCounts } from './mac.ts';

const { dictionary } = benchDictionary();
const params: AlignParams = { ...DEFAULT_PARAMS, ...JSON.parse(process.argv[2] ?? '{}') };
const t = { match: 0, pred: 0, gold: 0 };
const per: string[] = [];
for (const d of loadMacDev(TUNE_CHAPTERS)) {
	const en = englishFeatures(d.en);
	const zh = chineseFeatures(d.zh, dictionary, [], englishNames(en));
	const c = tableCounts(d.gold, search(zh, en, params));
	per.push(`${d.name} ${f1(c.match, c.pred, c.gold).f.toFixed(3)}`);
	t.match += c.match;
	t.pred += c.pred;
	t.gold += c.gold;
}
process.stdout.write(
	`${per.join('  ')}\ntune half F1 ${f1(t.match, t.pred, t.gold).f.toFixed(4)}\n`
);
