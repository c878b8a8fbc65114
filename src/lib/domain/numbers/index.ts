/**
 * Numbers in Chinese and English text, read by value (DESIGN.md §4): one reader per language
 * and the comparisons the QA checks and the aligner share.
 */
export type { DateParts, NumberBound, NumberKind, NumberMention } from './types.ts';
export { findChineseNumbers, chineseNumeral } from './chinese.ts';
export { findEnglishNumbers } from './english.ts';
export {
	compareMentions,
	describeValue,
	familyOf,
	nameKey,
	numberKey,
	sameApprox,
	sameBound,
	sameValue,
	type NumberFamily,
	type ValueMatch
} from './compare.ts';
