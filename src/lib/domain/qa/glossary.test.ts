import { describe, expect, it } from 'vitest';
import { checkGlossary, englishHas, type QaTermMatch } from './glossary.ts';

const fangguanfu: QaTermMatch = {
	start: 2,
	end: 5,
	zh: '放管服',
	en: [
		'reforms to streamline administration, delegate power, strengthen regulation and improve services',
		'streamline administration'
	],
	forbidden: ['red tape']
};
const cluster: QaTermMatch = {
	start: 0,
	end: 4,
	zh: '产业集群',
	en: ['industrial cluster'],
	forbidden: []
};

describe('englishHas', () => {
	it.each([
		['Two industrial clusters grew', 'industrial cluster', true],
		['The Industrial Cluster grew', 'industrial cluster', true],
		['the cluster of industries', 'industrial cluster', false],
		['a sparkling park', 'spark', false],
		['high-tech zones', 'high tech zone', true],
		['it streamlines administration', 'streamline administration', true]
	])('%s has %s: %s', (target, term, expected) => {
		expect(englishHas(target, term)).toBe(expected);
	});
});

describe('checkGlossary', () => {
	it('accepts a preferred or admitted term, inflected', () => {
		expect(checkGlossary('It worked to streamline administration.', [fangguanfu])).toEqual([]);
		expect(checkGlossary('Industrial clusters grew.', [cluster])).toEqual([]);
	});

	it('reports a term left out', () => {
		const [f] = checkGlossary('Clusters of industry grew.', [cluster]);
		expect(f).toMatchObject({
			code: 'glossary_missing',
			params: { term: '产业集群', expected: 'industrial cluster' },
			sourceSpan: [0, 4]
		});
	});

	it('reports a forbidden term as an error-level finding with its place', () => {
		const [f] = checkGlossary('We cut red tape.', [fangguanfu]);
		expect(f).toMatchObject({
			code: 'glossary_forbidden',
			params: { term: '放管服', forbidden: 'red tape' },
			targetSpan: [7, 15]
		});
	});

	it('reports a term repeated in the source once', () => {
		expect(
			checkGlossary('Nothing here.', [cluster, { ...cluster, start: 10, end: 14 }])
		).toHaveLength(1);
	});

	it('skips entries with no English to check', () => {
		expect(checkGlossary('Anything.', [{ ...cluster, en: [] }])).toEqual([]);
	});
});
