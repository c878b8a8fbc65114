/**
 * The team server's store in one SQLite file (DATA_DIR/duiyi-team.sqlite), through
 * better-sqlite3. WAL journal: a write is in the file before the call returns, so a killed
 * process loses nothing it wrote.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { TeamRole } from '../lib/domain/types.ts';
import { MIGRATIONS } from './migrations.ts';
import type { DocumentRow, LoggedUpdate, MemberRow, ServerStore, UserRow } from './store.ts';

export const SQLITE_FILE = 'duiyi-team.sqlite';

interface UserRecord {
	name: string;
	password_hash: string;
	admin: number;
	created_at: number;
}

const toUser = (r: UserRecord): UserRow => ({
	name: r.name,
	passwordHash: r.password_hash,
	admin: r.admin === 1,
	createdAt: r.created_at
});

export class SqliteStore implements ServerStore {
	readonly kind = 'sqlite';
	private readonly db: Database.Database;

	constructor(dataDir: string) {
		mkdirSync(dataDir, { recursive: true });
		this.db = new Database(join(dataDir, SQLITE_FILE));
		this.db.pragma('journal_mode = WAL');
		this.db.pragma('synchronous = NORMAL');
		this.db.pragma('foreign_keys = ON');
		this.db.pragma('busy_timeout = 5000');
	}

	async migrate(): Promise<number> {
		this.db.exec(
			'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)'
		);
		const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as {
			v: number | null;
		};
		const before = row.v ?? 0;
		for (const migration of MIGRATIONS) {
			if (migration.version <= before) continue;
			this.db.transaction(() => {
				for (const sql of migration.sqlite) this.db.exec(sql);
				this.db
					.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)')
					.run(migration.version, Date.now());
			})();
		}
		return before;
	}

	async addUser(user: UserRow): Promise<void> {
		this.db
			.prepare('INSERT INTO users (name, password_hash, admin, created_at) VALUES (?, ?, ?, ?)')
			.run(user.name, user.passwordHash, user.admin ? 1 : 0, user.createdAt);
	}

	async getUser(name: string): Promise<UserRow | undefined> {
		const r = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as
			UserRecord | undefined;
		return r && toUser(r);
	}

	async listUsers(): Promise<UserRow[]> {
		return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as UserRecord[]).map(toUser);
	}

	async removeUser(name: string): Promise<boolean> {
		return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
	}

	async addSession(tokenHash: string, user: string, expiresAt: number): Promise<void> {
		this.db
			.prepare('INSERT INTO sessions (token_hash, user_name, expires_at) VALUES (?, ?, ?)')
			.run(tokenHash, user, expiresAt);
	}

	async sessionUser(tokenHash: string, now: number): Promise<string | undefined> {
		const r = this.db
			.prepare('SELECT user_name FROM sessions WHERE token_hash = ? AND expires_at > ?')
			.get(tokenHash, now) as { user_name: string } | undefined;
		return r?.user_name;
	}

	async removeSession(tokenHash: string): Promise<void> {
		this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
	}

	async createDocument(doc: DocumentRow, owner: string, now: number): Promise<boolean> {
		return this.db.transaction(() => {
			const inserted = this.db
				.prepare(
					'INSERT OR IGNORE INTO documents (name, kind, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'
				)
				.run(doc.name, doc.kind, doc.title, now, now);
			if (inserted.changes === 0) return false;
			this.db
				.prepare('INSERT INTO memberships (document, user_name, role) VALUES (?, ?, ?)')
				.run(doc.name, owner, 'owner');
			return true;
		})();
	}

	async setTitle(name: string, title: string, now: number): Promise<void> {
		this.db
			.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE name = ? AND title <> ?')
			.run(title, now, name, title);
	}

	async getDocument(name: string): Promise<DocumentRow | undefined> {
		return this.db.prepare('SELECT name, kind, title FROM documents WHERE name = ?').get(name) as
			DocumentRow | undefined;
	}

	async documentsOf(user: string): Promise<(DocumentRow & { role: TeamRole })[]> {
		return this.db
			.prepare(
				`SELECT d.name, d.kind, d.title, m.role FROM documents d
				 JOIN memberships m ON m.document = d.name WHERE m.user_name = ? ORDER BY d.title`
			)
			.all(user) as (DocumentRow & { role: TeamRole })[];
	}

	async roleOf(document: string, user: string): Promise<TeamRole | undefined> {
		const r = this.db
			.prepare('SELECT role FROM memberships WHERE document = ? AND user_name = ?')
			.get(document, user) as { role: TeamRole } | undefined;
		return r?.role;
	}

	async members(document: string): Promise<MemberRow[]> {
		return this.db
			.prepare(
				'SELECT user_name AS user, role FROM memberships WHERE document = ? ORDER BY user_name'
			)
			.all(document) as MemberRow[];
	}

	async setMember(document: string, user: string, role: TeamRole): Promise<void> {
		this.db
			.prepare(
				`INSERT INTO memberships (document, user_name, role) VALUES (?, ?, ?)
				 ON CONFLICT (document, user_name) DO UPDATE SET role = excluded.role`
			)
			.run(document, user, role);
	}

	async removeMember(document: string, user: string): Promise<void> {
		this.db
			.prepare('DELETE FROM memberships WHERE document = ? AND user_name = ?')
			.run(document, user);
	}

	async countDocuments(): Promise<number> {
		return (this.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
	}

	async appendUpdate(document: string, update: Uint8Array, now: number): Promise<void> {
		this.db
			.prepare('INSERT INTO document_updates (document, data, created_at) VALUES (?, ?, ?)')
			.run(document, Buffer.from(update), now);
	}

	async loadState(
		document: string
	): Promise<{ snapshot: Uint8Array | null; updates: LoggedUpdate[] }> {
		return this.db.transaction(() => {
			const doc = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(document) as
				{ state: Buffer | null } | undefined;
			const updates = this.db
				.prepare('SELECT id, data FROM document_updates WHERE document = ? ORDER BY id')
				.all(document) as { id: number; data: Buffer }[];
			return {
				snapshot: doc?.state ? new Uint8Array(doc.state) : null,
				updates: updates.map((u) => ({ id: u.id, data: new Uint8Array(u.data) }))
			};
		})();
	}

	async storeState(
		document: string,
		state: Uint8Array,
		merge: (old: Uint8Array | null, state: Uint8Array) => Uint8Array,
		contains: (update: Uint8Array) => boolean,
		now: number
	): Promise<void> {
		this.db.transaction(() => {
			const doc = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(document) as
				{ state: Buffer | null } | undefined;
			if (!doc) return; // unshared since: nothing to keep
			const merged = merge(doc.state ? new Uint8Array(doc.state) : null, state);
			this.db
				.prepare('UPDATE documents SET state = ?, updated_at = ? WHERE name = ?')
				.run(Buffer.from(merged), now, document);
			const logged = this.db
				.prepare('SELECT id, data FROM document_updates WHERE document = ?')
				.all(document) as { id: number; data: Buffer }[];
			const remove = this.db.prepare('DELETE FROM document_updates WHERE id = ?');
			for (const u of logged) if (contains(new Uint8Array(u.data))) remove.run(u.id);
		})();
	}

	async close(): Promise<void> {
		this.db.close();
	}
}
