/**
 * Reading a document on the command line (.txt/.md/.docx/.html): imported and cut into
 * paragraphs as the app's import does. A file that cannot be read ends the command with exit 2
 * and the reason.
 */
import { importDocument, type ImportedDocument } from '../lib/domain/import/index.ts';
import {
	segmentBlocks,
	type ImportedParagraph,
	type SegmentOptions
} from '../lib/domain/import/segment-document.ts';
import { CliError, readBytes } from './io.ts';

export function readDocument(
	file: string,
	options: SegmentOptions
): { document: ImportedDocument; paragraphs: ImportedParagraph[] } {
	const imported = importDocument(readBytes(file), file);
	if (!imported.value) {
		throw new CliError(
			`cannot read ${file}: ${imported.issues[0]?.message ?? 'unknown problem'}`,
			2
		);
	}
	return {
		document: imported.value,
		paragraphs: segmentBlocks(imported.value.blocks, options)
	};
}
