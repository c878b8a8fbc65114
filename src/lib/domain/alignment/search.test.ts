import { describe, expect, it } from 'vitest';
import { seedParagraphs, testDictionary } from '../../../../tests/helpers/corpus.ts';
import { splitSentences } from '../segmentation/sentences.ts';
import { chineseFeatures, englishFeatures, englishNames, type UnitFeatures } from './features.ts';
import { DEFAULT_PARAMS, PARAGRAPH_PARAMS, type AlignParams } from './model.ts';
import { LEARN_OPTIONS, learnTable, withLearntKeys } from './realign.ts';
import { LlrRows, Scorer, search, searchGuided } from './search.ts';

/** A unit with no lexical items: only its length, one break and whether it ends a turn count. */
const unit = (length: number, turnEnd = 0): UnitFeatures => ({
	length,
	items: [],
	keys: new Set(),
	quotesOpened: 0,
	quotesClosed: 0,
	breaks: 1,
	turnEnd,
	terms: []
});
const shown = (zh: UnitFeatures[], en: UnitFeatures[], turnCost: number) =>
	search(zh, en, { ...DEFAULT_PARAMS, turnCost, realignBand: 0 })
		.map((b) => `[${b.zh}]:[${b.en}]`)
		.join(' ');

describe('turnCost', () => {
	const zh = [unit(40), unit(40)];

	it('keeps a bead from running on past an English unit that ends a turn of dialogue', () => {
		// By length alone the first 70 + 30 English characters go with the first Chinese unit.
		const en = [unit(70, 1), unit(30), unit(100)];
		expect(shown(zh, en, 0)).toBe('[0]:[0,1] [1]:[2]');
		expect(shown(zh, en, 4)).toBe('[0]:[0] [1]:[1,2]');
	});

	it('costs nothing when the turn ends with the bead', () => {
		const en = [unit(70), unit(30, 1), unit(100)];
		expect(shown(zh, en, 4)).toBe('[0]:[0,1] [1]:[2]');
	});

	it('counts the Chinese side too', () => {
		const en = [unit(100), unit(100)];
		expect(shown([unit(28, 1), unit(12), unit(40)], en, 0)).toBe('[0,1]:[0] [2]:[1]');
		expect(shown([unit(28, 1), unit(12), unit(40)], en, 4)).toBe('[0]:[0] [1,2]:[1]');
		expect(shown([unit(28), unit(12, 1), unit(40)], en, 4)).toBe('[0,1]:[0] [2]:[1]');
	});
});

const dictionary = testDictionary();

/** Thresholds low enough that the seed article's first pass teaches something. */
const LEARN_LOOSE = {
	...LEARN_OPTIONS,
	minCount: 2,
	minExpected: 0.5,
	minProbability: 0.1,
	minDice: 0.1
};

function scorer(zh: string[], en: string[], params: AlignParams): Scorer {
	const enFeatures = englishFeatures(en);
	const zhFeatures = chineseFeatures(zh, dictionary, [], englishNames(enFeatures));
	return new Scorer(zhFeatures, enFeatures, params);
}

/** A band of half-width `width` around the diagonal, as the search's bands are: monotone. */
function diagonalBand(nz: number, ne: number, width: number) {
	const lo = new Int32Array(nz + 1);
	const hi = new Int32Array(nz + 1);
	for (let i = 0; i <= nz; i++) {
		const centre = (i * ne) / nz;
		lo[i] = Math.max(0, Math.floor(centre - width));
		hi[i] = Math.min(ne, Math.ceil(centre + width));
	}
	lo[0] = 0;
	hi[nz] = ne;
	return { lo, hi };
}

/**
 * Every bead the search could score, row by row as fillCosts asks (shapes in a shuffled order,
 * each asked twice): the cached ratio must be Scorer.llr's number exactly, or the search would
 * not find the same path.
 */
function expectSameRatios(s: Scorer, lo: Int32Array, hi: Int32Array): number {
	const rows = new LlrRows(s, lo, hi);
	const order = [...s.shapeZh.keys()].sort((x, y) => ((x * 7) % 5) - ((y * 7) % 5));
	let checked = 0;
	for (let i = 0; i < lo.length; i++) {
		rows.startRow(i);
		for (let j = lo[i]; j <= hi[i]; j++) {
			for (const repeat of [0, 1]) {
				for (const t of order) {
					const a = s.shapeZh[t];
					const b = s.shapeEn[t];
					if (!a || !b || i - a < 0 || j - b < 0) continue;
					if (j - b < lo[i - a] || j - b > hi[i - a]) continue;
					const cached = rows.llr(i, a, j, b);
					const direct = s.llr(i - a, i, j - b, j);
					if (!Object.is(cached, direct)) {
						throw new Error(`bead ${a}-${b} at ${i},${j}: ${cached} ≠ ${direct} (ask ${repeat})`);
					}
					checked++;
				}
			}
		}
	}
	return checked;
}

describe('LlrRows (the search’s row caches of lexical ratios)', { timeout: 60_000 }, () => {
	const seed = seedParagraphs();

	it('gives Scorer.llr’s numbers for paragraphs (long units), in a narrow band and in full', () => {
		const s = scorer(seed.zh, seed.en, PARAGRAPH_PARAMS);
		const band = diagonalBand(seed.zh.length, seed.en.length, 2);
		expect(expectSameRatios(s, band.lo, band.hi)).toBeGreaterThan(500);
		const full = {
			lo: new Int32Array(seed.zh.length + 1),
			hi: new Int32Array(seed.zh.length + 1).fill(seed.en.length)
		};
		expect(expectSameRatios(s, full.lo, full.hi)).toBeGreaterThan(5000);
	});

	it('gives Scorer.llr’s numbers for sentences, with every sentence shape (up to 3-3 and 1-6)', () => {
		const zh = seed.zh.flatMap((p) => splitSentences(p, 'zh'));
		const en = seed.en.flatMap((p) => splitSentences(p, 'en'));
		const s = scorer(zh, en, DEFAULT_PARAMS);
		const band = diagonalBand(zh.length, en.length, 4);
		expect(expectSameRatios(s, band.lo, band.hi)).toBeGreaterThan(5000);
	});

	it('gives Scorer.llr’s numbers with the Chinese side off (zhWeight 0)', () => {
		const s = scorer(seed.zh.slice(0, 12), seed.en.slice(0, 12), {
			...DEFAULT_PARAMS,
			zhWeight: 0
		});
		const band = diagonalBand(12, 12, 3);
		expect(expectSameRatios(s, band.lo, band.hi)).toBeGreaterThan(100);
	});
});

/**
 * A second pass's scorer patched onto the first's (only the units whose learnt keys change
 * their terms are modelled again) must score every bead as a scorer built afresh does.
 */
function expectPatchedSame(zh: string[], en: string[], table: Map<string, string[]>) {
	const enFeatures = englishFeatures(en);
	const zhFeatures = chineseFeatures(zh, dictionary, [], englishNames(enFeatures));
	const first = new Scorer(zhFeatures, enFeatures, DEFAULT_PARAMS);
	// Fill the first scorer's caches, as the first search does.
	const band = diagonalBand(zh.length, en.length, 3);
	expectSameRatios(first, band.lo, band.hi);
	const learnt = withLearntKeys(zhFeatures, table);
	const changed = learnt.filter((u, i) => u !== zhFeatures[i]).length;
	expect(changed).toBeGreaterThan(0);
	expect(changed).toBeLessThan(zh.length);
	const patched = new Scorer(learnt, enFeatures, DEFAULT_PARAMS, {}, first);
	const fresh = new Scorer(learnt, enFeatures, DEFAULT_PARAMS);
	let differs = 0;
	for (let i = 1; i <= zh.length; i++) {
		for (let j = Math.max(1, band.lo[i]); j <= band.hi[i]; j++) {
			for (let t = 0; t < fresh.shapeZh.length; t++) {
				const a = fresh.shapeZh[t];
				const b = fresh.shapeEn[t];
				if (!a || !b || i - a < 0 || j - b < 0) continue;
				const want = fresh.llr(i - a, i, j - b, j);
				const got = patched.llr(i - a, i, j - b, j);
				if (!Object.is(got, want)) throw new Error(`bead ${a}-${b} at ${i},${j}: ${got} ≠ ${want}`);
				if (want !== first.llr(i - a, i, j - b, j)) differs++;
			}
		}
	}
	// The learnt keys did change some beads' ratios (else the test would prove nothing).
	expect(differs).toBeGreaterThan(0);
	expect(expectSameRatios(patched, band.lo, band.hi)).toBeGreaterThan(0);
}

describe('a second pass’s scorer patched onto the first (Scorer with a previous one)', () => {
	const seed = seedParagraphs();
	const zh = seed.zh.flatMap((p) => splitSentences(p, 'zh'));
	const en = seed.en.flatMap((p) => splitSentences(p, 'en'));

	it('scores every bead as a scorer built afresh, with a table learnt by the first search', () => {
		const enFeatures = englishFeatures(en);
		const zhFeatures = chineseFeatures(zh, dictionary, [], englishNames(enFeatures));
		const first = searchGuided(zhFeatures, enFeatures, DEFAULT_PARAMS);
		const table = learnTable(zhFeatures, enFeatures, first.beads, first.matchedItems, {
			...LEARN_LOOSE
		});
		expect(table.size).toBeGreaterThan(0);
		expectPatchedSame(zh, en, table);
	});

	it('scores every bead as a scorer built afresh, with keys given to known and unknown words', () => {
		const enFeatures = englishFeatures(en);
		const zhFeatures = chineseFeatures(zh, dictionary, [], englishNames(enFeatures));
		// A word the dictionary knows (its item gains keys) and one it does not (a new item),
		// each given two English stems of the article.
		const term = (known: boolean) =>
			zhFeatures
				.flatMap((u) => u.terms.filter((_, k) => u.termItems![k] >= 0 === known))
				.find((t, k, all) => all.indexOf(t) !== all.lastIndexOf(t))!;
		const stems = [enFeatures[0].terms[0], enFeatures[5].terms[1], enFeatures[9].terms[0]];
		const table = new Map([
			[term(true), stems.slice(0, 2)],
			[term(false), stems.slice(1)]
		]);
		expect(table.size).toBe(2);
		expectPatchedSame(zh, en, table);
	});
});
