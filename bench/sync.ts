/**
 * `npm run bench:sync`: N simulated members (the app's own provider code, in this Node process)
 * type into random paragraphs of one shared project for a fixed time, through one `duiyi serve`
 * (SQLite), then through two processes sharing PostgreSQL and Redis. For N = 10, 50, 200 it
 * prints the edits sent, the edits present in every replica and in the database afterwards
 * (read by a fresh member from a restarted server), p50/p95 time from an edit to its arrival at
 * other members, and the servers' CPU time and peak memory.
 *
 * Each edit inserts one unique token (like «12.34») at a token boundary of a random paragraph:
 * one edit is one insertion, as a keystroke is, and its presence can be checked exactly.
 * Options: --sizes 10,50 --seconds 15 --rate 1 (edits per member per second) --only sqlite|redis
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import * as Y from 'yjs';
import { whenSynced } from '../src/lib/sync/connection.ts';
import { readProject, targetText, writeProject } from '../src/lib/sync/project-doc.ts';
import { hashPassword, newToken, tokenHash } from '../src/server/auth.ts';
import { openStore } from '../src/server/store.ts';
import {
	connect,
	PG_URL,
	REDIS_URL,
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
	/** CPU of this process, which runs every simulated member. */
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

const TOKEN = /«\d+\.\d+»/g;

function tokensIn(doc: Y.Doc): Set<string> {
	const found = new Set<string>();
	for (const s of readProject(doc).segments)
		for (const t of s.target.match(TOKEN) ?? []) found.add(t);
	return found;
}

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
	const clients: { provider: HocuspocusProvider; doc: Y.Doc }[] = [first];
	for (let m = 1; m < members; m++) {
		clients.push(connect(servers[m % servers.length].url, name, tokens[m]));
		if (m % 20 === 0) await sleep(50); // do not open 200 sockets in one instant
	}
	await Promise.all(clients.map((c) => whenSynced(c.provider, 120_000)));

	const sentAt = new Map<string, number>();
	const latencies: number[] = [];
	// Observers on every server; they also type.
	for (let o = 0; o < Math.min(OBSERVERS, members); o++) {
		const doc = clients[o].doc;
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === null) return; // our own edit
			const now = performance.now();
			const { structs } = Y.decodeUpdate(update);
			for (const s of structs) {
				const content = (s as Y.Item).content as { str?: string } | undefined;
				for (const t of content?.str?.match(TOKEN) ?? []) {
					const at = sentAt.get(t);
					if (at !== undefined) latencies.push(now - at);
				}
			}
		});
	}

	let sent = 0;
	const end = performance.now() + SECONDS * 1000;
	const typing = clients.map(async (client, m) => {
		await sleep(Math.random() * 1000);
		let e = 0;
		while (performance.now() < end) {
			const text = targetText(client.doc, `s${Math.floor(Math.random() * PARAGRAPHS)}`);
			const current = text.toString();
			const boundaries = [0];
			for (let i = current.indexOf('»'); i >= 0; i = current.indexOf('»', i + 1))
				boundaries.push(i + 1);
			const token = `«${m}.${e++}»`;
			sentAt.set(token, performance.now());
			text.insert(boundaries[Math.floor(Math.random() * boundaries.length)], token);
			sent++;
			await sleep((1000 / RATE) * (0.5 + Math.random()));
		}
	});
	await Promise.all(typing);
	await Promise.all(clients.map((c) => whenSynced(c.provider, 120_000)));
	const expected = [...sentAt.keys()];
	// Wait until every replica has every edit (or give up after 60 s and count what is there).
	const settle = performance.now() + 60_000;
	let everywhere = 0;
	for (;;) {
		const sets = clients.map((c) => tokensIn(c.doc));
		everywhere = expected.filter((t) => sets.every((s) => s.has(t))).length;
		if (everywhere === expected.length || performance.now() > settle) break;
		await sleep(250);
	}
	const serverCpuS = servers.reduce((sum, s, i) => sum + cpuSeconds(s.process.pid!) - cpu0[i], 0);
	const peakMemMb = Math.max(...servers.map((s) => peakMb(s.process.pid!)));
	const own = process.cpuUsage(ownCpu0);
	const membersCpuS = (own.user + own.system) / 1e6;
	for (const c of clients) c.provider.destroy();
	await Promise.all(servers.map((s) => s.kill('SIGTERM')));

	// The database: a restarted server, a fresh member.
	const again = await startServer(backend);
	const reader = connect(again.url, name, tokens[0]);
	await whenSynced(reader.provider, 60_000);
	await sleep(200);
	const inDb = tokensIn(reader.doc);
	reader.provider.destroy();
	await again.kill('SIGTERM');
	if (setup === 'redis') {
		const client = new pg.Client({ connectionString: PG_URL });
		await client.connect();
		await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
		await client.end();
	}
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
	'setup                          | N   | sent  | every replica | database | p50 ms | p95 ms | server CPU s | peak MB'
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
