/** Workspace settings: small key–value pairs (author name, last project …). */
import type { DuiyiDB } from '../schema.ts';

export function settingsRepo(db: DuiyiDB) {
	return {
		async get<T>(key: string, fallback: T): Promise<T> {
			const row = await db.settings.get(key);
			return row ? (row.value as T) : fallback;
		},
		async set(key: string, value: unknown): Promise<void> {
			await db.settings.put({ key, value });
		}
	};
}

export type SettingsRepo = ReturnType<typeof settingsRepo>;
