/**
 * The number check on its own material (tests/numbers-genre): false alarms on correct
 * translations and the share of injected number errors caught, for the tuning pairs and the
 * held-out pairs apart.
 *
 *   npx tsx bench/numbers.ts            # the figures
 *   npx tsx bench/numbers.ts --details  # and every false alarm and miss of the tuning pairs
 */
import { HELD_OUT_PAIRS, HELD_OUT_PAIRS_2 } from '../tests/numbers-genre/held-out.ts';
import { measureNumberCheck, type NumberCheckFigures } from '../tests/helpers/number-errors.ts';
import { TUNING_BATCHES } from '../tests/numbers-genre/tune.ts';
import { WORDINGS_HELD_OUT, WORDINGS_TUNE } from '../tests/numbers-genre/wordings.ts';
import { WORDINGS_2_HELD_OUT, WORDINGS_2_TUNE } from '../tests/numbers-genre/wordings-2.ts';
import { WORDINGS_3_HELD_OUT, WORDINGS_3_TUNE } from '../tests/numbers-genre/wordings-3.ts';
import { checkNumbers } from '../src/lib/domain/qa/numbers.ts';

const details = process.argv.includes('--details');
const say = (line = '') => process.stdout.write(line + '\n');
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '—');

function row(name: string, f: NumberCheckFigures): string {
	return `| ${name} | ${f.pairs} | ${f.falseAlarmCount} (${f.falseAlarms.length} pairs) | ${f.caught}/${f.injected} = ${pct(f.caught, f.injected)} |`;
}

const tune = measureNumberCheck(TUNING_BATCHES.flat(), checkNumbers);
const held = measureNumberCheck(HELD_OUT_PAIRS, checkNumbers);
say('| Material | Pairs | False alarms | Injected errors caught |');
say('|---|---|---|---|');
say(row('tuning (in-sample)', tune));
TUNING_BATCHES.forEach((batch, i) =>
	say(row(`  tuning batch ${i + 1}`, measureNumberCheck(batch, checkNumbers)))
);
say(row('held-out', held));
say(
	row('held-out batch 2 (written after tuning)', measureNumberCheck(HELD_OUT_PAIRS_2, checkNumbers))
);
say(row('wordings (issue 11), tuning half', measureNumberCheck(WORDINGS_TUNE, checkNumbers)));
say(row('wordings (issue 11), held-out half', measureNumberCheck(WORDINGS_HELD_OUT, checkNumbers)));
say(row('wordings 2 (issue 11), tuning half', measureNumberCheck(WORDINGS_2_TUNE, checkNumbers)));
say(
	row('wordings 2 (issue 11), held-out half', measureNumberCheck(WORDINGS_2_HELD_OUT, checkNumbers))
);
say(row('wordings 3 (issue 11), tuning half', measureNumberCheck(WORDINGS_3_TUNE, checkNumbers)));
say(
	row('wordings 3 (issue 11), held-out half', measureNumberCheck(WORDINGS_3_HELD_OUT, checkNumbers))
);
say();
say('| Error kind | tuning | held-out |');
say('|---|---|---|');
const kinds = new Set([...Object.keys(tune.byKind), ...Object.keys(held.byKind)]);
for (const k of kinds) {
	const a = tune.byKind[k as keyof typeof tune.byKind];
	const b = held.byKind[k as keyof typeof held.byKind];
	say(
		`| ${k} | ${a ? `${a.caught}/${a.injected}` : '—'} | ${b ? `${b.caught}/${b.injected}` : '—'} |`
	);
}
if (details) {
	const w = measureNumberCheck(
		[...WORDINGS_TUNE, ...WORDINGS_2_TUNE, ...WORDINGS_3_TUNE],
		checkNumbers
	);
	say('\nFalse alarms (wordings, tuning half):');
	for (const f of w.falseAlarms) say(`- ${f.zh}\n  ${f.en}\n  ${f.findings.join('; ')}`);
	say('\nMissed (wordings, tuning half):');
	for (const m of w.missed) say(`- [${m.kind}] ${m.from} → ${m.to}   (${m.zh})`);
	say('\nFalse alarms (tuning):');
	for (const f of tune.falseAlarms) say(`- ${f.zh}\n  ${f.en}\n  ${f.findings.join('; ')}`);
	say('\nMissed (tuning):');
	for (const m of tune.missed) say(`- [${m.kind}] ${m.from} → ${m.to}   (${m.zh})`);
}
