/**
 * English plain text: one paragraph per segment, separated by a blank line, inline codes
 * removed. A paragraph not yet translated keeps its Chinese behind a visible mark (or is left
 * out, if asked), so it cannot pass for English.
 */
import type { ProjectFile } from '../project/project-file.ts';
import { stripPlaceholders, withProtectedText } from '../xliff/inline.ts';

/** What precedes the Chinese of a paragraph kept untranslated in an English text. */
export const UNTRANSLATED_MARK = '[UNTRANSLATED]';

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
		const untranslated = options.side !== 'source' && !s.target.trim();
		const text = options.side === 'source' ? s.source : s.target.trim() ? s.target : s.source;
		if (untranslated && options.untranslated === 'skip') continue;
		const clean = stripPlaceholders(withProtectedText(text, file.inlineTags?.[s.id])).trim();
		if (clean) paragraphs.push(untranslated ? `${UNTRANSLATED_MARK} ${clean}` : clean);
	}
	return paragraphs.join('\n\n') + '\n';
}
