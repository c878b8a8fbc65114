/**
 * Running the outside programs that judge our exports (xmllint, LibreOffice, translate-toolkit).
 * A judge is skipped, with the reason, only when its program is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether a program is on PATH (or an absolute path exists). */
export function has(program: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
}

/** Why a judge is skipped, or '' when it can run. */
export function missing(...programs: string[]): string {
	const absent = programs.filter((p) => !has(p));
	return absent.length ? `not installed: ${absent.join(', ')}` : '';
}

/** Whether translate-toolkit is importable by Debian's python. */
export function hasTranslateToolkit(): boolean {
	if (!has('/usr/bin/python3')) return false;
	return (
		spawnSync('/usr/bin/python3', ['-c', 'import translate.storage.factory'], { encoding: 'utf8' })
			.status === 0
	);
}

export function tempDir(prefix = 'duiyi-judge-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes content to a temp file and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
	const path = join(tempDir(), name);
	writeFileSync(path, content);
	return path;
}

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

export function run(
	cmd: string,
	args: string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}
): RunResult {
	const r = spawnSync(cmd, args, {
		encoding: 'utf8',
		cwd: options.cwd,
		env: options.env ? { ...process.env, ...options.env } : process.env,
		timeout: options.timeout ?? 120_000
	});
	return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
