/**
 * The built app served for the editor bench: `sirv build --single --dev` on its own port
 * (4180; the browser tests use 4173), started by the bench and stopped at its end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './run-corpus.ts';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const BENCH_PORT = Number(process.env.DUIYI_BENCH_PORT) || 4180;
/** The built app; DUIYI_BENCH_BUILD points elsewhere (e.g. a build of another commit). */
export const BUILD_DIR = process.env.DUIYI_BENCH_BUILD || join(ROOT, 'build');

/** Why the editor bench cannot run (one line a person can act on), or null. */
export function editorPrerequisiteProblem(): string | null {
	if (!existsSync(join(BUILD_DIR, 'index.html'))) {
		return `The app is not built (${join(BUILD_DIR, 'index.html')} is missing): run \`npm run build\` first.`;
	}
	try {
		accessSync(CHROMIUM, constants.X_OK);
	} catch {
		return `Chromium is missing (${CHROMIUM} is not an executable): install Debian's chromium package (apt-get install chromium).`;
	}
	if (!existsSync(join(ROOT, 'node_modules', '.bin', 'sirv'))) {
		return 'sirv-cli is not installed (node_modules/.bin/sirv is missing): run `npm ci`.';
	}
	return null;
}

/** The newest modification time of a file under `dir` (0 for none). */
function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(
			newest,
			entry.isDirectory() ? newestMtime(path) : entry.isFile() ? statSync(path).mtimeMs : 0
		);
	}
	return newest;
}

/** A warning when src/ changed after the build (the bench measures what was built). */
export function staleBuildWarning(): string | null {
	const built = statSync(join(BUILD_DIR, 'index.html')).mtimeMs;
	const changed = newestMtime(join(ROOT, 'src'));
	if (changed <= built) return null;
	return `note: src/ changed after the build (built ${new Date(built).toISOString()}, src changed ${new Date(changed).toISOString()}); the editor figures are for the build.`;
}

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer()
			.once('error', () => resolve(false))
			.once('listening', () => probe.close(() => resolve(true)))
			.listen(port, '127.0.0.1');
	});
}

export interface Server {
	url: string;
	stop: () => void;
}

/** Starts sirv on the build and resolves once it answers; rejects with a clear message. */
export async function startServer(port = BENCH_PORT): Promise<Server> {
	if (!(await portFree(port))) {
		throw new Error(
			`Port ${port} is in use (another bench still running?): stop what listens on it and try again.`
		);
	}
	const child: ChildProcess = spawn(
		join(ROOT, 'node_modules', '.bin', 'sirv'),
		[BUILD_DIR, '--single', '--dev', '--port', String(port), '--host', '127.0.0.1'],
		{ cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const stop = () => {
		if (child.exitCode === null && !child.killed) child.kill('SIGTERM');
	};
	process.once('exit', stop);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`sirv stopped at once (exit ${child.exitCode}): ${stderr.trim()}`);
		}
		try {
			const response = await fetch(url);
			if (response.ok) return { url, stop };
		} catch {
			// Not listening yet: try again shortly.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	stop();
	throw new Error(`sirv did not answer on ${url} within 30 s.`);
}
