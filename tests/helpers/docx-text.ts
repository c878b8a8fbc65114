/**
 * The w:p paragraphs of a DOCX body as a reader sees them: the text of their w:t runs
 * (XML entities undone) and whether a run is highlighted. Read with unzip and regular
 * expressions, not with the app's own DOCX reader, so that a test of the app's DOCX is judged
 * by something else.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

export function docxParagraphs(path: string): { text: string; marked: boolean }[] {
	const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => ({
		text: unescape([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
		marked: /<w:highlight /.test(p[0])
	}));
}
