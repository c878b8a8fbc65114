/**
 * English plain text: one paragraph per segment, separated by a blank line, inline codes
 * removed. A paragraph not yet translated keeps its Chinese (or is left out, if asked).
 */
import type { ProjectFile } from '../project/project-file.ts';
import { stripPlaceholders } from '../xliff/inline.ts';

/**
 * Writes the translation as plain text.
 *
 * @example
 * serializeTargetText(file).split('\n\n')[0] // 'In Its Prime, Striving to Lead'
 */
export function serializeTargetText(
	file: ProjectFile,
	options: { untranslated?: 'source' | 'skip'; side?: 'target' | 'source' } = {}
): string {
	const paragraphs: string[] = [];
	for (const s of [...file.segments].sort((a, b) => a.order - b.order)) {
		const text =
			options.side === 'source'
				? s.source
				: s.target || (options.untranslated === 'skip' ? '' : s.source);
		const clean = stripPlaceholders(text).trim();
		if (clean) paragraphs.push(clean);
	}
	return paragraphs.join('\n\n') + '\n';
}
