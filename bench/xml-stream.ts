/**
 * Issue 15: reading a large TBX and TMX from the command line, as the user runs it.
 *
 *   npm run bench:xml-stream [-- --runs N] [--tbx FILE.tbx] [--tmx FILE.tmx] [--cli DIR]
 *
 * Writes a TBX of 100,000 concept entries (zh-CN and en terms, the shape of the lead's
 * make-big-tbx.py) and a TMX of 100,000 units to the temporary directory, unless files are given,
 * then runs `duiyi glossary convert BIG.tbx OUT.csv` and `duiyi inspect BIG.tmx` in child
 * processes N times (default 3) and prints each run's CPU time (user + system) and peak resident
 * memory, with the machine's load. The figures to quote are the lowest CPU of the runs (the
 * least disturbed by other work on a shared machine) and the highest memory. Targets: under 2 s
 * CPU and under 200 MB for the TBX on a quiet core. The command line runs compiled when
 * dist/cli is current (`npm run build:cli`), else from source through tsx, which costs more.
 * --cli DIR runs DIR/bin/duiyi.js instead (another checkout, for a before/after comparison).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigTbx, bigTmx } from './lib/big-xml.ts';
import { uptime } from './lib/run-stats.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
interface Run {
	cpuMs: number;
	maxRssMb: number;
	load: string;
}

/** One child run of the command line under bench/lib/rusage.mjs. */
function measure(cliArgs: string[]): Run {
	const load = uptime().replace(/^.*load average:\s*/, '');
	const child = spawnSync(
		process.execPath,
		['bench/lib/rusage.mjs', join(option('--cli') ?? '.', 'bin/duiyi.js'), ...cliArgs],
		{
			stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
			encoding: 'utf8'
		}
	);
	if (child.status !== 0) throw new Error(`duiyi ${cliArgs.join(' ')} failed: ${child.stderr}`);
	const usage = JSON.parse((child.output[3] as unknown as string).trim()) as {
		userMs: number;
		systemMs: number;
		maxRssKb: number;
	};
	return { cpuMs: usage.userMs + usage.systemMs, maxRssMb: usage.maxRssKb / 1024, load };
}

function report(label: string, cliArgs: string[]): void {
	const all: Run[] = [];
	for (let i = 0; i < runs; i++) {
		const run = measure(cliArgs);
		all.push(run);
		console.log(
			`  ${label} run ${i + 1}: ${(run.cpuMs / 1000).toFixed(2)} s CPU, ${run.maxRssMb.toFixed(0)} MB max RSS (load ${run.load})`
		);
	}
	const cpu = Math.min(...all.map((r) => r.cpuMs)) / 1000;
	const rss = Math.max(...all.map((r) => r.maxRssMb));
	console.log(
		`${label}: ${cpu.toFixed(2)} s CPU (lowest of ${runs}), ${rss.toFixed(0)} MB max RSS (highest)`
	);
}

const dir = mkdtempSync(join(tmpdir(), 'duiyi-xml-stream-'));
const tbx = option('--tbx') ?? join(dir, 'big.tbx');
const tmx = option('--tmx') ?? join(dir, 'big.tmx');
if (!option('--tbx')) bigTbx(tbx);
if (!option('--tmx')) bigTmx(tmx);
const mb = (path: string) => (statSync(path).size / 1048576).toFixed(1);
console.log(`xml-stream bench, ${new Date().toISOString()}; ${uptime()}`);
console.log(`TBX ${tbx} (${mb(tbx)} MB), TMX ${tmx} (${mb(tmx)} MB)`);
report('glossary convert TBX → CSV', ['glossary', 'convert', tbx, join(dir, 'out.csv')]);
report('inspect TMX', ['inspect', tmx]);
console.log(`done; ${uptime()}`);
