/**
 * A synthetic glossary for benchmarks: deterministic, as many entries as asked, with Chinese
 * terms of two to eight characters drawn from common policy vocabulary, so the automaton is as
 * deep and as bushy as a real termbase's.
 */
import type { TermEntry } from '../types.ts';
import { buildTermIndex, findTerms } from './match.ts';

const SYLLABLES =
	'发展经济技术开发区产业集群高质量新能源锂电数字化转型招商引资营商环境改革创新绿色生态城市融合服务管理放管服首位工业园区项目建设投资企业平台开放科技人才政策资金土地规划交通物流制造材料智能装备医药健康文化旅游农业乡村振兴基础设施标准体系示范基地'.split(
		''
	);

/** A small deterministic generator (mulberry32), so every run builds the same glossary. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Builds `count` entries (default 10,000), each with one Chinese term, a preferred and an
 * admitted English term, and every tenth with a forbidden one; Chinese terms are distinct.
 * Extra real terms (`seedTerms`) go first, so a benchmark also finds actual matches.
 *
 * @example
 * syntheticGlossary(3).map((e) => e.terms[0].text) // three distinct Chinese terms
 */
export function syntheticGlossary(
	count = 10_000,
	seed = 20231120,
	seedTerms: string[] = []
): TermEntry[] {
	const rand = random(seed);
	const seen = new Set<string>();
	const entries: TermEntry[] = [];
	const add = (zh: string) => {
		const n = entries.length;
		const terms: TermEntry['terms'] = [
			{ lang: 'zh-CN', text: zh, status: 'preferred' },
			{ lang: 'en', text: `term ${n} preferred`, status: 'preferred' },
			{ lang: 'en', text: `term ${n} admitted`, status: 'admitted' }
		];
		if (n % 10 === 0) terms.push({ lang: 'en', text: `term ${n} forbidden`, status: 'forbidden' });
		entries.push({ id: `syn-${n}`, glossaryIds: ['synthetic'], terms, createdAt: 0, updatedAt: 0 });
	};
	for (const zh of seedTerms) {
		if (entries.length >= count) break;
		if (!seen.has(zh)) {
			seen.add(zh);
			add(zh);
		}
	}
	while (entries.length < count) {
		const length = 2 + Math.floor(rand() * 7);
		let zh = '';
		for (let i = 0; i < length; i++) zh += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
		if (seen.has(zh)) continue;
		seen.add(zh);
		add(zh);
	}
	return entries;
}

/** A document of `count` paragraphs made by repeating the given ones (the bench's 5,000). */
export function repeatParagraphs(paragraphs: string[], count = 5000): string[] {
	const out: string[] = [];
	for (let i = 0; paragraphs.length > 0 && out.length < count; i++) {
		out.push(paragraphs[i % paragraphs.length]);
	}
	return out;
}

export interface TermBenchResult {
	entries: number;
	paragraphs: number;
	characters: number;
	/** Compiling the automaton (includes loading the traditional→simplified tables once). */
	buildMs: number;
	/** Recognition over every paragraph, first pass (cold caches). */
	recogniseMs: number;
	/** The same again (what the editor sees after the first screen). */
	recogniseWarmMs: number;
	matches: number;
}

/**
 * Times building the term index and recognising terms in every paragraph, for `npm run bench`.
 *
 * @example
 * benchTermRecognition(repeatParagraphs(paragraphs), syntheticGlossary()).recogniseMs // ≈ 20–60
 */
export function benchTermRecognition(
	paragraphs: string[],
	entries: TermEntry[],
	now: () => number = () => performance.now()
): TermBenchResult {
	let t = now();
	const index = buildTermIndex(entries);
	const buildMs = now() - t;
	const pass = () => {
		let n = 0;
		for (const p of paragraphs) n += findTerms(index, p).length;
		return n;
	};
	t = now();
	const matches = pass();
	const recogniseMs = now() - t;
	t = now();
	pass();
	const recogniseWarmMs = now() - t;
	return {
		entries: entries.length,
		paragraphs: paragraphs.length,
		characters: paragraphs.reduce((n, p) => n + p.length, 0),
		buildMs,
		recogniseMs,
		recogniseWarmMs,
		matches
	};
}
