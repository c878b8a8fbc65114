/**
 * Chinese–English alignment (DESIGN.md §4): paragraphs or sentences of a Chinese text lined up
 * with an English draft. Pure; runs in a worker in the app and under Node in the CLI.
 */
import type { Dictionary } from '../dictionary/index.ts';
import { chineseFeatures, englishFeatures, type GlossaryPair } from './features.ts';
import { DEFAULT_PARAMS, type AlignParams } from './model.ts';
import { search } from './search.ts';
import { learnLexicon, withLexicon } from './lexicon.ts';

export type { GlossaryPair } from './features.ts';
export { DEFAULT_PARAMS, shapeCosts, type AlignParams } from './model.ts';

/** One link: Chinese unit indexes to English unit indexes (either may be empty), with a score. */
export interface AlignmentBead {
	zh: number[];
	en: number[];
	/** Confidence in 0..1; insertions and deletions get 0.5. */
	score: number;
}

export interface Alignment {
	beads: AlignmentBead[];
}

export interface AlignOptions {
	glossary?: GlossaryPair[];
	dictionary?: Dictionary;
	onProgress?: (fraction: number) => void;
	/** Model constants; the defaults were fitted on MAC-Dev. */
	params?: Partial<AlignParams>;
}

/**
 * Aligns Chinese units with English units (sentences, lines or paragraphs). Every unit of both
 * sides appears in exactly one bead, in order; a bead with an empty side is a unit with no
 * counterpart.
 *
 * @example
 * alignUnits(['我爱你。', '他走了。'], ['I love you.', 'He left.'], { dictionary }).beads
 * // [{ zh: [0], en: [0], score: … }, { zh: [1], en: [1], score: … }]
 */
export function alignUnits(zh: string[], en: string[], options: AlignOptions = {}): Alignment {
	const params = { ...DEFAULT_PARAMS, ...options.params };
	const zhFeatures = chineseFeatures(zh, options.dictionary, options.glossary);
	const enFeatures = englishFeatures(en, options.glossary);
	const progress = options.onProgress;
	let raw = search(zhFeatures, enFeatures, params, progress && ((f) => progress(f / 2)));
	if (params.lexiconPass) {
		const lexicon = learnLexicon(zhFeatures, enFeatures, raw, {
			minCount: params.lexiconMinCount,
			minDice: params.lexiconMinDice
		});
		raw = search(
			zhFeatures,
			withLexicon(enFeatures, lexicon),
			params,
			progress && ((f) => progress(0.5 + f / 2))
		);
	}
	return {
		beads: raw.map((b) => ({
			zh: b.zh,
			en: b.en,
			score: b.zh.length && b.en.length ? round(1 / (1 + Math.exp(-b.margin / 4))) : 0.5
		}))
	};
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
