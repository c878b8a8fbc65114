/// <reference lib="webworker" />
/**
 * Reading a document for the import screen off the main thread: a message switch over
 * readImport (the domain's import, the interchange check and the proposed repairs).
 */
import { readImport, type ImportInput, type ImportRead } from '../domain/import/read.ts';

export type ImportRequest = { id: number; input: ImportInput };
export type ImportResponse = { id: number; read: ImportRead } | { id: number; error: string };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
	const { id, input } = event.data;
	try {
		self.postMessage({ id, read: readImport(input) } satisfies ImportResponse);
	} catch (error) {
		self.postMessage({ id, error: (error as Error).message } satisfies ImportResponse);
	}
};
