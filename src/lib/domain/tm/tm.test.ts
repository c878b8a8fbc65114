import { readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import type { Segment, TmUnit } from '../types.ts';
import {
	addToTmIndex,
	buildTmIndex,
	normaliseForMatch,
	removeFromTmIndex,
	searchTm,
	syntheticTm,
	textGrams,
	tmIndexSize,
	tmUnitsFromSegments
} from './index.ts';

const paragraphs = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8')
	.split(/\r?\n/)
	.map((l) => l.trim())
	.filter((l) => l.length > 0);

let clock = 0;
function unit(source: string, target: string, id = `u${++clock}`, updatedAt = clock): TmUnit {
	return {
		id,
		source,
		target,
		sourceLang: 'zh-CN',
		targetLang: 'en',
		origin: 'project',
		createdAt: updatedAt,
		updatedAt
	};
}

describe('normaliseForMatch', () => {
	it.each([
		[' 坚持招优引强　培育壮大产业集群 ', '坚持招优引强培育壮大产业集群'],
		['增长１８．１％，', '增长18.1%,'],
		['“放管服”改革', '"放管服"改革'],
		['The  zone\u00a0grew\n fast.', 'The zone grew fast.'],
		['CATL 宜春时代', 'CATL宜春时代'],
		['‘micro-reform’', "'micro-reform'"]
	])('%s', (text, expected) => {
		expect(normaliseForMatch(text)).toBe(expected);
	});
});

describe('textGrams', () => {
	it.each([
		['宜春时代', ['宜春', '春时', '时代']],
		['区', ['区']],
		['5G基地', [' 5g', '5g ', '基地']],
		['CATL', [' ca', 'cat', 'atl', 'tl ']],
		['，。', []]
	])('%s', (text, grams) => {
		expect(textGrams(normaliseForMatch(text)).sort()).toEqual([...grams].sort());
	});
});

describe('searchTm on the seed article', () => {
	const units = paragraphs.map((p, i) => unit(p, `EN ${i}`, `p${i}`, i));
	const index = buildTmIndex(units);
	const sample = paragraphs.find((p) => p.startsWith('近年来，宜春经开区坚持把改革创新'))!;

	it('finds an exact match at 100% despite white space and character width', () => {
		const query = ' ' + sample.replace('，', ',').replace('22个', '２２个') + '  ';
		const [best] = searchTm(index, query);
		expect(best.unit.source).toBe(sample);
		expect(best.score).toBe(1);
		expect(best.percent).toBe(100);
	});

	it('scores a lightly edited paragraph as a fuzzy match below 100%', () => {
		const query = sample.replace('22个项目', '30个项目').replace('积极推行', '大力推行');
		const [best] = searchTm(index, query);
		expect(best.unit.source).toBe(sample);
		const expected =
			1 -
			distance(normaliseForMatch(query), normaliseForMatch(sample)) /
				Math.max(normaliseForMatch(query).length, normaliseForMatch(sample).length);
		expect(best.score).toBeCloseTo(expected, 10);
		expect(best.percent).toBe(Math.floor(expected * 100));
		expect(best.percent).toBeLessThan(100);
		expect(best.percent).toBeGreaterThan(95);
	});

	it('returns nothing below the minimum score', () => {
		expect(searchTm(index, '今天天气很好，我们去公园散步吧。')).toEqual([]);
		const query = sample.slice(0, Math.floor(sample.length * 0.6));
		expect(searchTm(index, query, { minScore: 0.7 })).toEqual([]);
		expect(searchTm(index, query, { minScore: 0.5 })[0].unit.source).toBe(sample);
	});

	it('keeps to the limit and orders by score', () => {
		const heading = '坚持改革创新 充分激发市场活力';
		const results = searchTm(index, heading, { minScore: 0.1, limit: 3 });
		expect(results.length).toBeLessThanOrEqual(3);
		for (let i = 1; i < results.length; i++) {
			expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
		}
	});
});

describe('the TM index, incrementally', () => {
	it('adds, replaces and removes units', () => {
		const index = buildTmIndex();
		addToTmIndex(index, unit('宜春经开区坚持招优引强。', 'The zone attracts the best.', 'a', 1));
		addToTmIndex(index, unit('宜春经开区坚持招优引强。', 'An older wording.', 'b', 0));
		addToTmIndex(index, unit('宜春经开区坚持招优引强。', 'The zone attracts the best.', 'c', 2));
		expect(tmIndexSize(index)).toBe(3);
		// Two units with one pair collapse into the newer; the other pair stays.
		let results = searchTm(index, '宜春经开区坚持招优引强。');
		expect(results.map((r) => r.unit.id)).toEqual(['c', 'b']);
		// Replacing a unit by id moves it.
		addToTmIndex(index, unit('宜春经开区坚持全链协同。', 'Full-chain coordination.', 'c', 3));
		results = searchTm(index, '宜春经开区坚持招优引强。');
		expect(results.map((r) => [r.unit.id, r.percent])).toEqual([
			['a', 100],
			['b', 100],
			['c', 66]
		]);
		expect(removeFromTmIndex(index, 'a')).toBe(true);
		expect(removeFromTmIndex(index, 'a')).toBe(false);
		expect(searchTm(index, '宜春经开区坚持招优引强。').map((r) => r.unit.id)).toEqual(['b', 'c']);
		expect(tmIndexSize(index)).toBe(2);
	});

	it('leaves out the units the caller does not accept', () => {
		const index = buildTmIndex([
			unit('推动高质量发展。', 'Promote high-quality development.', 'own', 5),
			unit('推动高质量发展。', 'Drive high-quality growth.', 'other', 1),
			unit('推动经济高质量发展。', 'Promote high-quality economic development.', 'near', 1)
		]);
		const ids = searchTm(index, '推动高质量发展。', { accept: (u) => u.id !== 'own' }).map(
			(r) => r.unit.id
		);
		expect(ids).toEqual(['other', 'near']);
		const nearOnly = searchTm(index, '推动高质量发展。', { accept: (u) => u.id === 'near' });
		expect(nearOnly.map((r) => [r.unit.id, r.percent])).toEqual([['near', 80]]);
	});

	it('matches English sources by letter trigrams', () => {
		const index = buildTmIndex([
			unit('The zone has deepened the reform.', '开发区深化了改革。', 'e1'),
			unit('Construction begins as soon as land is acquired.', '拿地即开工。', 'e2')
		]);
		const [best] = searchTm(index, 'Construction began as soon as the land was acquired.');
		expect(best.unit.id).toBe('e2');
		expect(best.percent).toBeGreaterThan(70);
	});
});

describe('searchTm against brute force on a synthetic TM', () => {
	const units = syntheticTm(3000, 7);
	const index = buildTmIndex(units);
	const score = (a: string, b: string) => {
		const x = normaliseForMatch(a);
		const y = normaliseForMatch(b);
		return 1 - distance(x, y) / Math.max(x.length, y.length);
	};
	it.each([11, 222, 1333, 2444, 2999])('finds the best match for an edit of unit %i', (n) => {
		const query = units[n].source.replace(/。$/, '') + '，显著提升。';
		const brute = Math.max(...units.map((u) => score(query, u.source)));
		const [best] = searchTm(index, query, { minScore: 0.5 });
		expect(best.score).toBeCloseTo(brute, 10);
	});
});

describe('syntheticTm', () => {
	it('is deterministic and varied', () => {
		const a = syntheticTm(200, 3);
		expect(syntheticTm(200, 3)).toEqual(a);
		expect(syntheticTm(200, 4)).not.toEqual(a);
		expect(new Set(a.map((u) => u.id)).size).toBe(200);
		expect(new Set(a.map((u) => u.source)).size).toBeGreaterThan(190);
		expect(a.every((u) => u.source.endsWith('。') && u.target.endsWith('.'))).toBe(true);
	});
});

describe('tmUnitsFromSegments', () => {
	const segment = (
		id: string,
		status: Segment['status'],
		source: string,
		target: string
	): Segment => ({
		id,
		projectId: 'p1',
		order: 0,
		kind: 'body',
		source,
		target,
		status,
		locked: false,
		provenance: 'typed',
		updatedAt: 42
	});
	const segments = [
		segment('s1', 'translated', '坚持招优引强 培育壮大产业集群', 'Attracting the best'),
		segment('s2', 'draft', '推动高质量发展', 'Promoting high-quality development'),
		segment('s3', 'reviewed', '甲句。乙句。', 'Sentence A. Sentence B.'),
		segment('s4', 'reviewed', '丙', ''),
		segment('s5', 'new', '丁', 'D')
	];

	it('takes confirmed paragraphs with both sides', () => {
		const units = tmUnitsFromSegments(segments);
		expect(units.map((u) => u.id)).toEqual(['tm:p1:s1', 'tm:p1:s3']);
		expect(units[0]).toMatchObject({
			source: '坚持招优引强 培育壮大产业集群',
			target: 'Attracting the best',
			origin: 'project',
			projectId: 'p1',
			segmentId: 's1',
			sourceLang: 'zh-CN',
			targetLang: 'en',
			updatedAt: 42
		});
	});

	it('adds sentence pairs from an aligner', () => {
		const units = tmUnitsFromSegments(
			segments,
			(s) =>
				s.id === 's3'
					? [
							{ source: '甲句。', target: 'Sentence A.' },
							{ source: '乙句。', target: 'Sentence B.' },
							{ source: '', target: 'An extra sentence.' }
						]
					: [{ source: s.source, target: s.target }],
			{ targetLang: 'en-GB' }
		);
		expect(units.map((u) => [u.id, u.source])).toEqual([
			['tm:p1:s1', '坚持招优引强 培育壮大产业集群'],
			['tm:p1:s3', '甲句。乙句。'],
			['tm:p1:s3:0', '甲句。'],
			['tm:p1:s3:1', '乙句。']
		]);
		expect(units.every((u) => u.targetLang === 'en-GB')).toBe(true);
	});
});
