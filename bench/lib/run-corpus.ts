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
 * The seed article as QA units: each Chinese paragraph with the English its paragraph-level
 * alignment gives (a paragraph of a many-to-one bead without English stays a draft).
 */
export function seedQaUnits(): QaUnit[] {
	const zh = seedParagraphs();
	const en = paragraphsOf(join(SEED_DIR, 'en.txt'));
	const units: QaUnit[] = zh.map((source) => ({ source, target: '', status: 'draft' }));
	for (const bead of alignParagraphs(zh, en).beads) {
		if (bead.zh.length === 0) continue;
		const target = bead.en.map((i) => en[i]).join(' ');
		if (target) units[bead.zh[0]] = { source: zh[bead.zh[0]], target, status: 'translated' };
	}
	return units;
}

/** The 5,000-paragraph document with the seed's English repeated alongside. */
export function bigQaUnits(count = BIG_PARAGRAPHS): QaUnit[] {
	const seed = seedQaUnits();
	return Array.from({ length: count }, (_, i) => seed[i % seed.length]);
}
