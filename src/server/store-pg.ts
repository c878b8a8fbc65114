/**
 * The team server's store in PostgreSQL (DATABASE_URL), through `pg`. Several server processes
 * may share it (with Redis between them); every write is one statement or one transaction.
 */
import pg from 'pg';
import type { TeamRole } from '../lib/domain/types.ts';
import { MIGRATIONS } from './migrations.ts';
import type { DocumentRow, LoggedUpdate, MemberRow, ServerStore, UserRow } from './store.ts';

interface UserRecord {
	name: string;
	password_hash: string;
	admin: boolean;
	created_at: string;
}

const toUser = (r: UserRecord): UserRow => ({
	name: r.name,
	passwordHash: r.password_hash,
	admin: r.admin,
	createdAt: Number(r.created_at)
});

/** Identifier check for the schema name, which goes into SQL text. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PgStore implements ServerStore {
	readonly kind = 'postgres';
	private readonly pool: pg.Pool;

	constructor(
		url: string,
		private readonly schema?: string
	) {
		if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
			throw new Error(`the PostgreSQL schema name "${schema}" is not a plain lower-case name`);
		}
		this.pool = new pg.Pool({ connectionString: url, max: 10 });
		// Without a listener an idle client's error (server restarted) would crash the process.
		this.pool.on('error', (err) => console.error(`duiyi serve: PostgreSQL: ${err.message}`));
	}

	private async q<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
		const client = await this.pool.connect();
		try {
			if (this.schema) await client.query(`SET search_path TO ${this.schema}`);
			return await client.query<T>(sql, params);
		} finally {
			client.release();
		}
	}

	private async tx<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
		const client = await this.pool.connect();
		try {
			if (this.schema) await client.query(`SET search_path TO ${this.schema}`);
			await client.query('BEGIN');
			const result = await work(client);
			await client.query('COMMIT');
			return result;
		} catch (err) {
			await client.query('ROLLBACK').catch(() => undefined);
			throw err;
		} finally {
			client.release();
		}
	}

	async migrate(): Promise<number> {
		if (this.schema) {
			const client = await this.pool.connect();
			try {
				await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
			} finally {
				client.release();
			}
		}
		return this.tx(async (c) => {
			// One migrating process at a time when several servers start together.
			await c.query('SELECT pg_advisory_xact_lock(7457244)');
			await c.query(
				'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)'
			);
			const { rows } = await c.query<{ v: number | null }>(
				'SELECT MAX(version) AS v FROM schema_migrations'
			);
			const before = rows[0].v ?? 0;
			for (const migration of MIGRATIONS) {
				if (migration.version <= before) continue;
				for (const sql of migration.postgres) await c.query(sql);
				await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
					migration.version,
					Date.now()
				]);
			}
			return before;
		});
	}

	async addUser(user: UserRow): Promise<void> {
		await this.q(
			'INSERT INTO users (name, password_hash, admin, created_at) VALUES ($1, $2, $3, $4)',
			[user.name, user.passwordHash, user.admin, user.createdAt]
		);
	}

	async getUser(name: string): Promise<UserRow | undefined> {
		const { rows } = await this.q<UserRecord>('SELECT * FROM users WHERE name = $1', [name]);
		return rows[0] && toUser(rows[0]);
	}

	async listUsers(): Promise<UserRow[]> {
		const { rows } = await this.q<UserRecord>('SELECT * FROM users ORDER BY name');
		return rows.map(toUser);
	}

	async removeUser(name: string): Promise<boolean> {
		const result = await this.q('DELETE FROM users WHERE name = $1', [name]);
		return (result.rowCount ?? 0) > 0;
	}

	async addSession(tokenHash: string, user: string, expiresAt: number): Promise<void> {
		await this.q('INSERT INTO sessions (token_hash, user_name, expires_at) VALUES ($1, $2, $3)', [
			tokenHash,
			user,
			expiresAt
		]);
	}

	async sessionUser(tokenHash: string, now: number): Promise<string | undefined> {
		const { rows } = await this.q<{ user_name: string }>(
			'SELECT user_name FROM sessions WHERE token_hash = $1 AND expires_at > $2',
			[tokenHash, now]
		);
		return rows[0]?.user_name;
	}

	async removeSession(tokenHash: string): Promise<void> {
		await this.q('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
	}

	async createDocument(doc: DocumentRow, owner: string, now: number): Promise<boolean> {
		return this.tx(async (c) => {
			const inserted = await c.query(
				`INSERT INTO documents (name, kind, title, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
				 ON CONFLICT (name) DO NOTHING`,
				[doc.name, doc.kind, doc.title, now]
			);
			if (inserted.rowCount === 0) return false;
			await c.query('INSERT INTO memberships (document, user_name, role) VALUES ($1, $2, $3)', [
				doc.name,
				owner,
				'owner'
			]);
			return true;
		});
	}

	async setTitle(name: string, title: string, now: number): Promise<void> {
		await this.q(
			'UPDATE documents SET title = $1, updated_at = $2 WHERE name = $3 AND title <> $1',
			[title, now, name]
		);
	}

	async getDocument(name: string): Promise<DocumentRow | undefined> {
		const { rows } = await this.q<DocumentRow>(
			'SELECT name, kind, title FROM documents WHERE name = $1',
			[name]
		);
		return rows[0];
	}

	async documentsOf(user: string): Promise<(DocumentRow & { role: TeamRole })[]> {
		const { rows } = await this.q<DocumentRow & { role: TeamRole }>(
			`SELECT d.name, d.kind, d.title, m.role FROM documents d
			 JOIN memberships m ON m.document = d.name WHERE m.user_name = $1 ORDER BY d.title`,
			[user]
		);
		return rows;
	}

	async roleOf(document: string, user: string): Promise<TeamRole | undefined> {
		const { rows } = await this.q<{ role: TeamRole }>(
			'SELECT role FROM memberships WHERE document = $1 AND user_name = $2',
			[document, user]
		);
		return rows[0]?.role;
	}

	async members(document: string): Promise<MemberRow[]> {
		const { rows } = await this.q<MemberRow>(
			'SELECT user_name AS user, role FROM memberships WHERE document = $1 ORDER BY user_name',
			[document]
		);
		return rows;
	}

	async setMember(document: string, user: string, role: TeamRole): Promise<void> {
		await this.q(
			`INSERT INTO memberships (document, user_name, role) VALUES ($1, $2, $3)
			 ON CONFLICT (document, user_name) DO UPDATE SET role = EXCLUDED.role`,
			[document, user, role]
		);
	}

	async removeMember(document: string, user: string): Promise<void> {
		await this.q('DELETE FROM memberships WHERE document = $1 AND user_name = $2', [
			document,
			user
		]);
	}

	async countDocuments(): Promise<number> {
		const { rows } = await this.q<{ n: string }>('SELECT COUNT(*) AS n FROM documents');
		return Number(rows[0].n);
	}

	async appendUpdate(document: string, update: Uint8Array, now: number): Promise<void> {
		await this.q('INSERT INTO document_updates (document, data, created_at) VALUES ($1, $2, $3)', [
			document,
			Buffer.from(update),
			now
		]);
	}

	async loadState(
		document: string
	): Promise<{ snapshot: Uint8Array | null; updates: LoggedUpdate[] }> {
		return this.tx(async (c) => {
			await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
			const doc = await c.query<{ state: Buffer | null }>(
				'SELECT state FROM documents WHERE name = $1',
				[document]
			);
			const updates = await c.query<{ id: string; data: Buffer }>(
				'SELECT id, data FROM document_updates WHERE document = $1 ORDER BY id',
				[document]
			);
			const state = doc.rows[0]?.state;
			return {
				snapshot: state ? new Uint8Array(state) : null,
				updates: updates.rows.map((u) => ({ id: Number(u.id), data: new Uint8Array(u.data) }))
			};
		});
	}

	async storeState(
		document: string,
		state: Uint8Array,
		merge: (old: Uint8Array | null, state: Uint8Array) => Uint8Array,
		contains: (update: Uint8Array) => boolean,
		now: number
	): Promise<void> {
		await this.tx(async (c) => {
			const doc = await c.query<{ state: Buffer | null }>(
				'SELECT state FROM documents WHERE name = $1 FOR UPDATE',
				[document]
			);
			if (doc.rows.length === 0) return;
			const old = doc.rows[0].state;
			const merged = merge(old ? new Uint8Array(old) : null, state);
			await c.query('UPDATE documents SET state = $1, updated_at = $2 WHERE name = $3', [
				Buffer.from(merged),
				now,
				document
			]);
			const logged = await c.query<{ id: string; data: Buffer }>(
				'SELECT id, data FROM document_updates WHERE document = $1',
				[document]
			);
			const ids = logged.rows.filter((u) => contains(new Uint8Array(u.data))).map((u) => u.id);
			if (ids.length > 0) {
				await c.query('DELETE FROM document_updates WHERE id = ANY($1::bigint[])', [ids]);
			}
		});
	}

	async close(): Promise<void> {
		await this.pool.end();
	}
}
