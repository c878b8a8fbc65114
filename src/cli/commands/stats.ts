/**
 * duiyi stats FILE [--repair]
 *
 * {"paragraphs":35,"chineseCharacters":3802,"englishWords":76,"words":3878,"sentences":78,…}
 * Chinese characters are Han characters without punctuation; englishWords counts runs of Latin
 * letters or digits (English words, and Latin words and numbers inside Chinese), as memoQ and
 * Trados count; `words` is their sum. Paragraphs are the file's blocks as imported, or the
 * repaired paragraphs with --repair. `perParagraph` gives the counts of each.
 */
import { countDocument } from '../../lib/domain/stats/count.ts';
import { CliError, parseArgs, writeJson } from '../io.ts';
import { readDocument } from '../document.ts';

export const summary =
	'Paragraphs, Chinese characters (no punctuation) and English words of a file.';
export const usage = 'stats FILE [--repair]';

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, { repair: { type: 'boolean' } });
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	const { document, paragraphs: units } = readDocument(positionals[0], {
		repair: values.repair === true,
		sentences: true
	});
	const counts = countDocument(units.map((u) => u.text));
	writeJson({
		format: document.format,
		...(document.encoding ? { encoding: document.encoding } : {}),
		paragraphs: counts.paragraphs,
		chineseCharacters: counts.chineseCharacters,
		englishWords: counts.englishWords,
		words: counts.words,
		characters: counts.characters,
		charactersWithSpaces: counts.charactersWithSpaces,
		sentences: units.reduce((n, u) => n + (u.sentences?.length ?? 0), 0),
		perParagraph: counts.perParagraph.map((c, i) => ({
			kind: units[i].kind,
			chineseCharacters: c.chineseCharacters,
			englishWords: c.englishWords,
			words: c.words
		}))
	});
	return 0;
}
