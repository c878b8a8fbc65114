/**
 * `npm run bench:sync`: N simulated members (the app's own provider code, in worker threads)
 * type into random paragraphs of one shared project for a fixed time, through one `duiyi serve`
 * (SQLite), then through two processes sharing PostgreSQL and Redis. For N = 10, 50, 200 it
 * prints the edits sent, the edits present in every replica and in the database afterwards
 * (read by a fresh member from a restarted server), p50/p95 time from an edit to its arrival at
 * other members, and the servers' CPU time and peak memory.
 *
 * Each edit inserts one unique token (like «12.34») at a token boundary of a random paragraph:
 * one edit is one insertion, as a keystroke is, and its presence can be checked exactly.
 * Options: --sizes 10,50 --seconds 15 --rate 1 (edits per member per second) --only sqlite|redis
 *          --workers 3 (threads the members run in)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { whenSynced } from '../src/lib/sync/connection.ts';
import { writeProject } from '../src/lib/sync/project-doc.ts';
import { hashPassword, newToken, tokenHash } from '../src/server/auth.ts';
import { openStore } from '../src/server/store.ts';
import { tokensIn, type MembersJob } from './sync-members.ts';
import {
	connect,
	dropSchema,
	PG_URL,
	REDIS_URL,
	releasePort,
	sleep,
	startServer,
	tempDir,
	uniqueName,
	type Backend,
	type RunningServer
} from '../tests/server/helpers.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = option('sizes', '10,50,200').split(',').map(Number);
const SECONDS = Number(option('seconds', '15'));
const RATE = Number(option('rate', '1'));
const ONLY = option('only', '');
/** Worker threads the simulated members run in (one thread saturated and inflated the times). */
const WORKERS = Number(option('workers', '3'));
const PARAGRAPHS = 60;
/** Members whose arrival times are measured (measuring at all N would cost the bench itself N×). */
const OBSERVERS = 4;

interface Result {
	setup: string;
	members: number;
	sent: number;
	inEveryReplica: number;
	inDatabase: number;
	p50: number;
	p95: number;
	serverCpuS: number;
	peakMemMb: number;
	/** CPU of this process and its worker threads, which run every simulated member. */
	membersCpuS: number;
}

function cpuSeconds(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks
}

function peakMb(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
	return line ? Number(line[1]) / 1024 : NaN;
}

const percentile = (sorted: number[], p: number) =>
	sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function run(setup: 'sqlite' | 'redis', members: number): Promise<Result> {
	const schema = uniqueName('duiyi_bench');
	const backend: Backend = {
		label: setup,
		data: tempDir(),
		env:
			setup === 'sqlite'
				? { DATABASE_URL: '', DUIYI_PG_SCHEMA: '' }
				: { DATABASE_URL: PG_URL, DUIYI_PG_SCHEMA: schema, REDIS_URL, DUIYI_REDIS_PREFIX: schema }
	};
	// Users and sessions straight into the store (sign-in is rate limited per address).
	const store = await openStore({
		dataDir: backend.data,
		databaseUrl: backend.env.DATABASE_URL || undefined,
		pgSchema: backend.env.DUIYI_PG_SCHEMA || undefined
	});
	const passwordHash = await hashPassword('bench password');
	const tokens: string[] = [];
	const id = schema.replace(/_/g, '-');
	const name = `project:${id}`;
	for (let m = 0; m < members; m++) {
		await store.addUser({ name: `m${m}`, passwordHash, admin: false, createdAt: Date.now() });
		const token = newToken();
		await store.addSession(tokenHash(token), `m${m}`, Date.now() + 3_600_000);
		tokens.push(token);
	}
	await store.createDocument({ name, kind: 'project', title: 'bench' }, 'm0', Date.now());
	for (let m = 1; m < members; m++) await store.setMember(name, `m${m}`, 'translator');
	await store.close();

	const servers: RunningServer[] = [await startServer(backend)];
	if (setup === 'redis') servers.push(await startServer(backend));
	const cpu0 = servers.map((s) => cpuSeconds(s.process.pid!));
	const ownCpu0 = process.cpuUsage();

	const first = connect(servers[0].url, name, tokens[0]);
	writeProject(
		first.doc,
		{
			project: {
				id,
				name: 'bench',
				sourceLang: 'zh-CN',
				targetLang: 'en',
				glossaryIds: [],
				createdAt: 1
			},
			segments: Array.from({ length: PARAGRAPHS }, (_, i) => ({
				id: `s${i}`,
				projectId: id,
				order: i,
				kind: 'body' as const,
				source: `第${i}段。`,
				target: '',
				status: 'new' as const,
				locked: false,
				provenance: 'typed' as const,
				updatedAt: 1
			})),
			annotations: [],
			revisions: [],
			confirmed: []
		},
		'm0'
	);
	await whenSynced(first.provider);
	first.provider.destroy();

	// The members, spread over worker threads, each connected to one of the servers in turn.
	const all = tokens.map((token, index) => ({
		index,
		server: servers[index % servers.length].url,
		token
	}));
	const workers = Array.from({ length: Math.min(WORKERS, members) }, (_, w) => {
		const job: MembersJob = {
			members: all.filter((_, m) => m % WORKERS === w),
			name,
			paragraphs: PARAGRAPHS,
			rate: RATE,
			observers: Math.ceil(OBSERVERS / Math.min(WORKERS, members))
		};
		return new Worker(new URL('./sync-members.mjs', import.meta.url), {
			workerData: job
		});
	});
	const ask = <T>(worker: Worker, message: unknown, answer: string) =>
		new Promise<T>((resolve, reject) => {
			const listen = (reply: { type: string }) => {
				if (reply.type !== answer) return;
				worker.off('message', listen);
				resolve(reply as T);
			};
			worker.on('message', listen);
			worker.once('error', reject);
			worker.postMessage(message);
		});
	await Promise.all(workers.map((w) => ask(w, { type: 'start' }, 'ready')));
	const end = performance.timeOrigin + performance.now() + SECONDS * 1000;
	const typed = await Promise.all(
		workers.map((w) => ask<{ sentAt: [string, number][] }>(w, { type: 'go', end }, 'typed'))
	);
	const sentAt = new Map(typed.flatMap((t) => t.sentAt));
	const sent = sentAt.size;
	const expected = [...sentAt.keys()];
	// Every replica must get every edit (each worker waits up to 60 s and names what is missing).
	const checked = await Promise.all(
		workers.map((w) =>
			ask<{ missing: string[]; arrivals: [string, number][] }>(
				w,
				{ type: 'check', expected },
				'checked'
			)
		)
	);
	await Promise.all(workers.map((w) => w.terminate()));
	const missing = new Set(checked.flatMap((c) => c.missing));
	const everywhere = expected.filter((t) => !missing.has(t)).length;
	const latencies = checked
		.flatMap((c) => c.arrivals)
		.map(([token, at]) => at - (sentAt.get(token) ?? NaN))
		.filter((ms) => Number.isFinite(ms));
	const serverCpuS = servers.reduce((sum, s, i) => sum + cpuSeconds(s.process.pid!) - cpu0[i], 0);
	const peakMemMb = Math.max(...servers.map((s) => peakMb(s.process.pid!)));
	const own = process.cpuUsage(ownCpu0);
	const membersCpuS = (own.user + own.system) / 1e6;
	await Promise.all(servers.map((s) => s.kill('SIGTERM')));

	// The database: a restarted server, a fresh member.
	const again = await startServer(backend);
	const reader = connect(again.url, name, tokens[0]);
	await whenSynced(reader.provider, 60_000);
	await sleep(200);
	const inDb = tokensIn(reader.doc);
	reader.provider.destroy();
	await again.kill('SIGTERM');
	for (const port of new Set([...servers, again].map((s) => s.port))) releasePort(port);
	if (setup === 'redis') await dropSchema(schema);
	latencies.sort((a, b) => a - b);
	return {
		setup: setup === 'sqlite' ? '1 server, SQLite' : '2 servers, PostgreSQL + Redis',
		members,
		sent,
		inEveryReplica: everywhere,
		inDatabase: expected.filter((t) => inDb.has(t)).length,
		p50: percentile(latencies, 0.5),
		p95: percentile(latencies, 0.95),
		serverCpuS,
		peakMemMb,
		membersCpuS
	};
}

console.log(
	`bench:sync — ${SECONDS} s of typing, ${RATE} edit/s per member, ${PARAGRAPHS} paragraphs; load average ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`
);
console.log(
	'setup                          | N   | sent  | every replica | database | p50 ms | p95 ms | server CPU s | peak MB | members CPU s'
);
const results: Result[] = [];
for (const setup of ['sqlite', 'redis'] as const) {
	if (ONLY && ONLY !== setup) continue;
	for (const n of SIZES) {
		const r = await run(setup, n);
		results.push(r);
		console.log(
			`${r.setup.padEnd(30)} | ${String(r.members).padEnd(3)} | ${String(r.sent).padEnd(5)} | ${String(r.inEveryReplica).padEnd(13)} | ${String(r.inDatabase).padEnd(8)} | ${r.p50.toFixed(0).padStart(6)} | ${r.p95.toFixed(0).padStart(6)} | ${r.serverCpuS.toFixed(1).padStart(12)} | ${r.peakMemMb.toFixed(0).padStart(7)} | ${r.membersCpuS.toFixed(1).padStart(13)}`
		);
	}
}
console.log(
	`load average after: ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`
);
const lost = results.filter((r) => r.inEveryReplica !== r.sent || r.inDatabase !== r.sent);
if (lost.length > 0) {
	console.log(`LOST EDITS in ${lost.map((r) => `${r.setup} N=${r.members}`).join(', ')}`);
	process.exitCode = 1;
}
