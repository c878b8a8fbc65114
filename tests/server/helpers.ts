/**
 * Helpers for the team-server tests: real `duiyi serve` processes on free ports, the `duiyi user`
 * command, sign-in and sharing through the HTTP API, typing into a shared Y.Text.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectShared } from '../../src/lib/sync/connection.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/duiyi.js');
/** Ports this test run may use (HELPERS: 4440–4460); each is checked free before use. */
const PORTS = { first: Number(process.env.DUIYI_TEST_PORT_FIRST ?? 4440), last: 4460 };
const taken = new Set<number>();

export const PG_URL = process.env.DUIYI_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.DUIYI_TEST_REDIS ?? 'redis://127.0.0.1:6379';

function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

/**
 * Where port claims live: one folder for the whole machine, not the test run's TMPDIR (the unit
 * tests run with their own TMPDIR, and a browser test or a second run elsewhere on the machine
 * must see their claims too, or it may take a port a killed server is about to be restarted on).
 */
const CLAIMS = process.env.DUIYI_TEST_PORT_DIR ?? '/tmp';
const claimFile = (port: number) => join(CLAIMS, `duiyi-test-port-${port}`);

/**
 * Claims a port for this process for as long as it runs: a server restarted on its port (after a
 * kill) must not find it taken by another test file running at the same time. The claim is a
 * file holding the process id; a claim of a process that is gone is taken over.
 */
function claim(port: number): boolean {
	const file = claimFile(port);
	try {
		writeFileSync(file, String(process.pid), { flag: 'wx' });
	} catch {
		const owner = Number(readFileSync(file, 'utf8'));
		if (owner === process.pid) return true;
		try {
			if (owner) process.kill(owner, 0); // throws when that process is gone
			return false;
		} catch {
			writeFileSync(file, String(process.pid));
		}
	}
	claimed.add(file);
	return true;
}

const claimed = new Set<string>();
process.once('exit', () => claimed.forEach((file) => rmSync(file, { force: true })));

/** Gives a port back once its server has stopped for good (a long run, like the benchmark). */
export function releasePort(port: number): void {
	const file = claimFile(port);
	if (claimed.delete(file)) rmSync(file, { force: true });
	taken.delete(port);
}

export async function freePort(): Promise<number> {
	for (let port = PORTS.first; port <= PORTS.last; port++) {
		if (taken.has(port)) continue;
		if ((await isFree(port)) && claim(port)) {
			taken.add(port);
			return port;
		}
	}
	throw new Error(`no free port in ${PORTS.first}–${PORTS.last}`);
}

const made: string[] = [];

/**
 * A data folder for a server. Shared by vitest and Playwright files, so no test runner's hooks
 * here: each test file calls `removeTempDirs` once its servers have stopped.
 */
export function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-sync-'));
	made.push(dir);
	return dir;
}

/**
 * Removes every folder `tempDir` made in this test file and gives back the ports it claimed
 * (their claim files): a run leaves nothing behind. The process's exit handler is not enough:
 * a test runner may end its workers with a signal, and then no exit handler runs.
 */
export function removeTempDirs(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
	for (const file of claimed) rmSync(file, { force: true });
	claimed.clear();
	taken.clear();
}

/** A unique schema name for one test run in the shared PostgreSQL database. */
export function uniqueName(prefix: string): string {
	return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
}

export interface Backend {
	label: string;
	data: string;
	env: Record<string, string>;
}

/** A server backend on embedded SQLite in its own temp folder. */
export function sqliteBackend(env: Record<string, string> = {}): Backend {
	return {
		label: 'SQLite',
		data: tempDir(),
		env: { DATABASE_URL: '', DUIYI_PG_SCHEMA: '', ...env }
	};
}

/**
 * A server backend on the real PostgreSQL in a schema of its own (dropped by `dropBackend`);
 * with `redis`, several server processes share its documents through the real Redis.
 */
export function postgresBackend(options: { redis?: boolean; prefix?: string } = {}): Backend {
	const schema = uniqueName(options.prefix ?? 'duiyi_test');
	return {
		label: options.redis ? 'PostgreSQL + Redis' : 'PostgreSQL',
		data: tempDir(),
		env: {
			DATABASE_URL: PG_URL,
			DUIYI_PG_SCHEMA: schema,
			...(options.redis ? { REDIS_URL, DUIYI_REDIS_PREFIX: schema } : {})
		}
	};
}

/** Drops a PostgreSQL schema the tests made (nothing to do for SQLite: its folder goes). */
export async function dropSchema(schema: string | undefined): Promise<void> {
	if (!schema) return;
	const client = new pg.Client({ connectionString: PG_URL });
	await client.connect();
	await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
	await client.end();
}

export const dropBackend = (backend: Backend) => dropSchema(backend.env.DUIYI_PG_SCHEMA);

/** Adds users with `duiyi user add` (the first one named in `admins` as admin); throws on failure. */
export function addUsers(
	backend: Backend,
	names: string[],
	password: string,
	admins: string[] = []
) {
	for (const name of names) {
		const added = cli(
			['user', 'add', name, ...(admins.includes(name) ? ['--admin'] : [])],
			backend,
			password + '\n'
		);
		if (added.status !== 0) throw new Error(`user add ${name}: ${added.stderr}`);
	}
}

/** Creates a shared document as its owner and gives each member a role, through the HTTP API. */
export async function shareDocument(
	server: string,
	ownerToken: string,
	document: { kind: 'project' | 'glossary'; id: string; title: string },
	members: Record<string, string>
): Promise<string> {
	const name = `${document.kind}:${document.id}`;
	const created = await api(server, '/api/documents', { token: ownerToken, body: document });
	if (created.status !== 201) throw new Error(`create ${name}: ${created.status}`);
	for (const [member, role] of Object.entries(members)) {
		const put = await api(server, `/api/documents/${encodeURIComponent(name)}/members/${member}`, {
			method: 'PUT',
			token: ownerToken,
			body: { role }
		});
		if (put.status !== 200) throw new Error(`member ${member} of ${name}: ${put.status}`);
	}
	return name;
}

export function cli(args: string[], backend: Backend, input = '') {
	return spawnSync(process.execPath, [BIN, ...args, '--data', backend.data], {
		input,
		encoding: 'utf8',
		env: { ...process.env, ...backend.env },
		cwd: ROOT
	});
}

export interface RunningServer {
	port: number;
	url: string;
	process: ChildProcess;
	kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServer(backend: Backend, port?: number): Promise<RunningServer> {
	if (port !== undefined) return startOn(backend, port);
	// Another test file may grab the same free port in the same instant: try the next one.
	for (let attempt = 0; ; attempt++) {
		try {
			return await startOn(backend, await freePort());
		} catch (err) {
			if (attempt >= 4 || !/already in use/.test((err as Error).message)) throw err;
		}
	}
}

async function startOn(backend: Backend, port: number): Promise<RunningServer> {
	const child = spawn(
		process.execPath,
		[BIN, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', backend.data],
		{ env: { ...process.env, ...backend.env }, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	await new Promise<void>((resolve, reject) => {
		let out = '';
		child.stdout!.on('data', (d) => {
			out += d;
			if (out.includes('"listening"')) resolve();
		});
		child.once('exit', (code) => reject(new Error(`duiyi serve exited (${code}): ${stderr}`)));
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		port,
		url: `http://127.0.0.1:${port}`,
		process: child,
		async kill(signal: NodeJS.Signals = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	};
}

export async function api(
	server: string,
	path: string,
	init: { method?: string; token?: string; body?: unknown } = {}
): Promise<{ status: number; body: Record<string, unknown> }> {
	const res = await fetch(server + path, {
		method: init.method ?? (init.body ? 'POST' : 'GET'),
		headers: {
			'content-type': 'application/json',
			...(init.token ? { authorization: `Bearer ${init.token}` } : {})
		},
		body: init.body ? JSON.stringify(init.body) : undefined
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function signIn(server: string, name: string, password: string): Promise<string> {
	const { status, body } = await api(server, '/api/signin', { body: { name, password } });
	if (status !== 200) throw new Error(`sign-in of ${name} failed: ${status} ${body.error}`);
	return body.token as string;
}

/**
 * Node's WebSocket (ws) emits an 'error' event when a socket still connecting is closed
 * (a provider destroyed while it reconnects, after the server closed it); with no listener
 * that event is an uncaught exception that fails the whole run. The provider learns of the
 * close through its own handlers; this listener only keeps the event from being unhandled.
 */
class NodeWebSocket extends WebSocket {
	constructor(...args: ConstructorParameters<typeof WebSocket>) {
		super(...args);
		this.on('error', () => {});
	}
}

export function connect(server: string, name: string, token: string, doc = new Y.Doc()) {
	const failures: string[] = [];
	const provider = connectShared({
		server,
		name,
		token,
		doc,
		WebSocketPolyfill: NodeWebSocket,
		onAuthenticationFailed: (reason) => failures.push(reason)
	});
	return { provider, doc, failures };
}

/**
 * A member typing into a shared text at their own cursor, one character per keystroke; what
 * they typed stays one run in the merged text (each character follows their previous one).
 */
export class Typist {
	typed = '';
	private cursor: Y.RelativePosition;

	constructor(
		private readonly text: Y.Text,
		at: number
	) {
		this.cursor = Y.createRelativePositionFromTypeIndex(text, at, -1);
	}

	type(ch: string): void {
		const doc = this.text.doc!;
		const index = Y.createAbsolutePositionFromRelativePosition(this.cursor, doc)?.index ?? 0;
		this.text.insert(index, ch);
		this.typed += ch;
		this.cursor = Y.createRelativePositionFromTypeIndex(this.text, index + ch.length, -1);
	}
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function eventually(check: () => boolean, ms = 20_000, what = 'condition') {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await sleep(25);
	}
}

export function destroyAll(providers: HocuspocusProvider[]) {
	for (const p of providers) p.destroy();
}
