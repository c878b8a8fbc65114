/// <reference lib="webworker" />
/**
 * Reading a document for the import screen off the main thread: a message switch over
 * readImport (the domain's import, the interchange check and the proposed repairs),
 * splitItems for an English draft's paragraphs (the alignment page), and parseGlossaryFile for
 * the glossary page's import (a 100,000-entry TBX takes seconds to read).
 */
import { parseGlossaryFile, type GlossaryFile } from '../domain/glossary/file.ts';
import { readImport, type ImportInput, type ImportRead } from '../domain/import/read.ts';
import { splitItems } from '../domain/text/items.ts';
import type { ParseResult } from '../domain/types.ts';

/** A document to read for the import screen, a draft's text to cut into paragraphs, or a glossary file. */
export type ImportRequest =
	| { id: number; input: ImportInput }
	| { id: number; paragraphsOf: string }
	| { id: number; glossaryFile: { bytes: Uint8Array; fileName: string } };
export type ImportResponse =
	| { id: number; read: ImportRead }
	| { id: number; paragraphs: string[] }
	| { id: number; glossary: ParseResult<GlossaryFile> }
	| { id: number; error: string };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
	const request = event.data;
	const { id } = request;
	try {
		if ('glossaryFile' in request) {
			const { bytes, fileName } = request.glossaryFile;
			self.postMessage({
				id,
				glossary: parseGlossaryFile(bytes, fileName)
			} satisfies ImportResponse);
		} else if ('paragraphsOf' in request) {
			const paragraphs = splitItems(request.paragraphsOf, 'paragraph');
			self.postMessage({ id, paragraphs } satisfies ImportResponse);
		} else {
			self.postMessage({ id, read: readImport(request.input) } satisfies ImportResponse);
		}
	} catch (error) {
		self.postMessage({ id, error: (error as Error).message } satisfies ImportResponse);
	}
};
