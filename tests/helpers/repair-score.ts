/**
 * Scores paragraph repair against a hand-made reading of a broken article: the articles in
 * tests/fixtures/repair (a .txt as it arrives broken, a .json with the units a reader makes).
 * Used by the repair tests and by `npx tsx bench/repair.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentKind } from '../../src/lib/domain/types.ts';
import {
	joinPieces,
	textToBlocks,
	type TextBlock
} from '../../src/lib/domain/segmentation/blocks.ts';
import { segmentBlocks } from '../../src/lib/domain/import/segment-document.ts';

export const REPAIR_FIXTURES = 'tests/fixtures/repair';

export type GoldUnit = [number[], SegmentKind];

export interface RepairArticle {
	name: string;
	heldOut: boolean;
	blocks: TextBlock[];
	gold: GoldUnit[];
}

/** Every broken article of the fixtures folder; held-out ones are named heldout-*. */
export function loadRepairArticles(dir = REPAIR_FIXTURES): RepairArticle[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const name = f.replace(/\.txt$/, '');
			const gold = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')).units as GoldUnit[];
			return {
				name,
				heldOut: name.startsWith('heldout-'),
				blocks: textToBlocks(readFileSync(join(dir, f), 'utf8')),
				gold
			};
		});
}

export interface RepairScore {
	/** Reader's paragraphs made exactly (same blocks joined, in the same text order). */
	paragraphs: number;
	goldParagraphs: number;
	/** Paragraphs the repair made. */
	madeParagraphs: number;
	/** Reader's paragraphs made with the right kind too. */
	kindsRight: number;
	/** Captions and credits (by the reading) given that kind. */
	captionsCreditsRight: number;
	captionsCredits: number;
	/** Blocks called caption or credit that the reading does not call so. */
	falseCaptionsCredits: number;
	/** Whether the paragraphs come in the reader's order. */
	orderRight: boolean;
	/** What went wrong, one line each, for a failing test's message. */
	errors: string[];
}

/** Repairs an article with every proposal accepted and compares it with the reading. */
export function scoreRepair(article: RepairArticle): RepairScore {
	const units = segmentBlocks(article.blocks, { repair: true });
	const made = new Map(units.map((u) => [u.joined.join(','), u]));
	const errors: string[] = [];
	let paragraphs = 0;
	let kindsRight = 0;
	let captionsCreditsRight = 0;
	let captionsCredits = 0;
	for (const [joined, kind] of article.gold) {
		const unit = made.get(joined.join(','));
		if (unit) paragraphs++;
		else errors.push(`missing [${joined}] ${kind}`);
		if (unit && unit.kind === kind) kindsRight++;
		else if (unit) errors.push(`[${joined}] is ${unit.kind}, not ${kind}`);
		if (kind === 'caption' || kind === 'credit') {
			captionsCredits++;
			if (unit?.kind === kind) captionsCreditsRight++;
		}
	}
	const goldKeys = new Map(article.gold.map(([j, k]) => [j.join(','), k]));
	let falseCaptionsCredits = 0;
	for (const u of units) {
		const key = u.joined.join(',');
		if (!goldKeys.has(key)) errors.push(`extra [${key}] ${u.kind}: ${u.text.slice(0, 24)}`);
		if ((u.kind === 'caption' || u.kind === 'credit') && goldKeys.get(key) !== u.kind)
			falseCaptionsCredits++;
	}
	const orderRight =
		units.map((u) => u.joined.join(',')).join('|') ===
		article.gold.map(([j]) => j.join(',')).join('|');
	if (!orderRight && paragraphs === article.gold.length) errors.push('paragraphs out of order');
	return {
		paragraphs,
		goldParagraphs: article.gold.length,
		madeParagraphs: units.length,
		kindsRight,
		captionsCreditsRight,
		captionsCredits,
		falseCaptionsCredits,
		orderRight,
		errors
	};
}

/**
 * The article laid out one paragraph per line (no blank lines), as many Chinese .txt files
 * are: blocks are cut differently, so paragraphs are compared by their text and kind.
 */
export function scoreRepairAsLines(article: RepairArticle): {
	right: number;
	total: number;
	errors: string[];
} {
	const gold = article.gold.map(
		([joined, kind]) =>
			`${joined.reduce((acc, b) => joinPieces(acc, article.blocks[b].text), '')}|${kind}`
	);
	const blocks = textToBlocks(article.blocks.map((b) => b.text).join('\n'));
	const made = segmentBlocks(blocks, { repair: true }).map((u) => `${u.text}|${u.kind}`);
	const want = new Set(gold);
	return {
		right: made.filter((u) => want.has(u)).length,
		total: gold.length,
		errors: made.filter((u) => !want.has(u)).map((u) => `unexpected ${u.slice(0, 40)}`)
	};
}

/**
 * The article as the reader repaired it, laid out cleanly (one block per paragraph): the
 * repair should find nothing to join and give every paragraph its kind.
 */
export function scoreCleanCopy(article: RepairArticle): {
	right: number;
	total: number;
	errors: string[];
} {
	const gold = article.gold.map(
		([joined, kind]) =>
			[joined.reduce((acc, b) => joinPieces(acc, article.blocks[b].text), ''), kind] as const
	);
	const units = segmentBlocks(textToBlocks(gold.map(([text]) => text).join('\n\n')), {
		repair: true
	});
	const errors = units
		.filter((u) => u.joined.length > 1 || u.kind !== gold[u.joined[0]]?.[1])
		.map((u) => `[${u.joined}] ${u.kind}: ${u.text.slice(0, 24)}`);
	return { right: gold.length - errors.length, total: gold.length, errors };
}
