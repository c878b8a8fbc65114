/**
 * The team server's own tables, versioned like the browser's Dexie schema (append only: a
 * released version is never edited, a change is a new version). Each version has its SQL for
 * SQLite and for PostgreSQL; `schema_migrations` records which versions a database has.
 */
export interface Migration {
	version: number;
	description: string;
	sqlite: string[];
	postgres: string[];
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		description: 'users, sessions, shared documents with their members, the update log',
		sqlite: [
			`CREATE TABLE users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL,
				admin INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)`,
			`CREATE TABLE sessions (token_hash TEXT PRIMARY KEY,
				user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
				expires_at INTEGER NOT NULL)`,
			`CREATE TABLE documents (name TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,
				state BLOB, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
			`CREATE TABLE memberships (document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
				user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
				role TEXT NOT NULL, PRIMARY KEY (document, user_name))`,
			`CREATE TABLE document_updates (id INTEGER PRIMARY KEY AUTOINCREMENT,
				document TEXT NOT NULL, data BLOB NOT NULL, created_at INTEGER NOT NULL)`,
			`CREATE INDEX document_updates_by_document ON document_updates(document, id)`
		],
		postgres: [
			`CREATE TABLE users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL,
				admin BOOLEAN NOT NULL DEFAULT FALSE, created_at BIGINT NOT NULL)`,
			`CREATE TABLE sessions (token_hash TEXT PRIMARY KEY,
				user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
				expires_at BIGINT NOT NULL)`,
			`CREATE TABLE documents (name TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,
				state BYTEA, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
			`CREATE TABLE memberships (document TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
				user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
				role TEXT NOT NULL, PRIMARY KEY (document, user_name))`,
			`CREATE TABLE document_updates (id BIGSERIAL PRIMARY KEY,
				document TEXT NOT NULL, data BYTEA NOT NULL, created_at BIGINT NOT NULL)`,
			`CREATE INDEX document_updates_by_document ON document_updates(document, id)`
		]
	}
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
