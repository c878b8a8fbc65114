/**
 * Every QA check and the codes it reports, with a default severity. The UI and the CLI turn a
 * code and its parameters into words (locales/<lang>/qa.json, key `qa.<code>`).
 */
import type { Severity } from '../types.ts';

export const QA_CHECKS = [
	'number',
	'glossary',
	'untranslated',
	'empty',
	'punctuation',
	'brackets',
	'repetition',
	'spacing',
	'consistency',
	'length',
	'tags'
] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

/** Code → [check, default severity]. */
export const QA_CODES = {
	/** A number of the Chinese is not in the English. */
	number_missing: ['number', 'error'],
	/** A number of the Chinese appears in the English with another value (105亿 / 1.05 billion). */
	number_different: ['number', 'error'],
	/** The English has a number the Chinese does not. */
	number_added: ['number', 'warning'],
	/** Same value, but one side is approximate and the other exact (20余家 / 20). */
	number_approx: ['number', 'warning'],
	/** Same value bounded the other way (20余家 / nearly 20, 不超过5天 / at least five days). */
	number_bound: ['number', 'error'],
	/** Same value in another unit: percent / percentage points, yuan / dollars. */
	number_unit: ['number', 'warning'],
	/** Two percentages or amounts are swapped between the Chinese and the English. */
	number_order: ['number', 'warning'],
	/** A number the Chinese repeats appears fewer times in the English. */
	number_repeated: ['number', 'info'],
	/** A glossary term of the source has none of its English terms in the target. */
	glossary_missing: ['glossary', 'warning'],
	/** The target uses an English term the glossary forbids for a term of the source. */
	glossary_forbidden: ['glossary', 'error'],
	/** Chinese characters left in the English. */
	untranslated: ['untranslated', 'warning'],
	/** The English is (mostly) Chinese: the paragraph was not translated. */
	not_translated: ['untranslated', 'error'],
	/** A paragraph has no English (an error once confirmed, a warning before). */
	empty_target: ['empty', 'error'],
	/** Chinese full-width punctuation in the English (，。：；（）、). */
	fullwidth_punctuation: ['punctuation', 'warning'],
	unbalanced_brackets: ['brackets', 'warning'],
	unbalanced_quotes: ['brackets', 'warning'],
	doubled_word: ['repetition', 'warning'],
	double_space: ['spacing', 'info'],
	leading_space: ['spacing', 'info'],
	trailing_space: ['spacing', 'info'],
	space_before_punctuation: ['spacing', 'info'],
	/** The same source text is translated differently elsewhere. */
	inconsistent_target: ['consistency', 'warning'],
	/** Different source texts are translated the same way. */
	inconsistent_source: ['consistency', 'info'],
	/** Much shorter than the Chinese predicts (something left out?). */
	length_short: ['length', 'warning'],
	/** Much longer than the Chinese predicts (something added?). */
	length_long: ['length', 'warning'],
	/** An inline tag of the source is not in the target. */
	tag_missing: ['tags', 'error'],
	/** The target has an inline tag the source does not (or has it more often). */
	tag_extra: ['tags', 'error'],
	/** A tag pair's end comes before its start in the target. */
	tag_order: ['tags', 'error'],
	/** Two tag pairs cross in the target ({1}{2}{/1}{/2}). */
	tag_nesting: ['tags', 'error']
} as const satisfies Record<string, readonly [QaCheck, Severity]>;
export type QaCode = keyof typeof QA_CODES;

export const QA_CODE_LIST = Object.keys(QA_CODES) as QaCode[];
