/**
 * Where the team server keeps its data: users, sessions, shared documents with their members,
 * and each document's Y.js state. Two implementations with one interface: SQLite in a folder
 * (the default) and PostgreSQL (DATABASE_URL).
 *
 * A document's state is a snapshot plus an append-only log of updates. Every update a client
 * sends is appended to the log before the server applies and acknowledges it, so a server killed
 * at any moment loses nothing it acknowledged; storing a snapshot folds in the log entries the
 * snapshot contains.
 */
import type { SharedKind, TeamRole } from '../lib/domain/types.ts';

export interface UserRow {
	name: string;
	passwordHash: string;
	admin: boolean;
	createdAt: number;
}

export interface DocumentRow {
	name: string;
	kind: SharedKind;
	title: string;
}

export interface MemberRow {
	user: string;
	role: TeamRole;
}

export interface LoggedUpdate {
	id: number;
	data: Uint8Array;
}

export interface ServerStore {
	readonly kind: 'sqlite' | 'postgres';
	/** Brings the tables to the latest version; returns the version the database had before. */
	migrate(): Promise<number>;
	addUser(user: UserRow): Promise<void>;
	getUser(name: string): Promise<UserRow | undefined>;
	listUsers(): Promise<UserRow[]>;
	removeUser(name: string): Promise<boolean>;
	addSession(tokenHash: string, user: string, expiresAt: number): Promise<void>;
	/** The user a live session belongs to (expired sessions count as absent). */
	sessionUser(tokenHash: string, now: number): Promise<string | undefined>;
	removeSession(tokenHash: string): Promise<void>;
	/** Creates a shared document with its first member, the owner; false when the name is taken. */
	createDocument(doc: DocumentRow, owner: string, now: number): Promise<boolean>;
	getDocument(name: string): Promise<DocumentRow | undefined>;
	/** The title members see in their lists: the name the shared document holds (after a rename). */
	setTitle(name: string, title: string, now: number): Promise<void>;
	documentsOf(user: string): Promise<(DocumentRow & { role: TeamRole })[]>;
	roleOf(document: string, user: string): Promise<TeamRole | undefined>;
	members(document: string): Promise<MemberRow[]>;
	setMember(document: string, user: string, role: TeamRole): Promise<void>;
	removeMember(document: string, user: string): Promise<void>;
	countDocuments(): Promise<number>;
	appendUpdate(document: string, update: Uint8Array, now: number): Promise<void>;
	/** The stored snapshot and every logged update after it. */
	loadState(document: string): Promise<{ snapshot: Uint8Array | null; updates: LoggedUpdate[] }>;
	/**
	 * Replaces the snapshot by `merge(old snapshot, state)` and deletes the log entries `contains`
	 * says the new state holds, in one transaction.
	 */
	storeState(
		document: string,
		state: Uint8Array,
		merge: (old: Uint8Array | null, state: Uint8Array) => Uint8Array,
		contains: (update: Uint8Array) => boolean,
		now: number
	): Promise<void>;
	close(): Promise<void>;
}

export interface StoreOptions {
	/** Folder of the SQLite database (used when no DATABASE_URL). */
	dataDir: string;
	/** postgres://… selects PostgreSQL. */
	databaseUrl?: string;
	/** PostgreSQL schema to keep the tables in (created when missing); default: the search path. */
	pgSchema?: string;
}

/** Opens (and migrates) the store the options select. */
export async function openStore(options: StoreOptions): Promise<ServerStore> {
	const store = options.databaseUrl
		? new (await import('./store-pg.ts')).PgStore(options.databaseUrl, options.pgSchema)
		: new (await import('./store-sqlite.ts')).SqliteStore(options.dataDir);
	try {
		await store.migrate();
	} catch (err) {
		await store.close();
		throw err;
	}
	return store;
}
