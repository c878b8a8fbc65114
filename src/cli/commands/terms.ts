/**
 * duiyi terms ZH --glossary FILE [--unit paragraph|line]
 *
 * JSON: {"matches":[{"unit":0,"start":12,"end":15,"zh":"放管服","en":["…"]}]}: glossary terms
 * recognised in each unit of ZH (leftmost-longest, traditional characters found from
 * simplified entries), UTF-16 offsets into the unit's text, English preferred then admitted.
 */
import { buildTermIndex, findTerms } from '../../lib/domain/glossary/match.ts';
import { parseGlossaryFile } from '../../lib/domain/glossary/file.ts';
import { splitItems } from '../../lib/domain/text/items.ts';
import { CliError, oneOf, parseArgs, readBytes, readText, writeJson } from '../io.ts';

export const summary =
	'Glossary terms recognised in each unit of a Chinese text (UTF-16 offsets, English to use).';
export const usage = 'terms ZH --glossary FILE [--unit paragraph|line] [--out FILE]';

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		glossary: { type: 'string' },
		unit: { type: 'string' },
		out: { type: 'string' }
	});
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	if (typeof values.glossary !== 'string') {
		throw new CliError('--glossary FILE is required (a .csv, .tsv or .tbx glossary)');
	}
	const mode = oneOf('unit', values.unit, ['paragraph', 'line'] as const, 'paragraph');
	const glossaryPath = values.glossary;
	const parsed = parseGlossaryFile(readBytes(glossaryPath), glossaryPath);
	if (!parsed.value) {
		const first = parsed.issues.find((i) => i.severity === 'error') ?? parsed.issues[0];
		const where = first?.line ? ` (line ${first.line})` : first?.path ? ` (${first.path})` : '';
		throw new CliError(
			`cannot read glossary ${glossaryPath}: ${first?.message ?? 'unknown problem'}${where}`,
			2
		);
	}
	const index = buildTermIndex(parsed.value.entries);
	const units = splitItems(readText(positionals[0]), mode);
	const matches = units.flatMap((text, unit) =>
		findTerms(index, text).map((m) => ({
			unit,
			start: m.start,
			end: m.end,
			zh: m.zh,
			en: m.en,
			...(m.forbidden.length ? { forbidden: m.forbidden } : {})
		}))
	);
	writeJson({ matches }, typeof values.out === 'string' ? values.out : undefined);
	return 0;
}
