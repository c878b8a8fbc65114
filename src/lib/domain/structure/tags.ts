/**
 * Inline tags through a split: a piece's text keeps the placeholder characters of the paragraph
 * it came from, so each piece takes that paragraph's tag table (by segment id). Pure.
 */
import type { InlineTag, TagTables } from '../formats/xliff/inline.ts';

/**
 * The tag tables with `fromId`'s table given to each of `toIds`; null when `fromId` has none
 * (nothing to write).
 *
 * @example
 * carryTagTables({ a: [bpt, ept] }, 'a', ['b']) // { a: [bpt, ept], b: [bpt, ept] }
 */
export function carryTagTables(
	tables: TagTables | undefined,
	fromId: string,
	toIds: readonly string[]
): TagTables | null {
	const tags = tables?.[fromId];
	if (!tags?.length || toIds.length === 0) return null;
	return { ...tables, ...Object.fromEntries(toIds.map((id) => [id, tags])) };
}

/** What a merge does to the tag tables: the merged paragraph's table and the second's shift. */
export interface TagMerge {
	/** The tables with the merged paragraph's (first id's) table; unchanged tables otherwise. */
	tables: TagTables;
	/** Added to each placeholder of the second paragraph's texts. */
	shift: number;
}

/**
 * Inline tags through a merge: the merged paragraph keeps the first's table followed by the
 * second's, and the second's placeholders move up by the first table's length, so both
 * paragraphs' tags survive (the second's table stays too, for undo). Two pieces of one split
 * (the same table) merge back without a shift. Null when the second has no tags.
 *
 * @example
 * mergeTagTables({ a: [g, gEnd], b: [ph] }, 'a', 'b') // { tables: { a: [g, gEnd, ph], b: [ph] }, shift: 2 }
 */
export function mergeTagTables(
	tables: TagTables | undefined,
	firstId: string,
	secondId: string
): TagMerge | null {
	const second = tables?.[secondId];
	if (!tables || !second?.length) return null;
	const first = tables[firstId] ?? [];
	if (sameTags(first, second)) return null;
	return { tables: { ...tables, [firstId]: [...first, ...second] }, shift: first.length };
}

function sameTags(a: readonly InlineTag[], b: readonly InlineTag[]): boolean {
	return (
		a.length === b.length && a.every((tag, i) => tag.xml === b[i].xml && tag.kind === b[i].kind)
	);
}

/**
 * Every placeholder of `text` moved up by `shift` (tag number n becomes n + shift).
 *
 * @example
 * shiftPlaceholders('a\uE000b\uE001', 2) // 'a\uE002b\uE003'
 */
export function shiftPlaceholders(text: string, shift: number): string {
	if (!shift) return text;
	return text.replace(/[\uE000-\uF8FF]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + shift));
}
