/**
 * Interchange files are not documents to translate: an XLIFF is a project, a TMX a memory, a
 * TBX a glossary, a Duiyi project file a project. Recognised by their content (root element or
 * JSON format field), whatever the file is called, so the document importer can send them on.
 */

export type InterchangeKind = 'xliff' | 'tmx' | 'tbx' | 'duiyi-project' | 'duiyi-backup';

/** What each kind is, for a message a person can act on. */
export const INTERCHANGE_NAMES: Record<InterchangeKind, string> = {
	xliff: 'an XLIFF file (a bilingual project)',
	tmx: 'a TMX translation memory',
	tbx: 'a TBX glossary',
	'duiyi-project': 'a Duiyi project file',
	'duiyi-backup': 'a Duiyi backup'
};

const HEAD_BYTES = 4096;

function head(bytes: Uint8Array): string {
	const slice = bytes.subarray(0, HEAD_BYTES);
	const encoding =
		slice[0] === 0xff && slice[1] === 0xfe
			? 'utf-16le'
			: slice[0] === 0xfe && slice[1] === 0xff
				? 'utf-16be'
				: 'utf-8';
	return new TextDecoder(encoding).decode(slice).replace(/^\uFEFF/, '');
}

/**
 * The interchange kind of a file, or null for anything else (a document).
 *
 * @example
 * detectInterchange(new TextEncoder().encode('<?xml version="1.0"?><xliff version="1.2">')) // 'xliff'
 * detectInterchange(new TextEncoder().encode('风华正茂勇争先')) // null
 */
export function detectInterchange(bytes: Uint8Array): InterchangeKind | null {
	const text = head(bytes).trimStart();
	if (text.startsWith('{')) {
		const format = /"format"\s*:\s*"(duiyi-project|duiyi-backup)"/.exec(text);
		return format ? (format[1] as InterchangeKind) : null;
	}
	// Skip the XML declaration, comments, processing instructions and the doctype.
	const rest = text.replace(
		/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>))*\s*/i,
		''
	);
	const root = /^<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(rest)?.[1].toLowerCase();
	if (root === 'xliff') return 'xliff';
	if (root === 'tmx') return 'tmx';
	if (root === 'tbx' || root === 'martif') return 'tbx';
	return null;
}
