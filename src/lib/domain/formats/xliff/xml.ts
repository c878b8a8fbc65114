/**
 * The one XML reader of every XML format (XLIFF, TMX, TBX, DOCX parts), on saxes. It keeps
 * what inline codes need and a plain object model throws away: every element's exact span in
 * the source text, so a `<bpt>` or `<g>` can be written back byte for byte; and the line of each
 * element for error messages. It never throws: problems come back as issues.
 */
import { SaxesParser } from 'saxes';
import type { FormatIssue } from '../../types.ts';
import { LIMITS, checkFileSize, limitIssue } from '../limits.ts';

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

/**
 * Streaming mode of parseXml: the elements `select` picks are built one at a time and handed to
 * `onElement` when they close, never attached to their parent, so a file of 100,000 entries
 * holds one entry's tree at a time instead of the whole document's. The rest of the document
 * (the root, a header, the body element itself) is still built as a tree.
 */
export interface XmlStream {
	/**
	 * Asked at each start tag outside an element already selected, with the open elements
	 * (root first); `el` has its name, attributes and line but no children yet.
	 */
	select(el: XmlElement, ancestors: readonly XmlElement[]): boolean;
	/** A selected element, complete; `source` is the text its offsets point into. */
	onElement(el: XmlElement, ancestors: readonly XmlElement[], source: string): void;
}

export interface XmlReadOptions {
	stream?: XmlStream;
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
	// Lines are counted incrementally: the parser only moves forward. indexOf jumps from line
	// break to line break, which a character-by-character loop over a 20 MB file does not.
	for (let i = src.indexOf('\n', cache.pos); i !== -1 && i < offset; i = src.indexOf('\n', i + 1))
		cache.line++;
	cache.pos = Math.max(cache.pos, offset);
	return cache.line;
}

const STOP = Symbol('stop');

/** Our code and wording for a well-formedness error saxes reports. */
function xmlError(
	message: string,
	src: string,
	at: number,
	open: XmlElement | undefined
): { code: string; message: string } {
	const what = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
	if (/close tag|closing tag/.test(what)) {
		const name = /^<\/([^\s>]+)/.exec(src.slice(src.lastIndexOf('</', at)))?.[1] ?? '?';
		return {
			code: 'xml_mismatched_tag',
			message: open
				? `end tag </${name}> does not match the open <${open.name}>`
				: `end tag </${name}> without a start tag`
		};
	}
	if (/^unclosed tag/.test(what) && open)
		return {
			code: 'xml_unclosed_element',
			message: `<${open.name}> opened on line ${open.line} is never closed (the file may be cut short)`
		};
	if (/only one root/.test(what))
		return { code: 'xml_two_roots', message: 'more than one root element' };
	if (/outside of root/.test(what))
		return { code: 'xml_text_outside_root', message: 'text outside the root element' };
	if (/root element/.test(what)) return { code: 'xml_no_root', message: 'no XML element found' };
	if (/^unclosed (comment|cdata|processing)/i.test(what))
		return { code: 'xml_unclosed', message: what };
	return { code: 'xml_malformed', message: what };
}

/** C0 controls XML 1.0 forbids, written raw or as a character reference (`&#x1F;`, `&#2;`). */
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45]));/g;

/**
 * Removes characters XML 1.0 forbids, with one warning saying how many and where the first
 * was. Translation memories exported from Word documents carry them (a field or footnote mark
 * as U+0002, a vertical tab): refusing the whole file for them would lose every unit in it.
 */
function dropForbidden(text: string, issues: FormatIssue[]): string {
	FORBIDDEN.lastIndex = 0;
	const first = FORBIDDEN.exec(text);
	if (!first) return text;
	let count = 0;
	const out = text.replace(FORBIDDEN, () => {
		count++;
		return '';
	});
	issues.push({
		severity: 'warning',
		code: 'xml_forbidden_characters',
		message: `${count} control character${count > 1 ? 's' : ''} XML does not allow ${count > 1 ? 'were' : 'was'} removed`,
		line: text.slice(0, first.index).split('\n').length
	});
	return out;
}

/**
 * Parses an XML document with saxes (a strict, streaming parser that reports every
 * well-formedness error and the offset it reached) into a tree with each element's exact
 * span. Errors become issues with a line number; the root is null when nothing usable could be
 * read. Only the five XML entities and character references are known: an entity a DOCTYPE
 * declares is refused, never expanded. With `options.stream` the selected elements go to its
 * `onElement` one at a time instead of into the tree (see XmlStream).
 *
 * @example
 * parseXml('<a x="1">b<c/></a>').value?.root?.children.length // 2
 */
export function parseXml(
	input: string,
	options: XmlReadOptions = {}
): { value: XmlDocument | null; issues: FormatIssue[] } {
	const stream = options.stream;
	/** The selected element being read, while one is open. */
	let streamed: XmlElement | null = null;
	const issues: FormatIssue[] = [];
	const src = dropForbidden(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, issues);
	const cache = { pos: 0, line: 1 };
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	let doctype: string | undefined;
	const parser = new SaxesParser({ position: true });
	const pushText = (text: string) => {
		const parent = stack[stack.length - 1];
		if (!parent) return;
		const last = parent.children[parent.children.length - 1];
		if (last && last.type === 'text') last.text += text;
		else parent.children.push({ type: 'text', text });
	};
	parser.on('error', (error) => {
		let at = parser.position;
		const { code, message } = xmlError(error.message, src, at, stack[stack.length - 1]);
		// Stray text is reported when it ends: the line is where it starts.
		if (code === 'xml_text_outside_root') {
			at = src.lastIndexOf('>', at - 1) + 1;
			while (at < src.length && /\s/.test(src[at])) at++;
		}
		issues.push({ severity: 'error', code, message, line: lineAt(src, at, cache) });
		throw STOP;
	});
	parser.on('doctype', (text) => {
		doctype = `<!DOCTYPE${text}>`;
	});
	parser.on('text', pushText);
	parser.on('cdata', pushText);
	parser.on('opentag', (tag) => {
		const openEnd = parser.position;
		// No '<' can stand inside a start tag, so the last one before its end is where it begins.
		const start = src.lastIndexOf('<', openEnd - 1);
		const name = tag.name;
		const el: XmlElement = {
			type: 'element',
			name,
			local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
			attrs: { ...(tag.attributes as Record<string, string>) },
			children: [],
			start,
			end: tag.isSelfClosing ? openEnd : -1,
			openEnd,
			closeStart: tag.isSelfClosing ? openEnd : -1,
			line: lineAt(src, start, cache)
		};
		const parent = stack[stack.length - 1];
		const selected = !!stream && !streamed && !!parent && stream.select(el, stack);
		if (selected && tag.isSelfClosing) {
			stream.onElement(el, stack, src);
			return;
		}
		if (selected) streamed = el;
		else if (parent) parent.children.push(el);
		else root = el;
		if (tag.isSelfClosing) return;
		if (stack.length >= LIMITS.xmlDepth) {
			issues.push({ ...limitIssue('limit.xml_depth'), line: el.line });
			throw STOP;
		}
		stack.push(el);
	});
	parser.on('closetag', (tag) => {
		if (tag.isSelfClosing) return;
		const el = stack.pop();
		if (!el) return;
		const end = parser.position;
		const closeStart = src.lastIndexOf('</', end - 1);
		// saxes closes the elements inside a mismatched end tag before it reports the mismatch.
		// The name written is compared in place (no slice per element); read only to report it.
		const after = closeStart + 2 + el.name.length;
		const matches = src.startsWith(el.name, closeStart + 2) && /[\s>]/.test(src[after] ?? '');
		if (!matches) {
			const written = /^<\/([^\s>]+)/.exec(src.slice(closeStart, end))?.[1];
			issues.push({
				severity: 'error',
				code: 'xml_mismatched_tag',
				message: `end tag </${written ?? '?'}> does not match the open <${el.name}>`,
				line: lineAt(src, closeStart, cache)
			});
			throw STOP;
		}
		el.end = end;
		el.closeStart = closeStart;
		if (el === streamed && stream) {
			streamed = null;
			stream.onElement(el, stack, src);
		}
	});
	try {
		parser.write(src).close();
	} catch (error) {
		if (error !== STOP) throw error;
		return { value: null, issues };
	}
	if (!root) {
		issues.push({ severity: 'error', code: 'xml_no_root', message: 'no XML element found' });
		return { value: null, issues };
	}
	return { value: { root, source: src, doctype }, issues };
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

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="GB2312"?>`), if any. */
function declaredEncoding(bytes: Uint8Array): string | null {
	const head = String.fromCharCode(...bytes.subarray(0, 200));
	return /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1] ?? null;
}

/**
 * Reads bytes as XML text: BOM-sniffed UTF-8 / UTF-16, else UTF-8, else the encoding the XML
 * declaration names (older Chinese tools write GB2312 or GBK TMX and XLIFF); null when none of
 * these reads it.
 */
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
		// Not valid UTF-8: the encoding the file declares, if the platform knows it.
	}
	const declared = declaredEncoding(bytes);
	if (!declared || /^utf-?(8|16)/i.test(declared)) return null;
	try {
		return new TextDecoder(declared, { fatal: true }).decode(bytes);
	} catch {
		// An encoding the platform does not know, or bytes not in it: the caller reports it.
		return null;
	}
}

/**
 * Reads a whole XML file: refused past the file-size limit, decoded (a file that is not UTF-8
 * or UTF-16 text gets `notTextCode`), then parsed. `value` is null when any of these failed.
 *
 * @example
 * readXmlFile(bytes, 'tmx_not_text').value?.root?.local // 'tmx'
 */
export function readXmlFile(
	input: Uint8Array | string,
	notTextCode: string,
	options: XmlReadOptions = {}
): { value: XmlDocument | null; issues: FormatIssue[] } {
	const tooBig = checkFileSize(input);
	if (tooBig) return { value: null, issues: [tooBig] };
	const text = typeof input === 'string' ? input : decodeXmlBytes(input);
	if (text === null) {
		const issue: FormatIssue = {
			severity: 'error',
			code: notTextCode,
			message: 'the file is not UTF-8 or UTF-16 text, nor in an encoding its XML declaration names'
		};
		return { value: null, issues: [issue] };
	}
	return parseXml(text, options);
}
