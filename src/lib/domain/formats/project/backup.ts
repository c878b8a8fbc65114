/**
 * The workspace backup: every project with its segments, drafts, notes and revisions, plus the
 * shared glossaries, term entries, translation memory and settings, as one JSON file.
 * `parseBackup(serializeBackup(b))` gives back `b` exactly (a test checks it field by field).
 */
import type {
	Annotation,
	Draft,
	FormatIssue,
	Glossary,
	ParseResult,
	Project,
	Revision,
	Segment,
	TermEntry,
	TmUnit
} from '../../types.ts';
import type { TagTables } from '../xliff/inline.ts';
import { badField, readJson, validateCollections } from './project-file.ts';

export const BACKUP_FORMAT = 'duiyi-backup';
export const BACKUP_VERSION = 1;

/** One project inside a backup: the project-file fields that belong to a single project. */
export interface BackupProject {
	project: Project;
	segments: Segment[];
	drafts: Draft[];
	annotations: Annotation[];
	revisions: Revision[];
	inlineTags?: TagTables;
}

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** Epoch milliseconds. */
	createdAt: number;
	projects: BackupProject[];
	glossaries: Glossary[];
	termEntries: TermEntry[];
	tmUnits: TmUnit[];
	/** App settings as stored (key → JSON value). */
	settings: Record<string, unknown>;
}

/**
 * Writes a backup as JSON.
 *
 * @example
 * serializeBackup({ format: 'duiyi-backup', version: 1, createdAt: 0, projects: [], glossaries: [], termEntries: [], tmUnits: [], settings: {} })
 */
export function serializeBackup(backup: Backup): string {
	return JSON.stringify(backup) + '\n';
}

/**
 * Parses and validates a backup; a single bad record refuses the whole file (a restore is all
 * or nothing), with an issue naming where.
 *
 * @example
 * parseBackup('{}').issues[0].code // 'backup_wrong_format'
 */
export function parseBackup(text: string): ParseResult<Backup> {
	const read = readJson(text, 'backup_not_json');
	if (!read.ok) return { value: null, issues: [read.issue] };
	const issues: FormatIssue[] = [];
	const data = read.data;
	const obj = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	if (obj.format !== BACKUP_FORMAT) {
		issues.push({
			severity: 'error',
			code: 'backup_wrong_format',
			message: `format is ${JSON.stringify(obj.format)}, expected "${BACKUP_FORMAT}"`,
			path: 'format'
		});
		return { value: null, issues };
	}
	if (obj.version !== BACKUP_VERSION) {
		issues.push({
			severity: 'error',
			code: 'backup_unsupported_version',
			message: `version ${JSON.stringify(obj.version)} is not supported (this Duiyi reads version ${BACKUP_VERSION})`,
			path: 'version'
		});
		return { value: null, issues };
	}
	if (typeof obj.createdAt !== 'number')
		issues.push({
			severity: 'error',
			code: 'backup_bad_record',
			message: 'createdAt is missing or not a number',
			path: 'createdAt'
		});
	if (typeof obj.settings !== 'object' || obj.settings === null || Array.isArray(obj.settings))
		issues.push({
			severity: 'error',
			code: 'backup_bad_record',
			message: 'settings is missing or not an object',
			path: 'settings'
		});
	validateCollections(obj, ['glossaries', 'termEntries', 'tmUnits'], '', issues);
	if (!Array.isArray(obj.projects)) {
		issues.push({
			severity: 'error',
			code: 'project_missing_list',
			message: 'projects is missing or not a list',
			path: 'projects'
		});
	} else {
		obj.projects.forEach((p, i) => {
			const path = `projects[${i}].`;
			const rec = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
			const bad = badField('project', rec.project);
			if (bad)
				issues.push({
					severity: 'error',
					code: 'project_bad_record',
					message: `${path}project: field "${bad}" is missing or has the wrong type`,
					path: `${path}project.${bad}`
				});
			validateCollections(rec, ['segments', 'drafts', 'annotations', 'revisions'], path, issues);
		});
	}
	if (issues.some((i) => i.severity === 'error')) return { value: null, issues };
	return { value: obj as unknown as Backup, issues };
}
