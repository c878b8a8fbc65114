import { describe, expect, it } from 'vitest';
import { testDictionary } from '../../../../tests/helpers/corpus.ts';
import { alignUnits } from './index.ts';
import { chineseFeatures, englishFeatures, englishNames } from './features.ts';
import { DEFAULT_PARAMS } from './model.ts';
import { learnTable, withLearntKeys } from './realign.ts';
import { searchGuided } from './search.ts';

const dictionary = testDictionary();

/**
 * A story where 韦小宝 is rendered "Trinket" (a name by sense, not by sound: neither the
 * dictionary nor the pinyin reading links them), in six of twelve sentences.
 */
const zh = [
	'韦小宝走进茶馆。',
	'茶馆里坐满了客人。',
	'韦小宝要了一壶茶。',
	'店小二笑着走开了。',
	'韦小宝听见有人说话。',
	'窗外下起了大雨。',
	'韦小宝站起来。',
	'他向门口走去。',
	'门口站着一个老人。',
	'韦小宝心里害怕。',
	'老人看了他一眼。',
	'韦小宝转身就跑。'
];
const en = [
	'Trinket walked into the teahouse.',
	'The teahouse was full of customers.',
	'Trinket asked for a pot of tea.',
	'The waiter smiled and walked off.',
	'Trinket heard someone talking.',
	'Outside the window it began to rain hard.',
	'Trinket got to his feet.',
	'He went towards the door.',
	'An old man was standing at the door.',
	'Trinket was afraid.',
	'The old man glanced at him.',
	'Trinket turned and ran.'
];

function firstPass() {
	const enFeatures = englishFeatures(en);
	const zhFeatures = chineseFeatures(zh, dictionary, [], englishNames(enFeatures));
	return { zhFeatures, enFeatures, first: searchGuided(zhFeatures, enFeatures, DEFAULT_PARAMS) };
}

describe('learnTable', () => {
	it('learns a name the dictionary does not give from the first pass', () => {
		const { zhFeatures, enFeatures, first } = firstPass();
		const table = learnTable(zhFeatures, enFeatures, first.beads, first.matchedItems);
		const learnt = ['韦', '小', '宝'].filter((c) => table.get(c)?.includes('trinket'));
		expect(learnt.length).toBeGreaterThan(0);
	});

	it('learns nothing the dictionary explains already (走进 → enter, 茶馆 → teahouse)', () => {
		const { zhFeatures, enFeatures, first } = firstPass();
		const table = learnTable(zhFeatures, enFeatures, first.beads, first.matchedItems);
		expect(table.get('茶馆')).toBeUndefined();
		expect(table.get('走进')).toBeUndefined();
		expect([...table.values()].flat()).not.toContain('teahous');
	});

	it('learns nothing from a pair seen together once', () => {
		const { zhFeatures, enFeatures, first } = firstPass();
		const one = first.beads.filter((b) => b.zh[0] < 2);
		expect(learnTable(zhFeatures, enFeatures, one, first.matchedItems).size).toBe(0);
	});
});

describe('withLearntKeys', () => {
	it('adds the learnt keys to the word’s item, or an item for a word without one', () => {
		const [unit] = chineseFeatures(['韦小宝走进茶馆。'], dictionary);
		const [learnt] = withLearntKeys(
			[unit],
			new Map([
				['宝', ['trinket']],
				['茶馆', ['tavern']]
			])
		);
		const at = unit.termItems![unit.terms.indexOf('宝')];
		expect(learnt.items[at]).toEqual([...unit.items[at], 'trinket']);
		expect(learnt.items[unit.termItems![unit.terms.indexOf('茶馆')]]).toContain('tavern');
		expect(learnt.items).toHaveLength(unit.items.length);
		// The first pass's features are not touched.
		expect(unit.items[at]).not.toContain('trinket');

		const noItem = { ...unit, termItems: unit.termItems!.map(() => -1) };
		const [added] = withLearntKeys([noItem], new Map([['宝', ['trinket']]]));
		expect(added.items).toHaveLength(unit.items.length + 1);
		expect(added.items.at(-1)).toEqual(['trinket']);
	});

	it('returns units without learnt words as they are', () => {
		const units = chineseFeatures(['窗外下起了大雨。'], dictionary);
		expect(withLearntKeys(units, new Map([['宝', ['trinket']]]))[0]).toBe(units[0]);
	});
});

describe('the second pass', () => {
	it('is surer of the sentences the learnt name links', () => {
		const { zhFeatures, enFeatures, first } = firstPass();
		const table = learnTable(zhFeatures, enFeatures, first.beads, first.matchedItems);
		const path = first.beads.map((b) => [b.zh.at(-1)!, b.en.at(-1)!] as [number, number]);
		const second = searchGuided(
			withLearntKeys(zhFeatures, table),
			enFeatures,
			DEFAULT_PARAMS,
			undefined,
			{},
			{ anchors: first.anchors, path, band: 3 }
		);
		expect(second.beads.map((b) => `${b.zh}:${b.en}`)).toEqual(zh.map((_, k) => `${k}:${k}`));
		// 韦小宝心里害怕 / Trinket was afraid: the name adds to the evidence of the pair.
		expect(second.beads[9].margin).toBeGreaterThan(first.beads[9].margin + 1);
	});

	it('keeps alignUnits covering every unit once, in order', () => {
		const { beads } = alignUnits(zh, en, { dictionary });
		expect(beads.map((b) => `${b.zh}:${b.en}`)).toEqual(zh.map((_, k) => `${k}:${k}`));
	});
});
