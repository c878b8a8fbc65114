import { describe, expect, it } from 'vitest';
import { analyzeSegments } from '../analysis/index.ts';
import type { Segment, TmUnit } from '../types.ts';
import {
	addToTmIndex,
	buildTmIndex,
	concordance,
	rangesOf,
	removeFromTmIndex,
	repetitionsOf,
	searchTm,
	sentenceMatches,
	syncTmIndex,
	syntheticTm,
	tmIndexSize
} from './index.ts';

let clock = 0;
function unit(source: string, target: string, extra: Partial<TmUnit> = {}): TmUnit {
	clock++;
	return {
		id: `u${clock}`,
		source,
		target,
		sourceLang: 'zh-CN',
		targetLang: 'en',
		origin: 'tmx',
		createdAt: clock,
		updatedAt: clock,
		...extra
	};
}

function segment(
	order: number,
	source: string,
	target = '',
	extra: Partial<Segment> = {}
): Segment {
	return {
		id: `s${order}`,
		projectId: 'p1',
		order,
		kind: 'body',
		source,
		target,
		status: target ? 'translated' : 'new',
		locked: false,
		provenance: 'typed',
		updatedAt: 0,
		...extra
	};
}

describe('concordance', () => {
	const units = [
		unit('培育壮大产业集群。', 'Grow industrial clusters.'),
		unit(
			'锂电产业集群加快发展，产业集群效应显现。',
			'The lithium cluster grows; the cluster effect shows.'
		),
		unit('优化营商环境。', 'Improve the Business Environment.'),
		unit('产业链', 'industrial chain')
	];
	const index = buildTmIndex(units);

	it('finds a Chinese phrase through the bigram postings, every occurrence ranged', () => {
		const result = concordance(index, '产业集群');
		expect(result.total).toBe(2);
		// Most recent first.
		expect(result.hits.map((h) => h.unit.id)).toEqual([units[1].id, units[0].id]);
		expect(result.hits[0].source).toEqual([
			[2, 6],
			[11, 15]
		]);
		expect(result.hits[0].target).toEqual([]);
	});

	it('finds English in the target whatever its case, and counts beyond the limit', () => {
		const result = concordance(index, '  business   environment ', { limit: 0 });
		expect(result.total).toBe(1);
		expect(result.hits).toEqual([]);
		const [hit] = concordance(index, 'BUSINESS environment').hits;
		expect(units[2].target.slice(...hit.target[0])).toBe('Business Environment');
		expect(concordance(index, 'industrial').total).toBe(2);
	});

	it('finds a single Chinese character by scanning, and nothing for an empty query', () => {
		expect(concordance(index, '链').total).toBe(1);
		expect(concordance(index, '   ')).toEqual({ total: 0, hits: [] });
		expect(concordance(index, '不存在的短语').total).toBe(0);
	});

	it('follows units added and removed after the first search', () => {
		const live = buildTmIndex(units.slice(0, 1));
		expect(concordance(live, '产业集群').total).toBe(1);
		addToTmIndex(live, unit('做强产业集群', 'Strengthen clusters'));
		expect(concordance(live, '产业集群').total).toBe(2);
		removeFromTmIndex(live, units[0].id);
		expect(concordance(live, '产业集群').total).toBe(1);
		expect(concordance(live, 'clusters', { accept: () => false }).total).toBe(0);
	});

	it('agrees with a plain scan over a synthetic memory', () => {
		const memory = syntheticTm(3000, 7);
		const big = buildTmIndex(memory);
		for (const query of ['高质量发展', '产业集群', '营商', 'clusters', '发']) {
			const expected = memory.filter(
				(u) => u.source.includes(query) || u.target.toLowerCase().includes(query)
			).length;
			expect(concordance(big, query).total, query).toBe(expected);
		}
	});

	it('ranges do not overlap', () => {
		expect(rangesOf('aaaa', 'aa')).toEqual([
			[0, 2],
			[2, 4]
		]);
	});
});

describe('sentenceMatches', () => {
	const index = buildTmIndex([
		unit('宜春经开区设立20年。', 'Yichun ETDZ was set up 20 years ago.'),
		unit('高质量发展迈出新步伐。', 'High-quality development took new strides.')
	]);

	it('gives the best match of each sentence of a paragraph', () => {
		const found = sentenceMatches(
			index,
			'宜春经开区设立20年。高质量发展迈出新步伐！招商引资成效显著。',
			'zh'
		);
		expect(found.map((f) => f.sentence)).toEqual([
			'宜春经开区设立20年。',
			'高质量发展迈出新步伐！',
			'招商引资成效显著。'
		]);
		expect(found[0].match?.percent).toBe(100);
		expect(found[1].match?.percent).toBeGreaterThanOrEqual(80);
		expect(found[1].match?.percent).toBeLessThan(100);
		expect(found[2].match).toBeNull();
	});

	it('gives nothing for a paragraph of one sentence', () => {
		expect(sentenceMatches(index, '宜春经开区设立20年。', 'zh')).toEqual([]);
	});
});

describe('repetitionsOf', () => {
	const doc = [
		segment(0, '宜春经开区设立20年。', 'Yichun ETDZ is 20 years old.'),
		segment(
			1,
			'招商引资成效显著。产业集群不断壮大。',
			'Investment paid off. Clusters kept growing.'
		),
		segment(2, '宜春经开区设立20年。', '', { status: 'new' }),
		segment(3, '今年形势很好。产业集群不断壮大。'),
		segment(4, '宜春经开区设立20年。', 'A draft of it.', { status: 'draft' }),
		segment(5, '产业集群不断壮大。')
	];

	it('offers the same paragraph translated elsewhere, confirmed first', () => {
		const found = repetitionsOf(doc, doc[2]);
		expect(found.map((r) => [r.unit, r.order, r.target])).toEqual([
			['paragraph', 0, 'Yichun ETDZ is 20 years old.'],
			['paragraph', 4, 'A draft of it.']
		]);
	});

	it('offers a repeated sentence with its own translation from a paired paragraph', () => {
		const found = repetitionsOf(doc, doc[3]);
		expect(found).toEqual([
			expect.objectContaining({
				unit: 'sentence',
				position: 1,
				source: '产业集群不断壮大。',
				target: 'Clusters kept growing.',
				segmentId: 's1'
			})
		]);
		// A one-sentence paragraph finds its sentence inside another paragraph too.
		expect(repetitionsOf(doc, doc[5]).map((r) => r.target)).toEqual(['Clusters kept growing.']);
	});

	it('offers nothing from untranslated paragraphs or from itself', () => {
		expect(repetitionsOf(doc, doc[1])).toEqual([]);
		expect(repetitionsOf([doc[2]], doc[2])).toEqual([]);
	});

	it('counts as the analysis report does: each later copy of a sentence is a repetition', () => {
		const translated = doc.map((s) =>
			segment(s.order, s.source, s.source.replace(/[^。]+。/g, 'Sentence. '), {
				status: 'translated'
			})
		);
		const report = analyzeSegments(translated, buildTmIndex());
		let offered = 0;
		for (const s of translated) {
			const earlier = repetitionsOf(translated, s).filter((r) => r.order < s.order);
			offered += new Set(earlier.map((r) => r.position)).size;
		}
		expect(report.repetitions.segments).toBe(offered);
		expect(offered).toBe(4);
	});
});

describe('syncTmIndex', () => {
	it('indexes only what changed, and searches as a fresh index would', () => {
		const stored = [
			unit('培育壮大产业集群。', 'Grow industrial clusters.'),
			unit('优化营商环境。', 'Improve the business environment.')
		];
		const index = buildTmIndex(stored);
		expect(syncTmIndex(index, stored)).toBe(0);
		const edited = { ...stored[1], target: 'Better the business environment.', updatedAt: 99 };
		const added = unit('做强产业集群。', 'Strengthen clusters.');
		const now = [edited, added];
		expect(syncTmIndex(index, now)).toBe(3);
		expect(tmIndexSize(index)).toBe(2);
		const fresh = buildTmIndex(now);
		for (const query of ['优化营商环境。', '壮大产业集群。'])
			expect(searchTm(index, query).map((m) => [m.unit.id, m.percent])).toEqual(
				searchTm(fresh, query).map((m) => [m.unit.id, m.percent])
			);
		expect(concordance(index, 'better').total).toBe(1);
		expect(concordance(index, 'Grow').total).toBe(0);
	});
});
