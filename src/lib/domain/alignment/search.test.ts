import { describe, expect, it } from 'vitest';
import { seedParagraphs, testDictionary } from '../../../../tests/helpers/corpus.ts';
import { splitSentences } from '../segmentation/sentences.ts';
import { chineseFeatures, englishFeatures, englishNames } from './features.ts';
import { DEFAULT_PARAMS, PARAGRAPH_PARAMS, type AlignParams } from './model.ts';
import { LlrRows, Scorer } from './search.ts';

const dictionary = testDictionary();

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
