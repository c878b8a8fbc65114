/**
 * Sets made-up paragraphs in a printed column and copies them back out as a PDF copy does: every
 * line hard-wrapped at the column's width (an ASCII character a half, or a whole), marks that may
 * not open a line hung on the line before, a word or number that does not fit pushed whole to
 * the next line, paragraph breaks kept as blank lines or lost, and at every page break the
 * page's footnotes, its running footer and its number between the halves of a paragraph.
 * The texts are the test's own; this only lays them out.
 */
import { displayWidth } from '../../src/lib/domain/segmentation/hard-wrap.ts';

export interface SetPiece {
	kind: 'body' | 'heading' | 'caption' | 'credit' | 'title';
	text: string;
	/** A footnote printed at the foot of the page where this paragraph is set. */
	footnote?: string;
}

export interface Layout {
	/** The column's width in Han characters. */
	width: number;
	/** What an ASCII character counts for on the page. */
	half?: 0.5 | 1;
	/** Which paragraph ends keep a blank line: every one, none, or every other one. */
	blanks: 'all' | 'none' | 'some';
	/** Lines of running text a page holds (a break then prints the page's foot). */
	pageLines?: number;
	/** The running footer printed at each page's foot, with the page's number under it. */
	footer?: string;
	/** Page numbers printed as — 1 —, or as 第1页. */
	pageNumber?: (n: number) => string;
	/** Two ideographic spaces before a paragraph's first line. */
	indent?: boolean;
	/**
	 * A body paragraph's first line set two characters short for its indent, the indent itself
	 * lost in the copy (a magazine's column copied out of a PDF).
	 */
	lostIndent?: boolean;
	/** Break numbers and Latin words anywhere, as a careless copy does (…2 | 027年). */
	cutWords?: boolean;
}

/** Marks that may not open a line: they hang at the end of the line before. */
const NO_LINE_START = /^[，。、；：！？”’）》」』%]/u;
const WORD = /^[A-Za-z0-9][A-Za-z0-9.%]*/;

/** Cuts one paragraph into printed lines of the column's width. */
export function wrapLines(
	text: string,
	width: number,
	half: 0.5 | 1,
	cutWords = false,
	firstIndent = 0
): string[] {
	const lines: string[] = [];
	let line = '';
	let rest = text;
	while (rest) {
		const word = cutWords ? null : WORD.exec(rest)?.[0];
		const piece = word ?? [...rest][0];
		const w = displayWidth(line + piece, half) + (lines.length === 0 ? firstIndent : 0);
		if (w > width && line) {
			if (NO_LINE_START.test(piece)) {
				// Hang the mark in the margin.
				line += piece;
				rest = rest.slice(piece.length);
				continue;
			}
			lines.push(line);
			line = '';
			continue;
		}
		line += piece;
		rest = rest.slice(piece.length);
	}
	if (line) lines.push(line);
	return lines;
}

/** A copy as {@link typeset} prints it. */
export interface TypesetCopy {
	text: string;
	/**
	 * Pieces whose end nothing in the copy shows: the last line full, no blank line, no indent
	 * after it, a paragraph of running text next. A reader cannot tell them from a line the
	 * printer broke; tests leave them out.
	 */
	unclear: Set<number>;
}

/**
 * The copy of the pieces as text. A title is set as one line (in a larger size), every other
 * piece wrapped in the column; a page break falls every `pageLines` lines of running text, inside
 * whatever paragraph is being set.
 */
export function typeset(pieces: readonly SetPiece[], layout: Layout): TypesetCopy {
	const half = layout.half ?? 0.5;
	const out: string[] = [];
	const unclear = new Set<number>();
	let onPage = 0;
	let page = 1;
	let notes: string[] = [];
	const pageFoot = () => {
		for (const note of notes) out.push('', ...wrapLines(note, layout.width, half, layout.cutWords));
		notes = [];
		if (layout.footer) out.push('', layout.footer);
		out.push('', (layout.pageNumber ?? ((n) => `— ${n} —`))(page), '');
		page++;
		onPage = 0;
	};
	pieces.forEach((p, k) => {
		if (p.footnote) notes.push(p.footnote);
		const indent = layout.indent && p.kind === 'body' ? '\u3000\u3000' : '';
		const lines =
			p.kind === 'title'
				? [p.text]
				: wrapLines(
						indent + p.text,
						layout.width,
						half,
						layout.cutWords,
						layout.lostIndent && p.kind === 'body' ? 2 : 0
					);
		lines.forEach((l) => {
			out.push(l);
			if (p.kind === 'body' && layout.pageLines) {
				onPage++;
				if (onPage >= layout.pageLines) pageFoot();
			}
		});
		const blank = layout.blanks === 'all' || (layout.blanks === 'some' && k % 2 === 0);
		if (blank) out.push('');
		const next = pieces[k + 1];
		const full = displayWidth(lines[lines.length - 1], half) >= layout.width - 0.5;
		if (
			!blank &&
			!layout.indent &&
			!layout.lostIndent &&
			full &&
			p.kind === 'body' &&
			next?.kind === 'body' &&
			out[out.length - 1] !== ''
		) {
			unclear.add(k).add(k + 1);
		}
	});
	return { text: out.join('\n'), unclear };
}
