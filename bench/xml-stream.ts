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
import { writeFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uptime } from './lib/run-stats.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
const ENTRIES = 100_000;

/** A small seeded generator (mulberry32): the same files on every run and machine. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HZ =
	'经济开发区产业集群营商环境改革创新发展项目投资企业服务数字政府园区招商引资制造业高新技术';
const WORDS = 'economic zone industry cluster reform service project digital park investment'.split(
	' '
);

function pairs(n: number): [string, string][] {
	const rnd = random(1);
	const pick = <T>(xs: ArrayLike<T>) => xs[Math.floor(rnd() * xs.length)];
	const span = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
	const out: [string, string][] = [];
	for (let i = 0; i < n; i++) {
		const zh = Array.from({ length: span(2, 6) }, () => pick(HZ)).join('') + i;
		const en = Array.from({ length: span(1, 4) }, () => pick(WORDS)).join(' ') + ` ${i}`;
		out.push([zh, en]);
	}
	return out;
}

function bigTbx(path: string): void {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
		'<tbxHeader><fileDesc><sourceDesc><p>bench</p></sourceDesc></fileDesc></tbxHeader>',
		'<text><body>'
	];
	pairs(ENTRIES).forEach(([zh, en], i) =>
		lines.push(
			`<conceptEntry id="c${i}"><langSec xml:lang="zh-CN"><termSec><term>${zh}</term></termSec></langSec><langSec xml:lang="en"><termSec><term>${en}</term></termSec></langSec></conceptEntry>`
		)
	);
	lines.push('</body></text></tbx>');
	writeFileSync(path, lines.join('\n'));
}

function bigTmx(path: string): void {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="zh-CN" datatype="plaintext"/>',
		'<body>'
	];
	pairs(ENTRIES).forEach(([zh, en], i) =>
		lines.push(
			`<tu tuid="u${i}" creationdate="20240101T000000Z"><tuv xml:lang="zh-CN"><seg>${zh}，${zh}。</seg></tuv><tuv xml:lang="en"><seg>The ${en}, ${en}.</seg></tuv></tu>`
		)
	);
	lines.push('</body></tmx>');
	writeFileSync(path, lines.join('\n'));
}

interface Run {
	cpuMs: number;
	maxRssMb: number;
	load: string;
}

/** One child run of the command line under bench/lib/rusage.mjs. */
function measure(cliArgs: string[]): Run {
	const load = uptime().replace(/^.*load average:\s*/, '');
	const child = spawnSync(process.execPath, ['bench/lib/rusage.mjs', 'bin/duiyi.js', ...cliArgs], {
		stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
		encoding: 'utf8'
	});
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
