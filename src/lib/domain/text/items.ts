/**
 * Alignment items of a plain text as the CLI and the aligner see them: paragraphs separated by
 * blank lines, or one item per non-empty line (the CLI's `--unit paragraph|line`, a name kept
 * because scripts use it).
 */

import { textToBlocks } from '../segmentation/blocks.ts';

export type ItemMode = 'paragraph' | 'line';

/** Line breaks of every platform, folded to \n. */
export function normaliseNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/**
 * Splits text into alignment items. Paragraph mode cuts as a source document is cut on import
 * ({@link textToBlocks}): at blank lines, unwrapping lines a PDF or an e-mail hard-wrapped,
 * splitting at first-line indents and taking one paragraph per line where a Chinese .txt is
 * written that way, with spaces normalised. Line mode gives every non-empty line, trimmed.
 *
 * @example
 * splitItems('甲\n\n乙\n丙', 'paragraph') // ['甲', '乙', '丙']
 * splitItems('\u3000\u3000第一段，\n接着写。\n\u3000\u3000第二段。', 'paragraph') // ['第一段，接着写。', '第二段。']
 * splitItems('甲\n\n乙\n丙', 'line') // ['甲', '乙', '丙']
 */
export function splitItems(text: string, mode: ItemMode): string[] {
	if (mode === 'paragraph') return textToBlocks(text).map((block) => block.text);
	return normaliseNewlines(text)
		.replace(/^\uFEFF/, '')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l.length > 0);
}
