/**
 * Shared by the alignment tests: the bundled dictionary (through the CLI's one loader) and the
 * seed article. Tests only; reads files through node:fs.
 */
import { readFileSync } from 'node:fs';
import { readDictionary } from '../../src/cli/dictionary.ts';
import type { Dictionary } from '../../src/lib/domain/dictionary/index.ts';
import { splitItems } from '../../src/lib/domain/text/items.ts';

const root = new URL('../../', import.meta.url);

export function testDictionary(): Dictionary {
	return readDictionary();
}

export function readRepoText(path: string): string {
	return readFileSync(new URL(path, root), 'utf8');
}

export function seedParagraphs(): { zh: string[]; en: string[] } {
	return {
		zh: splitItems(readRepoText('corpus/yichun-etdz-2023/zh.txt'), 'paragraph'),
		en: splitItems(readRepoText('corpus/yichun-etdz-2023/en.txt'), 'paragraph')
	};
}

/** Blocks of the raw zh.txt each repaired paragraph (and so each English paragraph) is made of. */
export const SEED_JOINED = [
	[0],
	[1],
	[2],
	[3],
	[4],
	[5],
	[6],
	[7],
	[8],
	[9, 10, 11],
	[12],
	[13],
	[14],
	[15],
	[16, 17, 18],
	[19],
	[20],
	[22, 23],
	[24, 25],
	[26],
	[27],
	[28],
	[29],
	[30],
	[31],
	[32],
	[33],
	[34, 21]
];

export const showBeads = (beads: { zh: number[]; en: number[] }[]) =>
	beads.map((b) => `[${b.zh}]:[${b.en}]`).join(' ');
