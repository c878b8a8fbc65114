import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitItems } from '../text/items.ts';
import {
	fromStoredBeads,
	glossaryPairs,
	planAccept,
	splitGroup,
	splitTasks,
	toStoredBeads,
	type AlignSegment
} from './accept.ts';
import { pushHistory, redo, startHistory, undo } from './history.ts';

const root = new URL('../../../..', import.meta.url);
const en = splitItems(
	readFileSync(new URL('corpus/yichun-etdz-2023/en.txt', root), 'utf8'),
	'paragraph'
);
const seg = (id: string, source: string, target = '', locked = false): AlignSegment => ({
	id,
	source,
	target,
	locked
});

describe('planAccept', () => {
	const segments = [
		seg('a', '风华正茂勇争先'),
		seg('b', '解码宜春经开区高质量发展', 'Typed by hand'),
		seg('c', '日新月异宜春经开区', '', true),
		seg('d', '合并的第一段'),
		seg('e', '合并的第二段', 'kept'),
		seg('f', '漏译的一段')
	];
	const beads = [
		{ zh: [0], en: [0], score: 0.98 },
		{ zh: [1], en: [1], score: 0.7 },
		{ zh: [2], en: [2], score: 0.9 },
		{ zh: [3, 4], en: [4, 3], score: 0.6 },
		{ zh: [5], en: [], score: 0.5 },
		{ zh: [], en: [5], score: 0.5 }
	];
	const plan = planAccept(segments, beads, en);

	it('gives each linked segment its English with the bead score', () => {
		expect(plan.items.map((i) => [i.segmentId, i.score, i.conflict, i.translatedWith])).toEqual([
			['a', 0.98, false, undefined],
			['b', 0.7, true, undefined],
			['d', 0.6, false, undefined],
			// Not split (no sentence alignment given): translated together, its own text a conflict.
			['e', 0.6, true, 'd']
		]);
		expect(plan.items[0].target).toBe(en[0]);
		expect(plan.items[1].previous).toBe('Typed by hand');
	});

	it('joins the paragraphs of a bead in draft order and leaves locked segments alone', () => {
		expect(plan.items[2].target).toBe(`${en[3]} ${en[4]}`);
		expect(plan.locked).toEqual(['c']);
		expect(plan.unlinked).toEqual([5]);
	});

	it('leaves out segments that already have that English', () => {
		const again = planAccept([seg('a', '风华正茂勇争先', en[0])], [beads[0]], en);
		expect(again.items).toEqual([]);
	});
});

describe('merged links', () => {
	const segments = [
		seg('a', '宜春经开区设立20年。高质量发展迈出新步伐。'),
		seg('b', '签约项目22个。'),
		{ ...seg('c', '图为生产线。'), kind: 'caption' as const },
		seg('d', '一段。')
	];
	const paragraphs = [
		'The zone is 20 years old. It made new strides. 22 projects were signed.',
		'One paragraph.'
	];
	const beads = [
		{ zh: [0, 1, 2], en: [0], score: 0.7 },
		{ zh: [3], en: [1], score: 0.9 }
	];

	it('lists the sentences of links with several Chinese paragraphs', () => {
		expect(splitTasks(segments, beads, paragraphs)).toEqual([
			{
				bead: 0,
				zh: ['宜春经开区设立20年。', '高质量发展迈出新步伐。', '签约项目22个。', '图为生产线。'],
				owner: [0, 0, 1, 2],
				piece: [0, 0, 1, 2],
				en: ['The zone is 20 years old.', 'It made new strides.', '22 projects were signed.']
			}
		]);
	});

	it('gives each paragraph its own English when the sentence links stay inside paragraphs', () => {
		const split = new Map([
			[
				0,
				[
					{ zh: [0], en: [0], score: 0.9 },
					{ zh: [1], en: [1], score: 0.9 },
					{ zh: [2], en: [2], score: 0.9 },
					{ zh: [3], en: [], score: 0.5 }
				]
			]
		]);
		const plan = planAccept(segments, beads, paragraphs, split);
		expect(plan.items.map((i) => [i.segmentId, i.target, i.translatedWith])).toEqual([
			['a', 'The zone is 20 years old. It made new strides.', undefined],
			['b', '22 projects were signed.', undefined],
			['d', 'One paragraph.', undefined]
		]);
		expect(plan.missing).toEqual(['c']);
	});

	it('marks the group translated together when a sentence link crosses paragraphs', () => {
		const split = new Map([
			[
				0,
				[
					{ zh: [0], en: [0], score: 0.9 },
					{ zh: [1, 2], en: [1, 2], score: 0.9 },
					{ zh: [3], en: [], score: 0.5 }
				]
			]
		]);
		const plan = planAccept(segments, beads, paragraphs, split);
		expect(plan.items.slice(0, 3).map((i) => [i.segmentId, i.target, i.translatedWith])).toEqual([
			['a', paragraphs[0], undefined],
			['b', '', 'a'],
			['c', '', 'a']
		]);
	});

	it('marks the group translated together when no sentence alignment is given', () => {
		const plan = planAccept(segments, beads, paragraphs);
		expect(plan.items.filter((i) => i.translatedWith).map((i) => i.segmentId)).toEqual(['b', 'c']);
	});

	it('refuses a split that leaves a body paragraph without English', () => {
		const task = splitTasks(segments, beads, paragraphs)[0];
		const split = splitGroup(
			task,
			[
				{ zh: [0, 1], en: [0, 1, 2], score: 0.9 },
				{ zh: [2], en: [], score: 0.5 },
				{ zh: [3], en: [], score: 0.5 }
			],
			segments
		);
		expect(split).toBeNull();
	});

	it('gives an English sentence with no Chinese to the paragraph before it', () => {
		const task = splitTasks(segments, beads, paragraphs)[0];
		const split = splitGroup(
			task,
			[
				{ zh: [0, 1], en: [0], score: 0.9 },
				{ zh: [], en: [1], score: 0.5 },
				{ zh: [2, 3], en: [2], score: 0.9 }
			],
			segments
		);
		expect(split).toBeNull(); // [2, 3] crosses b and c
		const ok = splitGroup(
			task,
			[
				{ zh: [0, 1], en: [0], score: 0.9 },
				{ zh: [], en: [1], score: 0.5 },
				{ zh: [2], en: [2], score: 0.9 },
				{ zh: [3], en: [], score: 0.5 }
			],
			segments
		);
		expect(ok?.targets.get(0)).toBe('The zone is 20 years old. It made new strides.');
	});

	it('lists draft paragraphs linked to nothing', () => {
		const plan = planAccept(
			[seg('a', '一段。')],
			[
				{ zh: [], en: [1], score: 0.5 },
				{ zh: [0], en: [0], score: 0.9 }
			],
			['One.', 'Extra.']
		);
		expect(plan.unlinked).toEqual([1]);
	});
});

describe('stored beads', () => {
	it('round-trips through segment ids', () => {
		const beads = [
			{ zh: [0, 1], en: [0], score: 0.8, locked: true },
			{ zh: [2], en: [], score: 0.5 },
			{ zh: [], en: [1], score: 0.5 }
		];
		const ids = ['s1', 's2', 's3'];
		expect(fromStoredBeads(toStoredBeads(beads, ids), ids, 2)).toEqual(beads);
	});

	it('repairs beads whose segments changed', () => {
		const stored = [
			{ source: ['s1', 'gone'], target: [0, 7], score: 0.8 },
			{ source: ['s1'], target: [0], score: 0.8 },
			{ source: ['s3'], target: [1], score: 0.9 }
		];
		expect(fromStoredBeads(stored, ['s1', 's2', 's3'], 3)).toEqual([
			{ zh: [0], en: [0], score: 0.8 },
			{ zh: [1], en: [], score: 0.5 },
			{ zh: [2], en: [1], score: 0.9 },
			{ zh: [], en: [2], score: 0.5 }
		]);
	});
});

describe('history', () => {
	it('undoes and redoes, and drops redo steps on a new change', () => {
		let h = startHistory('a');
		h = pushHistory(h, 'b');
		h = pushHistory(h, 'c');
		h = undo(undo(h));
		expect(h.present).toBe('a');
		expect(undo(h)).toBe(h);
		h = redo(h);
		expect(h.present).toBe('b');
		h = pushHistory(h, 'd');
		expect([h.past, h.present, h.future]).toEqual([['a', 'b'], 'd', []]);
		expect(pushHistory(h, 'd')).toBe(h);
		expect(pushHistory(pushHistory(h, 'e', 2), 'f', 2).past).toEqual(['d', 'e']);
	});
});

describe('glossaryPairs', () => {
	it('pairs allowed Chinese and English terms of each entry', () => {
		const term = (
			lang: string,
			text: string,
			status: 'preferred' | 'admitted' | 'forbidden' = 'preferred'
		) => ({ lang, text, status });
		expect(
			glossaryPairs([
				{
					terms: [
						term('zh-CN', '经开区'),
						term('zh', '经济技术开发区'),
						term('en', 'ETDZ'),
						term('en-US', 'development zone', 'admitted'),
						term('en', 'EDZ', 'forbidden')
					]
				},
				{ terms: [term('zh', '宁德时代')] },
				{ terms: [term('zh', '锂电', 'forbidden'), term('en', 'lithium battery')] }
			])
		).toEqual([
			{ zh: '经开区', en: ['ETDZ', 'development zone'] },
			{ zh: '经济技术开发区', en: ['ETDZ', 'development zone'] }
		]);
	});
});
