import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TmUnit } from '../types.ts';
import { concordance, rangesOf } from './concordance.ts';
import { addToTmIndex, buildTmIndex } from './search.ts';

const corpus = (dir: string, file: string) =>
	readFileSync(join(import.meta.dirname, '../../../../corpus', dir, file), 'utf8')
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);

/** The Yichun and Xinghu articles paired paragraph by paragraph, and a few awkward texts. */
function units(): TmUnit[] {
	const pairs: [string, string][] = [];
	for (const dir of ['yichun-etdz-2023', 'xinghu-digital-park-2024']) {
		const zh = corpus(dir, 'zh.txt');
		const en = corpus(dir, 'en.txt');
		for (let i = 0; i < Math.min(zh.length, en.length); i++) pairs.push([zh[i], en[i]]);
	}
	pairs.push(
		['宜春ETDZ签约', 'The ETDZ-signed deals: 10.5 billion yuan'],
		['工业4.0', 'Post-industrial clusters and INDUSTRIAL CLUSTERS'],
		['新能源', 'new-energy lithium; Lithium-ion batteries'],
		['Café 咖啡', 'Café naïve façade'],
		['—', '']
	);
	return pairs.map(([source, target], k) => ({
		id: `u${k}`,
		source,
		target,
		sourceLang: 'zh-CN',
		targetLang: 'en',
		origin: 'project',
		createdAt: k,
		updatedAt: k
	}));
}

/** What the concordance must give: every unit whose folded text includes the folded query. */
function scanned(all: TmUnit[], query: string): string[] {
	const needle = query.replace(/\s+/gu, ' ').trim().toLowerCase();
	return all
		.filter(
			(u) => u.source.toLowerCase().includes(needle) || u.target.toLowerCase().includes(needle)
		)
		.sort((a, b) => b.updatedAt - a.updatedAt)
		.map((u) => u.id);
}

describe('concordance', () => {
	const all = units();
	const index = buildTmIndex(all);
	const queries = [
		'industrial clusters',
		'INDUSTRIAL',
		'dustrial clus',
		'ustri',
		'ETDZ',
		'etdz-signed',
		'-signed deals',
		'10.5 billion',
		'0.5 bil',
		'billion yuan',
		' of the ',
		'the',
		'lithium-ion',
		'ion batt',
		'café naï',
		'宜春ETDZ',
		'经开区',
		'发',
		'4.0',
		'—',
		'; ',
		'nothing-like-this'
	];

	it.each(queries)('finds the units a scan finds for %j, newest first', (query) => {
		const result = concordance(index, query, { limit: 1000 });
		expect(result.hits.map((h) => h.unit.id)).toEqual(scanned(all, query));
		expect(result.total).toBe(scanned(all, query).length);
		// A short page of many hits is picked without sorting them all: the same first ones.
		const page = concordance(index, query, { limit: 2 });
		expect(page.hits.map((h) => h.unit.id)).toEqual(scanned(all, query).slice(0, 2));
		expect(page.total).toBe(result.total);
	});

	it('finds words in units added after the first search', () => {
		const live = buildTmIndex(all.slice(0, 3));
		expect(concordance(live, 'lithium').total).toBe(0);
		for (const unit of all.slice(3)) addToTmIndex(live, unit);
		expect(concordance(live, 'lithium', { limit: 1000 }).total).toBe(
			scanned(all, 'lithium').length
		);
	});

	it('ranges the hits on both sides for highlighting', () => {
		const [hit] = concordance(index, 'Industrial Clusters').hits;
		expect(hit.target).toEqual(rangesOf(hit.unit.target.toLowerCase(), 'industrial clusters'));
		expect(hit.target).toHaveLength(2);
	});
});
