import { describe, expect, it } from 'vitest';
import type { AlignmentRequest, AlignmentResponse, DraftRequest } from './alignment.worker.ts';
import { AlignmentClient, type WorkerLike } from './alignment-client.ts';
import { unpackStrings } from './packed.ts';

/** A worker that records requests and answers when told to. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent<AlignmentResponse>) => void) | null = null;
	requests: AlignmentRequest[] = [];
	terminated = false;
	postMessage(message: AlignmentRequest | DraftRequest) {
		this.requests.push(message as AlignmentRequest);
	}
	terminate() {
		this.terminated = true;
	}
	reply(message: AlignmentResponse) {
		this.onmessage?.({ data: message } as MessageEvent<AlignmentResponse>);
	}
}

const bead = { zh: [0], en: [0], score: 0.9 };

describe('AlignmentClient', () => {
	it('tags requests, forwards progress and resolves with the beads', async () => {
		const workers: FakeWorker[] = [];
		const client = new AlignmentClient(() => {
			workers.push(new FakeWorker());
			return workers.at(-1)!;
		}, '/base/dict/cedict.txt');
		const seen: number[] = [];
		const done = client.align(['甲'], ['A'], { onProgress: (f) => seen.push(f) });
		const [request] = workers[0].requests;
		expect(request).toMatchObject({ type: 'align', dictionaryUrl: '/base/dict/cedict.txt' });
		expect([unpackStrings(request.zh), unpackStrings(request.en)]).toEqual([['甲'], ['A']]);
		workers[0].reply({ id: request.id, type: 'progress', fraction: 0.5 });
		workers[0].reply({ id: request.id, type: 'result', beads: [bead], dictionary: true });
		await expect(done).resolves.toEqual({ beads: [bead], dictionary: true });
		expect(seen).toEqual([0.5]);
	});

	it('lets the latest request win: the older one resolves null and its answer is ignored', async () => {
		const worker = new FakeWorker();
		const client = new AlignmentClient(() => worker);
		const first = client.align(['甲'], ['A']);
		const second = client.align(['乙'], ['B']);
		await expect(first).resolves.toBeNull();
		const [old, latest] = worker.requests;
		worker.reply({ id: old.id, type: 'result', beads: [], dictionary: true });
		worker.reply({ id: latest.id, type: 'result', beads: [bead], dictionary: false });
		await expect(second).resolves.toEqual({ beads: [bead], dictionary: false });
	});

	it('stops at once on abort: the worker is terminated and replaced next time', async () => {
		const workers: FakeWorker[] = [];
		const client = new AlignmentClient(() => {
			workers.push(new FakeWorker());
			return workers.at(-1)!;
		});
		const controller = new AbortController();
		const run = client.align(['甲'], ['A'], { signal: controller.signal });
		controller.abort();
		await expect(run).resolves.toBeNull();
		expect(workers[0].terminated).toBe(true);
		client.align(['乙'], ['B']);
		expect(workers).toHaveLength(2);
	});

	it('release ends an idle worker (its memory goes back) and leaves a running one alone', async () => {
		const workers: FakeWorker[] = [];
		const client = new AlignmentClient(() => {
			workers.push(new FakeWorker());
			return workers.at(-1)!;
		});
		const run = client.align(['甲'], ['A']);
		client.release();
		expect(workers[0].terminated).toBe(false);
		const [request] = workers[0].requests;
		workers[0].reply({ id: request.id, type: 'result', beads: [bead], dictionary: true });
		await expect(run).resolves.toEqual({ beads: [bead], dictionary: true });
		client.release();
		expect(workers[0].terminated).toBe(true);
		const next = client.align(['乙'], ['B']);
		expect(workers).toHaveLength(2);
		workers[1].reply({
			id: workers[1].requests[0].id,
			type: 'result',
			beads: [],
			dictionary: true
		});
		await expect(next).resolves.toEqual({ beads: [], dictionary: true });
	});

	it('rejects with the worker error', async () => {
		const worker = new FakeWorker();
		const client = new AlignmentClient(() => worker);
		const run = client.align(['甲'], ['A']);
		worker.reply({ id: worker.requests[0].id, type: 'error', message: 'boom' });
		await expect(run).rejects.toThrow('boom');
	});
});

describe('AlignmentClient draft jobs', () => {
	it('transfers a file to the worker to import and resolves with the outcome', async () => {
		const worker = new FakeWorker();
		const transfers: Transferable[][] = [];
		worker.postMessage = function (message, transfer?: Transferable[]) {
			this.requests.push(message as AlignmentRequest);
			transfers.push(transfer ?? []);
		};
		const client = new AlignmentClient(() => worker);
		const bytes = new TextEncoder().encode('A\n\nB');
		const progress: number[] = [];
		const done = client.importDraft('p1', { name: 'en.txt', bytes }, (f) => progress.push(f));
		const [request] = worker.requests;
		expect(request).toMatchObject({ type: 'import', projectId: 'p1', source: { name: 'en.txt' } });
		expect(transfers[0]).toEqual([bytes.buffer]);
		worker.reply({ id: request.id, type: 'progress', fraction: 0.5 });
		const outcome = { ok: true as const, draftId: 'd1', aligned: true };
		worker.reply({ id: request.id, type: 'imported', outcome });
		await expect(done).resolves.toEqual(outcome);
		expect(progress).toEqual([0.5]);
	});

	it('aligns a stored draft again, and a newer job replaces an older one', async () => {
		const worker = new FakeWorker();
		const client = new AlignmentClient(() => worker);
		const first = client.alignDraft('p1', 'd1');
		const second = client.alignDraft('p1', 'd1');
		await expect(first).resolves.toBeNull();
		const request = worker.requests[1];
		expect(request).toMatchObject({ type: 'align-draft', projectId: 'p1', draftId: 'd1' });
		worker.reply({ id: worker.requests[0].id, type: 'aligned-draft', aligned: true });
		worker.reply({ id: request.id, type: 'aligned-draft', aligned: false });
		await expect(second).resolves.toBe(false);
	});

	it('resolves null when cancelled', async () => {
		const worker = new FakeWorker();
		const client = new AlignmentClient(() => worker);
		const importing = client.importDraft('p1', { name: 'x', text: 'A' });
		client.cancel();
		await expect(importing).resolves.toBeNull();
		expect(worker.terminated).toBe(true);
	});
});
