/**
 * Blocks: the paragraphs of a document as they arrive, before repair. A plain text is cut at
 * blank lines; a run of lines without a blank line between them is either one paragraph
 * hard-wrapped by a PDF or an e-mail (its lines are unwrapped) or one paragraph per line, as
 * Chinese .txt files are often written (each line becomes a block).
 */
import type { SegmentKind } from '../types.ts';
import { isBlankLine, normaliseText } from '../text/normalise.ts';
import {
	BOX_LABEL,
	CAPTION_START,
	NUMBERED_PHOTO,
	continuationSignal,
	isTableHeader,
	isTableRow,
	isPageFurniture,
	startsNewThought,
	startsWithListMarker
} from './signals.ts';
import {
	opensFootnote,
	readWrappedLines,
	repeatedLines,
	runColumn,
	wrapColumn
} from './hard-wrap.ts';

/** One block of an imported document, in reading order. */
export interface TextBlock {
	text: string;
	/** A kind the source format states (a Word heading style, a Markdown `#`, an HTML `<h2>`). */
	kind?: SegmentKind;
	/** Blank lines before the block in a plain text: a run of them sets captions apart. */
	blankBefore?: number;
	/**
	 * The format itself says where the block ends: a list item or a table cell. Such blocks are
	 * never joined, moved, or taken for headings and captions.
	 */
	boundary?: 'list-item' | 'table-cell';
	/** How a word processor sets the block (from a .docx): evidence for its kind, not a kind. */
	layout?: BlockLayout;
	/**
	 * A hard-wrapped copy (hard-wrap.ts) printed the block's last line to the column's margin
	 * without ending a sentence: a page or column break cut running text there, which goes on
	 * in a later block. Never a heading's or a caption's end.
	 */
	cutAtMargin?: boolean;
	/**
	 * A hard-wrapped copy prints the line on several pages, figures aside (hard-wrap.ts): a
	 * running head or footer, a page number. Page furniture, whatever its words.
	 */
	repeated?: boolean;
}

/** The look of a paragraph in a word processor; fields are absent when unknown or plain. */
export interface BlockLayout {
	align?: 'center' | 'right';
	/** Every run in italics. */
	italic?: boolean;
	/** Every run in bold. */
	bold?: boolean;
	/** Font size in points (the largest run). */
	size?: number;
}

const HAN = /\p{Script=Han}/u;
/** Sentence-final punctuation, optionally followed by closing quotes and brackets. */
const TERMINAL_END = /[。！？!?….;；:：]["'”’」』）)\]】》〉]*$/u;
/** A line closed by a bracketed note after its sentence end: …新成效。（记者 张三） */
const TRAILING_CLOSE = /[。！？!?.…]["'”’]?\s*[（(][^（）()]{1,40}[）)]$/u;
const INDENT = /^(\u3000|\t| {2,})/;
const PARALLEL_HEADING = /^\p{Script=Han}{2,}(?:\s\p{Script=Han}{2,})+$/u;

/** Characters of a string, counted by code point (so a rare Han in plane 2 counts once). */
function length(text: string): number {
	let n = 0;
	for (const _ of text) n++;
	return n;
}

/**
 * Joins two pieces of one paragraph: nothing between Chinese text, a space between words.
 *
 * @example
 * joinPieces('较为完善的产业', '配套。') // '较为完善的产业配套。'
 * joinPieces('in the Yangtze River', 'Delta.') // 'in the Yangtze River Delta.'
 */
export function joinPieces(a: string, b: string): string {
	if (!a) return b;
	if (!b) return a;
	const left = a.trimEnd();
	const right = b.trimStart();
	// The last and first six characters; 12 code units hold at least six code points, and
	// spreading only those keeps joining a long paragraph from copying it whole.
	const chinese =
		HAN.test([...left.slice(-12)].slice(-6).join('')) ||
		HAN.test([...right.slice(0, 12)].slice(0, 6).join(''));
	const needsSpace = chinese
		? /\p{Script=Latin}$/u.test(left) && /^\p{Script=Latin}/u.test(right)
		: !/[-‐/([“‘]$/u.test(left) && !/^[,.;:!?)\]”’%]/u.test(right);
	return needsSpace ? `${left} ${right}` : left + right;
}

/**
 * Groups the lines of a run (lines with no blank line between) into paragraphs. A line that
 * runs to the right margin (within 80% of the longest line) and does not end a sentence was
 * wrapped by a PDF or an e-mail: the next line goes on with it, if that line is a full one
 * again or ends a sentence (a short unfinished line there is a caption, left to the repair). A
 * shorter line, or one ending a sentence, ends its paragraph. Runs of short lines (under 15 characters at most) are lines
 * of their own: a title and its subtitle, a list, a poem.
 */
function groupWrapped(lines: string[]): string[] {
	const width = Math.max(...lines.map(length));
	if (lines.length === 1 || width < 15) return lines;
	const groups: string[] = [lines[0]];
	for (let i = 1; i < lines.length; i++) {
		const prev = lines[i - 1];
		const next = lines[i];
		// The line a paragraph wraps onto is a full line again or its last (ending a sentence);
		// a short line with no sentence end is a line of its own: a photo's caption set there.
		const goesOn =
			length(next) >= 0.8 * width ||
			TERMINAL_END.test(next) ||
			TRAILING_CLOSE.test(next) ||
			continuationSignal(next) !== null;
		const wrapped =
			length(prev) >= 0.8 * width &&
			!TERMINAL_END.test(prev) &&
			!PARALLEL_HEADING.test(prev) &&
			!startsNewThought(next) &&
			!CAPTION_START.test(next) &&
			goesOn;
		if (wrapped) groups[groups.length - 1] = joinPieces(groups[groups.length - 1], lines[i]);
		else groups.push(lines[i]);
	}
	return groups;
}

/** Longest line taken for an item of a list set one item a line (地区生产总值增长5.5%左右；). */
const LIST_ITEM_MAX = 50;
const CLAUSE_END = /[；;]["'”’）)]*$/u;
const INTRO_END = /[：:]["'”’）)]*$/u;
const FULL_END = /[。！？!?.…]["'”’）)]*$/u;

/**
 * A list printed one item a line inside one block — "目标是：" then short items ending in "；",
 * the last in a full stop, none with a label — is one sentence and so one paragraph: its lines
 * join. Lines that end in a full stop stay paragraphs of their own (one paragraph a line), as do
 * labelled items (（1）…；, 1. …；, 一是…；) and an intro ending in "：" before anything else.
 */
function joinLineLists(lines: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		// Items: short lines ending in "；", then one short line that ends the list.
		let j = i + 1;
		while (j < lines.length && CLAUSE_END.test(lines[j]) && length(lines[j]) <= LIST_ITEM_MAX) j++;
		const opens =
			INTRO_END.test(lines[i]) || (CLAUSE_END.test(lines[i]) && length(lines[i]) <= LIST_ITEM_MAX);
		const last = j < lines.length && length(lines[j]) <= LIST_ITEM_MAX && FULL_END.test(lines[j]);
		const items = j - i - 1 + (last ? 1 : 0);
		// Labelled items (（1）…；, 1. …；, 一是…；) are paragraphs a translator takes one by one.
		const labelled = lines.slice(i + 1, i + 1 + items).some(startsWithListMarker);
		if (!opens || items < 2 || labelled) {
			out.push(lines[i]);
			continue;
		}
		const end = last ? j : j - 1;
		out.push(lines.slice(i, end + 1).reduce((a, b) => joinPieces(a, b)));
		i = end;
	}
	return out;
}

/** A whole line that is one quotation (“…。”). */
const QUOTE_LINE = /^[“「『][^“”「」『』]{4,120}[”」』]$/u;
/** A pull quote's label alone on its line: 金句：, 观点：. */
const QUOTE_LABEL = /^\p{Script=Han}{1,6}[：:]$/u;
/** A quotation's speaker after a dash, no sentence of its own: ——某局局长 某某. */
const ATTRIBUTION = /^(?:——|—|──)\s*[^，。；！？,;!?“”]{2,30}$/u;

/**
 * Lines a page prints as one thing though a copy breaks them: a box's label alone on its line
 * (【链接】 | 什么是统保统贷？) goes with the line it labels; a pull quote's label, words and speaker
 * (金句： | “…。” | ——某某) are one block; a table flattened to lines, its header
 * and rows one a line, cells apart, stays one block (its rows are no paragraphs of running
 * text to wrap, join or take for captions).
 */
function joinDisplayLines(lines: string[]): string[] {
	if (
		lines.length >= 2 &&
		lines.every((l) => isTableRow(l) || isTableHeader(l)) &&
		lines.some(isTableRow)
	) {
		return [lines.reduce((a, b) => joinPieces(a, b))];
	}
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		// 金句： | “…。” | ——某局局长 某某: a pull quote set over lines, its label, its words and its
		// speaker, is one thing on the page.
		const labelled = QUOTE_LABEL.test(lines[i].trim()) ? 1 : 0;
		if (
			QUOTE_LINE.test(lines[i + labelled]?.trim() ?? '') &&
			ATTRIBUTION.test(lines[i + labelled + 1]?.trim() ?? '')
		) {
			out.push(lines.slice(i, i + labelled + 2).reduce((a, b) => joinPieces(a, b)));
			i += labelled + 1;
			continue;
		}
		const label = BOX_LABEL.exec(lines[i]);
		if (label && label[0] === lines[i].trim() && i + 1 < lines.length) {
			out.push(joinPieces(lines[i], lines[i + 1]));
			i++;
		} else out.push(lines[i]);
	}
	return out;
}

/** Lines shorter than this in a run are a title, a heading or a list's item, not running text. */
const BODY_LINE_MIN = 15;

/**
 * In a text that sets a blank line between paragraphs throughout, a newline without one is no
 * paragraph break: a line that ends a sentence goes on into the next line of running text (an
 * editor's soft return, a paste that kept the line breaks of its source). Lines that open a list
 * item or a caption, credits in brackets, and short lines (a heading, a title) stay apart; the
 * captions of numbered photos printed one a line (图① … | 图② …) are one caption.
 */
function joinSoftBreaks(lines: string[]): string[] {
	const body = (l: string) =>
		length(l) >= BODY_LINE_MIN &&
		!startsWithListMarker(l) &&
		!CAPTION_START.test(l) &&
		!/^[（(][^（）()]*[）)]$/u.test(l);
	const out: string[] = [];
	for (const line of lines) {
		const prev = out[out.length - 1];
		// 图①：…。 | 图②：…。: the captions of numbered photos printed together are one caption.
		const photos = prev !== undefined && NUMBERED_PHOTO.test(prev) && NUMBERED_PHOTO.test(line);
		if (photos || (prev !== undefined && FULL_END.test(prev) && body(prev) && body(line)))
			out[out.length - 1] = joinPieces(prev, line);
		else out.push(line);
	}
	return out;
}

/**
 * A line that is no running text: a subtitle opening with a dash (——某县…调查), a byline's names
 * spaced apart (本刊记者 柯 岚).
 */
const NOT_RUNNING = /^\s*—|\p{Script=Han}[ \u3000]+\p{Script=Han}/u;

/** A sentence's end, after any closing quote or bracket. */
const SENTENCE_END = /[。！？!?…][”’」』)）]?$/u;

/**
 * Whether a text's paragraphs are set apart by blank lines throughout: at least four runs of
 * lines between blank lines, and at least two in three of them a single line. Its line breaks
 * inside a run are then no paragraph breaks ({@link joinSoftBreaks}); a text written one
 * paragraph a line has few blank lines and long runs.
 */
function blankLineParagraphs(runs: string[][]): boolean {
	const single = runs.filter((r) => r.length === 1).length;
	return runs.length >= 4 && 3 * single >= 2 * runs.length;
}

/**
 * Cuts a plain text into blocks (after {@link normaliseText}), recording how many blank lines
 * came before each.
 *
 * @example
 * textToBlocks('标题\n\n\n正文第一段。\n\n正文第二段。').map((b) => b.text) // ['标题', '正文第一段。', '正文第二段。']
 * textToBlocks('\u3000\u3000第一段。\n\u3000\u3000第二段。').length // 2
 */
export function textToBlocks(text: string): TextBlock[] {
	const rawLines = text
		.replace(/\r\n?|\u0085|\u2028|\v/g, '\n')
		.replace(/[\u2029\f]/g, '\n\n')
		.split('\n');
	const runs: string[][] = [[]];
	for (const line of rawLines) {
		if (!isBlankLine(line)) runs[runs.length - 1].push(line);
		else if (runs[runs.length - 1].length) runs.push([]);
	}
	const softBreaks = blankLineParagraphs(runs.filter((r) => r.length > 0));
	// A PDF copy hard-wrapped at a column's width (hard-wrap.ts): its lines are unwrapped by the
	// column, whatever blank lines it kept.
	const column = wrapColumn(rawLines);
	const furniture = column
		? repeatedLines(rawLines.filter((l) => !isBlankLine(l)).map((l) => normaliseText(l)))
		: undefined;
	const blocks: TextBlock[] = [];
	/** Blocks of a column's running text printed over two lines or more. */
	const running = new Set<TextBlock>();
	let blank = 0;
	let run: string[] = [];
	const flush = () => {
		if (run.length === 0) return;
		if (column) {
			const normalised = run.map((l) => normaliseText(l));
			const own = runColumn(run, column);
			const { continues, open, opened } = readWrappedLines(run, normalised, own, furniture);
			// A run that opens with a paragraph's indent: the block before it ended its paragraph
			// (a full-width head, a byline), however far it ran.
			const before = blocks[blocks.length - 1];
			if (opened[0] && before?.cutAtMargin) delete before.cutAtMargin;
			// A run of the text's column that opens at the margin, where paragraphs open short by
			// an indent, goes on with a paragraph a page or column break cut, wherever the last
			// line before the break ended (…算了一笔账： | footnotes, folio | 一口周长…).
			if (
				own === column &&
				column.indent > 0 &&
				!opened[0] &&
				continues[1] &&
				open[0] &&
				!startsWithListMarker(normalised[0])
			) {
				const k = blocks.findLastIndex(
					(b) => !b.repeated && !isPageFurniture(b.text) && !opensFootnote(b.text)
				);
				if (k !== -1 && running.has(blocks[k]) && !SENTENCE_END.test(blocks[k].text.trimEnd()))
					blocks[k].cutAtMargin = true;
			}
			const groups: string[] = [];
			const sizes: number[] = [];
			const cut: string[] = [];
			normalised.forEach((l, i) => {
				if (continues[i]) {
					groups[groups.length - 1] = joinPieces(groups[groups.length - 1], l);
					sizes[sizes.length - 1]++;
				} else {
					groups.push(l);
					sizes.push(1);
				}
				// The run's last line, or one the next line does not go on from, cut at the margin.
				// Not a line of a byline or a subtitle, whatever its length.
				const line = !continues[i] && !continues[i + 1];
				if (open[i] && !continues[i + 1] && !(line && NOT_RUNNING.test(l)))
					cut.push(groups[groups.length - 1]);
			});
			// Paragraphs of the text's column printed over two lines or more (no head, no caption).
			const multi = own === column ? groups.filter((_, n) => sizes[n] > 1) : [];
			joinLineLists(joinDisplayLines(groups)).forEach((g, i) => {
				const block: TextBlock = {
					text: g,
					blankBefore: i === 0 ? blank : 0,
					...(cut.some((c) => g.endsWith(c)) ? { cutAtMargin: true } : {}),
					...(furniture?.(g) ? { repeated: true } : {})
				};
				if (multi.some((m) => g.endsWith(m))) running.add(block);
				blocks.push(block);
			});
			run = [];
			blank = 0;
			return;
		}
		const lines = joinDisplayLines(run.map((l) => normaliseText(l)));
		const shown = run.length === lines.length ? run : lines;
		const indented = shown.map((l) => INDENT.test(l));
		if (indented.slice(1).some(Boolean) && !indented.every(Boolean)) {
			// First-line indents mark the paragraphs of a PDF copy; the lines between are wraps.
			const groups: string[] = [];
			lines.forEach((l, i) => {
				if (i === 0 || indented[i]) groups.push(l);
				else groups[groups.length - 1] = joinPieces(groups[groups.length - 1], l);
			});
			groups.forEach((g, i) => blocks.push({ text: g, blankBefore: i === 0 ? blank : 0 }));
		} else if (indented.every(Boolean)) {
			lines.forEach((l, i) => blocks.push({ text: l, blankBefore: i === 0 ? blank : 0 }));
		} else {
			const grouped = joinLineLists(groupWrapped(lines));
			(softBreaks ? joinSoftBreaks(grouped) : grouped).forEach((g, i) =>
				blocks.push({ text: g, blankBefore: i === 0 ? blank : 0 })
			);
		}
		run = [];
		blank = 0;
	};
	for (const line of rawLines) {
		if (isBlankLine(line)) {
			flush();
			blank++;
		} else {
			run.push(line);
		}
	}
	flush();
	return blocks;
}

/** Whether a text is mostly Chinese (Han characters outnumber Latin letters). */
export function isMostlyChinese(text: string): boolean {
	// A plain loop over code units: this runs on whole documents, often.
	let han = 0;
	let latin = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (
			(c >= 0x4e00 && c <= 0x9fff) ||
			(c >= 0x3400 && c <= 0x4dbf) ||
			(c >= 0xd840 && c <= 0xd87f)
		)
			han++;
		else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f))
			latin++;
	}
	return han > 0 && han * 2 >= latin;
}
