/// <reference lib="webworker" />
/**
 * Glossary worker: reads, plans and writes a glossary file's import (glossary-import.ts) off the
 * page's thread, holding the file's entries between the preview and the commit so they never
 * cross to the page; a 'cancel' message aborts the write's transaction, so nothing of it is kept.
 */
import { glossariesRepo } from '../db/repos/glossaries.ts';
import { getDb } from '../db/schema.ts';
import type { GlossaryWorkerMessage, GlossaryWorkerRequest } from './glossary-client.ts';
import { GlossaryImportSession } from './glossary-import.ts';

const post = (message: GlossaryWorkerMessage) => (self as unknown as Worker).postMessage(message);
let session: GlossaryImportSession | null = null;
let controller: AbortController | null = null;

self.onmessage = async (event: MessageEvent<GlossaryWorkerRequest>) => {
	const request = event.data;
	if (request.type === 'cancel') return controller?.abort();
	const { id } = request;
	const signal = request.type === 'commit' ? (controller = new AbortController()).signal : null;
	try {
		if (request.type === 'read') {
			session = new GlossaryImportSession(
				{ glossaries: glossariesRepo(getDb()) },
				request.glossaryId
			);
			const preview = await session.read(request.bytes, request.fileName, request.policy);
			post({ type: 'preview', id, preview });
		} else {
			if (!session) throw new Error('no glossary file has been read');
			const report =
				request.type === 'plan'
					? await session.plan(request.policy)
					: await session.commit(request.policy, {
							signal: signal!,
							onProgress: (written, total) => post({ type: 'progress', id, written, total })
						});
			post({ type: 'report', id, report });
		}
	} catch (err) {
		post(
			signal?.aborted
				? { type: 'cancelled', id }
				: { type: 'error', id, message: err instanceof Error ? err.message : String(err) }
		);
	}
};
