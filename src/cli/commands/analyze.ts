/**
 * duiyi analyze PROJECT.json [--tm FILE.tmx]... [--by sentence|paragraph]
 *
 * The analysis report CAT tools give for quoting: the project's words and characters by how
 * well the translation memory covers them (the project's own TM units, plus each TMX given).
 */
import { analyzeSegments } from '../../lib/domain/analysis/index.ts';
import { parseTmx } from '../../lib/domain/formats/tmx/parse.ts';
import { buildTmIndex } from '../../lib/domain/tm/index.ts';
import type { TmUnit } from '../../lib/domain/types.ts';
import { parseArgs as nodeParseArgs } from 'node:util';
import { CliError, oneOf, readBytes, writeJson } from '../io.ts';
import { readProject } from './export.ts';

export const summary = `Words and characters by TM match band, as memoQ and Trados analyse for quoting. JSON:
      {"project":"…","sourceLang":"zh-CN","targetLang":"en","unit":"sentence","tmUnits":120,
       "bands":[{"band":"context"|"100"|"95-99"|"85-94"|"75-84"|"50-74"|"none",
                 "segments":N,"words":N,"characters":N}, …],
       "repetitions":{"segments":N,"words":N,"characters":N},
       "totals":{"segments":N,"words":N,"characters":N}}
      Each sentence (or paragraph, --by paragraph) counts once: 101% ("context": an exact match
      from the same paragraph or following another exact match), then repetition (the same source
      earlier in the project), then its best match's band. Words are Han characters plus Latin/
      number tokens; characters leave out white space. The memory is the project's own TM units
      and every --tm FILE.tmx (units of the project's language pair).`;
export const usage = 'analyze PROJECT.json [--tm FILE.tmx]... [--by sentence|paragraph]';

function options(args: string[]) {
	try {
		return nodeParseArgs({
			args,
			options: { tm: { type: 'string', multiple: true }, by: { type: 'string' } },
			allowPositionals: true,
			strict: true
		});
	} catch (err) {
		throw new CliError((err as Error).message);
	}
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = options(args);
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	const by = oneOf('by', values.by, ['sentence', 'paragraph'] as const, 'sentence');
	const file = readProject(positionals[0]);
	const { sourceLang, targetLang } = file.project;
	const units: TmUnit[] = [...file.tmUnits];
	for (const path of values.tm ?? []) {
		const parsed = parseTmx(readBytes(path), {
			sourceLang: sourceLang.split('-')[0],
			targetLang: targetLang.split('-')[0]
		});
		if (!parsed.value) {
			const first = parsed.issues.find((i) => i.severity === 'error');
			throw new CliError(`cannot read ${path}: ${first?.message ?? 'not a TMX file'}`, 2);
		}
		units.push(...parsed.value.units);
	}
	const report = analyzeSegments(file.segments, buildTmIndex(units), {
		by,
		sourceLang,
		targetLang
	});
	writeJson({ project: file.project.name, sourceLang, targetLang, ...report });
	return 0;
}
