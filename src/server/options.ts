/**
 * The storage options `duiyi serve` and `duiyi user` share: --data DIR for SQLite, or
 * DATABASE_URL for PostgreSQL (DUIYI_PG_SCHEMA picks a schema in it); REDIS_URL for serve.
 */
import { resolve } from 'node:path';
import type { StoreOptions } from './store.ts';

export const DEFAULT_DATA_DIR = 'duiyi-data';

export function storeOptions(
	dataDir: string | undefined,
	env: NodeJS.ProcessEnv = process.env
): StoreOptions {
	return {
		dataDir: resolve(dataDir ?? DEFAULT_DATA_DIR),
		databaseUrl: env.DATABASE_URL || undefined,
		pgSchema: env.DUIYI_PG_SCHEMA || undefined
	};
}

/** Where the store is, for messages (never the password in a URL). */
export function describeStore(options: StoreOptions): string {
	if (!options.databaseUrl) return `SQLite in ${options.dataDir}`;
	const url = new URL(options.databaseUrl);
	url.password = '';
	return `PostgreSQL at ${url.host}${url.pathname}${options.pgSchema ? ` (schema ${options.pgSchema})` : ''}`;
}
