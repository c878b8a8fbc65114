/**
 * The one Markdown reader of Duiyi: markdown-it, set up two ways. Notes use a light subset
 * (paragraphs, lists, fenced code; emphasis, code, links) in which HTML, entities, headings,
 * quotes, tables and images are plain text; imported documents use CommonMark with GFM tables
 * and strikethrough, and HTML recognised (so that it can be dropped). Both give markdown-it's
 * token stream; nothing is ever rendered to HTML.
 */
import MarkdownIt, { type MarkdownIt as Reader, type Token } from 'markdown-it';

export type { Token as MarkdownToken };

/** A star between digits is a multiplication sign (`2*3*4`), never emphasis. */
function starBetweenDigits(reader: Reader): void {
	reader.inline.ruler.before('emphasis', 'star_between_digits', (state, silent) => {
		const { src, pos } = state;
		if (src[pos] !== '*' || !/\d/.test(src[pos - 1] ?? '') || !/\d/.test(src[pos + 1] ?? ''))
			return false;
		if (!silent) state.pending += '*';
		state.pos++;
		return true;
	});
}

let notes: Reader | undefined;
let documents: Reader | undefined;

/** The reader for notes: links only where `acceptLink` says so, everything else text. */
export function noteReader(acceptLink: (href: string) => boolean): Reader {
	if (!notes) {
		notes = new MarkdownIt('commonmark', { html: false, linkify: false });
		notes.disable(['heading', 'lheading', 'blockquote', 'hr', 'reference', 'html_block', 'code']);
		notes.disable(['image', 'html_inline', 'entity']);
		starBetweenDigits(notes);
	}
	notes.validateLink = acceptLink;
	return notes;
}

/** The reader for Markdown documents to translate. */
export function documentReader(): Reader {
	if (!documents) {
		documents = new MarkdownIt('default', { html: true, linkify: false });
		starBetweenDigits(documents);
		// Any address is fine: links keep only their words, nothing is followed.
		documents.validateLink = () => true;
	}
	return documents;
}
