/**
 * A three-way merge of one paragraph's text, for two tabs (or a tab and its own crash log)
 * that changed the same paragraph from the same starting text. Each side's change is the span
 * between the common prefix and suffix it shares with the base; changes in different places are
 * both applied, and changes in the same place keep both sides' text, the other side's first,
 * so no typed character is ever dropped.
 */

export interface MergeResult {
	text: string;
	/** True when both sides changed the same place: the result needs a person's eye. */
	overlapped: boolean;
}

/** One edit of a text: `base.slice(from, to)` replaced by `text`. */
export interface TextChange {
	from: number;
	to: number;
	text: string;
}

/**
 * The one span where `side` differs from `base` (between their common prefix and suffix).
 *
 * @example
 * changeOf('It grew.', 'It grew fast.') // { from: 7, to: 7, text: ' fast' }
 */
export function changeOf(base: string, side: string): TextChange {
	const max = Math.min(base.length, side.length);
	let prefix = 0;
	while (prefix < max && base[prefix] === side[prefix]) prefix++;
	let suffix = 0;
	while (suffix < max - prefix && base[base.length - 1 - suffix] === side[side.length - 1 - suffix])
		suffix++;
	return { from: prefix, to: base.length - suffix, text: side.slice(prefix, side.length - suffix) };
}

/**
 * Merges `ours` and `theirs`, both edited from `base`.
 *
 * @example
 * mergeText('a b c', 'A b c', 'a b C') // { text: 'A b C', overlapped: false }
 * mergeText('x', 'xA', 'xB') // { text: 'xBA', overlapped: true }
 */
export function mergeText(base: string, ours: string, theirs: string): MergeResult {
	if (ours === theirs || theirs === base) return { text: ours, overlapped: false };
	if (ours === base) return { text: theirs, overlapped: false };
	const a = changeOf(base, ours);
	const b = changeOf(base, theirs);
	const touches = (x: TextChange, y: TextChange) =>
		x.from < y.to && y.from < x.to
			? true
			: x.from === y.from && (x.from === x.to || y.from === y.to);
	if (!touches(a, b)) {
		const [first, second] = a.from <= b.from ? [a, b] : [b, a];
		return {
			text:
				base.slice(0, first.from) +
				first.text +
				base.slice(first.to, second.from) +
				second.text +
				base.slice(second.to),
			overlapped: false
		};
	}
	// The same place: both sides' versions of the whole span, theirs then ours.
	const from = Math.min(a.from, b.from);
	const to = Math.max(a.to, b.to);
	const span = (side: string) => side.slice(from, side.length - (base.length - to));
	return {
		text: base.slice(0, from) + span(theirs) + span(ours) + base.slice(to),
		overlapped: true
	};
}
