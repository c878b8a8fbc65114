/**
 * The larger corpora and other tools' files in ../shared, beside the repository. A clone has no
 * ../shared: tests that read it are skipped, with the reason in their describe name, and the
 * closing line of `npm test` counts them as skipped.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const SHARED = resolve(ROOT, '../shared');
export const hasShared = existsSync(resolve(SHARED, 'fixtures'));

/** A path inside ../shared. */
export function sharedPath(...parts: string[]): string {
	return resolve(SHARED, ...parts);
}

/** A describe name that says why it is skipped when ../shared is absent. */
export function needsShared(name: string): string {
	return hasShared ? name : `${name} (skipped: needs ../shared, absent beside this clone)`;
}
