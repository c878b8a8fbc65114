/**
 * Running the outside programs that judge our exports (xmllint, jing, LibreOffice,
 * translate-toolkit). Away from CI a judge whose program is not installed is skipped, with the
 * reason and the package to install in its name; in CI (CI set) a judge never skips: a missing
 * program is a failing test that says what to install.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

export { tempDir };

export type Judge = 'xmllint' | 'jing' | 'soffice' | 'translate-toolkit';

/** The Debian package that brings each judge. */
const PACKAGE: Record<Judge, string> = {
	xmllint: 'libxml2-utils',
	jing: 'jing',
	soffice: 'libreoffice-writer-nogui',
	'translate-toolkit': 'translate-toolkit'
};

/** Whether a program is on PATH (or an absolute path exists). */
export function has(program: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
}

/** Whether translate-toolkit is importable by Debian's python. */
export function hasTranslateToolkit(): boolean {
	if (!has('/usr/bin/python3')) return false;
	return (
		spawnSync('/usr/bin/python3', ['-c', 'import translate.storage.factory'], { encoding: 'utf8' })
			.status === 0
	);
}

function installed(judge: Judge): boolean {
	return judge === 'translate-toolkit' ? hasTranslateToolkit() : has(judge);
}

const reported = new Set<Judge>();

/**
 * Why judges needing these programs are skipped, or '' when they can run. In CI a missing
 * program also adds one failing test per program, naming the package to install.
 */
export function missing(...judges: Judge[]): string {
	const absent = judges.filter((j) => !installed(j));
	if (!absent.length) return '';
	const install = `apt-get install ${absent.map((j) => PACKAGE[j]).join(' ')}`;
	if (process.env.CI) {
		for (const judge of absent.filter((j) => !reported.has(j))) {
			reported.add(judge);
			it(`the judge ${judge} is installed (CI never skips a judge)`, () => {
				throw new Error(`${judge} is not installed: ${install}`);
			});
		}
	}
	return `skipped: ${absent.join(', ')} not installed; ${install}`;
}

/** Writes content to a temp file (removed after the test file) and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
	const path = join(tempDir('duiyi-judge-'), name);
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
