/**
 * Reading the genre articles of corpus/ (corpus/README.md): the broken zh.txt blocks, the human
 * reading (reading.json), the English reference, drafts with their gold beads and the numbers
 * table. Node only (bench and tests); independent of src/, so the corpus can be checked on its
 * own and the bench measures the app against files it did not produce.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = ['title', 'subtitle', 'heading', 'body', 'caption', 'credit'] as const;
export type GoldKind = (typeof KINDS)[number];

export const NUMBER_KINDS = [
	'exact',
	'approx',
	'at_least',
	'at_most',
	'more_than',
	'less_than',
	'range',
	'year',
	'date',
	'month_range',
	'percent',
	'rank',
	'ordinal'
] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** Kinds whose numbers are labels (years, dates, positions): no magnitude errors for them. */
export const LABEL_KINDS: readonly NumberKind[] = [
	'year',
	'date',
	'month_range',
	'range',
	'rank',
	'ordinal'
];

export interface GoldParagraph {
	kind: GoldKind;
	text: string;
	/** zh.txt blocks (0-based) the paragraph is made of, in reading order. */
	blocks: number[];
}

export interface GoldBead {
	zh: number[];
	en: number[];
}

export interface NumberRow {
	paragraph: number;
	zh: string;
	value: string;
	unit: string;
	kind: NumberKind;
	en: string;
}

export interface Draft {
	name: string;
	paragraphs: string[];
	gold: GoldBead[];
}

export interface Article {
	slug: string;
	dir: string;
	zhText: string;
	blocks: string[];
	reading: GoldParagraph[];
	en: string[];
	drafts: Draft[];
	numbers: NumberRow[];
	hasDocx: boolean;
}

const BLANK = /^[\s\u3000]*$/u;

function units(text: string, joiner: string): string[] {
	const out: string[] = [];
	let block: string[] = [];
	for (const line of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
		if (BLANK.test(line)) {
			if (block.length) out.push(block.join(joiner));
			block = [];
		} else block.push(line.trim());
	}
	if (block.length) out.push(block.join(joiner));
	return out;
}

/** Blocks of a Chinese text: runs of non-blank lines, lines joined with nothing between. */
export function readBlocks(text: string): string[] {
	return units(text, '');
}

/** Paragraphs of an English text: runs of non-blank lines, lines joined with a space. */
export function readParagraphs(text: string): string[] {
	return units(text, ' ');
}

/** MAC bead lines (`[3,4]:[5]`, `[7]:[]`) as beads; throws on a line that is not one. */
export function parseAlign(text: string): GoldBead[] {
	const ids = (s: string) => (s.trim() === '' ? [] : s.split(',').map((x) => Number(x.trim())));
	return text
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '')
		.map((line, i) => {
			const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/.exec(line);
			if (!m) throw new Error(`line ${i + 1} is not a bead: ${line}`);
			return { zh: ids(m[1]), en: ids(m[2]) };
		});
}

/** numbers.tsv rows; throws on a row without six columns or with an unknown kind. */
export function parseNumbers(text: string): NumberRow[] {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	const header = lines.shift()?.split('\t') ?? [];
	const expected = ['paragraph', 'zh', 'value', 'unit', 'kind', 'en'];
	if (header.join() !== expected.join()) throw new Error(`numbers.tsv header is not ${expected}`);
	return lines.map((line, i) => {
		const cols = line.split('\t');
		if (cols.length !== 6) throw new Error(`numbers.tsv row ${i + 2} has ${cols.length} columns`);
		const [paragraph, zh, value, unit, kind, en] = cols;
		if (!(NUMBER_KINDS as readonly string[]).includes(kind)) {
			throw new Error(`numbers.tsv row ${i + 2}: unknown kind ${kind}`);
		}
		return { paragraph: Number(paragraph), zh, value, unit, kind: kind as NumberKind, en };
	});
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** Every article folder of corpus/ that has a human reading, in name order. */
export function loadArticles(corpusDir: string): Article[] {
	return readdirSync(corpusDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(corpusDir, d.name, 'reading.json')))
		.map((d) => d.name)
		.sort()
		.map((slug) => loadArticle(join(corpusDir, slug), slug));
}

export function loadArticle(dir: string, slug: string): Article {
	const zhText = read(dir, 'zh.txt');
	const drafts = readdirSync(dir)
		.filter((f) => /^draft-[\w-]+\.txt$/.test(f))
		.sort()
		.map((f) => {
			const name = f.replace(/\.txt$/, '');
			return {
				name,
				paragraphs: readParagraphs(read(dir, f)),
				gold: parseAlign(read(dir, `${name}.align`))
			};
		});
	return {
		slug,
		dir,
		zhText,
		blocks: readBlocks(zhText),
		reading: JSON.parse(read(dir, 'reading.json')) as GoldParagraph[],
		en: readParagraphs(read(dir, 'en.txt')),
		drafts,
		numbers: existsSync(join(dir, 'numbers.tsv')) ? parseNumbers(read(dir, 'numbers.tsv')) : [],
		hasDocx: existsSync(join(dir, 'zh.docx'))
	};
}
