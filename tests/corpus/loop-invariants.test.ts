/**
 * The loop a translator runs — `duiyi new ZH DRAFT` (import, repair, align, accept) then
 * `duiyi export` — holds its promises on every article of corpus/ (any folder with a
 * reading.json; issue 11), for zh.txt and zh.docx, and for each draft (draft-a, draft-b, and the
 * reference en.txt taken as a draft):
 *
 * 1. the English DOCX and text hold no Han character, unless the Chinese is kept marked
 *    (--untranslated source), and then only in the marked paragraphs;
 * 2. no English of the draft is dropped silently: every word of every draft paragraph is in the
 *    English export, or `new` names the paragraph on stderr as unlinked (and the project keeps it);
 * 3. every paragraph left without English is named on the export's stderr, never filled with
 *    Chinese;
 * 4. the bilingual DOCX has one row per paragraph (a group translated together: one row).
 *
 * The commands run in this process (their `run`, stdout and stderr captured): a spawned
 * `duiyi` per article × file × draft costs minutes. One article goes through the real
 * bin/duiyi.js so the two cannot drift. Reads only corpus/ (no ../shared).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { run as runNew } from '../../src/cli/commands/new.ts';
import { run as runExport } from '../../src/cli/commands/export.ts';
import { CliError } from '../../src/cli/io.ts';
import { readBilingualRows } from '../../src/lib/domain/formats/docx/parse-bilingual.ts';
import {
	parseProjectFile,
	type ProjectFile
} from '../../src/lib/domain/formats/project/project-file.ts';
import { tempDir } from '../helpers/temp.ts';
import { docxParagraphs } from '../helpers/docx-text.ts';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const articles = readdirSync(corpusDir)
	.filter((name) => existsSync(join(corpusDir, name, 'reading.json')))
	.sort();
const dir = tempDir('duiyi-loop-');

interface Ran {
	status: number;
	stdout: string;
	stderr: string;
}

/** A command of the CLI in this process, as main runs it: output captured, CliError → exit code. */
async function inProcess(args: string[]): Promise<Ran> {
	let stdout = '';
	let stderr = '';
	const text = (chunk: unknown) =>
		typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
	const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
		stdout += text(chunk);
		return true;
	});
	const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
		stderr += text(chunk);
		return true;
	});
	try {
		const [name, ...rest] = args;
		const status = await (name === 'new' ? runNew : runExport)(rest);
		return { status, stdout, stderr };
	} catch (e) {
		if (e instanceof CliError) return { status: e.exitCode, stdout, stderr: e.message };
		throw e;
	} finally {
		out.mockRestore();
		err.mockRestore();
	}
}

/** The real command, spawned. */
async function spawned(args: string[]): Promise<Ran> {
	const r = spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8', timeout: 180_000 });
	return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Counts of each word. */
function bag(texts: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const t of texts) for (const w of words(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
	return counts;
}

/** The paragraph numbers (1-based) an export's stderr lists as without English. */
function listedWithoutEnglish(stderr: string): number[] {
	const line = stderr.split('\n').find((l) => /^\d+ paragraphs? without English/.test(l));
	return line ? [...line.split(': ')[1].matchAll(/¶(\d+)/g)].map((m) => Number(m[1])) : [];
}

/** The draft paragraph numbers (1-based) `new` lists on stderr as linked to no paragraph. */
function listedUnlinked(stderr: string): number[] {
	const line = stderr.split('\n').find((l) => /^\d+ draft paragraphs? linked to no/.test(l));
	return line ? [...line.split(': ')[1].matchAll(/¶(\d+)/g)].map((m) => Number(m[1])) : [];
}

/** Runs the loop on one article × file × draft and checks the four invariants. */
async function checkLoop(
	cli: (args: string[]) => Promise<Ran>,
	article: string,
	zhName: string,
	draftName: string
) {
	const folder = join(corpusDir, article);
	const tag = `${article}-${zhName}-${draftName}`.replace(/[^\w-]/g, '_');
	const project = join(dir, `${tag}.json`);
	const made = await cli(['new', join(folder, zhName), join(folder, draftName), '--out', project]);
	expect(made.status, made.stderr).toBe(0);
	const file: ProjectFile = parseProjectFile(readFileSync(project, 'utf8')).value!;
	const segments = [...file.segments].sort((a, b) => a.order - b.order);

	// (2) The draft as the project keeps it has every word of the draft file.
	const draft = file.drafts[0];
	const draftText = readFileSync(join(folder, draftName), 'utf8');
	expect.soft(bag(draft.paragraphs)).toEqual(bag([draftText]));
	const unlinked = listedUnlinked(made.stderr);
	for (const n of unlinked) expect.soft(draft.paragraphs[n - 1], `draft ¶${n}`).toBeTruthy();

	// The English DOCX, blank where there is no English.
	const en = join(dir, `${tag}.en.docx`);
	const exported = await cli(['export', project, '--format', 'docx-target', '--out', en]);
	expect(exported.status, exported.stderr).toBe(0);
	const enParagraphs = docxParagraphs(en);

	// (1) No Han character in the English DOCX nor in the English text.
	expect.soft(enParagraphs.filter((p) => HAN.test(p.text)).map((p) => p.text)).toEqual([]);
	const txt = await cli(['export', project, '--format', 'txt']);
	expect.soft(txt.stdout.split('\n').filter((l) => HAN.test(l))).toEqual([]);

	// (2) Every word of every linked draft paragraph is in the English DOCX.
	const have = bag(enParagraphs.map((p) => p.text));
	const need = bag(draft.paragraphs.filter((_, i) => !unlinked.includes(i + 1)));
	const lost: string[] = [];
	for (const [w, n] of need) if ((have.get(w) ?? 0) < n) lost.push(`${w}×${n - (have.get(w) ?? 0)}`);
	const lostParagraphs = draft.paragraphs
		.map((p, i) => ({ n: i + 1, p }))
		.filter(({ p, n }) => !unlinked.includes(n) && words(p).some((w) => !have.has(w)))
		.map(({ n, p }) => `draft ¶${n} ${p.slice(0, 60)}`);
	expect.soft({ lost, lostParagraphs }).toEqual({ lost: [], lostParagraphs: [] });

	// (3) Every paragraph without English is named on stderr, by both English exports.
	const gaps = segments.filter((s) => !s.target.trim() && !s.translatedWith).map((s) => s.order + 1);
	expect.soft(listedWithoutEnglish(exported.stderr)).toEqual(gaps);
	expect.soft(listedWithoutEnglish(txt.stderr)).toEqual(gaps);
	expect.soft(enParagraphs.filter((p) => p.text.trim()).length).toBe(
		segments.filter((s) => s.target.trim()).length
	);

	// (1) with the Chinese kept marked: Han only in the highlighted paragraphs, which are the
	// gaps (a gap may hold no Han: a page number "— 2 —", a line of figures).
	const kept = join(dir, `${tag}.kept.docx`);
	const keep = await cli([
		'export',
		project,
		'--format',
		'docx-target',
		'--untranslated',
		'source',
		'--out',
		kept
	]);
	expect(keep.status, keep.stderr).toBe(0);
	const keptParagraphs = docxParagraphs(kept);
	expect
		.soft(keptParagraphs.filter((p) => HAN.test(p.text) && !p.marked).map((p) => p.text))
		.toEqual([]);
	const gapSources = segments
		.filter((s) => gaps.includes(s.order + 1))
		.map((s) => s.source.replace(/\s+/g, ''));
	expect
		.soft(keptParagraphs.filter((p) => p.marked).map((p) => p.text.replace(/\s+/g, '')))
		.toEqual(gapSources);
	const keptTxt = await cli(['export', project, '--format', 'txt', '--untranslated', 'source']);
	const keptLines = keptTxt.stdout.split('\n');
	expect
		.soft(keptLines.filter((l) => HAN.test(l) && !l.startsWith('[UNTRANSLATED] ')))
		.toEqual([]);
	expect.soft(keptLines.filter((l) => l.startsWith('[UNTRANSLATED] ')).length).toBe(gaps.length);
	expect.soft(listedWithoutEnglish(keptTxt.stderr)).toEqual(gaps);

	// (4) The bilingual DOCX: one row per paragraph, a group translated together one row.
	const bi = join(dir, `${tag}.docx`);
	const bilingual = await cli(['export', project, '--format', 'docx', '--out', bi]);
	expect(bilingual.status, bilingual.stderr).toBe(0);
	expect.soft(listedWithoutEnglish(bilingual.stderr)).toEqual(gaps);
	const rows = readBilingualRows(new Uint8Array(readFileSync(bi))).value!;
	const leads = segments.filter((s) => !s.translatedWith).map((s) => s.order + 1);
	expect.soft(rows.map((r) => r.number)).toEqual(leads);
}

describe.each(articles)('the loop on %s', (article) => {
	const folder = join(corpusDir, article);
	const zhFiles = ['zh.txt', 'zh.docx'].filter((f) => existsSync(join(folder, f)));
	const drafts = ['draft-a.txt', 'draft-b.txt', 'en.txt'].filter((f) =>
		existsSync(join(folder, f))
	);
	const cases = zhFiles.flatMap((zh) => drafts.map((d) => [zh, d] as const));
	it.each(cases)('%s with %s as the draft', { timeout: 120_000 }, (zh, draft) =>
		checkLoop(inProcess, article, zh, draft)
	);
});

describe('the real command line', () => {
	it(
		'holds the same invariants through bin/duiyi.js (anping, zh.docx, draft-b)',
		{ timeout: 600_000 },
		() => checkLoop(spawned, 'anping-medical-insurance-2024', 'zh.docx', 'draft-b.txt')
	);
});
