/**
 * The project file: one JSON document holding a whole project (what `duiyi new` writes and
 * `duiyi export` reads, and what one project of a backup looks like). Parsing validates every
 * record, because a hand-edited or truncated file must be refused before anything is stored.
 */
import {
	ANNOTATION_CATEGORIES,
	PROVENANCES,
	SEGMENT_KINDS,
	SEGMENT_STATUSES,
	TERM_STATUSES,
	type Annotation,
	type Draft,
	type FormatIssue,
	type Glossary,
	type ParseResult,
	type Project,
	type Revision,
	type Segment,
	type TermEntry,
	type TmUnit
} from '../../types.ts';
import type { TagTables } from '../xliff/inline.ts';
import { checkFileSize } from '../limits.ts';

export const PROJECT_FORMAT = 'duiyi-project';
export const PROJECT_VERSION = 1;

export interface ProjectFile {
	format: typeof PROJECT_FORMAT;
	version: typeof PROJECT_VERSION;
	project: Project;
	segments: Segment[];
	drafts: Draft[];
	glossaries: Glossary[];
	termEntries: TermEntry[];
	annotations: Annotation[];
	revisions: Revision[];
	tmUnits: TmUnit[];
	/** Inline codes of imported XLIFF/TMX segments, by segment id (see xliff/inline.ts). */
	inlineTags?: TagTables;
}

/**
 * An empty project file around a project.
 *
 * @example
 * emptyProjectFile({ id: 'p1', name: '宜春', sourceLang: 'zh-CN', targetLang: 'en', glossaryIds: [], settings: { disabledChecks: [] }, createdAt: 0, updatedAt: 0 }).segments // []
 */
export function emptyProjectFile(project: Project): ProjectFile {
	return {
		format: PROJECT_FORMAT,
		version: PROJECT_VERSION,
		project,
		segments: [],
		drafts: [],
		glossaries: [],
		termEntries: [],
		annotations: [],
		revisions: [],
		tmUnits: []
	};
}

/**
 * Writes a project file as pretty JSON, segments in document order.
 *
 * @example
 * serializeProjectFile(file).startsWith('{\n  "format": "duiyi-project"') // true
 */
export function serializeProjectFile(file: ProjectFile): string {
	const ordered: ProjectFile = {
		format: PROJECT_FORMAT,
		version: PROJECT_VERSION,
		project: file.project,
		segments: [...file.segments].sort((a, b) => a.order - b.order),
		drafts: file.drafts,
		glossaries: file.glossaries,
		termEntries: file.termEntries,
		annotations: file.annotations,
		revisions: file.revisions,
		tmUnits: file.tmUnits
	};
	if (file.inlineTags && Object.keys(file.inlineTags).length) ordered.inlineTags = file.inlineTags;
	return JSON.stringify(ordered, null, 2) + '\n';
}

/** JSON.parse's complaint on one short line (it quotes the text, line breaks and all). */
export function jsonErrorText(err: unknown): string {
	const text = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
	return text.length > 120 ? text.slice(0, 119) + '…' : text;
}

/**
 * Reads JSON text (a leading BOM allowed); on a syntax error, an issue with `code` and JSON.parse's
 * complaint on one line instead of a value.
 *
 * @example
 * readJson('{', 'project_not_json') // { ok: false, issue: { code: 'project_not_json', … } }
 */
export function readJson(
	text: string,
	code: string
): { ok: true; data: unknown } | { ok: false; issue: FormatIssue } {
	const tooBig = checkFileSize(text);
	if (tooBig) return { ok: false, issue: tooBig };
	try {
		return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (err) {
		return {
			ok: false,
			issue: { severity: 'error', code, message: `not valid JSON: ${jsonErrorText(err)}` }
		};
	}
}

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const oneOf =
	(values: readonly string[]): Check =>
	(v) =>
		typeof v === 'string' && values.includes(v);
const arrayOf =
	(c: Check): Check =>
	(v) =>
		Array.isArray(v) && v.every(c);
const optional =
	(c: Check): Check =>
	(v) =>
		v === undefined || c(v);
const record =
	(shape: Record<string, Check>): Check =>
	(v) =>
		typeof v === 'object' &&
		v !== null &&
		!Array.isArray(v) &&
		Object.entries(shape).every(([k, c]) => c((v as Record<string, unknown>)[k]));

const SHAPES: Record<string, Record<string, Check>> = {
	project: {
		id: str,
		name: str,
		sourceLang: str,
		targetLang: str,
		glossaryIds: arrayOf(str),
		settings: record({ disabledChecks: arrayOf(str) }),
		createdAt: num,
		updatedAt: num
	},
	segments: {
		id: str,
		projectId: str,
		order: num,
		kind: oneOf(SEGMENT_KINDS),
		source: str,
		target: str,
		status: oneOf(SEGMENT_STATUSES),
		locked: bool,
		provenance: oneOf(PROVENANCES),
		score: optional(num),
		engineName: optional(str),
		joined: optional(arrayOf(num)),
		translatedWith: optional(str),
		updatedAt: num
	},
	drafts: {
		id: str,
		projectId: str,
		name: str,
		text: str,
		paragraphs: arrayOf(str),
		beads: arrayOf(
			record({ source: arrayOf(str), target: arrayOf(num), score: num, locked: optional(bool) })
		),
		accepted: bool,
		createdAt: num,
		updatedAt: num
	},
	glossaries: {
		id: str,
		name: str,
		sourceLang: str,
		targetLang: str,
		createdAt: num,
		updatedAt: num
	},
	termEntries: {
		id: str,
		glossaryIds: arrayOf(str),
		terms: arrayOf(
			record({
				lang: str,
				text: str,
				status: oneOf(TERM_STATUSES),
				partOfSpeech: optional(str),
				note: optional(str)
			})
		),
		createdAt: num,
		updatedAt: num
	},
	annotations: {
		id: str,
		projectId: str,
		segmentId: str,
		side: oneOf(['source', 'target']),
		selector: record({ exact: str, prefix: str, suffix: str, start: num, end: num }),
		detached: bool,
		body: str,
		category: oneOf(ANNOTATION_CATEGORIES),
		status: oneOf(['open', 'resolved']),
		author: str,
		replies: arrayOf(record({ id: str, author: str, body: str, createdAt: num })),
		createdAt: num,
		updatedAt: num
	},
	revisions: {
		id: str,
		projectId: str,
		segmentId: str,
		target: str,
		status: oneOf(SEGMENT_STATUSES),
		reason: str,
		createdAt: num
	},
	tmUnits: {
		id: str,
		source: str,
		target: str,
		sourceLang: str,
		targetLang: str,
		origin: oneOf(['project', 'tmx', 'alignment']),
		createdAt: num,
		updatedAt: num
	}
};

/** Checks one record against its shape; returns the first bad field, or null. */
export function badField(kind: keyof typeof SHAPES, value: unknown): string | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return '(not an object)';
	for (const [key, check] of Object.entries(SHAPES[kind])) {
		if (!check((value as Record<string, unknown>)[key])) return key;
	}
	return null;
}

/** Validates the arrays of a project-like object, pushing an issue per bad record. */
export function validateCollections(
	obj: Record<string, unknown>,
	kinds: (keyof typeof SHAPES)[],
	path: string,
	issues: FormatIssue[]
): void {
	for (const kind of kinds) {
		const list = obj[kind];
		if (!Array.isArray(list)) {
			issues.push({
				severity: 'error',
				code: 'project_missing_list',
				message: `${path}${kind} is missing or not a list`,
				path: `${path}${kind}`
			});
			continue;
		}
		list.forEach((item, i) => {
			const bad = badField(kind, item);
			if (bad) {
				issues.push({
					severity: 'error',
					code: 'project_bad_record',
					message: `${path}${kind}[${i}]: field "${bad}" is missing or has the wrong type`,
					path: `${path}${kind}[${i}].${bad}`
				});
			}
		});
	}
}

/** Checks that ids are unique and segments' orders dense; pushes issues. */
function checkConsistency(file: ProjectFile, path: string, issues: FormatIssue[]): void {
	const ids = new Set<string>();
	for (const s of file.segments) {
		if (ids.has(s.id))
			issues.push({
				severity: 'error',
				code: 'project_duplicate_id',
				message: `${path}segments: id "${s.id}" appears twice`,
				path: `${path}segments`
			});
		ids.add(s.id);
	}
	const orders = file.segments.map((s) => s.order).sort((a, b) => a - b);
	if (new Set(orders).size !== orders.length) {
		issues.push({
			severity: 'error',
			code: 'project_duplicate_order',
			message: `${path}segments: two segments have the same position (order)`,
			path: `${path}segments`
		});
	} else if (orders.some((o, i) => o !== i)) {
		issues.push({
			severity: 'warning',
			code: 'project_sparse_order',
			message: `${path}segments: positions (order) are not 0, 1, 2 …; numbers in exports follow them`,
			path: `${path}segments`
		});
	}
	for (const a of file.annotations) {
		if (!ids.has(a.segmentId))
			issues.push({
				severity: 'warning',
				code: 'project_orphan_annotation',
				message: `${path}annotations: note "${a.id}" points at a segment that does not exist`,
				path: `${path}annotations`
			});
	}
}

/** Validates a parsed JSON value as a project file (used by the backup too). */
export function validateProjectFile(
	data: unknown,
	path = '',
	issues: FormatIssue[] = []
): ProjectFile | null {
	const before = issues.filter((i) => i.severity === 'error').length;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		issues.push({
			severity: 'error',
			code: 'project_not_object',
			message: `${path || 'the file'} is not a JSON object`
		});
		return null;
	}
	const obj = data as Record<string, unknown>;
	if (obj.format !== PROJECT_FORMAT) {
		issues.push({
			severity: 'error',
			code: 'project_wrong_format',
			message: `${path}format is ${JSON.stringify(obj.format)}, expected "${PROJECT_FORMAT}"`,
			path: `${path}format`
		});
		return null;
	}
	if (obj.version !== PROJECT_VERSION) {
		issues.push({
			severity: 'error',
			code: 'project_unsupported_version',
			message: `${path}version ${JSON.stringify(obj.version)} is not supported (this Duiyi reads version ${PROJECT_VERSION})`,
			path: `${path}version`
		});
		return null;
	}
	const bad = badField('project', obj.project);
	if (bad) {
		issues.push({
			severity: 'error',
			code: 'project_bad_record',
			message: `${path}project: field "${bad}" is missing or has the wrong type`,
			path: `${path}project.${bad}`
		});
	}
	validateCollections(
		obj,
		['segments', 'drafts', 'glossaries', 'termEntries', 'annotations', 'revisions', 'tmUnits'],
		path,
		issues
	);
	if (issues.filter((i) => i.severity === 'error').length > before) return null;
	const file = obj as unknown as ProjectFile;
	checkConsistency(file, path, issues);
	return issues.filter((i) => i.severity === 'error').length > before ? null : file;
}

/**
 * Parses and validates a project file.
 *
 * @example
 * parseProjectFile('{"format":"x"}').issues[0].code // 'project_wrong_format'
 */
export function parseProjectFile(text: string): ParseResult<ProjectFile> {
	const read = readJson(text, 'project_not_json');
	if (!read.ok) return { value: null, issues: [read.issue] };
	const issues: FormatIssue[] = [];
	const value = validateProjectFile(read.data, '', issues);
	return { value, issues };
}
