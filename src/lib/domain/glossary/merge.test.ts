import { describe, expect, it } from 'vitest';
import type { TermEntry, TermStatus } from '../types.ts';
import { mergeEntries } from './merge.ts';

function entry(
	id: string,
	zh: string,
	en: [string, TermStatus][],
	extra: Partial<TermEntry> = {}
): TermEntry {
	return {
		id,
		glossaryIds: ['old'],
		terms: [
			{ lang: 'zh', text: zh, status: 'preferred' },
			...en.map(([text, status]) => ({ lang: 'en', text, status }))
		],
		createdAt: 1,
		updatedAt: 1,
		...extra
	};
}

const existing = [
	entry('a', '放管服', [['streamline administration', 'preferred']]),
	entry('b', '产城融合', [['industry-city integration', 'preferred']])
];

describe('mergeEntries', () => {
	it('adds, updates, skips and reports conflicts', () => {
		const incoming = [
			entry('x1', '首位产业', [['leading industry', 'preferred']]),
			entry(
				'x2',
				'放管服',
				[
					['Streamline administration', 'preferred'],
					['delegation reforms', 'admitted']
				],
				{
					definition: 'reform package'
				}
			),
			entry('x3', '产城融合', [['industry-city integration', 'preferred']]),
			entry('x4', '产城融合', [['integrated urban development', 'preferred']])
		];
		const { entries, added, updated, report } = mergeEntries(existing, incoming, {
			now: 9,
			glossaryId: 'new'
		});
		expect(report).toEqual({
			added: 1,
			updated: 1,
			skipped: 1,
			conflicts: [
				{
					zh: '产城融合',
					existingId: 'b',
					existingEn: 'industry-city integration',
					incomingEn: 'integrated urban development'
				}
			]
		});
		expect(added.map((e) => e.id)).toEqual(['x1']);
		expect(added[0].glossaryIds).toEqual(['old', 'new']);
		expect(updated.map((e) => e.id)).toEqual(['a']);
		expect(updated[0]).toMatchObject({ definition: 'reform package', updatedAt: 9, createdAt: 1 });
		expect(updated[0].terms.map((t) => `${t.text}:${t.status}`)).toEqual([
			'放管服:preferred',
			'streamline administration:preferred',
			'delegation reforms:admitted'
		]);
		expect(entries).toHaveLength(3);
		// the input is not mutated
		expect(existing[0].terms).toHaveLength(2);
	});

	it.each([
		['replace', 2, 'integrated urban development'],
		['add', 3, 'industry-city integration']
	] as const)('resolves a conflict with %s', (policy, count, en) => {
		const { entries } = mergeEntries(
			existing,
			[entry('b', '产城融合', [['integrated urban development', 'preferred']])],
			{
				onConflict: policy
			}
		);
		expect(entries).toHaveLength(count);
		expect(entries.find((e) => e.id === 'b')!.terms[1].text).toBe(en);
	});

	it('imports into an empty glossary as all added', () => {
		expect(mergeEntries([], existing).report).toEqual({
			added: 2,
			updated: 0,
			skipped: 0,
			conflicts: []
		});
	});
});
