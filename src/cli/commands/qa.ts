/**
 * duiyi qa ZH EN [--unit paragraph|line] [--glossary FILE] [--out FILE]
 *
 * JSON: {"issues":[{"unit":3,"check":"number","code":"number_different","severity":"error",
 * "message":"…","source":"105亿元","target":"1.05 billion yuan","params":{…}}]}. Units are
 * paired in order; when the two files have different numbers of units they are aligned first
 * and issues are reported by ZH unit. Exit code 0 whatever is found; non-zero only when the
 * check could not run (2 for a file that cannot be read).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignUnits, glossaryPairs } from '../../lib/domain/alignment/index.ts';
import {
	buildTermIndex,
	parseGlossaryFile,
	type TermIndex
} from '../../lib/domain/glossary/index.ts';
import { runChecks, type QaSegment } from '../../lib/domain/qa/index.ts';
import { splitUnits } from '../../lib/domain/text/units.ts';
import type { TermEntry } from '../../lib/domain/types.ts';
import { readDictionary } from '../dictionary.ts';
import { CliError, oneOf, parseArgs, readBytes, readText, writeJson } from '../io.ts';

export const summary =
	'Checks an English translation against its Chinese: numbers by value, glossary terms, untranslated text, punctuation, consistency, length.';
export const usage = 'qa ZH EN [--unit paragraph|line] [--glossary FILE] [--out FILE]';

const root = new URL('../../../', import.meta.url);

interface Messages {
	[key: string]: string | Messages;
}

/** The English messages of the QA codes (the UI's own locale file). */
function messages(): Messages {
	const path = fileURLToPath(new URL('src/lib/i18n/locales/en/qa.json', root));
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as Messages;
	} catch (err) {
		throw new CliError(`cannot read the QA messages ${path}: ${(err as Error).message}`);
	}
}

/** Fills {{name}} placeholders the way i18next does. */
export function interpolate(template: string, params: Record<string, string | number>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function glossaryEntries(file: string): TermEntry[] {
	const parsed = parseGlossaryFile(readBytes(file), file);
	if (!parsed.value) {
		const first = parsed.issues.find((i) => i.severity === 'error') ?? parsed.issues[0];
		const where = first?.line ? ` (line ${first.line})` : first?.path ? ` (${first.path})` : '';
		throw new CliError(
			`cannot read glossary ${file}: ${first?.message ?? 'not a glossary'}${where}`,
			2
		);
	}
	return parsed.value.entries;
}

/**
 * Units to check, each with the ZH unit it is reported under: in order when both sides have as
 * many units, otherwise through the aligner (a Chinese unit with no English gets an empty
 * target; English with no Chinese is left out).
 */
function pairUnits(
	zh: string[],
	en: string[],
	mode: 'paragraph' | 'line',
	entries: TermEntry[]
): { units: QaSegment[]; zhIndex: number[] } {
	if (zh.length === en.length) {
		return {
			units: zh.map((source, i) => ({ source, target: en[i] })),
			zhIndex: zh.map((_, i) => i)
		};
	}
	process.stderr.write(
		`duiyi qa: the Chinese has ${zh.length} ${mode === 'line' ? 'lines' : 'paragraphs'} and the English ${en.length}; aligning them first, issues are reported by Chinese unit\n`
	);
	const { beads } = alignUnits(zh, en, {
		dictionary: readDictionary(),
		glossary: glossaryPairs(entries)
	});
	const units: QaSegment[] = [];
	const zhIndex: number[] = [];
	let extra = 0;
	for (const bead of beads) {
		if (bead.zh.length === 0) {
			extra += bead.en.length;
			continue;
		}
		units.push({
			source: bead.zh.map((i) => zh[i]).join(''),
			target: bead.en.map((i) => en[i]).join(' ')
		});
		zhIndex.push(bead.zh[0]);
	}
	if (extra) {
		process.stderr.write(
			`duiyi qa: ${extra} English unit(s) have no Chinese counterpart and are not checked\n`
		);
	}
	return { units, zhIndex };
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		unit: { type: 'string' },
		glossary: { type: 'string' },
		out: { type: 'string' }
	});
	const mode = oneOf('unit', values.unit, ['paragraph', 'line'] as const, 'paragraph');
	if (positionals.length !== 2) throw new CliError(`usage: duiyi ${usage}`);
	const [zhFile, enFile] = positionals;
	const zh = splitUnits(readText(zhFile), mode);
	const en = splitUnits(readText(enFile), mode);
	const entries = typeof values.glossary === 'string' ? glossaryEntries(values.glossary) : [];
	const glossary: TermIndex | undefined = entries.length ? buildTermIndex(entries) : undefined;
	const text = messages();
	const { units, zhIndex } = pairUnits(zh, en, mode, entries);
	const issues = runChecks(units, { glossary }).map((issue) => {
		const template = text[issue.code];
		return {
			unit: zhIndex[issue.unit],
			check: issue.check,
			code: issue.code,
			severity: issue.severity,
			message: typeof template === 'string' ? interpolate(template, issue.params) : issue.code,
			...(issue.source !== undefined ? { source: issue.source } : {}),
			...(issue.target !== undefined ? { target: issue.target } : {}),
			params: issue.params,
			...(issue.sourceSpan ? { sourceSpan: issue.sourceSpan } : {}),
			...(issue.targetSpan ? { targetSpan: issue.targetSpan } : {})
		};
	});
	writeJson({ issues }, typeof values.out === 'string' ? values.out : undefined);
	return 0;
}
