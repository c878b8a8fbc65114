/**
 * Structure edits of a project's paragraphs: split at a caret, merge with the next, and undo a
 * paragraph repair (split back at the original block boundaries).
 *
 * @example
 * const plan = planSplit(segment, notes, 3, { newId: newId() });
 * const starts = blockStartsIn(segment.source, blockTexts); // then split at starts[1..]
 */
export { cutText, targetOffsetFor, type TextCut } from './split.ts';
export { carryTyping, type TargetText } from './carry.ts';
export { carryTagTables, mergeTagTables, shiftPlaceholders, type TagMerge } from './tags.ts';
export { joinTexts, mergeJoined, type TextJoin } from './merge.ts';
export {
	blockStartsIn,
	planMerge,
	planSplit,
	type MergePlan,
	type SplitOptions,
	type SplitPlan
} from './plan.ts';
