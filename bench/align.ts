/**
 * `npm run bench:align`: aligns the six MAC-Dev chapters (line units), scores them with
 * ../shared/bench/align_score.py and prints strict, lax and table P/R/F1 and the time, and the
 * table P/R/F1 of the tune half (TUNE_CHAPTERS) and of the held-out half (REPORT_CHAPTERS) apart.
 * `--params '{"lexWeight":1.2}'` overrides model constants; `--quick` scores in process only.
 * `--tune-only` reads, aligns and scores the tune half only (in process), with the table F1 per
 * bead shape: what to use while developing, so the held-out half stays unseen until the end.
 * `--weaken-dictionary 0.5` hides the glosses of that share of the headwords (chosen by a hash
 * of the headword): a proxy for a freer translation, where the dictionary explains less.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { alignUnits, type AlignParams } from '../src/lib/domain/alignment/index.ts';
import { toAlignLines } from '../src/lib/domain/alignment/format.ts';
import { benchDictionary, weakened } from './lib/dictionary.ts';
import {
	ALIGN_SCORE,
	MAC_DEV,
	REPORT_CHAPTERS,
	TUNE_CHAPTERS,
	f1,
	loadMacDev,
	tableCounts
} from './lib/mac.ts';

const args = process.argv.slice(2);
const paramsArg = args.indexOf('--params');
const params: Partial<AlignParams> = paramsArg >= 0 ? JSON.parse(args[paramsArg + 1]) : {};
const quick = args.includes('--quick');
const tuneOnly = args.includes('--tune-only');

const weakenArg = args.indexOf('--weaken-dictionary');
const weaken = weakenArg >= 0 ? Number(args[weakenArg + 1]) : 0;
const { dictionary: fullDictionary, ms: dictMs } = benchDictionary();
const dictionary = weaken > 0 ? weakened(fullDictionary, weaken) : fullDictionary;

const docs = loadMacDev(tuneOnly ? TUNE_CHAPTERS : undefined);
const out = mkdtempSync(join(tmpdir(), 'duiyi-align-'));
mkdirSync(out, { recursive: true });

// Collect the dictionary's garbage now, so it is not charged to the alignment.
v8.setFlagsFromString('--expose-gc');
(runInNewContext('gc') as () => void)();
let alignMs = 0;
const cpuStart = process.cpuUsage();
const totals = { match: 0, pred: 0, gold: 0 };
const halves = {
	tune: { match: 0, pred: 0, gold: 0 },
	report: { match: 0, pred: 0, gold: 0 }
};
const perDoc: string[] = [];
/** Per gold bead shape (e.g. "1-2"), gold beads found and gold beads in all; per predicted shape, predictions made. */
const byShape = new Map<string, { found: number; gold: number; pred: number }>();
const shapeOf = (b: { zh: number[]; en: number[] }) =>
	`${Math.min(b.zh.length, 3)}-${Math.min(b.en.length, 4)}`;
const shapeRow = (shape: string) => {
	let row = byShape.get(shape);
	if (!row) byShape.set(shape, (row = { found: 0, gold: 0, pred: 0 }));
	return row;
};
for (const doc of docs) {
	const started = performance.now();
	const { beads } = alignUnits(doc.zh, doc.en, { dictionary, params });
	alignMs += performance.now() - started;
	writeFileSync(join(out, `${doc.name}.align`), toAlignLines(beads));
	const c = tableCounts(doc.gold, beads);
	if (tuneOnly) {
		const key = (b: { zh: number[]; en: number[] }) => `${b.zh}:${b.en}`;
		const predicted = new Set(beads.map(key));
		for (const g of doc.gold) {
			const row = shapeRow(shapeOf(g));
			row.gold++;
			if (predicted.has(key(g))) row.found++;
		}
		for (const b of beads) shapeRow(shapeOf(b)).pred++;
	}
	totals.match += c.match;
	totals.pred += c.pred;
	totals.gold += c.gold;
	const half = TUNE_CHAPTERS.includes(doc.name)
		? halves.tune
		: REPORT_CHAPTERS.includes(doc.name)
			? halves.report
			: null;
	if (half) {
		half.match += c.match;
		half.pred += c.pred;
		half.gold += c.gold;
	}
	perDoc.push(`${doc.name} table F1 ${f1(c.match, c.pred, c.gold).f.toFixed(3)}`);
}

const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
// A second pass, once the code is compiled: what a long-lived worker sees.
const warmStart = process.cpuUsage();
const warmWall = performance.now();
for (const doc of docs) alignUnits(doc.zh, doc.en, { dictionary, params });
const warm = process.cpuUsage(warmStart);
const warmMs = (warm.user + warm.system) / 1000;
const warmWallMs = performance.now() - warmWall;
const fmt = (x: number) => x.toFixed(3);
if (tuneOnly) {
	const t = f1(totals.match, totals.pred, totals.gold);
	const shapes = [...byShape.entries()]
		.sort((a, b) => b[1].gold - a[1].gold)
		.map(([shape, r]) => `${shape} ${r.found}/${r.gold} (pred ${r.pred})`);
	process.stdout.write(
		[
			`TUNE HALF ONLY (${TUNE_CHAPTERS.join(', ')}); held-out chapters not read` +
				(weaken ? `; dictionary weakened: ${weaken * 100}% of headwords hidden` : ''),
			perDoc.join('  '),
			`table, tune half: P ${fmt(t.p)} R ${fmt(t.r)} F1 ${fmt(t.f)}`,
			`gold beads found by shape (3 = 3+, 4 = 4+): ${shapes.join(', ')}`,
			`align ${Math.round(alignMs)} ms wall (cpu ${Math.round(cpuMs)} ms), second run ${Math.round(warmWallMs)} ms`
		].join('\n') + '\n'
	);
} else if (quick) {
	const t = f1(totals.match, totals.pred, totals.gold);
	process.stdout.write(
		`${perDoc.join('  ')}\ntable P ${fmt(t.p)} R ${fmt(t.r)} F1 ${fmt(t.f)}  align ${Math.round(alignMs)} ms (cpu ${Math.round(cpuMs)} ms)\n`
	);
} else {
	const scored = JSON.parse(
		execFileSync('python3', [ALIGN_SCORE, MAC_DEV + 'gold', out, '--json'], { encoding: 'utf8' })
	).total;
	const lines = [
		`MAC-Dev alignment (${docs.length} chapters, ${docs.reduce((s, d) => s + d.zh.length, 0)} zh / ${docs.reduce((s, d) => s + d.en.length, 0)} en lines)`,
		...perDoc,
		'           P      R      F1'
	];
	for (const m of ['strict', 'lax', 'table'] as const) {
		const r = scored[m];
		lines.push(`${m.padEnd(8)} ${fmt(r.precision)}  ${fmt(r.recall)}  ${fmt(r.f1)}`);
	}
	for (const [name, chapters, c] of [
		['tune half', TUNE_CHAPTERS, halves.tune],
		['held-out half', REPORT_CHAPTERS, halves.report]
	] as const) {
		const t = f1(c.match, c.pred, c.gold);
		lines.push(
			`table, ${name} (${chapters.join(', ')}): P ${fmt(t.p)}  R ${fmt(t.r)}  F1 ${fmt(t.f)}`
		);
	}
	lines.push(
		`alignment time ${Math.round(alignMs)} ms wall, ${Math.round(cpuMs)} ms cpu (all six chapters, one thread, first run)`,
		`second run ${Math.round(warmWallMs)} ms wall, ${Math.round(warmMs)} ms cpu (code compiled)`,
		`dictionary load ${Math.round(dictMs)} ms (not included above)`,
		`machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
		`predictions in ${out}`
	);
	process.stdout.write(lines.join('\n') + '\n');
}
