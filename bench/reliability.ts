/**
 * `npx tsx bench/reliability.ts`: every reader over hostile variants of the repository's files
 * (tests/fuzz/variants.ts), in process and through the `duiyi` command, counted as read,
 * refused (a message, exit 2), crashed (a throw, another exit code, a stack trace) or hung (no
 * answer within 60 s). Prints the Markdown table BENCHMARKS.md keeps. Exits 1 on a crash or a hang.
 *
 * Options: --shared also uses ../shared/fixtures (out-of-sample files); --no-cli skips the
 * command-line half.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../src/lib/domain/formats/limits.ts';
import { outcome, READERS } from '../tests/fuzz/readers.ts';
import { seedFiles, variantsOf, zipBombs, type Input } from '../tests/fuzz/variants.ts';

const args = process.argv.slice(2);
const say = (line = '') => process.stdout.write(line + '\n');

interface Tally {
	inputs: number;
	read: number;
	refused: number;
	crashes: number;
	hangs: number;
	notes: string[];
}
const empty = (): Tally => ({ inputs: 0, read: 0, refused: 0, crashes: 0, hangs: 0, notes: [] });

function inProcess(inputs: Input[]): Map<string, Tally> {
	const byKind = new Map<string, Tally>();
	for (const input of inputs) {
		const t = byKind.get(input.kind) ?? empty();
		byKind.set(input.kind, t);
		for (const reader of READERS) {
			if (!reader.bytes && input.bytes.length > LIMITS.fileBytes) continue;
			t.inputs++;
			try {
				t[outcome(reader, input.bytes, input.name)]++;
			} catch (err) {
				t.crashes++;
				t.notes.push((err as Error).message.split('\n')[0]);
			}
		}
	}
	return byKind;
}

function throughCli(inputs: Input[]): Tally {
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-reliability-'));
	const t = empty();
	inputs.forEach((input, i) => {
		const path = join(dir, `${i}-${input.kind}-${input.name}`);
		writeFileSync(path, input.bytes);
		const r = spawnSync('node', ['bin/duiyi.js', 'inspect', path], {
			encoding: 'utf8',
			timeout: 60_000,
			maxBuffer: 1 << 28
		});
		t.inputs++;
		if (r.error || r.signal) {
			t.hangs++;
			t.notes.push(`hang: ${input.kind} ${input.name}`);
		} else if (/\n\s+at |unexpected error/.test(r.stderr) || (r.status !== 0 && r.status !== 2)) {
			t.crashes++;
			const said = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(0, 3).join(' / ');
			t.notes.push(`exit ${r.status}: ${input.kind} ${input.name}: ${said || '(nothing printed)'}`);
		} else if (r.status === 0) t.read++;
		else t.refused++;
	});
	return t;
}

const row = (label: string, t: Tally) =>
	`| ${label} | ${t.inputs} | ${t.read} | ${t.refused} | ${t.crashes} | ${t.hangs} |`;

const seeds = seedFiles(args.includes('--shared'));
const inputs = [...seeds.flatMap((s, i) => variantsOf(s, i)), ...zipBombs()];
say(`Seeds: ${seeds.length} files (${seeds.map((s) => s.name).join(', ')})`);
say('');
say('| Inputs × readers, in process | tried | read | refused | crashes | hangs |');
say('| --- | --- | --- | --- | --- | --- |');
const byKind = inProcess(inputs);
const total = empty();
for (const [kind, t] of byKind) {
	say(row(kind, t));
	for (const k of ['inputs', 'read', 'refused', 'crashes', 'hangs'] as const) total[k] += t[k];
	total.notes.push(...t.notes);
}
say(row('**all**', total));
let cli = empty();
if (!args.includes('--no-cli')) {
	// Every kind except the plain seeds and the cheapest repeats: a process per file.
	const picked = inputs.filter((x, i) => x.kind !== 'flipped' || i % 4 === 0);
	cli = throughCli(picked);
	say('');
	say('| Files through `duiyi inspect` | tried | exit 0 | exit 2 | crashes | hangs |');
	say('| --- | --- | --- | --- | --- | --- |');
	say(row('all kinds', cli));
}
for (const note of [...total.notes, ...cli.notes].slice(0, 20)) say(`- ${note}`);
process.exitCode = total.crashes + total.hangs + cli.crashes + cli.hangs ? 1 : 0;
