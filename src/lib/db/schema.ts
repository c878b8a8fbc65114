/**
 * The Duiyi database: the Dexie class, the stored row types and the list of versions.
 * Rows are what IndexedDB holds; repositories in ./repos turn them into domain objects.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
	Annotation,
	Bead,
	Draft,
	Glossary,
	Project,
	Revision,
	Segment,
	TermEntry,
	TmUnit
} from '../domain/types.ts';
import { v1 } from './migrations/v1.ts';
import { upgradeToV2, v2 } from './migrations/v2.ts';
import { upgradeToV3, v3 } from './migrations/v3.ts';

export type ProjectRow = Project;
export type SegmentRow = Segment;
/** A draft's own fields; its text, paragraphs and beads are in `draftChunks` (v3). */
export type DraftRow = Omit<Draft, 'text' | 'paragraphs' | 'beads'> & {
	/** How many chunks of each kind the draft has. */
	chunks: { text: number; paragraphs: number; beads: number };
};
/** A piece of a draft: part of its text, of its paragraphs or of its beads. */
export type DraftChunkRow = { draftId: string; projectId: string; index: number } & (
	| { kind: 'text'; value: string }
	| { kind: 'paragraphs'; value: string[] }
	| { kind: 'beads'; value: Bead[] }
);
export type GlossaryRow = Glossary;
export type TermEntryRow = TermEntry;
export type TmUnitRow = TmUnit & { hash: string };
export type AnnotationRow = Annotation;
export type RevisionRow = Revision;
export interface SettingRow {
	key: string;
	value: unknown;
}
export interface QaDismissalRow {
	id: string; // projectId + issue fingerprint
	projectId: string;
	fingerprint: string;
	createdAt: number;
}
export interface RepairDecisionRow {
	id: string; // projectId + proposal id
	projectId: string;
	proposalId: string;
	accepted: boolean;
	/** The blocks a join brings together and their texts, so it can be undone later. */
	blocks?: number[];
	texts?: string[];
	createdAt: number;
}

export const DB_NAME = 'duiyi';

/** Every schema version, in order; append only (STYLE.md habit 4). */
export const VERSIONS = [
	{ version: 1, stores: v1 },
	{ version: 2, stores: v2, upgrade: upgradeToV2 },
	{ version: 3, stores: v3, upgrade: upgradeToV3 }
] as const;

export class DuiyiDB extends Dexie {
	projects!: EntityTable<ProjectRow, 'id'>;
	segments!: EntityTable<SegmentRow, 'id'>;
	drafts!: EntityTable<DraftRow, 'id'>;
	draftChunks!: Table<DraftChunkRow, [string, string, number]>;
	glossaries!: EntityTable<GlossaryRow, 'id'>;
	termEntries!: EntityTable<TermEntryRow, 'id'>;
	tmUnits!: EntityTable<TmUnitRow, 'id'>;
	annotations!: EntityTable<AnnotationRow, 'id'>;
	revisions!: EntityTable<RevisionRow, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	qaDismissals!: EntityTable<QaDismissalRow, 'id'>;
	repairDecisions!: EntityTable<RepairDecisionRow, 'id'>;

	/** Opens the database at `upTo` (the latest by default; older ones for migration tests). */
	constructor(name = DB_NAME, upTo: number = VERSIONS[VERSIONS.length - 1].version) {
		super(name);
		for (const spec of VERSIONS) {
			if (spec.version > upTo) break;
			const version = this.version(spec.version).stores(spec.stores);
			if ('upgrade' in spec) version.upgrade(spec.upgrade);
		}
	}
}

let instance: DuiyiDB | null = null;

/** The app's one database connection (opened lazily, in the browser). */
export function getDb(): DuiyiDB {
	instance ??= new DuiyiDB();
	return instance;
}

/** The tables one project's own rows live in (with the project row itself). */
export const projectTables = (db: DuiyiDB) => [
	db.projects,
	db.segments,
	db.drafts,
	db.draftChunks,
	db.annotations,
	db.revisions
];
