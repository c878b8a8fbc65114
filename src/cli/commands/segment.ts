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
import { importDocument } from '../../lib/domain/import/index.ts';
import { segmentBlocks } from '../../lib/domain/import/segment-document.ts';
import { CliError, oneOf, parseArgs, readBytes, writeJson, writeOutput } from '../io.ts';

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
	const file = positionals[0];
	const imported = importDocument(readBytes(file), file);
	if (!imported.value) {
		throw new CliError(
			`cannot read ${file}: ${imported.issues[0]?.message ?? 'unknown problem'}`,
			2
		);
	}
	const units = segmentBlocks(imported.value.blocks, {
		repair: values.repair === true,
		sentences: values.sentences === true
	});
	const out = typeof values.out === 'string' ? values.out : undefined;
	if (format === 'txt') {
		const text = units.map((u) => (u.sentences ? u.sentences.join('\n') : u.text)).join('\n\n');
		writeOutput(text + '\n', out);
	} else {
		writeJson({ units }, out);
	}
	return 0;
}
