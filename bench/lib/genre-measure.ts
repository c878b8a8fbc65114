/**
 * The three measures of the genre bench, each through the app's own public domain entry points:
 *
 * - repair: `importDocument` + `segmentBlocks(…, { repair: true })` (what `duiyi segment
 *   --repair` prints and the import screen proposes), against reading.json;
 * - alignment: `alignUnits(…, { level: 'paragraph', kinds })` (the alignment page's worker,
 *   which passes the kinds of the project's paragraphs, and `duiyi align`) of the gold Chinese
 *   paragraphs, with their gold kinds, against each draft's .align;
 * - numbers: `runChecks` (the QA panel and `duiyi qa`) on gold Chinese + reference English:
 *   every number finding there is a false alarm; then one injected error at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	alignUnits,
	cutParagraphs,
	type GlossaryPair
} from '../../src/lib/domain/alignment/index.ts';
import type { Dictionary } from '../../src/lib/domain/dictionary/index.ts';
import { parseGlossaryFile } from '../../src/lib/domain/glossary/index.ts';
import { importDocument } from '../../src/lib/domain/import/index.ts';
import { segmentBlocks } from '../../src/lib/domain/import/segment-document.ts';
import {
	checkNumbers,
	numberContexts,
	runChecks,
	type QaSegment
} from '../../src/lib/domain/qa/index.ts';
import {
	LABEL_KINDS,
	type Article,
	type GoldBead,
	type GoldKind,
	type GoldParagraph,
	type NumberKind
} from './genre-corpus.ts';
import { findPhrase, phraseErrors, type InjectionKind } from '../../tests/helpers/number-errors.ts';

// ---------------------------------------------------------------- repair

export interface RepairResult {
	file: string;
	/** Why the file could not be measured (blocks of the app's import ≠ the zh.txt blocks). */
	error?: string;
	paragraphs: number;
	exact: number;
	/** Gold captions and credits whose paragraph the app produced with the same kind. */
	captionCredit: number;
	captionCreditTotal: number;
	/** Kind right among the paragraphs reproduced exactly. */
	kindsRight: number;
	/** The whole document as the reading: same paragraphs, same order. */
	sameOrder: boolean;
	wrongParagraphs: { gold: number[]; kind: GoldKind; app: number[][] }[];
	wrongKinds: { blocks: number[]; gold: GoldKind; app: string }[];
	/** Paragraphs the app called caption or credit that the reading does not. */
	falseCaptionCredit: { blocks: number[]; app: string; gold: string }[];
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Maps each of the app's blocks to the zh.txt block it was read from: the same texts in the same
 * order, where the app may read one file block as several (a lone "【链接】" line above the
 * sidebar's text, a table's header row); a paragraph made of part of a file block then has that
 * block's index but not its text, so it counts as wrong. Anything else is an error.
 */
function blockMap(appBlocks: string[], blocks: string[]): number[] | string {
	const map: number[] = [];
	let file = 0;
	let rest = blocks.length ? squash(blocks[0]) : '';
	for (let i = 0; i < appBlocks.length; i++) {
		const text = squash(appBlocks[i]);
		if (file >= blocks.length || !rest.startsWith(text) || text === '') {
			return `the app's block ${i} is not the next part of zh.txt block ${file}: ${appBlocks[i].slice(0, 30)}`;
		}
		map.push(file);
		rest = rest.slice(text.length);
		if (rest === '') {
			file++;
			rest = file < blocks.length ? squash(blocks[file]) : '';
		}
	}
	return file === blocks.length
		? map
		: `the app reads ${appBlocks.length} blocks, ending inside zh.txt block ${file} of ${blocks.length}`;
}

export function measureRepair(article: Article, file: 'zh.txt' | 'zh.docx'): RepairResult {
	const gold = article.reading;
	const result: RepairResult = {
		file,
		paragraphs: gold.length,
		exact: 0,
		captionCredit: 0,
		captionCreditTotal: gold.filter((p) => p.kind === 'caption' || p.kind === 'credit').length,
		kindsRight: 0,
		sameOrder: false,
		wrongParagraphs: [],
		wrongKinds: [],
		falseCaptionCredit: []
	};
	const bytes = new Uint8Array(readFileSync(join(article.dir, file)));
	const imported = importDocument(bytes, file);
	if (!imported.value) {
		return { ...result, error: imported.issues[0]?.message ?? 'not imported' };
	}
	const map = blockMap(
		imported.value.blocks.map((b) => b.text),
		article.blocks
	);
	if (typeof map === 'string') return { ...result, error: map };
	const units = segmentBlocks(imported.value.blocks, { repair: true }).map((u) => ({
		...u,
		blocks: [...new Set(u.joined.map((j) => map[j]))]
	}));
	const key = (blocks: number[]) => blocks.join(',');
	const byBlocks = new Map(units.map((u) => [key(u.blocks), u]));
	for (const p of gold) {
		const unit = byBlocks.get(key(p.blocks));
		const exact = unit !== undefined && squash(unit.text) === squash(p.text);
		if (exact) result.exact++;
		else {
			result.wrongParagraphs.push({
				gold: p.blocks,
				kind: p.kind,
				app: units.filter((u) => u.blocks.some((b) => p.blocks.includes(b))).map((u) => u.blocks)
			});
		}
		if (unit && unit.kind === p.kind) {
			if (exact) result.kindsRight++;
			if (p.kind === 'caption' || p.kind === 'credit') result.captionCredit++;
		} else if (unit) {
			result.wrongKinds.push({ blocks: p.blocks, gold: p.kind, app: unit.kind });
		} else if (p.kind === 'caption' || p.kind === 'credit') {
			result.wrongKinds.push({ blocks: p.blocks, gold: p.kind, app: 'not a paragraph of its own' });
		}
	}
	for (const u of units) {
		if (u.kind !== 'caption' && u.kind !== 'credit') continue;
		const g = gold.find((p) => key(p.blocks) === key(u.blocks));
		if (g?.kind !== u.kind) {
			result.falseCaptionCredit.push({ blocks: u.blocks, app: u.kind, gold: g?.kind ?? '—' });
		}
	}
	result.sameOrder =
		units.length === gold.length && units.every((u, i) => key(u.blocks) === key(gold[i].blocks));
	return result;
}

// ---------------------------------------------------------------- alignment

export interface AlignResult {
	draft: string;
	beads: number;
	right: number;
	wrong: { gold: string; app: string }[];
}

const beadText = (b: GoldBead) => `[${b.zh.join(',')}]:[${b.en.join(',')}]`;

/** Glossary pairs of the article's glossary.csv (as `duiyi align --glossary` reads them). */
export function articleGlossary(article: Article): GlossaryPair[] {
	const file = join(article.dir, 'glossary.csv');
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(readFileSync(file));
	} catch {
		return [];
	}
	const parsed = parseGlossaryFile(bytes, file);
	const pairs: GlossaryPair[] = [];
	for (const entry of parsed.value?.entries ?? []) {
		const en = entry.terms.filter((t) => /^en\b/i.test(t.lang)).map((t) => t.text);
		for (const term of entry.terms) {
			if (/^zh\b/i.test(term.lang) && term.text && en.length) pairs.push({ zh: term.text, en });
		}
	}
	return pairs;
}

export function measureAlignment(
	reading: GoldParagraph[],
	draft: { name: string; paragraphs: string[]; gold: GoldBead[] },
	dictionary: Dictionary,
	glossary: GlossaryPair[],
	blocks?: readonly string[]
): AlignResult {
	const zh = reading.map((p) => p.text);
	const kinds = { zh: reading.map((p) => p.kind) };
	// The paragraphs joined across captions, as the import's repair stores them (the blocks of
	// each paragraph): gold here, as the paragraphs and kinds are.
	const cuts = blocks
		? cutParagraphs(
				reading.map((p) => ({ text: p.text, kind: p.kind, joined: p.blocks })),
				(b) => blocks[b]
			)
		: [];
	const { beads } = alignUnits(zh, draft.paragraphs, {
		dictionary,
		glossary,
		level: 'paragraph',
		kinds,
		cuts
	});
	const predicted = new Set(beads.map(beadText));
	const wrong: AlignResult['wrong'] = [];
	for (const g of draft.gold) {
		if (predicted.has(beadText(g))) continue;
		// What the app made of the same paragraphs: every predicted bead touching them.
		const app = beads.filter(
			(b) => b.zh.some((i) => g.zh.includes(i)) || b.en.some((i) => g.en.includes(i))
		);
		wrong.push({ gold: beadText(g), app: app.map(beadText).join(' ') });
	}
	return {
		draft: draft.name,
		beads: draft.gold.length,
		right: draft.gold.length - wrong.length,
		wrong
	};
}

// ---------------------------------------------------------------- numbers

export interface NumberFinding {
	paragraph: number;
	code: string;
	source?: string;
	target?: string;
}

export interface InjectedResult {
	paragraph: number;
	kind: NumberKind;
	zh: string;
	en: string;
	type: InjectionKind;
	mutated: string;
	caught: boolean;
}

export interface NumbersResult {
	falseAlarms: NumberFinding[];
	injected: InjectedResult[];
}

function numberFindings(units: QaSegment[]): NumberFinding[] {
	return runChecks(units)
		.filter((i) => i.check === 'number')
		.map((i) => ({
			paragraph: i.unit,
			code: i.code,
			...(i.source !== undefined ? { source: i.source } : {}),
			...(i.target !== undefined ? { target: i.target } : {})
		}));
}

const findingKey = (f: NumberFinding) => `${f.code}|${f.source ?? ''}|${f.target ?? ''}`;

export function measureNumbers(article: Article): NumbersResult {
	const units: QaSegment[] = article.reading.map((p, i) => ({
		source: p.text,
		target: article.en[i] ?? ''
	}));
	const falseAlarms = numberFindings(units);
	const injected: InjectedResult[] = [];
	// The number check reads one paragraph, with what the paragraphs before it say about it (the
	// unit of a table whose row it is), as runChecks gives it over the document.
	const findingsAt = (paragraph: number, target: string): NumberFinding[] => {
		const source = units[paragraph].source;
		const context = numberContexts(
			units.slice(0, paragraph + 1).map((u, i) => (i === paragraph ? { source, target } : u))
		)[paragraph];
		return checkNumbers(source, target, context).map((f) => ({
			paragraph,
			code: f.code,
			...(f.source !== undefined ? { source: f.source } : {}),
			...(f.target !== undefined ? { target: f.target } : {})
		}));
	};
	for (const row of article.numbers) {
		const unit = units[row.paragraph];
		// Its findings on the correct English are the baseline, so a pre-existing false alarm does
		// not count as a catch.
		const baseline = new Set(findingsAt(row.paragraph, unit.target).map(findingKey));
		const at = findPhrase(unit.target, row.en);
		if (at < 0) continue;
		for (const m of phraseErrors(row.en, { label: LABEL_KINDS.includes(row.kind) })) {
			const target = unit.target.slice(0, at) + m.to + unit.target.slice(at + row.en.length);
			const found = findingsAt(row.paragraph, target);
			injected.push({
				paragraph: row.paragraph,
				kind: row.kind,
				zh: row.zh,
				en: row.en,
				type: m.kind,
				mutated: m.to,
				caught: found.some((f) => !baseline.has(findingKey(f))) || found.length > baseline.size
			});
		}
	}
	return { falseAlarms, injected };
}
