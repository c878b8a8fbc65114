/**
 * A minimal Word file holding these paragraphs, as a client's draft arrives: one w:p of one run
 * each, text escaped. For tests of readers of .docx drafts (the app's and the command line's).
 */
import { strToU8, zipSync } from 'fflate';

export function wordFile(paragraphs: string[]): Uint8Array {
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const body = paragraphs
		.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`)
		.join('');
	return zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		),
		'word/document.xml': strToU8(
			`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
		)
	});
}
