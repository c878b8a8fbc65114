/**
 * duiyi align ZH EN [--unit paragraph|line] [--glossary FILE] [--format json|align|tsv|tmx] [--out FILE]
 * duiyi align --batch LIST.tsv --out-dir DIR [--unit paragraph|line] [--glossary FILE] [--format align|json]
 *
 * JSON: {"beads":[{"zh":[0,1],"en":[0],"score":0.93}, …]}, 0-based unit indexes, in order,
 * covering every unit of both sides exactly once. `align` writes MAC's bead lines
 * (`[7,8]:[7]`, `[]:[207]`), `tsv` Chinese TAB English per bead, `tmx` a TMX 1.4b document.
 * With --batch, every `ZH<TAB>EN` line of LIST (paths relative to LIST's folder) is aligned in
 * this one process, the dictionary loaded once, into DIR/NAME.align (or .json), NAME being the
 * ZH file's name without its extension; every file is read before anything is written.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { alignUnits, glossaryPairs, type GlossaryPair } from '../../lib/domain/alignment/index.ts';
import { toAlignLines, toTsv } from '../../lib/domain/alignment/format.ts';
import { splitItems, type ItemMode } from '../../lib/domain/text/items.ts';
import { readDictionary } from '../dictionary.ts';
import { CliError, oneOf, parseArgs, readBytes, readText, writeJson, writeOutput } from '../io.ts';

export const summary =
	'Aligns a Chinese text with an English draft: paragraphs (or lines) linked one to many; --batch aligns a list of pairs.';
export const usage =
	'align ZH EN [--unit paragraph|line] [--glossary FILE] [--format json|align|tsv|tmx] [--out FILE]' +
	' | align --batch LIST.tsv --out-dir DIR [--unit paragraph|line] [--glossary FILE] [--format align|json]';

/**
 * Glossary pairs from a CSV/TSV/TBX file (forbidden terms left out). The readers (and the CSV
 * and XML libraries under them) load only when a glossary is given: they cost a plain
 * `align --batch` about a tenth of its start.
 */
async function glossary(file: string): Promise<GlossaryPair[]> {
	const { parseGlossaryFile } = await import('../../lib/domain/glossary/file.ts');
	const parsed = parseGlossaryFile(readBytes(file), file);
	if (!parsed.value) {
		const issue = parsed.issues[0];
		throw new CliError(`cannot read ${file}: ${issue?.message ?? 'not a glossary'}`, 2);
	}
	return glossaryPairs(parsed.value.entries);
}

function align(zh: string[], en: string[], unit: ItemMode, pairs: GlossaryPair[]) {
	return alignUnits(zh, en, {
		dictionary: readDictionary(),
		glossary: pairs,
		level: unit === 'line' ? 'sentence' : 'paragraph'
	}).beads;
}

interface BatchPair {
	name: string;
	zh: string[];
	en: string[];
}

/** The pairs of a batch list, every file read (so a bad line fails before anything is written). */
function readBatch(list: string, unit: ItemMode): BatchPair[] {
	const folder = dirname(resolve(list));
	const pairs: BatchPair[] = [];
	const lineOf = new Map<string, number>();
	readText(list)
		.split(/\r?\n/)
		.forEach((line, k) => {
			if (!line.trim() || line.startsWith('#')) return;
			const fields = line.split('\t').map((f) => f.trim());
			if (fields.length !== 2 || !fields[0] || !fields[1]) {
				throw new CliError(
					`cannot read ${list}: line ${k + 1} is not ZH<TAB>EN (two paths separated by a tab)`,
					2
				);
			}
			const [zhPath, enPath] = fields.map((f) => resolve(folder, f));
			const name = basename(zhPath, extname(zhPath));
			const earlier = lineOf.get(name);
			if (earlier !== undefined) {
				throw new CliError(
					`${list}: lines ${earlier} and ${k + 1} would both write ${name}: give the Chinese files different names`
				);
			}
			lineOf.set(name, k + 1);
			pairs.push({
				name,
				zh: splitItems(readText(zhPath), unit),
				en: splitItems(readText(enPath), unit)
			});
		});
	if (!pairs.length) throw new CliError(`cannot read ${list}: it lists no ZH<TAB>EN pair`, 2);
	return pairs;
}

function runBatch(
	list: string,
	outDir: string | undefined,
	unit: ItemMode,
	format: string,
	pairs: GlossaryPair[]
): number {
	if (!outDir) throw new CliError('--batch needs --out-dir DIR for the .align files');
	const batchFormat = oneOf('format', format, ['align', 'json'] as const, 'align');
	const batch = readBatch(list, unit);
	try {
		mkdirSync(outDir, { recursive: true });
	} catch (err) {
		throw new CliError(`cannot create ${outDir}: ${(err as Error).message}`);
	}
	const written: { name: string; out: string; beads: number }[] = [];
	for (const pair of batch) {
		const beads = align(pair.zh, pair.en, unit, pairs);
		const out = join(outDir, `${pair.name}.${batchFormat}`);
		if (batchFormat === 'align') writeOutput(toAlignLines(beads), out);
		else writeJson({ beads }, out);
		written.push({ name: pair.name, out, beads: beads.length });
	}
	writeJson({ pairs: written });
	return 0;
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		unit: { type: 'string' },
		glossary: { type: 'string' },
		format: { type: 'string' },
		out: { type: 'string' },
		batch: { type: 'string' },
		'out-dir': { type: 'string' }
	});
	const unit = oneOf('unit', values.unit, ['paragraph', 'line'] as const, 'paragraph');
	const pairs = typeof values.glossary === 'string' ? await glossary(values.glossary) : [];
	if (typeof values.batch === 'string') {
		if (positionals.length) throw new CliError(`usage: duiyi ${usage}`);
		const outDir = typeof values['out-dir'] === 'string' ? values['out-dir'] : undefined;
		return runBatch(values.batch, outDir, unit, String(values.format ?? 'align'), pairs);
	}
	const format = oneOf('format', values.format, ['json', 'align', 'tsv', 'tmx'] as const, 'json');
	if (positionals.length !== 2) throw new CliError(`usage: duiyi ${usage}`);
	const [zhFile, enFile] = positionals;
	const zh = splitItems(readText(zhFile), unit);
	const en = splitItems(readText(enFile), unit);
	const beads = align(zh, en, unit, pairs);
	const out = typeof values.out === 'string' ? values.out : undefined;
	if (format === 'align') writeOutput(toAlignLines(beads), out);
	else if (format === 'tsv') writeOutput(toTsv(beads, zh, en), out);
	else if (format === 'tmx') {
		// Loaded only here: the TMX writer brings the XML library (see alignment/format.ts).
		const { toTmx } = await import('../../lib/domain/alignment/tmx.ts');
		writeOutput(toTmx(beads, zh, en, unit === 'line' ? 'sentence' : 'paragraph'), out);
	} else writeJson({ beads }, out);
	return 0;
}
