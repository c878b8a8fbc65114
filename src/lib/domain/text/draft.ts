/**
 * An English draft from a file's bytes: decoded (decodeText) and cut into paragraphs
 * (splitItems), in one step so the alignment worker can do both off the main thread.
 */
import { decodeText } from './decode.ts';
import { splitItems } from './items.ts';

export type DraftRead =
	| { ok: true; text: string; paragraphs: string[] }
	| { ok: false; reason: 'binary' | 'undecodable' };

export function readDraft(bytes: Uint8Array): DraftRead {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, reason: decoded.reason };
	return { ok: true, text: decoded.text, paragraphs: splitItems(decoded.text, 'paragraph') };
}
