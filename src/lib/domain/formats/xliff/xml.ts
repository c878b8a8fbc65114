/**
 * A small, strict-enough XML reader for interchange files (XLIFF, TMX, DOCX parts). It keeps
 * what a generic parser throws away and what inline codes need: every element's exact span in
 * the source text, so a `<bpt>` or `<g>` can be written back byte for byte; and the line of each
 * element for error messages. It never throws: problems come back as issues.
 */
import type { FormatIssue } from '../../types.ts';
import { LIMITS, limitIssue } from '../limits.ts';

export interface XmlText {
	type: 'text';
	text: string;
}

export interface XmlElement {
	type: 'element';
	/** Qualified name as written, e.g. `trans-unit`, `mq:status`, `w:t`. */
	name: string;
	/** Local name, without a prefix. */
	local: string;
	attrs: Record<string, string>;
	children: XmlNode[];
	/** Offsets in the source string: the whole element, its start tag's end, its end tag's start. */
	start: number;
	end: number;
	openEnd: number;
	closeStart: number;
	line: number;
}

export type XmlNode = XmlText | XmlElement;

export interface XmlDocument {
	root: XmlElement | null;
	source: string;
	/** The DOCTYPE's text, when there is one. */
	doctype?: string;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
		}
		return NAMED[ref] ?? m;
	});
}

/** Escapes text for an element's content. Characters XML 1.0 forbids are dropped. */
export function escapeText(text: string): string {
	return stripInvalid(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(text: string): string {
	return escapeText(text)
		.replace(/"/g, '&quot;')
		.replace(/\n/g, '&#10;')
		.replace(/\r/g, '&#13;')
		.replace(/\t/g, '&#9;');
}

/** Removes characters XML 1.0 cannot carry (C0 controls other than tab, LF, CR; U+FFFE/F). */
export function stripInvalid(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function lineAt(src: string, offset: number, cache: { pos: number; line: number }): number {
	// Lines are counted incrementally: the parser only moves forward.
	for (let i = cache.pos; i < offset; i++) if (src.charCodeAt(i) === 10) cache.line++;
	cache.pos = Math.max(cache.pos, offset);
	return cache.line;
}

const NAME_RE = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const ATTR_RE =
	/\s*([A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

/**
 * Parses an XML document. Well-formedness errors become issues with a line number; the
 * root is null when nothing usable could be read.
 *
 * @example
 * parseXml('<a x="1">b<c/></a>').value?.root?.children.length // 2
 */
export function parseXml(input: string): { value: XmlDocument | null; issues: FormatIssue[] } {
	const src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const issues: FormatIssue[] = [];
	const cache = { pos: 0, line: 1 };
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	let doctype: string | undefined;
	let i = 0;
	const fail = (code: string, message: string, at: number) => {
		issues.push({ severity: 'error', code, message, line: lineAt(src, at, cache) });
	};
	const pushText = (text: string) => {
		const parent = stack[stack.length - 1];
		if (!parent) {
			if (text.trim()) fail('xml_text_outside_root', 'text outside the root element', i);
			return;
		}
		const last = parent.children[parent.children.length - 1];
		if (last && last.type === 'text') last.text += text;
		else parent.children.push({ type: 'text', text });
	};
	while (i < src.length) {
		const lt = src.indexOf('<', i);
		if (lt < 0) {
			pushText(decodeEntities(src.slice(i)));
			break;
		}
		if (lt > i) pushText(decodeEntities(src.slice(i, lt)));
		i = lt;
		if (src.startsWith('<!--', i)) {
			const end = src.indexOf('-->', i + 4);
			if (end < 0) return done(fail('xml_unclosed_comment', 'comment never closed', i));
			i = end + 3;
		} else if (src.startsWith('<![CDATA[', i)) {
			const end = src.indexOf(']]>', i + 9);
			if (end < 0) return done(fail('xml_unclosed_cdata', 'CDATA section never closed', i));
			pushText(src.slice(i + 9, end));
			i = end + 3;
		} else if (src.startsWith('<?', i)) {
			const end = src.indexOf('?>', i + 2);
			if (end < 0) return done(fail('xml_unclosed_pi', 'processing instruction never closed', i));
			i = end + 2;
		} else if (src.startsWith('<!DOCTYPE', i)) {
			// An internal subset may hold '>' inside brackets.
			let j = i + 9;
			let depth = 0;
			for (; j < src.length; j++) {
				const c = src[j];
				if (c === '[') depth++;
				else if (c === ']') depth--;
				else if (c === '>' && depth <= 0) break;
			}
			doctype = src.slice(i, j + 1);
			i = j + 1;
		} else if (src[i + 1] === '/') {
			NAME_RE.lastIndex = i + 2;
			const m = NAME_RE.exec(src);
			const close = src.indexOf('>', i);
			if (!m || close < 0) return done(fail('xml_bad_end_tag', 'malformed end tag', i));
			const top = stack.pop();
			if (!top || top.name !== m[0]) {
				return done(
					fail(
						'xml_mismatched_tag',
						top
							? `end tag </${m[0]}> does not match the open <${top.name}>`
							: `end tag </${m[0]}> without a start tag`,
						i
					)
				);
			}
			top.closeStart = i;
			top.end = close + 1;
			i = close + 1;
		} else {
			NAME_RE.lastIndex = i + 1;
			const m = NAME_RE.exec(src);
			if (!m) return done(fail('xml_bad_start_tag', 'a "<" that does not start a tag', i));
			const line = lineAt(src, i, cache);
			const el: XmlElement = {
				type: 'element',
				name: m[0],
				local: m[0].includes(':') ? m[0].slice(m[0].indexOf(':') + 1) : m[0],
				attrs: {},
				children: [],
				start: i,
				end: -1,
				openEnd: -1,
				closeStart: -1,
				line
			};
			let j = NAME_RE.lastIndex;
			for (;;) {
				ATTR_RE.lastIndex = j;
				const a = ATTR_RE.exec(src);
				if (!a) break;
				el.attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? '');
				j = ATTR_RE.lastIndex;
			}
			while (j < src.length && /\s/.test(src[j])) j++;
			let selfClosing = false;
			if (src[j] === '/' && src[j + 1] === '>') {
				selfClosing = true;
				j += 2;
			} else if (src[j] === '>') {
				j += 1;
			} else {
				return done(fail('xml_bad_start_tag', `malformed start tag <${el.name}>`, i));
			}
			el.openEnd = j;
			const parent = stack[stack.length - 1];
			if (parent) parent.children.push(el);
			else if (root) return done(fail('xml_two_roots', 'more than one root element', i));
			else root = el;
			if (selfClosing) {
				el.closeStart = j;
				el.end = j;
			} else {
				if (stack.length >= LIMITS.xmlDepth) {
					issues.push({ ...limitIssue('limit.xml_depth'), line });
					return done();
				}
				stack.push(el);
			}
			i = j;
		}
	}
	if (stack.length) {
		const open = stack[stack.length - 1];
		issues.push({
			severity: 'error',
			code: 'xml_unclosed_element',
			message: `<${open.name}> opened on line ${open.line} is never closed (the file may be cut short)`,
			line: open.line
		});
		return { value: null, issues };
	}
	if (!root) {
		issues.push({ severity: 'error', code: 'xml_no_root', message: 'no XML element found' });
		return { value: null, issues };
	}
	return { value: { root, source: src, doctype }, issues };

	function done(_: void): { value: null; issues: FormatIssue[] } {
		return { value: null, issues };
	}
}

/** Child elements, optionally only those with a given local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
	const out: XmlElement[] = [];
	for (const c of el.children)
		if (c.type === 'element' && (!local || c.local === local)) out.push(c);
	return out;
}

/** The first child element with this local name. */
export function child(el: XmlElement, local: string): XmlElement | undefined {
	for (const c of el.children) if (c.type === 'element' && c.local === local) return c;
	return undefined;
}

/** All descendant elements with this local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
	const out: XmlElement[] = [];
	const walk = (e: XmlElement) => {
		for (const c of e.children) {
			if (c.type !== 'element') continue;
			if (c.local === local) out.push(c);
			walk(c);
		}
	};
	walk(el);
	return out;
}

/** Concatenated text of an element and its descendants. */
export function textContent(el: XmlElement): string {
	let s = '';
	for (const c of el.children) s += c.type === 'text' ? c.text : textContent(c);
	return s;
}

/** Reads bytes as XML text: BOM-sniffed UTF-8 / UTF-16, else the declared or default UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array): string | null {
	try {
		if (bytes[0] === 0xff && bytes[1] === 0xfe)
			return new TextDecoder('utf-16le').decode(bytes.subarray(2));
		if (bytes[0] === 0xfe && bytes[1] === 0xff)
			return new TextDecoder('utf-16be').decode(bytes.subarray(2));
		if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0)
			return new TextDecoder('utf-16le').decode(bytes);
		if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f)
			return new TextDecoder('utf-16be').decode(bytes);
		const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
	} catch {
		// Not valid UTF-8: the caller reports it as an unreadable file.
		return null;
	}
}
