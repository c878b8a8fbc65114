/**
 * The bench's documents: the seed article's paragraphs, the 5,000-paragraph document built by
 * repeating them (as the glossary domain's `repeatParagraphs` does), and a matching English
 * target from the paragraph alignment of the seed with our translation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repeatParagraphs } from '../../src/lib/domain/glossary/index.ts';
import { alignParagraphs } from '../../src/lib/domain/alignment/index.ts';
import type { QaUnit } from '../../src/lib/domain/qa/index.ts';
import { importDocument } from '../../src/lib/domain/import/index.ts';
import { segmentBlocks } from '../../src/lib/domain/import/segment-document.ts';
import { repairBlocks } from '../../src/lib/domain/segmentation/repair.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_DIR = join(ROOT, 'corpus', 'yichun-etdz-2023');
export const BIG_PARAGRAPHS = 5000;

/** Non-empty lines of a text file, trimmed: the paragraphs of the corpus files. */
export function paragraphsOf(file: string): string[] {
	return readFileSync(file, 'utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
}

export function seedParagraphs(): string[] {
	return paragraphsOf(join(SEED_DIR, 'zh.txt'));
}

/** The generated 5,000-paragraph Chinese document. */
export function bigDocument(count = BIG_PARAGRAPHS): string[] {
	return repeatParagraphs(seedParagraphs(), count);
}

/**
 * The seed article's paragraphs as the app makes them on import (blocks of zh.txt with the
 * proposed repairs accepted): the units `corpus/yichun-etdz-2023/en.txt` translates one to one.
 */
export function repairedSeedParagraphs(): string[] {
	const doc = importDocument(
		new Uint8Array(readFileSync(join(SEED_DIR, 'zh.txt'))),
		'zh.txt'
	).value;
	if (!doc) return seedParagraphs();
	return segmentBlocks(doc.blocks, { repair: true, decisions: {} }, repairBlocks(doc.blocks)).map(
		(u) => u.text
	);
}

/**
 * The seed article as QA units, each confirmed: the repaired paragraphs with en.txt line by
 * line when the counts agree (they do: 28 and 28); otherwise the raw paragraphs with the English
 * their paragraph-level alignment gives (a paragraph without English stays a draft).
 */
export function seedQaUnits(): QaUnit[] {
	const en = paragraphsOf(join(SEED_DIR, 'en.txt'));
	const repaired = repairedSeedParagraphs();
	if (repaired.length === en.length) {
		return repaired.map((source, i) => ({ source, target: en[i], status: 'translated' }));
	}
	const zh = seedParagraphs();
	const units: QaUnit[] = zh.map((source) => ({ source, target: '', status: 'draft' }));
	for (const bead of alignParagraphs(zh, en).beads) {
		if (bead.zh.length === 0) continue;
		const target = bead.en.map((i) => en[i]).join(' ');
		if (target) units[bead.zh[0]] = { source: zh[bead.zh[0]], target, status: 'translated' };
	}
	return units;
}

/** 5,000 QA units: the seed's units repeated, as the 5,000-paragraph document is. */
export function bigQaUnits(count = BIG_PARAGRAPHS): QaUnit[] {
	const seed = seedQaUnits();
	return Array.from({ length: count }, (_, i) => seed[i % seed.length]);
}
