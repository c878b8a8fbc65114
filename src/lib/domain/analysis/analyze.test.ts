import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segmentation/sentences.ts';
import { countDocument } from '../stats/count.ts';
import { buildTmIndex } from '../tm/index.ts';
import type { Segment, TmUnit } from '../types.ts';
import {
	ENGLISH_ANALYSIS_LABELS,
	analysisCsv,
	analysisHtml,
	analyzeSegments,
	bandOfPercent,
	type AnalysisReport
} from './index.ts';

const paragraphs = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8')
	.split(/\r?\n/)
	.map((l) => l.trim())
	.filter((l) => l.length > 0);

function segment(source: string, order: number, id = `s${order}`): Segment {
	return {
		id,
		projectId: 'p1',
		order,
		kind: 'body',
		source,
		target: '',
		status: 'draft',
		locked: false,
		provenance: 'typed',
		updatedAt: 0
	};
}

let n = 0;
function unit(source: string, extra: Partial<TmUnit> = {}): TmUnit {
	n++;
	return {
		id: `u${n}`,
		source,
		target: `T${n}`,
		sourceLang: 'zh-CN',
		targetLang: 'en',
		origin: 'tmx',
		createdAt: n,
		updatedAt: n,
		...extra
	};
}

function band(report: AnalysisReport, name: string) {
	return report.bands.find((b) => b.band === name)!;
}

describe('bandOfPercent', () => {
	it.each([
		[100, '100'],
		[99, '95-99'],
		[95, '95-99'],
		[94, '85-94'],
		[85, '85-94'],
		[84, '75-84'],
		[75, '75-84'],
		[74, '50-74'],
		[50, '50-74'],
		[49, 'none']
	])('%i%% → %s', (percent, expected) => {
		expect(bandOfPercent(percent)).toBe(expected);
	});
});

describe('analyzeSegments', () => {
	it('puts each sentence in one band, and the totals are the project statistics', () => {
		const segments = paragraphs.map((p, i) => segment(p, i));
		const sentences = paragraphs.flatMap((p) => splitSentences(p, 'zh'));
		// A memory holding the 3rd sentence exactly and the 10th with one character changed.
		const changed = sentences[9].slice(0, -2) + '好' + sentences[9].slice(-1);
		const report = analyzeSegments(segments, buildTmIndex([unit(sentences[2]), unit(changed)]));
		const stats = countDocument(sentences);
		expect(report.unit).toBe('sentence');
		expect(report.totals.segments).toBe(sentences.length);
		expect(report.totals.words).toBe(stats.words);
		expect(report.totals.characters).toBe(stats.characters);
		expect(band(report, '100').segments).toBe(1);
		const fuzzy = report.bands.filter((b) => ['95-99', '85-94', '75-84'].includes(b.band));
		expect(fuzzy.reduce((s, b) => s + b.segments, 0)).toBe(1);
		expect(band(report, 'none').segments).toBe(sentences.length - 2 - report.repetitions.segments);
	});

	it('counts a source seen again as a repetition, the first time in its band', () => {
		const text = '坚持招优引强，培育壮大产业集群。';
		const report = analyzeSegments(
			[segment(text, 0), segment('宜春经开区设立二十年。', 1), segment(text, 2)],
			buildTmIndex()
		);
		expect(band(report, 'none').segments).toBe(2);
		expect(report.repetitions).toEqual({ segments: 1, words: 14, characters: 16 });
		expect(report.totals.segments).toBe(3);
	});

	it('gives 101% to an exact match from the same paragraph or after another exact match', () => {
		const a = '宜春经开区设立二十年。';
		const b = '坚持招优引强，培育壮大产业集群。';
		const c = '高质量发展迈出新步伐。';
		const own = unit(c, { projectId: 'p1', segmentId: 's5', origin: 'project' });
		const report = analyzeSegments(
			[segment(a + b, 0), segment('另起一段，没有记忆。', 1), segment(c, 5)],
			buildTmIndex([unit(a), unit(b), own])
		);
		// a: exact (first, no context); b: exact after an exact → context; c: its own paragraph.
		expect(band(report, '100').segments).toBe(1);
		expect(band(report, 'context').segments).toBe(2);
		expect(band(report, 'none').segments).toBe(1);
	});

	it('uses only memory units of the project language pair', () => {
		const text = 'The zone was set up twenty years ago.';
		const units = [unit(text, { sourceLang: 'en', targetLang: 'be' })];
		const en = analyzeSegments([segment(text, 0)], buildTmIndex(units), {
			sourceLang: 'en',
			targetLang: 'be'
		});
		expect(band(en, '100').segments).toBe(1);
		const fr = analyzeSegments([segment(text, 0)], buildTmIndex(units), {
			sourceLang: 'en',
			targetLang: 'fr'
		});
		expect(band(fr, 'none').segments).toBe(1);
	});

	it('analyses whole paragraphs when asked', () => {
		const report = analyzeSegments([segment('一句。两句。', 0)], buildTmIndex(), {
			by: 'paragraph'
		});
		expect(report.totals.segments).toBe(1);
		expect(report.unit).toBe('paragraph');
	});
});

describe('analysis exports', () => {
	const report = analyzeSegments(
		[segment('宜春经开区设立二十年。', 0), segment('宜春经开区设立二十年。', 1)],
		buildTmIndex()
	);

	it('writes CSV rows in CAT-tool order, readable back, formulas neutralised', () => {
		const labels = { ...ENGLISH_ANALYSIS_LABELS, total: '=SUM(A1)' };
		const csv = analysisCsv(report, labels);
		const rows = Papa.parse<string[]>(csv.trim()).data;
		expect(rows[0]).toEqual(['Match', 'Segments', 'Words', 'Characters', '% of words']);
		expect(rows.map((r) => r[0])).toEqual([
			'Match',
			'101% (context)',
			'Repetitions',
			'100%',
			'95–99%',
			'85–94%',
			'75–84%',
			'50–74%',
			'No match',
			"'=SUM(A1)"
		]);
		expect(rows[2]).toEqual(['Repetitions', '1', '10', '11', '50.0']);
		expect(rows[9].slice(1)).toEqual(['2', '20', '22', '100.0']);
	});

	it('writes HTML with every label and name escaped', () => {
		const html = analysisHtml(report, ENGLISH_ANALYSIS_LABELS, '<b>宜春</b>', 'en');
		expect(html).toContain('&lt;b&gt;宜春&lt;/b&gt;');
		expect(html).not.toContain('<b>宜春');
		expect(html).toContain('<th>No match</th>');
		expect(html.match(/<tr>/g)).toHaveLength(10);
	});
});
