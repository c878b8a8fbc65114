/**
 * Inline tags through a split: a piece's text keeps the placeholder characters of the paragraph
 * it came from, so each piece takes that paragraph's tag table (by segment id). Pure.
 */
import type { TagTables } from '../formats/xliff/inline.ts';

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
