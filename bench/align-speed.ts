/**
 * `npm run bench:align-speed` (issue 15): how fast `duiyi align --batch` aligns a MAC-sized
 * corpus (MAC-Dev's six chapters repeated four times: 24 chapter pairs), dictionary load
 * included, and whether time grows about linearly with length (one chapter 1×, 4× and 16×
 * its length). CPU time is the figure to compare with "one core" (the machine is shared);
 * wall time and `uptime` are printed beside it.
 *
 *   1. In process: load the dictionary once, align the 24 pairs (what --batch does).
 *   2. The command itself: `node bin/duiyi.js align --batch LIST --out-dir DIR --unit line`,
 *      process start included; its outputs are scored against MAC's gold (no loss of quality).
 *      Run three times, alternating: on every core, then held to one core with `taskset -c 0`
 *      (Linux) — its wall time is the "on one core" figure, as its CPU time (user + system, all
 *      of V8's threads: compiler and GC threads add CPU beyond the main thread's) is.
 *   3. The peer: hunalign (C++), one process per pair as the issue timed it, when it is on PATH.
 *   4. Linearity: chapter 006 concatenated 1, 4 and 16 times, aligned as one document.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDictionary } from '../src/cli/dictionary.ts';
import { alignUnits } from '../src/lib/domain/alignment/index.ts';
import { MAC_DEV, f1, haveMacDev, loadMacDev, parseAlignFile, tableCounts } from './lib/mac.ts';
import { uptime } from './lib/run-stats.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const REPEAT = 4;

function cpuMs(since: NodeJS.CpuUsage): number {
	const u = process.cpuUsage(since);
	return (u.user + u.system) / 1000;
}

function main(): number {
	if (!haveMacDev()) {
		process.stderr.write(`bench:align-speed: MAC-Dev is not at ${MAC_DEV} (../shared)\n`);
		return 2;
	}
	const lines: string[] = [`uptime at start: ${uptime()}`];
	const docs = loadMacDev();

	// 1. In process.
	const cpu0 = process.cpuUsage();
	const wall0 = performance.now();
	const dictionary = readDictionary();
	const dictMs = performance.now() - wall0;
	const dictCpu = cpuMs(cpu0);
	const totals = { match: 0, pred: 0, gold: 0 };
	let zhLines = 0;
	let enLines = 0;
	for (let r = 0; r < REPEAT; r++) {
		for (const doc of docs) {
			const { beads } = alignUnits(doc.zh, doc.en, { dictionary, level: 'sentence' });
			const c = tableCounts(doc.gold, beads);
			totals.match += c.match;
			totals.pred += c.pred;
			totals.gold += c.gold;
			zhLines += doc.zh.length;
			enLines += doc.en.length;
		}
	}
	const wall = performance.now() - wall0;
	const cpu = cpuMs(cpu0);
	lines.push(
		`in process: ${REPEAT * docs.length} chapter pairs (${zhLines} zh × ${enLines} en lines), dictionary load included: ` +
			`${Math.round(cpu)} ms CPU, ${Math.round(wall)} ms wall (dictionary ${Math.round(dictCpu)} ms CPU, ${Math.round(dictMs)} ms wall); ` +
			`table F1 ${f1(totals.match, totals.pred, totals.gold).f.toFixed(3)}`
	);

	// 2. The command, one process for the whole list.
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-align-speed-'));
	const list: string[] = [];
	for (let r = 1; r <= REPEAT; r++) {
		for (const doc of docs) {
			const name = `${r}-${doc.name}`;
			copyFileSync(`${MAC_DEV}zh/${doc.name}.txt`, join(dir, `${name}.txt`));
			copyFileSync(`${MAC_DEV}en/${doc.name}.txt`, join(dir, `${name}.en.txt`));
			list.push(`${name}.txt\t${name}.en.txt`);
		}
	}
	writeFileSync(join(dir, 'list.tsv'), list.join('\n') + '\n');
	const out = join(dir, 'out');
	const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
	const runs: { one: boolean; cpu: number; wall: number }[] = [];
	for (let k = 0; k < 3; k++) {
		for (const one of pinned ? [false, true] : [false]) {
			const run = timeCli(join(dir, 'list.tsv'), out, one);
			if ('error' in run) {
				process.stderr.write(`bench:align-speed: duiyi align --batch failed: ${run.error}\n`);
				return 1;
			}
			runs.push({ one, ...run });
		}
	}
	const cli = { match: 0, pred: 0, gold: 0 };
	for (let r = 1; r <= REPEAT; r++) {
		for (const doc of docs) {
			const beads = parseAlignFile(readFileSync(join(out, `${r}-${doc.name}.align`), 'utf8'));
			const c = tableCounts(doc.gold, beads);
			cli.match += c.match;
			cli.pred += c.pred;
			cli.gold += c.gold;
		}
	}
	const cliF1 = f1(cli.match, cli.pred, cli.gold).f.toFixed(3);
	for (const one of pinned ? [false, true] : [false]) {
		const mine = runs.filter((r) => r.one === one);
		lines.push(
			`duiyi align --batch (one process, start included${one ? ', taskset -c 0: one core' : ', every core'}): ` +
				`${mine.map((r) => `${Math.round(r.cpu)} ms CPU / ${Math.round(r.wall)} ms wall`).join(', ')} ` +
				`(median ${median(mine.map((r) => r.cpu))} ms CPU, ${median(mine.map((r) => r.wall))} ms wall); table F1 ${cliF1}`
		);
	}
	if (!pinned) lines.push('taskset is not available: no one-core run');

	// 3. The peer, in the same run.
	lines.push(peer(dir, list));

	// 4. Linearity.
	const base = docs.find((d) => d.name === '006') ?? docs[0];
	for (const times of [1, 4, 16]) {
		const zh = Array.from({ length: times }, () => base.zh).flat();
		const en = Array.from({ length: times }, () => base.en).flat();
		const c0 = process.cpuUsage();
		alignUnits(zh, en, { dictionary, level: 'sentence' });
		const ms = cpuMs(c0);
		lines.push(
			`chapter ${base.name} × ${String(times).padStart(2)} (${zh.length} zh × ${en.length} en lines): ` +
				`${Math.round(ms)} ms CPU, ${((1000 * ms) / zh.length).toFixed(0)} µs per zh line`
		);
	}
	lines.push(`uptime at end: ${uptime()}`);
	process.stdout.write(lines.join('\n') + '\n');
	rmSync(dir, { recursive: true, force: true });
	return 0;
}

/** One timed run of the command: CPU (user + system, every thread) and wall, in ms. */
function timeCli(
	list: string,
	out: string,
	oneCore: boolean
): { cpu: number; wall: number } | { error: string } {
	rmSync(out, { recursive: true, force: true });
	const command = `${oneCore ? 'taskset -c 0 ' : ''}node bin/duiyi.js align --batch "$1" --out-dir "$2" --unit line > /dev/null`;
	const started = performance.now();
	const child = spawnSync(
		'bash',
		['-c', `TIMEFORMAT="%U %S"; time ${command}`, 'bash', list, out],
		{
			cwd: ROOT,
			encoding: 'utf8'
		}
	);
	const wall = performance.now() - started;
	if (child.status !== 0) return { error: child.stderr };
	const [user, sys] = child.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
	return { cpu: (user + sys) * 1000, wall };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

/**
 * hunalign, the peer the issue compares with: one process per pair (its batch mode takes the
 * same list), with an empty dictionary as the issue ran it. Says so when it is not installed.
 */
function peer(dir: string, list: string[]): string {
	if (spawnSync('hunalign', ['--help'], { encoding: 'utf8' }).error) {
		return 'peer: hunalign is not installed (not in Debian bookworm; the issue measured 15.1 s for this batch)';
	}
	const empty = join(dir, 'empty.dic');
	writeFileSync(empty, '');
	const loop =
		'TIMEFORMAT="%U %S"; time (while IFS=$\'\\t\' read -r zh en; do ' +
		'hunalign -text "$2" "$zh" "$en" > /dev/null || exit 1; done < "$1")';
	const started = performance.now();
	const r = spawnSync('bash', ['-c', loop, 'bash', 'list.tsv', empty], {
		cwd: dir,
		encoding: 'utf8'
	});
	const wall = performance.now() - started;
	if (r.status !== 0) return `peer: hunalign failed: ${r.stderr.split('\n')[0]}`;
	const [user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
	return (
		`peer: hunalign, one process per pair (${list.length} pairs): ` +
		`${Math.round((user + sys) * 1000)} ms CPU, ${Math.round(wall)} ms wall`
	);
}

process.exitCode = main();
