/**
 * Reading an HTML page, or rich text pasted from a browser or Word, as a source text: text
 * only. Block elements (p, div, li, h1–h6, td, blockquote, figcaption, br …) end a block;
 * scripts, styles, the head, templates, SVG and forms' option lists are dropped whole, and
 * every tag and attribute is discarded, so no markup or script from the file can reach the
 * page. A small tolerant tokenizer of our own, not the DOM: the domain runs in Node too, and
 * pages in the wild are rarely well-formed.
 */
import type { ParseResult, SegmentKind } from '../../types.ts';
import type { TextBlock } from '../../segmentation/blocks.ts';
import { normaliseText } from '../../text/normalise.ts';

const BLOCK = new Set(
	'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul br'.split(
		' '
	)
);
/** Elements whose content is never text of the document. */
const DROPPED = new Set(
	'script style head title noscript template svg math iframe object embed canvas select audio video map'.split(
		' '
	)
);
const VOID = new Set(
	'area base br col embed hr img input link meta param source track wbr'.split(' ')
);

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009',
	zwsp: '\u200b',
	zwnj: '\u200c',
	zwj: '\u200d',
	shy: '\u00ad',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	laquo: '«',
	raquo: '»',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	middot: '·',
	bull: '•',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	times: '×',
	divide: '÷',
	plusmn: '±',
	permil: '‰',
	yen: '¥',
	euro: '€',
	pound: '£',
	cent: '¢',
	sect: '§',
	para: '¶',
	hyphen: '‐'
};

/** Decodes character references: named (the common ones), decimal and hexadecimal. */
export function decodeHtmlEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);?/g, (m, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
		}
		return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? m;
	});
}

const HAN_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const HAN_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Collapses source white space as a browser does; a line break between Chinese characters goes. */
function collapse(text: string): string {
	return text.replace(/[ \t\n\r\f]+/g, (ws, at: number, all: string) => {
		if (!ws.includes('\n') && !ws.includes('\r')) return ' ';
		return HAN_END.test(all.slice(0, at)) && HAN_START.test(all.slice(at + ws.length)) ? '' : ' ';
	});
}

function kindOf(tag: string): SegmentKind | undefined {
	if (tag === 'h1') return 'title';
	if (/^h[2-6]$/.test(tag)) return 'heading';
	if (tag === 'figcaption' || tag === 'caption') return 'caption';
	return undefined;
}

/**
 * Reads the text blocks of an HTML document or fragment. Never throws; malformed markup is
 * read as a browser would be forgiving of it.
 *
 * @example
 * parseHtml('<h1>风华正茂</h1><p>正文<b>一</b>。<script>alert(1)</script></p>').value
 * // [{ text: '风华正茂', kind: 'title' }, { text: '正文一。' }]
 */
export function parseHtml(html: string): ParseResult<TextBlock[]> {
	const blocks: TextBlock[] = [];
	let text = '';
	let kind: SegmentKind | undefined;
	let boundary: TextBlock['boundary'];
	let dropping: string | null = null;
	let h1Seen = false;
	const flush = () => {
		const t = normaliseText(collapse(decodeHtmlEntities(text)))
			.replace(/\s*\n\s*/g, ' ')
			.trim();
		if (t) blocks.push({ text: t, ...(kind ? { kind } : {}), ...(boundary ? { boundary } : {}) });
		text = '';
		kind = undefined;
		boundary = undefined;
	};
	const tagRe =
		/<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[^>]*>?|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g;
	let last = 0;
	for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
		if (!dropping) text += html.slice(last, m.index);
		last = tagRe.lastIndex;
		const name = m[1]?.toLowerCase();
		if (!name) continue; // comment, doctype, processing instruction
		const closing = m[0][1] === '/';
		const selfClosing = /\/\s*>?$/.test(m[0]) || VOID.has(name);
		if (dropping) {
			if (closing && name === dropping) dropping = null;
			// A head left open ends where the body begins, as in a browser.
			else if (dropping === 'head' && name === 'body' && !closing) dropping = null;
			continue;
		}
		if (DROPPED.has(name)) {
			if (!closing && !selfClosing) {
				// Raw-text elements end only at their own end tag.
				dropping = name;
				if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
					const end = html.toLowerCase().indexOf(`</${name}`, last);
					last = end < 0 ? html.length : end;
					tagRe.lastIndex = last;
				}
			}
			continue;
		}
		if (BLOCK.has(name)) {
			flush();
			if (!closing) {
				let k = kindOf(name);
				if (k === 'title') {
					if (h1Seen) k = 'heading';
					h1Seen = true;
				}
				kind = k;
				if (name === 'li' || name === 'dt' || name === 'dd') boundary = 'list-item';
				else if (name === 'td' || name === 'th') boundary = 'table-cell';
			}
		}
	}
	if (!dropping) text += html.slice(last);
	flush();
	return { value: blocks, issues: [] };
}
