/**
 * The English DOCX: the translation alone, with the document's structure — title, subtitle,
 * headings, captions and credits in their own Word styles. A paragraph not yet translated keeps
 * its Chinese, highlighted, so nothing goes missing silently.
 */
import { Document, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ProjectFile } from '../project/project-file.ts';
import { withProtectedText } from '../xliff/inline.ts';
import {
	annotatedRuns,
	documentStyles,
	KIND_STYLE,
	type CommentRegistry
} from './serialize-shared.ts';

export interface TargetDocxOptions {
	/** What to write for a paragraph without a translation (default: its source, highlighted). */
	untranslated?: 'source' | 'skip';
	onProgress?: (done: number, total: number) => void;
}

/**
 * Writes the English-only DOCX.
 *
 * @example
 * const bytes = await serializeTargetDocx(file);
 */
export async function serializeTargetDocx(
	file: ProjectFile,
	options: TargetDocxOptions = {}
): Promise<Uint8Array> {
	const segments = [...file.segments].sort((a, b) => a.order - b.order);
	const registry: CommentRegistry = { comments: [], next: 0 };
	const children: Paragraph[] = [];
	segments.forEach((s, i) => {
		const style = KIND_STYLE[s.kind];
		const tags = file.inlineTags?.[s.id];
		if (s.target.trim()) {
			children.push(
				new Paragraph({
					style,
					children: annotatedRuns(withProtectedText(s.target, tags), [], tags, registry, (c) => c)
				})
			);
		} else if (options.untranslated !== 'skip' && s.source.trim()) {
			children.push(
				new Paragraph({
					style,
					children: [new TextRun({ text: s.source, highlight: 'yellow' })]
				})
			);
		}
		options.onProgress?.(i + 1, segments.length);
	});
	const doc = new Document({
		creator: 'Duiyi',
		title: file.project.name,
		styles: documentStyles(22),
		sections: [
			{
				properties: {
					page: { size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT } }
				},
				children
			}
		]
	});
	return Packer.pack(doc, 'uint8array');
}
