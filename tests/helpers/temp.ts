/**
 * Temp folders for tests, removed after the test file: a run leaves nothing behind in the
 * system's temp folder. Import it at the top of a test file (it registers one afterAll there).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system temp folder, removed when the test file ends. */
export function tempDir(prefix = 'duiyi-test-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}
