/**
 * One worker thread of `npm run bench:sync`: a share of the simulated members (the app's own
 * provider code), so the members' CPU is spread over threads instead of saturating one process.
 * Talks to bench/sync.ts by messages:
 *   in  { type: 'start', ... }  connect every member given, reply 'ready'
 *   in  { type: 'go', end }     type until `end` (epoch ms), reply 'typed' with sent times
 *   in  { type: 'check', expected }   wait until every member here has every token (60 s at
 *                                     most), reply 'checked' with the missing ones and arrivals
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { whenSynced } from '../src/lib/sync/connection.ts';
import { readProject, targetText } from '../src/lib/sync/project-doc.ts';
import { connect, sleep } from '../tests/server/helpers.ts';

export interface MembersJob {
	/** Member index → server address it connects to, and its token. */
	members: { index: number; server: string; token: string }[];
	name: string;
	paragraphs: number;
	rate: number;
	/** How many of this worker's members record arrival times. */
	observers: number;
}

export const TOKEN = /«\d+\.\d+»/g;

export function tokensIn(doc: Y.Doc): Set<string> {
	const found = new Set<string>();
	for (const s of readProject(doc).segments)
		for (const t of s.target.match(TOKEN) ?? []) found.add(t);
	return found;
}

/** Milliseconds on a clock every thread shares (performance.now() starts per thread). */
const now = () => performance.timeOrigin + performance.now();

if (parentPort) {
	const port = parentPort;
	const job = workerData as MembersJob;
	const clients: { index: number; provider: HocuspocusProvider; doc: Y.Doc }[] = [];
	const sentAt: [string, number][] = [];
	const arrivals: [string, number][] = [];

	port.on('message', async (message: { type: string; end?: number; expected?: string[] }) => {
		if (message.type === 'start') {
			for (const [k, m] of job.members.entries()) {
				clients.push({ index: m.index, ...connect(m.server, job.name, m.token) });
				if (k % 20 === 19) await sleep(50); // do not open every socket in one instant
			}
			await Promise.all(clients.map((c) => whenSynced(c.provider, 120_000)));
			for (const client of clients.slice(0, job.observers)) {
				client.doc.on('update', (update: Uint8Array, origin: unknown) => {
					if (origin === null) return; // its own edit
					const at = now();
					for (const s of Y.decodeUpdate(update).structs) {
						const content = (s as Y.Item).content as { str?: string } | undefined;
						for (const t of content?.str?.match(TOKEN) ?? []) arrivals.push([t, at]);
					}
				});
			}
			port.postMessage({ type: 'ready' });
		} else if (message.type === 'go') {
			const end = message.end!;
			await Promise.all(
				clients.map(async ({ index, doc }) => {
					await sleep(Math.random() * 1000);
					let e = 0;
					while (now() < end) {
						const text = targetText(doc, `s${Math.floor(Math.random() * job.paragraphs)}`);
						const current = text.toString();
						const boundaries = [0];
						for (let i = current.indexOf('»'); i >= 0; i = current.indexOf('»', i + 1))
							boundaries.push(i + 1);
						const token = `«${index}.${e++}»`;
						sentAt.push([token, now()]);
						text.insert(boundaries[Math.floor(Math.random() * boundaries.length)], token);
						await sleep((1000 / job.rate) * (0.5 + Math.random()));
					}
				})
			);
			await Promise.all(clients.map((c) => whenSynced(c.provider, 120_000)));
			port.postMessage({ type: 'typed', sentAt });
		} else if (message.type === 'check') {
			const expected = message.expected!;
			const settle = now() + 60_000;
			let missing: string[] = [];
			for (;;) {
				const sets = clients.map((c) => tokensIn(c.doc));
				missing = expected.filter((t) => !sets.every((s) => s.has(t)));
				if (missing.length === 0 || now() > settle) break;
				await sleep(250);
			}
			for (const c of clients) c.provider.destroy();
			port.postMessage({ type: 'checked', missing, arrivals });
		}
	});
}
