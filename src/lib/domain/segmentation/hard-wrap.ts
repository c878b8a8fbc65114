/**
 * Chinese text copied out of a PDF: every printed line hard-wrapped at the column's width, the
 * paragraph breaks sometimes kept as blank lines and sometimes lost, running heads, page numbers
 * and footnotes printed between the halves of a paragraph.
 *
 * The regime is read from the document's own line lengths, not from a fixed width: a justified
 * column sets most lines to one display width (a Han character or full-width mark counts one,
 * an ASCII digit or Latin letter about a half), give or take one for a mark hung in the margin
 * or pushed to the next line. A text written one paragraph a line, or one copied from a web page,
 * has lines of every length and is no such column.
 *
 * In the column, a line set to the width goes on into the next one: the printer broke it, not
 * the writer, even when it happens to end a sentence. A line that ends short ends its paragraph
 * (or is a heading, a caption or a credit of its own). A full line still ends its paragraph
 * when the next one plainly starts something else: an indent, a list's marker, a caption, a
 * footnote, a head's mark, a page's furniture.
 */
import {
	BOX_LABEL,
	CAPTION_START,
	HEAD_MARK,
	endsTerminated,
	hasInnerTerminal,
	isPageFurniture,
	startsWithListMarker,
	visibleLength
} from './signals.ts';

/** The column a PDF copy was set in. */
export interface WrapColumn {
	/** The display width of a full line. */
	width: number;
	/** What an ASCII character counts for: a half when the copy was set with proportional digits. */
	half: 0.5 | 1;
	/**
	 * How much shorter a paragraph's first line is set (its indent, lost in the copy), or 0: a
	 * first line that falls short by the indent still runs to the margin.
	 */
	indent: number;
}

/** Narrowest column read as one: a newspaper's narrow columns hold about a dozen characters. */
const MIN_WIDTH = 10;
/** Fewest lines at the width for a text to be read as a column. */
const MIN_FULL_LINES = 4;
/** Share of the lines at the width (a heading, a caption, a paragraph's last line are short). */
const MIN_FULL_SHARE = 0.4;
/** Largest share of lines longer than the width (a table's row, an address set wide). */
const MAX_OVER_SHARE = 0.15;

/** How far short of the width an unfinished line may end and still have reached the margin. */
const MARGIN_SLACK = 1.5;
/** Share of the full lines that end inside a phrase (on a character, not a punctuation mark). */
const MIN_CUT_SHARE = 0.5;
const MID_PHRASE = /[\p{L}\p{N}]$/u;

/** Display width: one for a Han character or a full-width mark, `half` for ASCII and Latin. */
export function displayWidth(line: string, half: 0.5 | 1 = 0.5): number {
	let w = 0;
	for (const ch of line) {
		const c = ch.codePointAt(0)!;
		// Latin, Greek and the like, super- and subscripts (km², CO₂), half-width forms.
		const narrow = c < 0x2000 || (c >= 0x2070 && c <= 0x209f) || (c >= 0xff61 && c <= 0xffdc);
		w += narrow ? half : 1;
	}
	return w;
}

/**
 * The column a text's lines were hard-wrapped at, or null when they were not: most lines within
 * one of the same display width (at least ten), few longer. The text must be Chinese: English
 * wraps at word ends and leaves a ragged margin, read apart (blocks.ts).
 *
 * @example
 * wrapColumn(['一二三四五六七八九十甲乙', …]) // { width: 12, half: 0.5 }
 */
export function wrapColumn(lines: readonly string[]): WrapColumn | null {
	const text = lines
		.map((l) => l.trimEnd())
		.filter((l) => visibleLength(l) > 0 && /\p{Script=Han}/u.test(l));
	if (text.length < MIN_FULL_LINES) return null;
	// The width and the count of ASCII characters that set the most lines to one width, or to
	// one more (a mark hung in the margin) or a half less (a narrow character left over).
	let best: { width: number; half: 0.5 | 1; at: number } | null = null;
	for (const half of [0.5, 1] as const) {
		const widths = text.map((l) => displayWidth(l, half));
		for (const width of new Set(widths)) {
			if (width < MIN_WIDTH) continue;
			const at = widths.filter((w) => w >= width - 0.5 && w <= width + 1).length;
			if (!best || at > best.at || (at === best.at && width > best.width)) {
				best = { width, half, at };
			}
		}
	}
	if (!best) return null;
	const { half } = best;
	const widths = text.map((l) => displayWidth(l, half));
	// The column is the commonest width of those lines.
	const counts = new Map<number, number>();
	for (const w of widths) {
		if (w >= best.width - 0.5 && w <= best.width + 1) counts.set(w, (counts.get(w) ?? 0) + 1);
	}
	const width = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
	// Lines within one of the width: a word that did not fit or a mark pushed down sets some short.
	const near = widths.filter((w) => Math.abs(w - width) <= 1);
	if (near.length < MIN_FULL_LINES || near.length < MIN_FULL_SHARE * text.length) return null;
	const over = widths.filter((w) => w > width + 1.5).length;
	if (over > MAX_OVER_SHARE * text.length) return null;
	// A printer breaks a line wherever the width runs out, mostly inside a phrase; a writer's
	// lines of one length (short paragraphs, heads, list items) end at punctuation or a word's end.
	const cut = text.filter((l, i) => Math.abs(widths[i] - width) <= 1 && MID_PHRASE.test(l));
	if (cut.length < MIN_CUT_SHARE * near.length) return null;
	return { width, half, indent: paragraphIndent(lines, width, half) };
}

/** Fewest paragraphs whose first line falls short by the same indent for the indent to be read. */
const MIN_INDENTED = 3;
/** Share of the paragraph openings (followed by a full line) that must fall short by the indent. */
const MIN_INDENTED_SHARE = 0.5;

/**
 * The indent a column's paragraphs open with, lost in the copy (the first line one to four
 * characters short), or 0. Read from the lines that open a paragraph — the text's first, one
 * after a blank line, one after a short line ending a sentence — and run on into a full line.
 */
function paragraphIndent(lines: readonly string[], width: number, half: 0.5 | 1): number {
	const text = lines.map((l) => l.trimEnd());
	const w = text.map((l) => displayWidth(l, half));
	const shortfalls: number[] = [];
	for (let i = 0; i + 1 < text.length; i++) {
		if (visibleLength(text[i]) === 0 || visibleLength(text[i + 1]) === 0) continue;
		const prev = i === 0 ? '' : text[i - 1];
		const opens =
			visibleLength(prev) === 0 || (endsTerminated(prev) && width - w[i - 1] > MARGIN_SLACK);
		if (!opens || endsTerminated(text[i]) || Math.abs(w[i + 1] - width) > 1) continue;
		shortfalls.push(width - w[i]);
	}
	const counts = new Map<number, number>();
	for (const s of shortfalls) {
		const k = Math.round(s);
		if (k >= 1 && k <= 4) counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
	if (!best) return 0;
	const indented = shortfalls.filter((s) => Math.abs(s - best[0]) <= 0.5).length;
	return indented >= MIN_INDENTED && indented >= MIN_INDENTED_SHARE * shortfalls.length
		? best[0]
		: 0;
}

/** A footnote's opening: ① 型号合格证：…, 注①：…, ※ …, [1] … (not a note's mark in a sentence, ①，). */
const FOOTNOTE_START =
	/^(?:[①-⑳]\s*(?=[^\s，。、；：,.;:）)”’])|注\s*[①-⑳\d]\s*[：:]?|※|\[\d{1,2}\]\s*(?=\S))/u;

/** Whether a line or block opens a footnote (①型号合格证：…, 注①：…, ※注：…). */
export function opensFootnote(text: string): boolean {
	return FOOTNOTE_START.test(text.trimStart());
}

/** A list's marker at a line's start; 一是 / 二是 run inside paragraphs, wrapped anywhere. */
function opensListItem(line: string): boolean {
	return startsWithListMarker(line) && !/^[一二三四五六七八九十]{1,3}是/u.test(line);
}

/** A speaker's turn in an interview or a note under the text: 问：, 答：, 记者：, 注：. */
const TURN_OR_NOTE = /^(?:问|答|记者|主持人|注)\s*[：:]/u;

/** Leading run of ASCII letters and digits: a word or number a line break may not cut. */
const LEADING_WORD = /^[A-Za-z0-9][A-Za-z0-9.,%]*/;

/** How the lines of a column go together. */
export interface WrapReading {
	/** Line i is the next printed line of the same paragraph as line i - 1. */
	continues: boolean[];
	/**
	 * Line i ran to the margin without ending a sentence: when no line follows it in its run,
	 * a page or column break cut the paragraph there, and it goes on in a later block.
	 */
	open: boolean[];
	/** Line i opens a paragraph set short by the column's indent, and the paragraph goes on. */
	opened: boolean[];
}

/**
 * How the lines of one run (no blank line between them) of a column go together. `raw` are the
 * lines as copied (the indent and the widths read from them), `lines` the same lines normalised;
 * `furniture` says which lines are a page's furniture (running heads repeated on every page).
 */
export function readWrappedLines(
	raw: readonly string[],
	lines: readonly string[],
	column: WrapColumn,
	furniture: (line: string) => boolean = () => false
): WrapReading {
	const width = raw.map((l) => displayWidth(l.trimEnd(), column.half));
	const indented = raw.map((l) => /^(\u3000|\t| {2,})/.test(l));
	const page = (i: number) => isPageFurniture(lines[i]) || furniture(lines[i]);
	/** Set apart from the line before, whatever that line is. */
	const apart = (i: number) =>
		indented[i] ||
		CAPTION_START.test(lines[i]) ||
		opensFootnote(lines[i]) ||
		HEAD_MARK.test(lines[i]) ||
		BOX_LABEL.test(lines[i]) ||
		page(i);
	/**
	 * Line i reached the margin: within one and a half of the width, or short by less than the word or
	 * number that did not fit and opens the next line (…约1260 | km², …比 | 2021年).
	 */
	const reached = (i: number, indent = 0) => {
		const short = column.width - indent - width[i];
		const word = LEADING_WORD.exec(lines[i + 1] ?? '')?.[0] ?? '';
		return short <= MARGIN_SLACK || (word !== '' && short < displayWidth(word, column.half) + 0.5);
	};
	/** Set wider than the column: a title, or a footnote across the page. */
	const wide = (i: number) => width[i] > column.width + MARGIN_SLACK;
	/**
	 * Line i opens a paragraph short by the column's indent and runs on: the next line is not
	 * one more such opening (a head over a paragraph), and it is no head or list item itself.
	 * Alone before a page's foot it is a paragraph's first line the break cut; a head so long is
	 * followed by a paragraph's opening, which sets it apart again (blocks.ts).
	 */
	const indentedOpening = (i: number) =>
		column.indent > 0 &&
		reached(i, column.indent) &&
		// One over with a mark hung in the margin (…路上。).
		column.width - column.indent - width[i] >=
			(/[，。、；：！？”’）》」』%]$/u.test(lines[i]) ? -1 : -0.5) &&
		!opensListItem(lines[i]) &&
		!HEAD_MARK.test(lines[i]) &&
		(i + 1 === lines.length || Math.abs(column.width - column.indent - width[i + 1]) > 0.5);
	const opened = lines.map(() => false);
	/** Line i ran to the margin unfinished (or to where its paragraph's indent sets the margin). */
	const runsOn = (i: number, opening: boolean) => {
		opened[i] = opening && indentedOpening(i);
		return !page(i) && !endsTerminated(lines[i]) && !wide(i) && (reached(i) || opened[i]);
	};
	/** Line i ended short only by the ASCII word or number that opens the next line (…增多。 | 2019年). */
	const pushedWord = (i: number) => {
		const word = LEADING_WORD.exec(lines[i + 1] ?? '')?.[0] ?? '';
		return word !== '' && column.width - width[i] < displayWidth(word, column.half) + 0.5;
	};
	/**
	 * A head broken over two short lines, neither ending on a mark: 三、延链补链：一条鱼“游”出 |
	 * 全产业链 (a run of its own, its first line opening with a head's number or mark).
	 */
	const twoLineHead =
		lines.length === 2 &&
		(startsWithListMarker(lines[0]) || HEAD_MARK.test(lines[0])) &&
		!/^[一二三四五六七八九十]{1,3}是/u.test(lines[0]) &&
		lines.every((l, i) => MID_PHRASE.test(l) && !reached(i)) &&
		width[0] + width[1] <= 2 * column.width;
	const open = lines.map(() => false);
	const continues = lines.map(() => false);
	open[0] = runsOn(0, true);
	for (let i = 1; i < lines.length; i++) {
		const prev = lines[i - 1];
		const next = lines[i];
		if (i === 1 && twoLineHead) {
			continues[i] = true;
			continue;
		}
		if (apart(i) || page(i - 1)) {
			open[i] = runsOn(i, true);
			continue;
		}
		if (endsTerminated(prev)) {
			// A full line that ends a sentence goes on (a mark hung in the margin makes it one
			// longer), unless the next opens something of its own: a list's item, a speaker's
			// turn (问：), a note (注：), or a short line with no end of sentence (a heading).
			continues[i] =
				(column.width - (continues[i - 1] ? 0 : column.indent) - width[i - 1] <= 0.5 ||
					pushedWord(i - 1)) &&
				!opensListItem(next) &&
				!TURN_OR_NOTE.test(next) &&
				(reached(i) || endsTerminated(next));
		} else {
			// An unfinished line goes on if it reached the margin; a line set wider than the
			// column (a footnote across the page) goes on into its own next line.
			continues[i] = open[i - 1] || (wide(i - 1) && !page(i - 1));
		}
		open[i] = runsOn(i, !continues[i]);
	}
	return { continues, open, opened };
}

/** Fewest lines of a run set in a narrower column of its own (a box, a pull quote). */
const MIN_NARROW_LINES = 3;

/**
 * The column a run of lines was set in: the text's, or a narrower one of its own when every line
 * but the last is set to one width at least three short of the text's — a box's text or a pull
 * quote printed beside the running text (海洋牧场是指基于海洋生态学 | 原理，在特定海域…).
 */
export function runColumn(raw: readonly string[], column: WrapColumn): WrapColumn {
	if (raw.length < MIN_NARROW_LINES) return column;
	const widths = raw.slice(0, -1).map((l) => displayWidth(l.trimEnd(), column.half));
	const width = Math.max(...widths);
	if (width > column.width - 3 || width < 4) return column;
	// The first line may open short by the text's indent.
	if (widths.some((w, i) => width - w > MARGIN_SLACK + (i === 0 ? column.indent : 0)))
		return column;
	const last = displayWidth(raw[raw.length - 1].trimEnd(), column.half);
	return last <= width + 1 ? { ...column, width } : column;
}

/**
 * Lines repeated on the pages of a copy (digits aside): a running head or footer, a page number
 * (— 1 — | — 2 —). Short lines without a sentence's punctuation, seen at least twice.
 */
export function repeatedLines(lines: readonly string[]): (line: string) => boolean {
	const key = (l: string) => l.replace(/\s+/g, '').replace(/\d+/g, '0');
	const counts = new Map<string, number>();
	for (const l of lines) {
		const k = key(l);
		if (!k || visibleLength(l) > 40 || hasInnerTerminal(l) || /[，,。]/u.test(l)) continue;
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	return (line) => (counts.get(key(line)) ?? 0) >= 2;
}
