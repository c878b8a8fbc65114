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
 *   3. The peer: hunalign (C++), with our dictionary, when DUIYI_HUNALIGN names it or it is on
 *      PATH (see peer()).
 *   4. Linearity: chapter 006 concatenated 1, 4 and 16 times, aligned as one document.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { DICTIONARY_PATH, readDictionary } from '../src/cli/dictionary.ts';
import { stem, type Dictionary } from '../src/lib/domain/dictionary/index.ts';
import { alignUnits } from '../src/lib/domain/alignment/index.ts';
import {
	MAC_DEV,
	f1,
	haveMacDev,
	loadMacDev,
	parseAlignFile,
	tableCounts,
	type Bead,
	type MacDoc
} from './lib/mac.ts';
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
	const mine = runs.filter((r) => r.one === pinned);
	const compared: Compared[] = [
		{
			aligner: 'duiyi align --batch',
			mode: 'one process, dictionary load and start included',
			cpu: median(mine.map((r) => r.cpu)),
			wall: median(mine.map((r) => r.wall)),
			f1: cliF1
		}
	];

	// 3. The peer, in the same run.
	const theirs = peer(dir, docs, dictionary);
	if (typeof theirs === 'string') lines.push(theirs);
	else {
		compared.push(...theirs.rows);
		lines.push(
			...theirs.lines,
			`${pinned ? 'On one core (taskset -c 0)' : 'On every core'}, medians of 3, in this run:`,
			'| Aligner | Mode | CPU | Wall | Table F1 |',
			'| --- | --- | --- | --- | --- |',
			...compared.map((c) => `| ${c.aligner} | ${c.mode} | ${c.cpu} ms | ${c.wall} ms | ${c.f1} |`)
		);
	}

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
 * hunalign (C++), the peer the issue compares with, on the same 24 pairs: the binary named by
 * DUIYI_HUNALIGN, else `hunalign` on PATH; the bench says so when there is neither (it is not in
 * Debian: build it from github.com/danielvarga/hunalign, outside this repository).
 *
 * The same dictionary idea as ours: our CC-CEDICT-derived static/dict/cedict.txt written out in
 * hunalign's format (`english @ chinese`, one line per headword and stemmed gloss key), into the
 * bench's temporary folder only. hunalign matches whole tokens and has no segmenter or stemmer,
 * so it is given the texts as tokens that can meet that dictionary: the Chinese segmented by
 * our forward maximum matching (segmentChinese's, punctuation and Latin runs kept as tokens),
 * the English lower-cased and stemmed word by word. That preparation is not timed (the issue
 * timed hunalign alone). Timed: one process per pair, as the issue ran it, and hunalign's own
 * -batch mode (one process, the dictionary read once, as our --batch). Its beads (ladder
 * rungs) are scored against the same gold.
 */
/** One line of the table comparing our batch with the peer's. */
interface Compared {
	aligner: string;
	mode: string;
	/** Medians of three runs, in ms. */
	cpu: number;
	wall: number;
	f1: string;
}

function peer(
	dir: string,
	docs: MacDoc[],
	dictionary: Dictionary
): { lines: string[]; rows: Compared[] } | string {
	const env = process.env.DUIYI_HUNALIGN;
	const found = env
		? existsSync(env)
			? env
			: undefined
		: spawnSync('bash', ['-c', 'command -v hunalign'], { encoding: 'utf8' }).stdout.trim() ||
			undefined;
	if (!found) {
		return env
			? `peer: hunalign is not at DUIYI_HUNALIGN=${env}`
			: 'peer: hunalign is not installed (set DUIYI_HUNALIGN or put it on PATH; not in Debian bookworm, build it from github.com/danielvarga/hunalign; the issue measured 15.1 s for this batch)';
	}
	const hunalign = resolvePath(found);
	const peerDir = join(dir, 'hunalign');
	mkdirSync(peerDir, { recursive: true });
	const dic = join(peerDir, 'cedict.dic');
	writeFileSync(dic, hunalignDictionary(dictionary));
	const pairs: { name: string; doc: MacDoc }[] = [];
	for (let r = 1; r <= REPEAT; r++) {
		for (const doc of docs) {
			const name = `${r}-${doc.name}`;
			writeFileSync(
				join(peerDir, `${name}.zh.tok`),
				doc.zh.map((l) => zhTokens(l, dictionary)).join('\n') + '\n'
			);
			writeFileSync(join(peerDir, `${name}.en.tok`), doc.en.map(enTokens).join('\n') + '\n');
			pairs.push({ name, doc });
		}
	}
	writeFileSync(
		join(peerDir, 'pairs.tsv'),
		pairs.map((p) => `${p.name}.zh.tok\t${p.name}.en.tok\t${p.name}.ladder`).join('\n') + '\n'
	);
	// The two ways of running it, as scripts: $1 is hunalign, $2 the dictionary.
	writeFileSync(
		join(peerDir, 'each.sh'),
		'while IFS=$\'\\t\' read -r zh en out; do "$1" "$2" "$zh" "$en" > "$out" 2> /dev/null || exit 1; done < pairs.tsv\n'
	);
	writeFileSync(join(peerDir, 'batch.sh'), '"$1" -batch "$2" pairs.tsv > /dev/null 2>&1\n');
	const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
	const lines: string[] = [];
	const rows: Compared[] = [];
	for (const [label, script] of [
		['one process per pair, as the issue ran it', 'each.sh'],
		['its -batch mode, one process', 'batch.sh']
	] as const) {
		const runs: { cpu: number; wall: number }[] = [];
		for (let k = 0; k < 3; k++) {
			for (const p of pairs) rmSync(join(peerDir, `${p.name}.ladder`), { force: true });
			const command = `TIMEFORMAT="%U %S"; time ${pinned ? 'taskset -c 0 ' : ''}bash ${script} "$1" cedict.dic`;
			const started = performance.now();
			const r = spawnSync('bash', ['-c', command, 'bash', hunalign], {
				cwd: peerDir,
				encoding: 'utf8'
			});
			const wall = performance.now() - started;
			if (r.status !== 0) return `peer: hunalign failed: ${r.stderr.split('\n')[0]}`;
			const [user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
			runs.push({ cpu: (user + sys) * 1000, wall });
		}
		const totals = { match: 0, pred: 0, gold: 0 };
		for (const p of pairs) {
			const c = tableCounts(
				p.doc.gold,
				ladderBeads(readFileSync(join(peerDir, `${p.name}.ladder`), 'utf8'))
			);
			totals.match += c.match;
			totals.pred += c.pred;
			totals.gold += c.gold;
		}
		const f = f1(totals.match, totals.pred, totals.gold).f.toFixed(3);
		rows.push({
			aligner: 'hunalign, our CC-CEDICT dictionary',
			mode: label,
			cpu: median(runs.map((r) => r.cpu)),
			wall: median(runs.map((r) => r.wall)),
			f1: f
		});
		lines.push(
			`peer: hunalign with our CC-CEDICT dictionary, ${label} (${pairs.length} pairs${pinned ? ', taskset -c 0: one core' : ''}): ` +
				`${runs.map((r) => `${Math.round(r.cpu)} ms CPU / ${Math.round(r.wall)} ms wall`).join(', ')} ` +
				`(median ${median(runs.map((r) => r.cpu))} ms CPU, ${median(runs.map((r) => r.wall))} ms wall); table F1 ${f}`
		);
	}
	return { lines, rows };
}

/** Our dictionary in hunalign's format: `english @ chinese`, one line per headword and key. */
function hunalignDictionary(dictionary: Dictionary): string {
	const out: string[] = [];
	for (const line of readFileSync(join(ROOT, DICTIONARY_PATH), 'utf8').split('\n')) {
		const tab = line.indexOf('\t');
		if (tab <= 0 || line.startsWith('#') || line.startsWith('@')) continue;
		const headword = line.slice(0, tab);
		for (const key of dictionary.keys(headword) ?? []) out.push(`${key} @ ${headword}`);
	}
	return out.join('\n') + '\n';
}

const HAN_CHAR = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** A Chinese line as hunalign tokens: dictionary words (forward maximum matching), other runs. */
function zhTokens(text: string, dictionary: Dictionary): string {
	const tokens: string[] = [];
	let i = 0;
	while (i < text.length) {
		if (/\s/.test(text[i])) {
			i++;
			continue;
		}
		if (HAN_CHAR.test(text[i])) {
			const len = dictionary.longestAt(text, i);
			tokens.push(text.slice(i, i + len));
			i += len;
			continue;
		}
		const m = /^[A-Za-z0-9]+/.exec(text.slice(i, i + 64));
		const len = m ? m[0].length : 1;
		tokens.push(text.slice(i, i + len).toLowerCase());
		i += len;
	}
	return tokens.join(' ');
}

/** An English line as hunalign tokens: words lower-cased and stemmed as our keys are, punctuation. */
function enTokens(text: string): string {
	return (text.match(/[A-Za-z]+(?:'[A-Za-z]+)?|[0-9]+|[^\sA-Za-z0-9]/g) ?? [])
		.map((t) =>
			/^[A-Za-z]/.test(t) ? stem(t.toLowerCase().replace(/'s$/, '')) || t.toLowerCase() : t
		)
		.join(' ');
}

/** hunalign's ladder (rungs `zh<TAB>en<TAB>score`) as beads: the units between two rungs. */
function ladderBeads(text: string): Bead[] {
	const rungs = text
		.split('\n')
		.filter(Boolean)
		.map((l) => l.split('\t').slice(0, 2).map(Number));
	const beads: Bead[] = [];
	for (let k = 1; k < rungs.length; k++) {
		const [i0, j0] = rungs[k - 1];
		const [i1, j1] = rungs[k];
		beads.push({
			zh: Array.from({ length: i1 - i0 }, (_, n) => i0 + n),
			en: Array.from({ length: j1 - j0 }, (_, n) => j0 + n)
		});
	}
	return beads;
}

process.exitCode = main();
