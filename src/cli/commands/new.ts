/**
 * duiyi new ZH [EN] [--glossary FILE] [--name NAME] --out PROJECT.json
 *
 * Makes a project file as the app's import does: the Chinese document (.txt/.md/.docx/.html)
 * segmented into paragraphs with repairs applied and kinds inferred; an English draft, when
 * given, segmented the same way and aligned onto the paragraphs (targets become drafts); a
 * glossary (CSV/TSV/TBX) attached as the project's own. Prints a one-line JSON summary; the
 * draft paragraphs the alignment links to no Chinese paragraph are named on stderr (they stay in
 * the project's draft, for linking by hand), so no English is dropped without a word.
 */
import { basename } from 'node:path';
import { alignUnits, cutParagraphs, glossaryPairs } from '../../lib/domain/alignment/index.ts';
import { planAcceptSplitting, type SplitTask } from '../../lib/domain/alignment-edit/accept.ts';
import { projectFromParagraphs } from '../../lib/domain/formats/project/from-texts.ts';
import { serializeProjectFile } from '../../lib/domain/formats/project/project-file.ts';
import { languagePairIssue } from '../../lib/domain/formats/languages.ts';
import { parseGlossaryFile } from '../../lib/domain/glossary/index.ts';
import type { ImportedParagraph } from '../../lib/domain/import/segment-document.ts';
import { newId } from '../../lib/domain/ids.ts';
import type { TermEntry } from '../../lib/domain/types.ts';
import { readDictionary } from '../dictionary.ts';
import { CliError, parseArgs, readBytes, writeJson, writeOutput } from '../io.ts';
import { readDocument } from '../document.ts';
import { readDraft } from '../../lib/domain/text/draft.ts';

export const summary =
	'Makes a project file from a Chinese document, an optional English draft (aligned) and a glossary.';
export const usage = 'new ZH [EN] [--glossary FILE] [--name NAME] --out PROJECT.json';

function paragraphs(file: string): {
	units: ImportedParagraph[];
	text: string;
	blocks: string[];
} {
	const { document, paragraphs: units } = readDocument(file, { repair: true });
	if (!units.length) throw new CliError(`cannot read ${file}: it holds no text`, 2);
	const blocks = document.blocks.map((b) => b.text);
	return { units, text: blocks.join('\n\n'), blocks };
}

function glossaryEntries(file: string): TermEntry[] {
	const parsed = parseGlossaryFile(readBytes(file), file);
	if (!parsed.value) {
		throw new CliError(`cannot read ${file}: ${parsed.issues[0]?.message ?? 'not a glossary'}`, 2);
	}
	const wrong = languagePairIssue({ languages: parsed.value.languages });
	if (wrong) throw new CliError(`cannot use ${file}: ${wrong.message}`);
	return parsed.value.entries;
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		glossary: { type: 'string' },
		name: { type: 'string' },
		out: { type: 'string' }
	});
	if (positionals.length < 1 || positionals.length > 2) throw new CliError(`usage: duiyi ${usage}`);
	const [zhFile, enFile] = positionals;
	const now = Date.now();
	const zh = paragraphs(zhFile);
	const entries = typeof values.glossary === 'string' ? glossaryEntries(values.glossary) : [];
	const name =
		typeof values.name === 'string'
			? values.name
			: (zh.units.find((u) => u.kind === 'title')?.text ?? basename(zhFile)).slice(0, 120);
	const targets: string[] = zh.units.map(() => '');
	const scores: (number | undefined)[] = zh.units.map(() => undefined);
	const together: (number | undefined)[] = zh.units.map(() => undefined);
	let draft: Parameters<typeof projectFromParagraphs>[1]['draft'];
	let unlinked: number[] = [];
	if (enFile) {
		// The draft as the alignment page reads it: its paragraphs as the client sent them, not
		// repaired as a Chinese page is (that joined an English byline without a full stop to the
		// paragraph after it); their kinds are guessed by the aligner, as in the app.
		const en = readDraft(readBytes(enFile), enFile);
		if (!en.ok) throw new CliError(`cannot read ${enFile}: ${en.issue.message}`, 2);
		const enTexts = en.paragraphs;
		if (!enTexts.length) throw new CliError(`cannot read ${enFile}: it holds no text`, 2);
		const dictionary = readDictionary();
		// Paragraphs the repair joined across captions set inside them, for a draft translated
		// from the page as printed (alignment/layout.ts).
		const cuts = cutParagraphs(zh.units, (b) => zh.blocks[b]);
		const { beads } = alignUnits(
			zh.units.map((u) => u.text),
			enTexts,
			{
				dictionary,
				glossary: glossaryPairs(entries),
				level: 'paragraph',
				kinds: { zh: zh.units.map((u) => u.kind) },
				cuts
			}
		);
		// As accepting in the app: links of several Chinese paragraphs split at sentence level,
		// or marked translated together.
		const segments = zh.units.map((u, i) => ({
			id: String(i),
			source: u.text,
			target: '',
			locked: false,
			kind: u.kind
		}));
		const split = (t: SplitTask) =>
			alignUnits(t.zh, t.en, { dictionary, level: 'sentence', kinds: t.kinds }).beads;
		const plan = planAcceptSplitting(segments, beads, enTexts, split, cuts);
		unlinked = plan.unlinked;
		for (const item of plan.items) {
			const i = Number(item.segmentId);
			targets[i] = item.target;
			scores[i] = item.score;
			if (item.translatedWith !== undefined) together[i] = Number(item.translatedWith);
		}
		draft = {
			name: basename(enFile),
			text: en.text,
			paragraphs: enTexts,
			beads
		};
	}
	const file = projectFromParagraphs(
		zh.units.map((u, i) => ({
			source: u.text,
			kind: u.kind,
			target: targets[i],
			status: targets[i] || together[i] !== undefined ? 'draft' : 'new',
			score: scores[i],
			joined: u.joined,
			translatedWith: together[i]
		})),
		{ name, newId, now, draft }
	);
	if (entries.length) {
		const glossaryId = newId();
		file.glossaries.push({
			id: glossaryId,
			name: basename(String(values.glossary)),
			sourceLang: 'zh-CN',
			targetLang: 'en',
			createdAt: now,
			updatedAt: now
		});
		file.project.glossaryIds = [glossaryId];
		file.termEntries = entries.map((e) => ({ ...e, glossaryIds: [glossaryId] }));
	}
	const out = typeof values.out === 'string' ? values.out : undefined;
	const json = serializeProjectFile(file);
	if (out) {
		writeOutput(json, out);
		writeJson({
			out,
			name,
			segments: file.segments.length,
			aligned: file.segments.filter((s) => s.target).length,
			joined: file.segments.filter((s) => s.joined).length,
			terms: file.termEntries.length
		});
	} else writeOutput(json);
	if (draft)
		for (const line of unlinkedLines(unlinked, draft.paragraphs)) process.stderr.write(`${line}\n`);
	return 0;
}

/**
 * The stderr lines naming the draft paragraphs accept linked to no Chinese paragraph (none when
 * every one is linked): their English is in no target, only in the project's draft.
 *
 * @example
 * unlinkedLines([2], ['A.', 'B.', 'Translator’s note.'])
 * // ['1 draft paragraph linked to no Chinese paragraph (kept in the project\'s draft, not in any target): ¶3', '  ¶3 Translator’s note.']
 */
export function unlinkedLines(
	unlinked: readonly number[],
	paragraphs: readonly string[]
): string[] {
	if (!unlinked.length) return [];
	const n = unlinked.length;
	const lines = [
		`${n} draft paragraph${n === 1 ? '' : 's'} linked to no Chinese paragraph (kept in the project's draft, not in any target): ${unlinked
			.map((i) => `¶${i + 1}`)
			.join(', ')}`
	];
	for (const i of unlinked.slice(0, 20)) lines.push(`  ¶${i + 1} ${excerpt(paragraphs[i] ?? '')}`);
	if (n > 20) lines.push(`  … and ${n - 20} more`);
	return lines;
}

const excerpt = (text: string) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};
