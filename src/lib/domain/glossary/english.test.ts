import { describe, expect, it } from 'vitest';
import { checkTermUse, findEnglishTerm, findEnglishTermAll } from './english.ts';

describe('findEnglishTerm', () => {
	it.each([
		['plural', 'Three clusters formed.', 'cluster', 'clusters'],
		['singular from a plural term', 'one cluster', 'clusters', 'cluster'],
		['case', 'the Industrial Park', 'industrial park', 'Industrial Park'],
		['-ies', 'new industries', 'industry', 'industries'],
		['-ed', 'it developed fast', 'develop', 'developed'],
		['-ing', 'developing areas', 'develop', 'developing'],
		['-ing from an -e verb', 'managing it', 'manage', 'managing'],
		['inflection on the first word', 'parks management', 'park management', 'parks management'],
		[
			'inflection on the last word',
			'the industrial clusters',
			'industrial cluster',
			'industrial clusters'
		],
		['hyphen for space', 'high-tech zone', 'high tech zone', 'high-tech zone'],
		['space for hyphen', 'high tech zone', 'high-tech zone', 'high tech zone'],
		['lost hyphen', 'ecommerce', 'e-commerce', 'ecommerce'],
		['possessive', "the Park's gate", 'park', "Park's"],
		['acronym plural', 'two ETDZs', 'ETDZ', 'ETDZs'],
		['symbols', 'the "1+2+N" system', '1+2+N', '1+2+N'],
		['doubled consonant', 'it was planned', 'plan', 'planned'],
		['extra spaces', 'development   zone', 'development zone', 'development   zone'],
		[
			'& for and',
			'Economic & Technological Zone',
			'economic and technological zone',
			'Economic & Technological Zone'
		],
		['curly apostrophe', 'the people’s congress', "people's congress", 'people’s congress']
	])('%s', (_name, target, term, found) => {
		const span = findEnglishTerm(target, term);
		expect(span).not.toBeNull();
		expect(target.slice(span!.start, span!.end)).toBe(found);
	});

	it.each([
		['inside another word', 'a sparkle', 'park'],
		['prefix of a longer word', 'parkland', 'park'],
		['word order', 'zone of development', 'development zone'],
		['space does not vanish', 'parkway', 'park way'],
		['missing word', 'the development', 'development zone'],
		['number inside a number', '15G', '5G']
	])('no false positive: %s', (_name, target, term) => {
		expect(findEnglishTerm(target, term)).toBeNull();
	});

	it('finds every occurrence', () => {
		expect(findEnglishTermAll('Cluster, clusters and a CLUSTER', 'cluster')).toEqual([
			{ start: 0, end: 7 },
			{ start: 9, end: 17 },
			{ start: 24, end: 31 }
		]);
	});
});

describe('checkTermUse', () => {
	const match = {
		en: ['economic and technological development zone', 'ETDZ'],
		forbidden: ['development zone']
	};
	it.each([
		[
			'preferred used',
			'The Economic and Technological Development Zone grew.',
			true,
			'economic and technological development zone',
			undefined
		],
		['admitted used', 'The ETDZ grew.', true, 'ETDZ', undefined],
		['forbidden used', 'The development zone grew.', false, undefined, 'development zone'],
		['nothing used', 'The park grew.', false, undefined, undefined],
		[
			'forbidden inside preferred does not count',
			'Economic and technological development zones',
			true,
			'economic and technological development zone',
			undefined
		]
	])('%s', (_name, target, ok, used, forbiddenUsed) => {
		const result = checkTermUse(target, match);
		expect(result.ok).toBe(ok);
		expect(result.used).toBe(used);
		expect(result.forbiddenUsed).toBe(forbiddenUsed);
	});

	it('is ok when the entry has no English to check', () => {
		expect(checkTermUse('anything', { en: [], forbidden: [] })).toEqual({ ok: true });
	});
});

describe('checkTargetTerms', () => {
	it('checks each recognised term in order', async () => {
		const { checkTargetTerms } = await import('./english.ts');
		const matches = [
			{
				start: 0,
				end: 3,
				zh: '放管服',
				entryId: 'a',
				en: ['streamline administration'],
				forbidden: ['red tape']
			},
			{ start: 3, end: 5, zh: '改革', entryId: 'b', en: ['reform'], forbidden: [] }
		];
		const result = checkTargetTerms('Reforms cut red tape.', matches);
		expect(result.map((r) => [r.match.zh, r.use.ok, r.use.forbiddenUsed])).toEqual([
			['放管服', false, 'red tape'],
			['改革', true, undefined]
		]);
	});
});
