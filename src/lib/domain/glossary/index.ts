/** The glossary domain: matching, English checks, search, warnings, and reading glossary files. */
export { buildTermIndex, findTerms } from './match.ts';
export type { TermIndex, TermIndexOptions, TermMatch } from './match.ts';
export { findEnglishTerm, findEnglishTermAll, checkTermUse, checkTargetTerms } from './english.ts';
export type { TermUse } from './english.ts';
export { entryPinyin, prepareEntrySearch, searchEntries, sortEntries } from './search.ts';
export type { EntryPinyin, EntrySort } from './search.ts';
export { findDuplicates, findConflicts, WarningScan } from './duplicates.ts';
export type { DuplicateGroup, GlossaryConflict } from './duplicates.ts';
export {
	benchTermRecognition,
	repeatParagraphs,
	syntheticGlossary,
	type TermBenchResult
} from './synthetic.ts';
export { foldText } from './fold.ts';
export {
	createEntry,
	newTermEntry,
	headword,
	isLang,
	readStatus,
	termsOf,
	usableTexts,
	type EntryFactoryOptions
} from './terms.ts';
export { parseGlossaryFile, glossaryFormatOf } from './file.ts';
export type { GlossaryFile, GlossaryFileFormat } from './file.ts';
export { mergeEntries } from './merge.ts';
export type {
	ConflictPolicy,
	MergeConflict,
	MergeOptions,
	MergeReport,
	MergeResult
} from './merge.ts';
export { parseGlossaryCsv } from '../formats/csv/parse.ts';
export type { CsvGlossary, CsvParseOptions } from '../formats/csv/parse.ts';
export {
	serializeGlossaryCsv,
	csvDroppedTerms,
	CANONICAL_HEADER
} from '../formats/csv/serialize.ts';
export { parseTbx } from '../formats/tbx/parse.ts';
export type { TbxGlossary, TbxParseOptions } from '../formats/tbx/parse.ts';
export { serializeTbx } from '../formats/tbx/serialize.ts';
export type { TbxSerializeOptions } from '../formats/tbx/serialize.ts';
