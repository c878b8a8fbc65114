/** Translation memory: normalisation, the n-gram index and fuzzy search, units from segments. */
export { normaliseForMatch, textGrams } from './normalise.ts';
export {
	addToTmIndex,
	buildTmIndex,
	removeFromTmIndex,
	searchTm,
	syncTmIndex,
	tmIndexSize,
	type TmIndex,
	type TmMatch,
	type TmSearchOptions
} from './search.ts';
export {
	tmUnitId,
	tmUnitsFromSegments,
	type SentencePair,
	type SentenceSplitter,
	type TmFromSegmentsOptions
} from './from-segments.ts';
export { syntheticTm } from './synthetic.ts';
export { diffChars, type DiffOp, type DiffPart } from './diff.ts';
export {
	concordance,
	prepareConcordance,
	rangesOf,
	type ConcordanceHit,
	type ConcordanceOptions,
	type ConcordanceResult,
	type HitRange
} from './concordance.ts';
export { sentenceMatches, type SentenceMatch } from './sentences.ts';
export { repetitionsOf, type Repetition } from './repetitions.ts';
