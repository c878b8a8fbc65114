/**
 * Reading an HTML page, or rich text pasted from a browser or Word, as a source text: text
 * only. Block elements (p, div, li, h1–h6, td, blockquote, figcaption, br …) end a block;
 * scripts, styles, the head, templates, SVG and forms' option lists are dropped whole, and
 * every tag and attribute is discarded, so no markup or script from the file can reach the
 * page. The markup is read by htmlparser2 (a forgiving HTML tokenizer that runs in Node and
 * the browser, and decodes every HTML character reference), not the DOM.
 */
import { Parser } from 'htmlparser2';
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
	'script style head title noscript template svg math iframe object embed canvas select textarea audio video map'.split(
		' '
	)
);
const VOID = new Set(
	'area base br col embed hr img input link meta param source track wbr'.split(' ')
);

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
	/** The dropped element being skipped, and how deep inside it (the same name nested). */
	let dropping: { name: string; depth: number } | null = null;
	/** Inside a DOCTYPE's internal subset `[ … ]>`, which the tokenizer reads as text. */
	let inSubset = false;
	let h1Seen = false;
	const flush = () => {
		const t = normaliseText(collapse(text))
			.replace(/\s*\n\s*/g, ' ')
			.trim();
		if (t) blocks.push({ text: t, ...(kind ? { kind } : {}), ...(boundary ? { boundary } : {}) });
		text = '';
		kind = undefined;
		boundary = undefined;
	};
	const parser = new Parser(
		{
			onprocessinginstruction(name, data) {
				// <!DOCTYPE x [ <!ENTITY …> ]>: the tokenizer ends the declaration at the first '>'.
				if (name === '!doctype' && data.includes('[') && !/\]\s*$/.test(data)) inSubset = true;
			},
			ontext(chunk) {
				if (inSubset) {
					const end = /\]\s*>/.exec(chunk);
					if (!end) return;
					inSubset = false;
					chunk = chunk.slice(end.index + end[0].length);
				}
				if (!dropping) text += chunk;
			},
			onopentag(name) {
				if (inSubset) return;
				if (dropping) {
					if (name === dropping.name) dropping.depth++;
					// A head left open ends where the body begins, as in a browser.
					else if (dropping.name === 'head' && name === 'body') dropping = null;
					return;
				}
				if (DROPPED.has(name)) {
					if (!VOID.has(name)) dropping = { name, depth: 1 };
					return;
				}
				if (!BLOCK.has(name)) return;
				flush();
				let k = kindOf(name);
				if (k === 'title') {
					if (h1Seen) k = 'heading';
					h1Seen = true;
				}
				kind = k;
				if (name === 'li' || name === 'dt' || name === 'dd') boundary = 'list-item';
				else if (name === 'td' || name === 'th') boundary = 'table-cell';
			},
			onclosetag(name) {
				if (dropping) {
					if (name === dropping.name && --dropping.depth === 0) dropping = null;
					return;
				}
				if (BLOCK.has(name)) flush();
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true }
	);
	parser.write(html);
	parser.end();
	flush();
	return { value: blocks, issues: [] };
}
