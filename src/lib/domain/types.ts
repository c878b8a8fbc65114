/**
 * The domain model of DESIGN.md §2. One concept, one name: the UI, the code, the database
 * tables and the exports all say the names below.
 *
 * Glossary of names (one line per concept):
 * - Project: one document being translated, its segments and settings (`Project`).
 * - Segment: one paragraph of the source with its English, status and kind; the UI says
 *   "paragraph" (`Segment`). Its position is `order`; its English is its `target`.
 * - Block: a piece of an imported file before repair (a line, `<p>`, `w:p`); a repair joins
 *   blocks into one segment (`Segment.joined`) or moves a caption (`ImportedParagraph`).
 * - Sentence: a span of a segment's text found by the sentence splitter; never stored alone.
 * - Draft: an English text aligned to a project, not yet accepted into its segments (`Draft`).
 * - Bead: one link of an alignment, Chinese segments to a draft's paragraphs (1-1, 2-1, 1-0 …;
 *   stored as `Bead`; the aligner's own layers are named in domain/alignment).
 * - TM unit: one stored source/target pair of the translation memory (`TmUnit`); "unit" means
 *   this, and the trans-unit / unit / tu of XLIFF and TMX, and nothing else.
 * - Glossary: a named list of term entries (`Glossary`).
 * - Term entry: one concept with its terms in each language (`TermEntry`); a term is one
 *   wording of it with a status (`Term`).
 * - Annotation: a note on words of a segment, source or target side (`Annotation`).
 * - Revision: an earlier target of a segment, kept when it is replaced (`Revision`).
 * - QA finding: one problem QA found in a segment (`QaIssue`, a `Finding` inside QA); QA reads
 *   segments as `QaSegment`.
 * - Format issue: a problem reading or writing a file (`FormatIssue`).
 * - MT suggestion: an English proposal from a machine-translation engine (`MtSuggestion`).
 */

/** Block kinds a paragraph can have (inferred on import, changeable by hand). */
export const SEGMENT_KINDS = ['title', 'subtitle', 'heading', 'body', 'caption', 'credit'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** Work status of a segment; `locked` is a separate flag. */
export const SEGMENT_STATUSES = ['new', 'draft', 'translated', 'reviewed'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** Where a target text came from. */
export const PROVENANCES = ['typed', 'aligned', 'tm', 'mt', 'imported', 'source'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export interface ProjectSettings {
	/** QA checks switched off for this project (check codes). */
	disabledChecks: string[];
}

export interface Project {
	id: string;
	name: string;
	sourceLang: string; // 'zh-CN'
	targetLang: string; // 'en'
	/** Glossaries in priority order, the project's own first. */
	glossaryIds: string[];
	settings: ProjectSettings;
	createdAt: number;
	updatedAt: number;
}

export interface Segment {
	id: string;
	projectId: string;
	/** Position in the document, 0-based and dense. */
	order: number;
	kind: SegmentKind;
	source: string;
	target: string;
	status: SegmentStatus;
	locked: boolean;
	provenance: Provenance;
	/** Alignment or TM score (0..1) when the target came from one. */
	score?: number;
	/**
	 * The machine-translation engine (model or service, MtSuggestion.engineName) that wrote the
	 * draft: set with provenance 'mt', kept when the translator edits it.
	 */
	engineName?: string;
	/** Input blocks (0-based) a repaired paragraph was made from, when more than one. */
	joined?: number[];
	/**
	 * Translated together with another paragraph: the id of the group's first paragraph, whose
	 * target holds the English of the whole group (a draft that merged paragraphs which could not
	 * be split cleanly). Such a paragraph has no English of its own and is not untranslated.
	 */
	translatedWith?: string;
	updatedAt: number;
}

/*
 * Beads (links of an alignment), in three layers, each with its own name:
 * - Bead: a link as a draft stores it — Chinese segment ids to draft paragraph indexes. What
 *   the database keeps; survives segments being re-ordered or split.
 * - AlignmentBead: a link between two lists of units by position — Chinese unit indexes to
 *   English unit indexes (sentences, lines or paragraphs). What the aligner returns, the ladder
 *   edits by hand and accept reads.
 * - SearchBead: an AlignmentBead as the aligner's search finds it, before its score: the cost
 *   of the bead and its margin over leaving the same units unaligned. Internal to the aligner.
 */

/** One link of an alignment: source segment ids to draft paragraph indexes. */
export interface Bead {
	source: string[];
	target: number[];
	score: number;
	/** Set by hand: kept as is when the rest is re-aligned. */
	locked?: boolean;
}

/** One link by position: Chinese unit indexes to English unit indexes (either may be empty). */
export interface AlignmentBead {
	zh: number[];
	en: number[];
	/** Confidence in 0..1; insertions and deletions get 0.5, beads made by hand 1. */
	score: number;
	/** Set by hand: kept as is when the rest is re-aligned. */
	locked?: boolean;
}

/** A bead as the alignment search found it: its cost and its margin, not yet a score. */
export interface SearchBead {
	zh: number[];
	en: number[];
	cost: number;
	/** Cost of leaving the same units unaligned, minus the bead's cost. */
	margin: number;
}

export interface Draft {
	id: string;
	projectId: string;
	name: string;
	/** The text exactly as imported. */
	text: string;
	paragraphs: string[];
	beads: Bead[];
	/** Whether the alignment was accepted into the segments' targets. */
	accepted: boolean;
	createdAt: number;
	updatedAt: number;
}

export const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export interface Term {
	/** BCP 47 language tag as written in the glossary: 'zh', 'zh-CN', 'en', 'en-US' … */
	lang: string;
	text: string;
	status: TermStatus;
	partOfSpeech?: string;
	note?: string;
}

/** A concept-oriented termbase entry, as in TBX: all the terms for one concept. */
export interface TermEntry {
	id: string;
	glossaryIds: string[];
	terms: Term[];
	domain?: string;
	definition?: string;
	note?: string;
	/** Where the entry comes from (a client list, a publication …). */
	source?: string;
	createdAt: number;
	updatedAt: number;
}

export interface Glossary {
	id: string;
	name: string;
	sourceLang: string;
	targetLang: string;
	createdAt: number;
	updatedAt: number;
}

export type TmOrigin = 'project' | 'tmx' | 'alignment';

export interface TmUnit {
	id: string;
	source: string;
	target: string;
	sourceLang: string;
	targetLang: string;
	origin: TmOrigin;
	projectId?: string;
	segmentId?: string;
	/** The file a unit was imported from (a TMX file's name), shown beside a concordance hit. */
	file?: string;
	createdAt: number;
	updatedAt: number;
}

export const ANNOTATION_CATEGORIES = [
	'comment',
	'question',
	'terminology',
	'cultural',
	'error'
] as const;
export type AnnotationCategory = (typeof ANNOTATION_CATEGORIES)[number];
export const ERROR_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type ErrorSeverity = (typeof ERROR_SEVERITIES)[number];
export type AnnotationSide = 'source' | 'target';

/** W3C Web Annotation selectors: TextQuoteSelector plus TextPositionSelector (UTF-16 offsets). */
export interface TextSelector {
	exact: string;
	prefix: string;
	suffix: string;
	start: number;
	end: number;
}

export interface AnnotationReply {
	id: string;
	author: string;
	body: string;
	createdAt: number;
}

export interface Annotation {
	id: string;
	projectId: string;
	segmentId: string;
	side: AnnotationSide;
	selector: TextSelector;
	/** Set when the quoted words can no longer be found; the note keeps its old quote. */
	detached: boolean;
	body: string;
	category: AnnotationCategory;
	severity?: ErrorSeverity;
	status: 'open' | 'resolved';
	author: string;
	replies: AnnotationReply[];
	createdAt: number;
	updatedAt: number;
}

export type RevisionReason =
	'confirm' | 'restore' | 'align' | 'import' | 'review' | 'split' | 'merge' | 'replace' | 'mt';

/** The previous state of a segment's target, kept whenever a change is confirmed. */
export interface Revision {
	id: string;
	projectId: string;
	segmentId: string;
	target: string;
	status: SegmentStatus;
	reason: RevisionReason;
	createdAt: number;
	/** A shared project: the signed-in member whose edit made this version. */
	by?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A QA finding: a code and parameters; the UI (or the CLI) turns it into words. */
export interface QaIssue {
	/**
	 * Index of the segment in document order. Named `unit` because the CLI's JSON says so
	 * (scripts read it); in the code it is always a segment's index.
	 */
	unit: number;
	check: string;
	code: string;
	severity: Severity;
	params: Record<string, string | number>;
	/** The offending source text, when there is one. */
	source?: string;
	/** The offending target text, when there is one. */
	target?: string;
	/** UTF-16 spans in the source / target for highlighting. */
	sourceSpan?: [number, number];
	targetSpan?: [number, number];
}

/** A problem found while parsing a user's file: where, and what (a code with parameters). */
export interface FormatIssue {
	severity: 'error' | 'warning';
	code: string;
	message: string;
	/** 1-based line, or an element path, when known. */
	line?: number;
	path?: string;
}

/** What every parser returns: never throws on a bad user file. */
export interface ParseResult<T> {
	value: T | null;
	issues: FormatIssue[];
}

/** Machine-translation engines Duiyi speaks to (issue 17). */
export const MT_ENGINES = ['openai', 'deepl', 'libretranslate'] as const;
export type MtEngine = (typeof MT_ENGINES)[number];

/** A machine translation of one paragraph, checked by QA at once. */
export interface MtSuggestion {
	engine: MtEngine;
	/** The model or service that answered (e.g. "qwen2.5:7b", "DeepL"). */
	engineName: string;
	source: string;
	target: string;
	/** QA findings on the suggestion (terms, numbers by value …); `unit` is 0. */
	findings: QaIssue[];
}

/** A member's role on a shared project or glossary (team server, DESIGN.md §10). */
export const TEAM_ROLES = ['owner', 'translator', 'reviewer', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
/** What a team server shares: one Y.js document per project or glossary. */
export type SharedKind = 'project' | 'glossary';
