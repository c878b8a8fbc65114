/**
 * An English draft from a file's bytes, read as the client sent it: any document Duiyi imports
 * (.txt in UTF-8, UTF-16 or GB18030, .docx, .md, .html) cut into its paragraphs, with no page
 * repair (the Chinese page repair would join an English byline without a full stop to the
 * paragraph after it). One reader for the alignment page (in its worker) and `duiyi new`.
 */
import type { FormatIssue } from '../types.ts';
import { importDocument } from '../import/index.ts';
import { splitItems } from './items.ts';

/** Why a draft file was refused: the import's issue, whose code the page translates. */
export type DraftRead =
	{ ok: true; text: string; paragraphs: string[] } | { ok: false; issue: FormatIssue };

/**
 * @example
 * readDraft(new TextEncoder().encode('One.\n\nTwo.'), 'draft.txt')
 * // { ok: true, text: 'One.\n\nTwo.', paragraphs: ['One.', 'Two.'] }
 */
export function readDraft(bytes: Uint8Array, fileName: string): DraftRead {
	const imported = importDocument(bytes, fileName);
	if (!imported.value) {
		const issue = imported.issues.find((i) => i.severity === 'error') ?? {
			severity: 'error' as const,
			code: 'import.empty',
			message: 'the file has no text to translate'
		};
		return { ok: false, issue };
	}
	const paragraphs = imported.value.blocks.map((b) => b.text).filter((t) => t.trim().length > 0);
	return { ok: true, text: paragraphs.join('\n\n'), paragraphs };
}

/** A pasted draft: paragraphs at blank lines, as a .txt file is cut. */
export function readPastedDraft(text: string): DraftRead {
	return { ok: true, text, paragraphs: splitItems(text, 'paragraph') };
}
