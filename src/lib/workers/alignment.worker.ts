/// <reference lib="webworker" />
/**
 * Alignment off the main thread: a message switch over domain/alignment alignUnits. The
 * dictionary (/dict/cedict.txt, CC-CEDICT) is fetched once, on the first request; without it
 * the result says so and a later request retries. It also reads an English draft from a file's
 * bytes (decoded and cut into paragraphs), so the main thread never decodes a large draft.
 */
import {
	alignUnits,
	type AlignmentBead,
	type CutParagraph,
	type GlossaryPair,
	type UnitKinds
} from '../domain/alignment/index.ts';
import { readDraft } from '../domain/text/draft.ts';
import { DICTIONARY_URL, fetchDictionary } from './dictionary.ts';
import { packStrings, transferOf, unpackStrings, type PackedStrings } from './packed.ts';

/** A draft file's bytes to decode and cut into paragraphs (the buffer is transferred). */
export type DraftReadRequest = { id: number; type: 'read'; bytes: Uint8Array };

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
	/** A draft read: its paragraphs packed (workers/packed.ts). */
	| { id: number; type: 'read'; read: PackedDraftRead }
	| { id: number; type: 'error'; message: string };

/** DraftRead with the paragraphs packed for the trip to the page. */
export type PackedDraftRead =
	| { ok: true; text: string; paragraphs: PackedStrings }
	| { ok: false; reason: 'binary' | 'undecodable' };

self.onmessage = async (event: MessageEvent<AlignmentRequest | DraftReadRequest>) => {
	if (event.data.type === 'read') {
		const { id, bytes } = event.data;
		try {
			const read = readDraft(bytes);
			if (!read.ok) {
				self.postMessage({ id, type: 'read', read } satisfies AlignmentResponse);
				return;
			}
			const paragraphs = packStrings(read.paragraphs);
			self.postMessage(
				{
					id,
					type: 'read',
					read: { ok: true, text: read.text, paragraphs }
				} satisfies AlignmentResponse,
				transferOf(paragraphs)
			);
		} catch (error) {
			self.postMessage({ id, type: 'error', message: (error as Error).message });
		}
		return;
	}
	const { id, type, zh, en, glossary, level, kinds, cuts, dictionaryUrl } = event.data;
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
