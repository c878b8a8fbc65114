/**
 * duiyi glossary convert IN OUT
 *
 * Converts a glossary between CSV/TSV and TBX by the files' extensions (.csv, .tsv, .tbx) and
 * prints a report on stdout:
 * {"from":{"file":…,"format":"tbx","encoding":"utf-8","entries":45,"terms":113,"languages":[…]},
 *  "to":{"file":…,"format":"csv","entries":45,"terms":90},"dropped":{"entries":0,"terms":23},
 *  "warnings":[{"code":…,"message":…}]}
 * A file that cannot be read writes nothing and exits 2 with the line or element at fault.
 */
import { parseGlossaryFile, glossaryFormatOf } from '../../lib/domain/glossary/file.ts';
import { isLang } from '../../lib/domain/glossary/terms.ts';
import { serializeGlossaryCsv } from '../../lib/domain/formats/csv/serialize.ts';
import { serializeTbx } from '../../lib/domain/formats/tbx/serialize.ts';
import type { TermEntry } from '../../lib/domain/types.ts';
import { CliError, parseArgs, readBytes, writeJson, writeOutput } from '../io.ts';

export const summary = 'Convert a glossary between CSV/TSV and TBX (by file extension).';
export const usage = 'glossary convert IN OUT';

function countTerms(entries: TermEntry[]): number {
	return entries.reduce((n, e) => n + e.terms.length, 0);
}

export async function run(args: string[]): Promise<number> {
	const { positionals } = parseArgs(args, {});
	const [action, input, output] = positionals;
	if (action !== 'convert' || !input || !output || positionals.length !== 3) {
		throw new CliError(`usage: duiyi ${usage}`);
	}
	const to = glossaryFormatOf(output);
	if (!to || output.toLowerCase().endsWith('.txt') || output.toLowerCase().endsWith('.xml')) {
		throw new CliError(`cannot tell the output format of ${output}: name it .csv, .tsv or .tbx`);
	}
	const parsed = parseGlossaryFile(readBytes(input), input);
	if (!parsed.value) {
		const first = parsed.issues.find((i) => i.severity === 'error') ?? parsed.issues[0];
		const where = first?.line ? ` (line ${first.line})` : first?.path ? ` (${first.path})` : '';
		throw new CliError(
			`cannot read glossary ${input}: ${first?.message ?? 'unknown problem'}${where}`,
			2
		);
	}
	const { entries, languages, format, encoding } = parsed.value;
	let text: string;
	let written: TermEntry[];
	if (to === 'tbx') {
		written = entries.filter((e) => e.terms.some((t) => t.text.trim()));
		text = serializeTbx(entries, { lang: languages[0] ?? 'zh-CN' });
	} else {
		// Two columns: Chinese and English when the file has them, else its first two languages.
		const primary = (l: string) => l.split(/[-_]/)[0].toLowerCase();
		const source = primary(languages.find((l) => isLang(l, 'zh')) ?? languages[0] ?? 'zh');
		const target = primary(
			languages.find((l) => isLang(l, 'en') && primary(l) !== source) ??
				languages.find((l) => primary(l) !== source) ??
				'en'
		);
		written = entries
			.map((e) => ({
				...e,
				terms: e.terms.filter((t) => isLang(t.lang, source) || isLang(t.lang, target))
			}))
			.filter((e) => e.terms.length > 0);
		text = serializeGlossaryCsv(entries, {
			sourceLang: source,
			targetLang: target,
			delimiter: to === 'tsv' ? '\t' : ','
		});
	}
	writeOutput(text, output);
	writeJson({
		from: {
			file: input,
			format,
			encoding,
			entries: entries.length,
			terms: countTerms(entries),
			languages
		},
		to: { file: output, format: to, entries: written.length, terms: countTerms(written) },
		dropped: {
			entries: entries.length - written.length,
			terms: countTerms(entries) - countTerms(written)
		},
		warnings: parsed.issues
			.filter((i) => i.severity === 'warning')
			.map((i) => ({ code: i.code, message: i.message, ...(i.line ? { line: i.line } : {}) }))
	});
	return 0;
}
