/**
 * Safe light Markdown for notes: text becomes a tree of tokens (paragraphs, lists, code blocks;
 * strong, emphasis, code, links, line breaks) that a component renders with ordinary elements
 * and text nodes — never as HTML. Anything that is not this light syntax stays text, `<img
 * onerror=…>` included, and links go only to http and https addresses.
 */

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

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const BULLET = /^ {0,3}([-*+])[ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const FENCE = /^ {0,3}(```+|~~~+)/;
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

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function isSpace(char: string | undefined): boolean {
	return char === undefined || /\s/.test(char);
}

class InlineParser {
	private tokens: InlineToken[] = [];
	private buffer = '';

	constructor(
		private readonly text: string,
		private readonly inLink: boolean
	) {}

	private flush(): void {
		if (this.buffer) this.tokens.push({ type: 'text', text: this.buffer });
		this.buffer = '';
	}

	private push(token: InlineToken): void {
		this.flush();
		this.tokens.push(token);
	}

	parse(): InlineToken[] {
		const { text } = this;
		let i = 0;
		while (i < text.length) {
			const next = this.step(i);
			if (next > i) {
				i = next;
				continue;
			}
			this.buffer += text[i];
			i++;
		}
		this.flush();
		return this.tokens;
	}

	/** Consumes a construct at `i` and returns where it ends, or `i` if there is none. */
	private step(i: number): number {
		const { text } = this;
		const char = text[i];
		if (char === '\n') {
			this.push({ type: 'break' });
			return i + 1;
		}
		if (char === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
			this.buffer += text[i + 1];
			return i + 2;
		}
		if (char === '`') return this.codeSpan(i);
		if (char === '*' || char === '_') return this.emphasis(i);
		if (!this.inLink && char === '[') return this.link(i);
		if (!this.inLink && char === '<') return this.angleLink(i);
		if (!this.inLink && (char === 'h' || char === 'H') && !/[A-Za-z0-9]/.test(text[i - 1] ?? '')) {
			return this.bareLink(i);
		}
		return i;
	}

	private codeSpan(i: number): number {
		const { text } = this;
		let run = 0;
		while (text[i + run] === '`') run++;
		const fence = '`'.repeat(run);
		for (let j = text.indexOf(fence, i + run); j !== -1; j = text.indexOf(fence, j + 1)) {
			if (text[j + run] === '`' || text[j - 1] === '`') continue;
			let content = text.slice(i + run, j).replace(/\n/g, ' ');
			if (content.length > 1 && content.startsWith(' ') && content.endsWith(' ')) {
				content = content.slice(1, -1);
			}
			this.push({ type: 'code', text: content });
			return j + run;
		}
		this.buffer += fence;
		return i + run;
	}

	private emphasis(i: number): number {
		const { text } = this;
		const char = text[i];
		const strong = text[i + 1] === char;
		const delimiter = strong ? char + char : char;
		const open = i + delimiter.length;
		// An opener is followed by non-space; an underscore must not sit inside a word.
		if (isSpace(text[open])) return this.literal(i, delimiter);
		if (char === '_' && isWordChar(text[i - 1])) return this.literal(i, delimiter);
		for (let j = text.indexOf(delimiter, open); j !== -1; j = text.indexOf(delimiter, j + 1)) {
			if (j === open) continue;
			if (!strong && text[j + 1] === char) {
				// `*a **b** c*`: skip the inner pair.
				j++;
				continue;
			}
			if (isSpace(text[j - 1])) continue;
			if (char === '_' && isWordChar(text[j + delimiter.length])) continue;
			const inner = new InlineParser(text.slice(open, j), this.inLink).parse();
			this.push({ type: strong ? 'strong' : 'em', children: inner });
			return j + delimiter.length;
		}
		return this.literal(i, delimiter);
	}

	private literal(i: number, run: string): number {
		this.buffer += run;
		return i + run.length;
	}

	private link(i: number): number {
		const { text } = this;
		let depth = 0;
		let close = -1;
		for (let j = i; j < text.length; j++) {
			if (text[j] === '\\') {
				j++;
				continue;
			}
			if (text[j] === '[') depth++;
			if (text[j] === ']' && --depth === 0) {
				close = j;
				break;
			}
		}
		if (close === -1 || text[close + 1] !== '(') return i;
		const end = text.indexOf(')', close + 2);
		if (end === -1) return i;
		const href = safeHref(text.slice(close + 2, end));
		if (href === null) return i;
		const children = new InlineParser(text.slice(i + 1, close), true).parse();
		this.push({ type: 'link', href, children });
		return end + 1;
	}

	private angleLink(i: number): number {
		const { text } = this;
		const end = text.indexOf('>', i + 1);
		if (end === -1) return i;
		const inner = text.slice(i + 1, end);
		const href = AUTOLINK.test(inner) ? safeHref(inner) : null;
		if (href === null) return i;
		this.push({ type: 'link', href, children: [{ type: 'text', text: inner }] });
		return end + 1;
	}

	private bareLink(i: number): number {
		const match = AUTOLINK.exec(this.text.slice(i));
		if (!match) return i;
		let url = match[0];
		// Drop sentence punctuation after the URL, but keep a closing parenthesis that closes
		// one opened inside it (Wikipedia links).
		while (url.length > 0 && TRAILING.test(url[url.length - 1])) {
			if (url.endsWith(')')) {
				const opens = url.split('(').length - 1;
				const closes = url.split(')').length - 1;
				if (opens >= closes) break;
			}
			url = url.slice(0, -1);
		}
		const href = safeHref(url);
		if (href === null || url.length <= 'https://'.length) return i;
		this.push({ type: 'link', href, children: [{ type: 'text', text: url }] });
		return i + url.length;
	}
}

/**
 * The inline tokens of a run of text (no blocks): emphasis, code, links and line breaks.
 *
 * @example
 * parseInline('**放管服** reform') // [{ type: 'strong', children: [{ type: 'text', text: '放管服' }] }, { type: 'text', text: ' reform' }]
 */
export function parseInline(text: string): InlineToken[] {
	return new InlineParser(text, false).parse();
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
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const blocks: BlockToken[] = [];
	let paragraph: string[] = [];
	let list: { ordered: boolean; start: number; items: string[][] } | null = null;

	const closeParagraph = () => {
		if (paragraph.length)
			blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
		paragraph = [];
	};
	const closeList = () => {
		if (list) {
			blocks.push({
				type: 'list',
				ordered: list.ordered,
				start: list.start,
				items: list.items.map((item) => ({ children: parseInline(item.join('\n')) }))
			});
		}
		list = null;
	};

	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		if (line.trim() === '') {
			closeParagraph();
			closeList();
			continue;
		}
		const fence = FENCE.exec(line);
		if (fence) {
			closeParagraph();
			closeList();
			const body: string[] = [];
			let m = n + 1;
			while (m < lines.length && !lines[m].trimStart().startsWith(fence[1])) body.push(lines[m++]);
			blocks.push({ type: 'code_block', text: body.join('\n') });
			n = m;
			continue;
		}
		const bullet = BULLET.exec(line);
		const ordered = bullet ? null : ORDERED.exec(line);
		if (bullet || ordered) {
			closeParagraph();
			const isOrdered = ordered !== null;
			const current = list as { ordered: boolean; start: number; items: string[][] } | null;
			if (!current || current.ordered !== isOrdered) {
				closeList();
				list = { ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
			}
			list!.items.push([(bullet ?? ordered)![2]]);
			continue;
		}
		if (list) {
			// A line after an item continues it, indented or not (a lazy continuation).
			const current = list as { items: string[][] };
			current.items[current.items.length - 1].push(line.trim());
			continue;
		}
		paragraph.push(line.trim());
	}
	closeParagraph();
	closeList();
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
