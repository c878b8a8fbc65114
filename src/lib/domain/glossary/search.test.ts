import { describe, expect, it } from 'vitest';
import type { TermEntry, TermStatus } from '../types.ts';
import { findConflicts, findDuplicates } from './duplicates.ts';
import { entryPinyin, prepareEntrySearch, searchEntries } from './search.ts';

function entry(id: string, zh: string, en: [string, TermStatus][], note?: string): TermEntry {
	return {
		id,
		glossaryIds: ['g'],
		terms: [
			{ lang: 'zh', text: zh, status: 'preferred' },
			...en.map(([text, status]) => ({ lang: 'en', text, status }))
		],
		note,
		createdAt: 0,
		updatedAt: 0
	};
}

const entries = [
	entry(
		'fgf',
		'放管服',
		[['streamline administration', 'preferred']],
		'简政放权、放管结合、优化服务'
	),
	entry('cr', '产城融合', [['industry-city integration', 'preferred']]),
	entry('sw', '首位产业', [['leading industry', 'preferred']]),
	entry('lv', '绿色工业园区', [['green industrial park', 'preferred']]),
	entry('fg', '法规', [['regulations', 'preferred']], 'laws and rules')
];

describe('entryPinyin', () => {
	it('derives toned, numbered, plain pinyin and initials', () => {
		expect(entryPinyin(entries[0])).toEqual({
			toned: ['fàng guǎn fú'],
			numbered: ['fang4guan3fu2'],
			plain: ['fangguanfu'],
			initials: ['fgf']
		});
	});

	it('keeps digits and Latin letters as they are, one word per run', () => {
		expect(entryPinyin(entry('t20', '20强', [['top 20', 'preferred']])).toned).toEqual([
			'20 qiáng'
		]);
		expect(entryPinyin(entry('t5g', '5G 技术', [['5G technology', 'preferred']])).toned).toEqual([
			'5G jì shù'
		]);
	});
});

describe('searchEntries', () => {
	it.each([
		['Chinese', '产城', ['cr']],
		['English, any case', 'Leading', ['sw']],
		['pinyin without tones', 'fangguanfu', ['fgf']],
		['pinyin with spaces', 'fang guan fu', ['fgf']],
		['pinyin with tone marks', 'fàng guǎn', ['fgf']],
		['pinyin with tone numbers', 'fang4guan3', ['fgf']],
		['wrong tone excludes', 'fang3guan3', []],
		['initials', 'fgf', ['fgf']],
		['initials prefix', 'sw', ['sw']],
		['ü as v', 'lvse', ['lv']],
		['note', '优化服务', ['fgf']],
		['note in English', 'rules', ['fg']]
	])('%s', (_name, query, ids) => {
		expect(searchEntries(entries, query).map((e) => e.id)).toEqual(ids);
	});

	it('ranks an exact headword before a partial match', () => {
		const list = [
			entry('a', '产业集群', [['cluster', 'preferred']]),
			entry('b', '产业', [['industry', 'preferred']])
		];
		expect(searchEntries(list, '产业').map((e) => e.id)).toEqual(['b', 'a']);
	});

	it('returns everything for an empty query', () => {
		expect(searchEntries(entries, '  ')).toHaveLength(entries.length);
	});
});

describe('findDuplicates and findConflicts', () => {
	const list = [
		entry('a', '放管服', [['streamline administration', 'preferred']]),
		entry('b', '放管服', [['Streamline administration', 'preferred']]),
		entry('c', '放管服', [['delegation reforms', 'preferred']]),
		entry('d', '开发区', [['development zone', 'preferred']]),
		entry('e', '经济技术开发区', [
			['ETDZ', 'preferred'],
			['development zone', 'forbidden']
		])
	];
	it('groups the same Chinese with the same English', () => {
		expect(findDuplicates(list)).toEqual([
			{ zh: '放管服', en: ['streamline administration'], entryIds: ['a', 'b'] }
		]);
	});
	it('reports different preferred English and preferred-vs-forbidden', () => {
		expect(findConflicts(list)).toEqual([
			{
				code: 'different_preferred',
				zh: '放管服',
				en: ['streamline administration', 'delegation reforms'],
				entryIds: ['a', 'b', 'c']
			},
			{
				code: 'preferred_forbidden',
				en: 'development zone',
				preferredIn: ['d'],
				forbiddenIn: ['e']
			}
		]);
	});
	it('finds nothing in a clean glossary', () => {
		expect(findDuplicates(entries)).toEqual([]);
		expect(findConflicts(entries)).toEqual([]);
	});
});

describe('sortEntries', () => {
	it.each([
		['pinyin', ['cr', 'fg', 'fgf', 'lv', 'sw']],
		['en', ['lv', 'cr', 'sw', 'fg', 'fgf']],
		['zh', ['cr', 'fgf', 'fg', 'lv', 'sw']]
	] as const)('by %s', async (by, ids) => {
		const { sortEntries } = await import('./search.ts');
		expect(sortEntries(entries, by).map((e) => e.id)).toEqual(ids);
	});
});

describe('prepared search keys', () => {
	it('give the same results prepared or not, and follow an entry changed in place', () => {
		const fresh = entries.map((e) => ({ ...e }));
		const before = searchEntries(fresh, 'fgf').map((e) => e.id);
		prepareEntrySearch(fresh);
		expect(searchEntries(fresh, 'fgf').map((e) => e.id)).toEqual(before);
		const changed = fresh[1];
		changed.terms = [
			...changed.terms,
			{ lang: 'en', text: 'urban-industrial fusion', status: 'admitted' }
		];
		changed.updatedAt = 1;
		expect(searchEntries(fresh, 'fusion').map((e) => e.id)).toEqual(['cr']);
	});
});
