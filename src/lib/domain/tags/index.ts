/**
 * Inline tags as a translator sees them: each inline code of an imported file (a placeholder
 * character, formats/xliff/inline.ts) gets a number, as memoQ and Trados show them — {1} … {/1}
 * for a pair, {2/} for a code on its own. A paragraph's target shows its tags with the numbers
 * of the same codes in its source. Pure.
 */
import {
	PLACEHOLDER_BASE,
	isPlaceholder,
	type InlineTag,
	type InlineTagKind
} from '../formats/xliff/inline.ts';

/** One tag of a paragraph as shown. */
export interface TagChip {
	/** The placeholder character in the text. */
	char: string;
	kind: InlineTagKind;
	/** Its number: a start and its end share one. */
	n: number;
	/** How it is written: {1}, {/1}, {2/}. */
	token: string;
	/** What the code stands for, when the file says (protected text, equiv-text …). */
	label: string;
	/** The code as it was in the file. */
	xml: string;
	/** Element name (bpt, g, mrk …). */
	name: string;
}

/** The tags of a paragraph by placeholder character, numbered source first. */
export type TagChips = Map<string, TagChip>;

const tokenOf = (kind: InlineTagKind, n: number) =>
	kind === 'open' ? `{${n}}` : kind === 'close' ? `{/${n}}` : `{${n}/}`;

/**
 * Numbers the tags of a paragraph: in source order, a start and its end sharing a number; tags
 * only in the target come after. Without the tag table every code counts as standing alone.
 *
 * @example
 * numberTags('About \uE000Gandalf\uE001', '', [bpt, ept]).get('\uE001')?.token // '{/1}'
 */
export function numberTags(source: string, target: string, tags?: readonly InlineTag[]): TagChips {
	const chips: TagChips = new Map();
	let counter = 0;
	for (const text of [source, target]) {
		const open: TagChip[] = [];
		for (const char of text) {
			if (!isPlaceholder(char) || chips.has(char)) continue;
			const tag = tags?.[char.charCodeAt(0) - PLACEHOLDER_BASE];
			const kind = tag?.kind ?? 'standalone';
			const n = kind === 'close' && open.length ? open.pop()!.n : ++counter;
			const chip: TagChip = {
				char,
				kind,
				n,
				token: tokenOf(kind, n),
				label: tag?.label ?? '',
				xml: tag?.xml ?? '',
				name: tag?.name ?? ''
			};
			if (kind === 'open') open.push(chip);
			chips.set(char, chip);
		}
	}
	return chips;
}

/** Text cut into plain runs and tags, for display. */
export type TagRun = { text: string; chip?: undefined } | { text: string; chip: TagChip };

/**
 * Cuts text into plain runs and tags.
 *
 * @example
 * tagRuns('a\uE000b', chips) // [{ text: 'a' }, { text: '\uE000', chip }, { text: 'b' }]
 */
export function tagRuns(text: string, chips: TagChips): TagRun[] {
	const runs: TagRun[] = [];
	let plain = '';
	for (const char of text) {
		const chip = chips.get(char);
		if (!chip) {
			plain += char;
			continue;
		}
		if (plain) runs.push({ text: plain });
		plain = '';
		runs.push({ text: char, chip });
	}
	if (plain) runs.push({ text: plain });
	return runs;
}

/**
 * A target as typed in a plain text field: each tag written as its token ({1}, {/1}, {2/}),
 * and back. Offsets convert both ways (notes and hits are kept in the stored text's offsets).
 */
export interface TagDisplay {
	/** Whether the paragraph has tags at all (if not, the text is shown as it is). */
	active: boolean;
	show(text: string): string;
	/** The stored text of what the field holds: tokens of this paragraph's tags become tags. */
	read(shown: string): string;
	/** Where each token is in shown text: [start, end) pairs. */
	tokens(shown: string): [number, number][];
	toShown(text: string, offset: number): number;
	fromShown(shown: string, offset: number): number;
}

/**
 * The field display of a paragraph's tags.
 *
 * @example
 * const d = tagDisplay(numberTags('a\uE000b\uE001', '', tags));
 * d.show('x\uE000y\uE001') // 'x{1}y{/1}'
 * d.read('x{1}y{/1}') // 'x\uE000y\uE001'
 */
export function tagDisplay(chips: TagChips): TagDisplay {
	const byToken = new Map([...chips.values()].map((c) => [c.token, c.char]));
	const pattern = /\{\/?\d+\/?\}/g;
	const show = (text: string) => {
		let out = '';
		for (const char of text) out += chips.get(char)?.token ?? char;
		return out;
	};
	const tokens = (shown: string): [number, number][] =>
		[...shown.matchAll(pattern)]
			.filter((m) => byToken.has(m[0]))
			.map((m) => [m.index, m.index + m[0].length]);
	return {
		active: chips.size > 0,
		show,
		read: (shown) => shown.replace(pattern, (token) => byToken.get(token) ?? token),
		tokens,
		toShown(text, offset) {
			return show(text.slice(0, offset)).length;
		},
		fromShown(shown, offset) {
			let stored = offset;
			for (const [start, end] of tokens(shown)) {
				if (start >= offset) break;
				stored -= Math.min(end, offset) - start - (offset >= end ? 1 : 0);
			}
			return stored;
		}
	};
}

/**
 * The next tag of the source missing from the target (F8 inserts it), in source order; a
 * tag used twice in the source is missing until the target has it twice.
 *
 * @example
 * nextMissingTag('a\uE000b\uE001', 'x\uE000', chips)?.token // '{/1}'
 */
export function nextMissingTag(source: string, target: string, chips: TagChips): TagChip | null {
	const have = new Map<string, number>();
	for (const char of target) if (chips.has(char)) have.set(char, (have.get(char) ?? 0) + 1);
	for (const char of source) {
		const chip = chips.get(char);
		if (!chip) continue;
		const left = have.get(char) ?? 0;
		if (left === 0) return chip;
		have.set(char, left - 1);
	}
	return null;
}
