/**
 * duiyi segment FILE [--repair] [--sentences] [--format json|txt] [--out FILE]
 *
 * JSON: {"units":[{"kind":"body","text":"…","sentences":["…"],"joined":[3,4]}]}. `joined` is
 * always there: the 0-based input blocks (blank-line separated paragraphs of a .txt, block
 * elements of .md/.html/.docx) a unit was made from, one index for a unit left as it was, so a
 * script can map every unit back to the file. `sentences` only with --sentences. Kinds are
 * always inferred; joins and moves only with --repair.
 * txt: one unit per paragraph, a blank line between; with --sentences one sentence per line.
 */
import { CliError, oneOf, parseArgs, writeJson, writeOutput } from '../io.ts';
import { readDocument } from '../document.ts';

export const summary =
	'Paragraphs (kinds, repaired joins with --repair) and sentences of a .txt/.md/.docx/.html file.';
export const usage = 'segment FILE [--repair] [--sentences] [--format json|txt] [--out FILE]';

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		repair: { type: 'boolean' },
		sentences: { type: 'boolean' },
		format: { type: 'string' },
		out: { type: 'string' }
	});
	const format = oneOf('format', values.format, ['json', 'txt'] as const, 'json');
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	const { paragraphs } = readDocument(positionals[0], {
		repair: values.repair === true,
		sentences: values.sentences === true
	});
	const out = typeof values.out === 'string' ? values.out : undefined;
	if (format === 'txt') {
		const text = paragraphs
			.map((u) => (u.sentences ? u.sentences.join('\n') : u.text))
			.join('\n\n');
		writeOutput(text + '\n', out);
	} else {
		writeJson({ units: paragraphs }, out);
	}
	return 0;
}
