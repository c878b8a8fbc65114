/**
 * Safe light Markdown for notes: text becomes a tree of tokens (paragraphs, lists, code blocks;
 * strong, emphasis, code, links, line breaks) that a component renders with ordinary elements
 * and text nodes — never as HTML. Anything that is not this light syntax stays text, `<img
 * onerror=…>` included, and links go only to http and https addresses. The Markdown is read by
 * markdown-it (see reader.ts), the same reader as Markdown documents to translate.
 */
import { noteReader, type MarkdownToken } from './reader.ts';

export type InlineToken =
	| { type: 'text'; text: string }
	| { type: 'strong'; children: InlineToken[] }
	| { type: 'em'; children: InlineToken[] }
	| { type: 'code'; text: string }
	| { type: 'link'; href: string; children: InlineToken[] }
	| { type: 'break' };

export interface ListItemToken {
	children: InlineToken[];
}

export type BlockToken =
	| { type: 'paragraph'; children: InlineToken[] }
	| { type: 'list'; ordered: boolean; start: number; items: ListItemToken[] }
	| { type: 'code_block'; text: string };

export type Token = BlockToken | InlineToken;

const AUTOLINK = /^https?:\/\/[^\s<>"'`\u3000-\u303f\uff01-\uff5e]+/i;
/** Punctuation that ends a sentence rather than a bare URL. */
const TRAILING = /[.,;:!?)\]}'"*_~]/;

function hasSpaceOrControl(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code === 0x7f) return true;
	}
	return /\s/.test(text);
}

/**
 * The address of a link if it may be one: an absolute http or https URL, normalised; anything
 * else (javascript:, data:, relative paths, malformed) is null and the link stays text.
 *
 * @example
 * safeHref('https://www.catl.com/en/') // 'https://www.catl.com/en/'
 * safeHref('javascript:alert(1)') // null
 */
export function safeHref(raw: string): string | null {
	const trimmed = raw.trim();
	if (!/^https?:\/\//i.test(trimmed) || hasSpaceOrControl(trimmed)) return null;
	try {
		const url = new URL(trimmed);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		if (url.username || url.password) return null;
		return url.href;
	} catch {
		return null;
	}
}

/**
 * Finds bare http(s) URLs in a run of text: sentence punctuation after a URL is left out, but a
 * closing parenthesis that closes one opened inside it (Wikipedia links) is kept. A URL must
 * start after something that is not a Latin letter or digit (Chinese text may touch it).
 */
function linkifyText(text: string): InlineToken[] {
	const out: InlineToken[] = [];
	let plain = '';
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		const match =
			(c === 'h' || c === 'H') && !/[A-Za-z0-9]/.test(text[i - 1] ?? '')
				? AUTOLINK.exec(text.slice(i))
				: null;
		let url = match?.[0] ?? '';
		while (url.length > 0 && TRAILING.test(url[url.length - 1])) {
			if (url.endsWith(')')) {
				const opens = url.split('(').length - 1;
				const closes = url.split(')').length - 1;
				if (opens >= closes) break;
			}
			url = url.slice(0, -1);
		}
		const href = url.length > 'https://'.length ? safeHref(url) : null;
		if (href === null) {
			plain += c;
			i++;
			continue;
		}
		if (plain) out.push({ type: 'text', text: plain });
		plain = '';
		out.push({ type: 'link', href, children: [{ type: 'text', text: url }] });
		i += url.length;
	}
	if (plain) out.push({ type: 'text', text: plain });
	return out;
}

/** Adds text to a token list, joining it to a text token just before. */
function pushText(out: InlineToken[], text: string): void {
	if (!text) return;
	const last = out[out.length - 1];
	if (last?.type === 'text') last.text += text;
	else out.push({ type: 'text', text });
}

/**
 * Turns markdown-it's inline tokens into ours. Links and emphasis nest; bare URLs in text
 * become links (outside links only); anything else is text.
 */
function inlineTokens(tokens: MarkdownToken[]): InlineToken[] {
	const root: InlineToken[] = [];
	const stack: { out: InlineToken[]; close: string }[] = [{ out: root, close: '' }];
	const top = () => stack[stack.length - 1].out;
	for (const token of tokens) {
		switch (token.type) {
			case 'text':
				if (stack.some((s) => s.close === 'link_close')) pushText(top(), token.content);
				else
					for (const t of linkifyText(token.content)) {
						if (t.type === 'text') pushText(top(), t.text);
						else top().push(t);
					}
				break;
			case 'code_inline':
				top().push({ type: 'code', text: token.content });
				break;
			case 'softbreak':
			case 'hardbreak':
				top().push({ type: 'break' });
				break;
			case 'strong_open':
			case 'em_open':
			case 'link_open': {
				const kind = token.type.replace('_open', '') as 'strong' | 'em' | 'link';
				const href = kind === 'link' ? safeHref(String(token.attrGet('href') ?? '')) : null;
				if (kind === 'link' && href === null) {
					// Not reached (markdown-it asks acceptLink first); its words would stay text.
					stack.push({ out: top(), close: 'link_close' });
					break;
				}
				const children: InlineToken[] = [];
				top().push(
					kind === 'link' ? { type: 'link', href: href!, children } : { type: kind, children }
				);
				stack.push({ out: children, close: `${kind}_close` });
				break;
			}
			case 'strong_close':
			case 'em_close':
			case 'link_close':
				if (stack.length > 1) stack.pop();
				break;
			default:
				pushText(top(), token.content);
		}
	}
	return root;
}

/** Whether markdown-it may make a link of this address: only http(s), see {@link safeHref}. */
function acceptLink(href: string): boolean {
	return safeHref(href) !== null;
}

/**
 * The inline tokens of a run of text (no blocks): emphasis, code, links and line breaks.
 *
 * @example
 * parseInline('**放管服** reform') // [{ type: 'strong', children: [{ type: 'text', text: '放管服' }] }, { type: 'text', text: ' reform' }]
 */
export function parseInline(text: string): InlineToken[] {
	const [inline] = noteReader(acceptLink).parseInline(text, {});
	return inlineTokens(inline?.children ?? []);
}

/**
 * Turns a note's light Markdown into block tokens: paragraphs (every line break kept), bullet
 * and numbered lists, fenced code blocks, and inside them strong, emphasis, code spans, http(s)
 * links (`[text](url)`, `<url>` and bare URLs). Everything else — HTML tags included — is text.
 *
 * @example
 * renderMarkdownTokens('Check **宜春时代**:\n- CATL Yichun\n- <img onerror=x>')
 * // [{ type: 'paragraph', children: [{ type: 'text', text: 'Check ' }, { type: 'strong', … }, …] },
 * //  { type: 'list', ordered: false, start: 1, items: [ …, { children: [{ type: 'text', text: '<img onerror=x>' }] }] }]
 */
export function renderMarkdownTokens(text: string): BlockToken[] {
	const tokens = noteReader(acceptLink).parse(text, {});
	const blocks: BlockToken[] = [];
	/** Open lists, innermost last; a nested list's items join the outermost list. */
	const lists: { ordered: boolean; start: number; items: ListItemToken[] }[] = [];
	let item: ListItemToken | null = null;
	for (const token of tokens) {
		switch (token.type) {
			case 'bullet_list_open':
			case 'ordered_list_open':
				if (lists.length === 0)
					lists.push({
						ordered: token.type === 'ordered_list_open',
						start: Number(token.attrGet('start') ?? 1),
						items: []
					});
				else lists.push(lists[0]);
				break;
			case 'bullet_list_close':
			case 'ordered_list_close': {
				const list = lists.pop()!;
				if (lists.length === 0) blocks.push({ type: 'list', ...list });
				break;
			}
			case 'list_item_open':
				item = { children: [] };
				lists[0].items.push(item);
				break;
			case 'list_item_close':
				item = null;
				break;
			case 'inline': {
				const children = inlineTokens(token.children ?? []);
				if (item) {
					// A second paragraph of an item goes on after a line break.
					if (item.children.length) item.children.push({ type: 'break' });
					item.children.push(...children);
				} else if (lists.length) {
					lists[0].items.push({ children });
				} else {
					blocks.push({ type: 'paragraph', children });
				}
				break;
			}
			case 'fence':
				if (lists.length)
					lists[0].items.push({
						children: [{ type: 'code', text: token.content.replace(/\n$/, '') }]
					});
				else blocks.push({ type: 'code_block', text: token.content.replace(/\n$/, '') });
				break;
		}
	}
	return blocks;
}

function inlineText(tokens: InlineToken[]): string {
	return tokens
		.map((t) =>
			t.type === 'text' || t.type === 'code'
				? t.text
				: t.type === 'break'
					? '\n'
					: inlineText(t.children)
		)
		.join('');
}

/**
 * The words of a note without its markup, for a tooltip, a search or a plain-text export.
 *
 * @example
 * markdownToPlainText('See **[CATL](https://www.catl.com)**') // 'See CATL'
 */
export function markdownToPlainText(text: string): string {
	return renderMarkdownTokens(text)
		.map((block) =>
			block.type === 'paragraph'
				? inlineText(block.children)
				: block.type === 'code_block'
					? block.text
					: block.items
							.map(
								(item, i) =>
									`${block.ordered ? `${block.start + i}.` : '•'} ${inlineText(item.children)}`
							)
							.join('\n')
		)
		.join('\n\n');
}
