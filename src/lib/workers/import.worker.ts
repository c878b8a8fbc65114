/// <reference lib="webworker" />
/**
 * Reading a document for the import screen off the main thread: a message switch over
 * readImport (the domain's import, the interchange check and the proposed repairs),
 * and splitItems for an English draft's paragraphs (the alignment page). A glossary file is read
 * in the glossary worker (glossary.worker.ts).
 */
import { readImport, type ImportInput, type ImportRead } from '../domain/import/read.ts';
import { splitItems } from '../domain/text/items.ts';

/** A document to read for the import screen, or a draft's text to cut into paragraphs. */
export type ImportRequest =
	{ id: number; input: ImportInput } | { id: number; paragraphsOf: string };
export type ImportResponse =
	| { id: number; read: ImportRead }
	| { id: number; paragraphs: string[] }
	| { id: number; error: string };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
	const request = event.data;
	const { id } = request;
	try {
		if ('paragraphsOf' in request) {
			const paragraphs = splitItems(request.paragraphsOf, 'paragraph');
			self.postMessage({ id, paragraphs } satisfies ImportResponse);
		} else {
			self.postMessage({ id, read: readImport(request.input) } satisfies ImportResponse);
		}
	} catch (error) {
		self.postMessage({ id, error: (error as Error).message } satisfies ImportResponse);
	}
};
