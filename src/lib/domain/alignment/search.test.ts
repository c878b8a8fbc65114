import { describe, expect, it } from 'vitest';
import type { UnitFeatures } from './features.ts';
import { DEFAULT_PARAMS } from './model.ts';
import { search } from './search.ts';

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
