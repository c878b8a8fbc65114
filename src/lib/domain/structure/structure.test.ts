import { describe, expect, it } from 'vitest';
import type { Annotation, Segment } from '../types.ts';
import { createSelector } from '../annotations/anchor.ts';
import { cutText, targetOffsetFor } from './split.ts';
import { joinTexts, mergeJoined } from './merge.ts';
import { blockStartsIn, planMerge, planSplit } from './plan.ts';
import { mergeTagTables, shiftPlaceholders } from './tags.ts';
import type { InlineTag } from '../formats/xliff/inline.ts';

function seg(id: string, source: string, target = '', extra: Partial<Segment> = {}): Segment {
	return {
		id,
		projectId: 'p',
		order: 0,
		kind: 'body',
		source,
		target,
		status: target ? 'translated' : 'new',
		locked: false,
		provenance: 'typed',
		updatedAt: 1,
		...extra
	};
}

function note(
	id: string,
	segmentId: string,
	side: 'source' | 'target',
	text: string,
	quote: string
) {
	const start = text.indexOf(quote);
	return {
		id,
		projectId: 'p',
		segmentId,
		side,
		selector: createSelector(text, start, start + quote.length),
		detached: false,
		body: 'n',
		category: 'comment',
		status: 'open',
		author: 'a',
		replies: [],
		createdAt: 1,
		updatedAt: 1
	} as Annotation;
}

describe('cutText', () => {
	it.each([
		['One. Two.', 4, 'One.', 'Two.', 1],
		['One. Two.', 5, 'One.', 'Two.', 1],
		['甲乙。丙丁', 3, '甲乙。', '丙丁', 0],
		['abc', 0, '', 'abc', 0],
		['abc', 99, 'abc', '', 0]
	])('%s at %i', (text, at, first, second, gap) => {
		const cut = cutText(text, at);
		expect([cut.first, cut.second, cut.gap]).toEqual([first, second, gap]);
		expect(text.slice(0, cut.at)).toBe(cut.first);
		expect(text.slice(cut.at + cut.gap)).toBe(cut.second);
	});
});

describe('targetOffsetFor', () => {
	const zh = '宜春经开区设立20年。高质量发展迈出新步伐！产业集群加速形成。';
	const en =
		'The Yichun ETDZ was set up 20 years ago. High-quality growth took big steps! Industrial clusters are forming fast.';
	it.each([
		// After the first sentence of three: after the first English sentence.
		[zh, zh.indexOf('高'), en, en.indexOf(' High')],
		[zh, zh.indexOf('产'), en, en.indexOf(' Industrial')],
		// Mid-sentence cut of a one-sentence target: the nearest word gap.
		['甲乙丙丁', 2, 'abc def', 3],
		['甲乙丙丁', 2, '', 0],
		['甲乙丙丁', 0, 'abc def', 0]
	])('%s at %i', (source, at, target, expected) => {
		expect(targetOffsetFor(source, at, target)).toBe(expected);
	});
});

describe('joinTexts and mergeJoined', () => {
	it.each([
		['较为完善的产业', '配套。', '较为完善的产业配套。'],
		['It grew.', 'It won.', 'It grew. It won.'],
		['It grew. ', '  It won.', 'It grew. It won.'],
		['', '配套。', '配套。'],
		['采用GPS', 'system', '采用GPS system']
	])('%s + %s', (a, b, joined) => {
		const j = joinTexts(a, b);
		expect(j.text).toBe(joined);
		expect(j.text.slice(j.offset)).toBe(b.trimStart());
	});
	it('combines joined lists', () => {
		expect(mergeJoined([3, 4], [5])).toEqual([3, 4, 5]);
		expect(mergeJoined([3], undefined)).toBeUndefined();
	});
});

describe('planSplit and planMerge', () => {
	const source = '形成了较为完善的产业配套。围绕主导产业，该区引进企业。';
	const target =
		'A complete industrial chain has formed. Around its lead industries, it drew firms.';
	it('splits source and target at sentence ends, notes follow, joined divided', () => {
		const s = seg('a', source, target, { joined: [3, 4], order: 5 });
		const notes = [
			note('n1', 'a', 'source', source, '主导产业'),
			note('n2', 'a', 'target', target, 'complete'),
			note('n3', 'a', 'target', target, 'drew')
		];
		const plan = planSplit(s, notes, source.indexOf('围'), {
			newId: 'b',
			blockStarts: [0, source.indexOf('围')]
		})!;
		expect(plan.first.source).toBe('形成了较为完善的产业配套。');
		expect(plan.second.source).toBe('围绕主导产业，该区引进企业。');
		expect(plan.first.target).toBe('A complete industrial chain has formed.');
		expect(plan.second.target).toBe('Around its lead industries, it drew firms.');
		expect([plan.first.status, plan.second.status]).toEqual(['draft', 'draft']);
		expect([plan.first.joined, plan.second.joined]).toEqual([undefined, undefined]);
		expect(plan.second.order).toBe(6);
		const byId = Object.fromEntries(plan.notes.map((n) => [n.id, n]));
		expect(byId.n1.segmentId).toBe('b');
		expect(plan.second.source.slice(byId.n1.selector.start, byId.n1.selector.end)).toBe('主导产业');
		expect(byId.n2.segmentId).toBe('a');
		expect(byId.n3.segmentId).toBe('b');
		expect(plan.second.target.slice(byId.n3.selector.start, byId.n3.selector.end)).toBe('drew');
	});
	it('refuses locked segments and empty parts', () => {
		expect(planSplit(seg('a', source, '', { locked: true }), [], 5, { newId: 'b' })).toBeNull();
		expect(planSplit(seg('a', source), [], 0, { newId: 'b' })).toBeNull();
	});
	it('merge is the inverse of split for texts and notes', () => {
		const s = seg('a', source, target);
		const notes = [
			note('n1', 'a', 'source', source, '主导产业'),
			note('n3', 'a', 'target', target, 'drew')
		];
		const split = planSplit(s, notes, source.indexOf('围'), { newId: 'b' })!;
		const merge = planMerge(split.first, split.second, split.notes)!;
		expect(merge.merged.source).toBe(source);
		expect(merge.merged.target).toBe(target);
		expect(merge.removedId).toBe('b');
		for (const n of merge.notes) {
			const text = n.side === 'source' ? merge.merged.source : merge.merged.target;
			expect(n.segmentId).toBe('a');
			expect(text.slice(n.selector.start, n.selector.end)).toBe(n.selector.exact);
		}
	});
	it('merges statuses to draft and joined lists', () => {
		const m = planMerge(
			seg('a', '甲', 'A.', { joined: [1, 2] }),
			seg('b', '乙。', 'B.', { joined: [3, 4] }),
			[]
		)!;
		expect([m.merged.source, m.merged.target, m.merged.status]).toEqual([
			'甲乙。',
			'A. B.',
			'draft'
		]);
		expect(m.merged.joined).toEqual([1, 2, 3, 4]);
		expect(planMerge(seg('a', '甲'), seg('b', '乙', '', { locked: true }), [])).toBeNull();
	});
	it('finds block starts', () => {
		expect(blockStartsIn('较为完善的产业配套。', ['较为完善的产业', '配套。'])).toEqual([0, 7]);
		expect(blockStartsIn('It grew in the Delta.', ['It grew in the', 'Delta.'])).toEqual([0, 15]);
		expect(blockStartsIn('甲乙', ['甲', '丙'])).toBeNull();
	});
});

describe('inline tags through a merge', () => {
	const tag = (xml: string, kind: InlineTag['kind'] = 'standalone'): InlineTag => ({
		kind,
		format: 'xliff1',
		xml,
		name: 'x',
		label: ''
	});
	const g = tag('<g id="1">', 'open');
	const gEnd = tag('</g>', 'close');
	const ph = tag('<ph id="2"/>');
	it('puts the second table after the first and shifts its placeholders', () => {
		const merge = mergeTagTables({ a: [g, gEnd], b: [ph] }, 'a', 'b')!;
		expect(merge.tables.a).toEqual([g, gEnd, ph]);
		expect(merge.tables.b).toEqual([ph]);
		expect(merge.shift).toBe(2);
		expect(shiftPlaceholders('x\uE000y', merge.shift)).toBe('x\uE002y');
	});
	it('takes the second table whole when the first has none', () => {
		expect(mergeTagTables({ b: [ph] }, 'a', 'b')).toEqual({
			tables: { a: [ph], b: [ph] },
			shift: 0
		});
	});
	it('changes nothing when the second has no tags or both are pieces of one split', () => {
		expect(mergeTagTables({ a: [g, gEnd] }, 'a', 'b')).toBeNull();
		expect(mergeTagTables(undefined, 'a', 'b')).toBeNull();
		expect(mergeTagTables({ a: [g, gEnd], b: [g, gEnd] }, 'a', 'b')).toBeNull();
	});
});
