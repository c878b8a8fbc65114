/// <reference lib="webworker" />
/**
 * Alignment off the main thread: a message switch over domain/alignment alignUnits. The
 * dictionary (/dict/cedict.txt, CC-CEDICT) is fetched once, on the first request; without it
 * the result says so and a later request retries. It also imports an English draft from a file's
 * bytes (decoded, cut into paragraphs, stored, aligned) and aligns a stored draft again, reading
 * and writing IndexedDB itself, so a large draft's text never crosses to the page.
 */
import {
	alignUnits,
	type AlignmentBead,
	type CutParagraph,
	type GlossaryPair,
	type UnitKinds
} from '../domain/alignment/index.ts';
import type { Dictionary } from '../domain/dictionary/index.ts';
import { createRepos } from '../db/repos/index.ts';
import { getDb } from '../db/schema.ts';
import {
	alignDraft,
	importDraft,
	type DraftImport,
	type DraftSource,
	type RunAligner
} from '../state/align-draft.ts';
import { DICTIONARY_URL, fetchDictionary } from './dictionary.ts';
import { unpackStrings, type PackedStrings } from './packed.ts';

/**
 * A draft to import into a project (decoded, stored, aligned and its alignment stored here, see
 * state/align-draft.ts), or a stored draft to align again. A file's buffer is transferred.
 */
export type DraftRequest =
	| { id: number; type: 'import'; projectId: string; source: DraftSource; dictionaryUrl?: string }
	| {
			id: number;
			type: 'align-draft';
			projectId: string;
			draftId: string;
			dictionaryUrl?: string;
	  };

export type AlignmentRequest = {
	id: number;
	type: 'align';
	/** The two texts' paragraphs (or sentences), packed (workers/packed.ts). */
	zh: PackedStrings;
	en: PackedStrings;
	glossary?: GlossaryPair[];
	/** Paragraphs (the default) or sentences. */
	level?: 'paragraph' | 'sentence';
	/** Kinds of the paragraphs (title, heading, caption…), when known. */
	kinds?: UnitKinds;
	/** Paragraphs joined across captions set inside them (domain/alignment/layout.ts). */
	cuts?: readonly CutParagraph[];
	/** Where the prepared dictionary is served; /dict/cedict.txt unless the app has a base path. */
	dictionaryUrl?: string;
};

export type AlignmentResponse =
	| { id: number; type: 'progress'; fraction: number }
	/** `dictionary` false: the dictionary could not be loaded and only length, numbers, names and the glossary were used. */
	| { id: number; type: 'result'; beads: AlignmentBead[]; dictionary: boolean }
	/** A draft import's outcome (`import`), or whether a stored draft was aligned (`align-draft`). */
	| { id: number; type: 'imported'; outcome: DraftImport }
	| { id: number; type: 'aligned-draft'; aligned: boolean }
	| { id: number; type: 'error'; message: string };

/** The aligner over the dictionary, posting progress for request `id`. */
function runner(id: number, dictionary: Dictionary | null): RunAligner {
	return async (zh, en, glossary, kinds, cuts) =>
		alignUnits(zh, en, {
			dictionary: dictionary ?? undefined,
			glossary,
			kinds: { zh: kinds },
			cuts,
			level: 'paragraph',
			onProgress: (fraction) =>
				self.postMessage({ id, type: 'progress', fraction } satisfies AlignmentResponse)
		}).beads;
}

async function draftJob(request: DraftRequest): Promise<AlignmentResponse> {
	const repos = createRepos(getDb());
	const dictionary = await fetchDictionary(request.dictionaryUrl ?? DICTIONARY_URL);
	const run = runner(request.id, dictionary);
	if (request.type === 'import') {
		const outcome = await importDraft(repos, request.projectId, request.source, run);
		return { id: request.id, type: 'imported', outcome };
	}
	const aligned = await alignDraft(repos, request.projectId, request.draftId, run);
	return { id: request.id, type: 'aligned-draft', aligned };
}

self.onmessage = async (event: MessageEvent<AlignmentRequest | DraftRequest>) => {
	const request = event.data;
	if (request.type === 'import' || request.type === 'align-draft') {
		try {
			self.postMessage(await draftJob(request));
		} catch (error) {
			self.postMessage({
				id: request.id,
				type: 'error',
				message: (error as Error).message
			} satisfies AlignmentResponse);
		}
		return;
	}
	const { id, type, zh, en, glossary, level, kinds, cuts, dictionaryUrl } = request;
	if (type !== 'align') return;
	try {
		const dict = await fetchDictionary(dictionaryUrl ?? DICTIONARY_URL);
		const { beads } = alignUnits(unpackStrings(zh), unpackStrings(en), {
			dictionary: dict ?? undefined,
			glossary,
			kinds,
			cuts,
			level: level ?? 'paragraph',
			onProgress: (fraction) =>
				self.postMessage({ id, type: 'progress', fraction } satisfies AlignmentResponse)
		});
		self.postMessage({
			id,
			type: 'result',
			beads,
			dictionary: dict !== null
		} satisfies AlignmentResponse);
	} catch (error) {
		self.postMessage({
			id,
			type: 'error',
			message: (error as Error).message
		} satisfies AlignmentResponse);
	}
};
