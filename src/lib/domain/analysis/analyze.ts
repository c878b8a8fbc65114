/**
 * The analysis report CAT tools give for quoting: a project's words and characters by how well
 * the translation memory already covers them, in memoQ's and Trados's bands.
 *
 * Each paragraph is analysed sentence by sentence (or whole, `by: 'paragraph'`), and each
 * sentence falls in exactly one row, decided in this order:
 * 1. `context` (101%): a 100% match made from this very paragraph, or a 100% match whose
 *    preceding sentence in the document is also a 100%/101% match (Trados's context match; the
 *    memory stores no context of its own, so the document's order stands in for it);
 * 2. repetition: the same source (as the memory normalises it) seen earlier in the project —
 *    translated once, it costs nothing again;
 * 3. `100`: an exact match in the memory;
 * 4. the fuzzy bands `95-99`, `85-94`, `75-84`, `50-74` by the best match's percent;
 * 5. `none`: no match of 50% or more.
 * Words and characters are counted by `countText` (Han characters and Latin/number tokens are
 * words; characters leave out white space), so the totals equal the project's statistics.
 */
import { splitSentences, type SentenceLang } from '../segmentation/sentences.ts';
import { countText } from '../stats/count.ts';
import { normaliseForMatch } from '../tm/normalise.ts';
import { searchTm, tmIndexSize, type TmIndex } from '../tm/search.ts';
import type { Segment, TmUnit } from '../types.ts';

/** The match bands, best first, as memoQ and Trados list them. */
export const ANALYSIS_BANDS = [
	'context',
	'100',
	'95-99',
	'85-94',
	'75-84',
	'50-74',
	'none'
] as const;
export type AnalysisBand = (typeof ANALYSIS_BANDS)[number];

/** Lowest percent of each band (`none` takes the rest). */
const BAND_MIN: Record<Exclude<AnalysisBand, 'context' | 'none'>, number> = {
	'100': 100,
	'95-99': 95,
	'85-94': 85,
	'75-84': 75,
	'50-74': 50
};

/** What one row of the report holds. */
export interface AnalysisCounts {
	/** Analysed units (sentences, or paragraphs with `by: 'paragraph'`). */
	segments: number;
	/** CAT-tool words: Han characters + Latin/number tokens (see stats/count.ts). */
	words: number;
	/** Characters without white space. */
	characters: number;
}

export interface AnalysisRow extends AnalysisCounts {
	band: AnalysisBand;
}

export interface AnalysisReport {
	/** What a "segment" of the counts is. */
	unit: 'sentence' | 'paragraph';
	/** Live TM units the project was analysed against. */
	tmUnits: number;
	/** One row per band, in ANALYSIS_BANDS order, zero rows included. */
	bands: AnalysisRow[];
	/** Sources already seen earlier in the project (counted here, not in a band). */
	repetitions: AnalysisCounts;
	/** Every analysed unit: the bands and the repetitions together. */
	totals: AnalysisCounts;
}

export interface AnalysisOptions {
	/** Sentence (default, as CAT tools segment) or whole paragraphs. */
	by?: 'sentence' | 'paragraph';
	/** The project's source language (BCP 47); picks the sentence rules (default zh-CN). */
	sourceLang?: string;
	/** Only TM units of this pair are used when given (primary subtags compared). */
	targetLang?: string;
}

/** The band of a percent from a TM match (below 50: none). */
export function bandOfPercent(percent: number): AnalysisBand {
	for (const band of ['100', '95-99', '85-94', '75-84', '50-74'] as const) {
		if (percent >= BAND_MIN[band]) return band;
	}
	return 'none';
}

function primary(tag: string): string {
	return tag.toLowerCase().split(/[-_]/)[0];
}

function zero(): AnalysisCounts {
	return { segments: 0, words: 0, characters: 0 };
}

function add(into: AnalysisCounts, text: string): void {
	const counts = countText(text);
	into.segments++;
	into.words += counts.words;
	into.characters += counts.characters;
}

/**
 * Analyses a project's segments against a TM index.
 *
 * @example
 * const report = analyzeSegments(segments, buildTmIndex(units));
 * report.bands.find((b) => b.band === '100')?.words // 412
 * report.totals.words // 3878
 */
export function analyzeSegments(
	segments: readonly Segment[],
	index: TmIndex,
	options: AnalysisOptions = {}
): AnalysisReport {
	const by = options.by ?? 'sentence';
	const sourceLang = options.sourceLang ?? 'zh-CN';
	const lang: SentenceLang = primary(sourceLang) === 'zh' ? 'zh' : 'en';
	const pair = (unit: TmUnit) =>
		primary(unit.sourceLang) === primary(sourceLang) &&
		(!options.targetLang || primary(unit.targetLang) === primary(options.targetLang));
	const rows = new Map<AnalysisBand, AnalysisCounts>(ANALYSIS_BANDS.map((b) => [b, zero()]));
	const repetitions = zero();
	const seen = new Set<string>();
	let previousExact = false;
	const ordered = [...segments].sort((a, b) => a.order - b.order);
	for (const segment of ordered) {
		const pieces = by === 'sentence' ? splitSentences(segment.source, lang) : [segment.source];
		for (const piece of pieces) {
			const key = normaliseForMatch(piece);
			if (!key) continue;
			const [best] = searchTm(index, piece, { minScore: 0.5, limit: 1, accept: pair });
			const exact = best?.percent === 100;
			const inContext = exact && (best.unit.segmentId === segment.id || previousExact);
			previousExact = exact;
			let band: AnalysisBand | 'repetition';
			if (inContext) band = 'context';
			else if (seen.has(key)) band = 'repetition';
			else band = best ? bandOfPercent(best.percent) : 'none';
			seen.add(key);
			add(band === 'repetition' ? repetitions : rows.get(band)!, piece);
		}
	}
	const bands = ANALYSIS_BANDS.map((band) => ({ band, ...rows.get(band)! }));
	const totals = zero();
	for (const row of [...bands, repetitions]) {
		totals.segments += row.segments;
		totals.words += row.words;
		totals.characters += row.characters;
	}
	return { unit: by, tmUnits: tmIndexSize(index), bands, repetitions, totals };
}
