/**
 * Inline codes (XLIFF bpt/ept/ph/it/x/g/sc/ec/pc/mrk, TMX bpt/ept/ph/it/hi/ut) become protected
 * placeholders in a segment's text: one private-use character per code, U+E000 + its index in
 * the segment's tag table. The editor shows them as chips and cannot split them; export writes
 * each code back exactly as it was read (its raw XML) when the output format is the one it came
 * from, or as a neutral placeholder of the output format otherwise.
 */
import { escapeAttr, type XmlElement, type XmlNode } from './xml.ts';

export type InlineTagKind = 'open' | 'close' | 'standalone';
export type InlineTagFormat = 'xliff1' | 'xliff2' | 'tmx';

export interface InlineTag {
	kind: InlineTagKind;
	/** The format whose syntax `xml` is written in. */
	format: InlineTagFormat;
	/** The code exactly as it was in the file (start tag, end tag, or whole element). */
	xml: string;
	/** Element name (bpt, g, ph …), for display. */
	name: string;
	/** What the code stands for, when the file says (the content of bpt/ph, or equiv-text). */
	label: string;
	/** The code's id or pairing number (id, i, rid, x) when it has one. */
	ref?: string;
}

/** Tag tables of a project, by segment id. */
export type TagTables = Record<string, InlineTag[]>;

export const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_MAX = 0xf8ff;

/** The placeholder character for tag number `index`. */
export function placeholder(index: number): string {
	return String.fromCharCode(PLACEHOLDER_BASE + index);
}

/** Whether a character is one of our placeholders. */
export function isPlaceholder(ch: string): boolean {
	const c = ch.charCodeAt(0);
	return c >= PLACEHOLDER_BASE && c <= PLACEHOLDER_MAX;
}

/** Removes placeholders: the plain text a reader sees. */
export function stripPlaceholders(text: string): string {
	return text.replace(/[\uE000-\uF8FF]/g, '');
}

/**
 * Puts back the words a placeholder stands for where they belong to the text: a protected
 * marker (XLIFF 1.2 `<mrk mtype="protected">`, 2.x `<mrk translate="no">`) is read as one code
 * so that nobody edits it, but its words (a name, a URL) are part of the sentence, and an
 * English deliverable that dropped them would be silently incomplete. Other codes stay.
 *
 * @example
 * withProtectedText('See \uE000.', [{ kind: 'standalone', name: 'mrk', label: 'www.gov.cn', … }]) // 'See www.gov.cn.'
 */
export function withProtectedText(text: string, tags: readonly InlineTag[] | undefined): string {
	if (!tags?.length) return text;
	return text.replace(/[\uE000-\uF8FF]/g, (ch) => {
		const tag = tags[ch.charCodeAt(0) - PLACEHOLDER_BASE];
		return tag && tag.kind === 'standalone' && tag.name === 'mrk' ? tag.label : ch;
	});
}

/** Codes whose whole element (content included) is one placeholder. */
const WHOLE = new Set([
	'bpt',
	'ept',
	'ph',
	'it',
	'x',
	'bx',
	'ex',
	'sc',
	'ec',
	'cp',
	'ut',
	'sm',
	'em'
]);
/** Codes that wrap text: their start and end tags are two placeholders. */
const PAIRED = new Set(['g', 'pc', 'mrk', 'hi', 'sub']);

/**
 * XLIFF 1.2 markers that are no code of the document: a sentence boundary (`seg`, written by
 * Trados, Okapi and others inside seg-source and target), and Trados's comment span, location
 * mark and tracked insertion, whose text is read as plain text; a tracked deletion is text the
 * reviser removed, so it is left out.
 */
const MARKERS: Record<string, 'text' | 'drop'> = {
	seg: 'text',
	'x-sdl-comment': 'text',
	'x-sdl-location': 'text',
	'x-sdl-added': 'text',
	'x-sdl-deleted': 'drop'
};

/** Whether raw XML can be pasted into another document without an undeclared prefix. */
function portable(xml: string): boolean {
	return !/<\/?[A-Za-z_][-\w.]*:|\s(?!xml:)[A-Za-z_][-\w.]*:[-\w.]+\s*=/.test(xml);
}

/** XLIFF 1.2 inline attributes (the strict schema's), and those each code must have. */
const XLIFF12_ATTRS = new Set([
	'id',
	'ctype',
	'pos',
	'rid',
	'xid',
	'crc',
	'assoc',
	'equiv-text',
	'clone',
	'ts',
	'mtype',
	'mid',
	'comment',
	'css-style',
	'style',
	'exstyle',
	'class',
	'font',
	'xml:lang'
]);
/** mtype values XLIFF 1.2 defines (others must start with x-). */
const XLIFF12_MTYPES = new Set(
	'abbrev abbreviated-form abbreviation acronym appellation collocation common-name datetime equation expanded-form formula head-term initialism international-scientific-term lemma-form name phrase part-number phraseological-unit protected romanized-form seg set-phrase short-form sku standard-text symbol synonym synonymous-phrase term transcribed-form transliterated-form truncated-term variant'.split(
		' '
	)
);
const XLIFF12_REQUIRED: Record<string, string[]> = {
	bpt: ['id'],
	ept: ['id'],
	ph: ['id'],
	it: ['id', 'pos'],
	x: ['id'],
	bx: ['id'],
	ex: ['id'],
	g: ['id'],
	mrk: ['mtype']
};

/**
 * Whether a code read from XLIFF 1.x is also valid XLIFF 1.2 (OmegaT's 1.1 files carry TMX
 * attributes such as `i` and `type`): only then is it written back as it was.
 */
function validXliff12(tag: InlineTag): boolean {
	if (tag.kind === 'close' && tag.xml.startsWith('</')) return true;
	const start = /^<[^>]*>/.exec(tag.xml)?.[0] ?? '';
	const attrs = [...start.matchAll(/\s([\w:.-]+)\s*=/g)].map((m) => m[1]);
	if (attrs.some((a) => !XLIFF12_ATTRS.has(a))) return false;
	const mtype = /\smtype\s*=\s*["']([^"']*)/.exec(start)?.[1];
	if (mtype !== undefined && !XLIFF12_MTYPES.has(mtype) && !mtype.startsWith('x-')) return false;
	return (XLIFF12_REQUIRED[tag.name] ?? []).every((r) => attrs.includes(r));
}

/**
 * Reads mixed content (a source, target or seg element) into text with placeholders, adding
 * each code to `tags` (reusing an identical code already in the table, so a target's tags
 * point at the same entries as its source's).
 *
 * @example
 * // <source>About <bpt id="1">&lt;b></bpt>Gandalf<ept id="1">&lt;/b></ept></source>
 * readInline(el, src, 'xliff1', tags) // 'About \uE000Gandalf\uE001'
 */
export function readInline(
	el: XmlElement,
	source: string,
	format: InlineTagFormat,
	tags: InlineTag[]
): string {
	// Reuse an identical code the other side (source or target) already put in the table, but
	// never one this side used already: two </g> in a row stay two codes.
	const used = new Set<number>();
	const add = (tag: InlineTag): string => {
		let index = tags.findIndex((t, i) => !used.has(i) && t.xml === tag.xml && t.kind === tag.kind);
		if (index < 0) {
			index = tags.length;
			tags.push(tag);
		}
		used.add(index);
		return placeholder(Math.min(index, PLACEHOLDER_MAX - PLACEHOLDER_BASE));
	};
	const walk = (nodes: XmlNode[]): string => {
		let out = '';
		let afterSegment = false;
		for (const n of nodes) {
			if (n.type === 'text') {
				// A stray private-use character in the file would be mistaken for a code.
				out += n.text.replace(/[\uE000-\uF8FF]/g, '\uFFFD');
				afterSegment = false;
				continue;
			}
			const marker = n.local === 'mrk' ? MARKERS[n.attrs.mtype] : undefined;
			if (marker === 'drop') continue;
			if (marker === 'text') {
				const inner = walk(n.children);
				// Sentences a tool wrote as adjacent <mrk mtype="seg"> keep a space between them.
				const space =
					afterSegment &&
					n.attrs.mtype === 'seg' &&
					/[.!?;:,"')\]]$/.test(out) &&
					/^[\p{L}\d("'[]/u.test(inner);
				out += (space ? ' ' : '') + inner;
				afterSegment = n.attrs.mtype === 'seg';
				continue;
			}
			afterSegment = false;
			const ref = n.attrs.id ?? n.attrs.i ?? n.attrs.rid ?? n.attrs.x ?? n.attrs.startRef;
			const protectedMrk =
				n.local === 'mrk' && (n.attrs.mtype === 'protected' || n.attrs.translate === 'no');
			if (WHOLE.has(n.local) || protectedMrk || !PAIRED.has(n.local)) {
				const label = n.attrs.equiv ?? n.attrs['equiv-text'] ?? n.attrs.disp ?? textOf(n);
				const kind: InlineTagKind =
					n.local === 'bpt' || n.local === 'bx' || (n.local === 'sc' && !n.attrs.isolated)
						? 'open'
						: n.local === 'ept' || n.local === 'ex' || n.local === 'ec'
							? 'close'
							: 'standalone';
				out += add({
					kind,
					format,
					xml: source.slice(n.start, n.end),
					name: n.local,
					label,
					ref
				});
				continue;
			}
			const open = add({
				kind: 'open',
				format,
				xml: source.slice(n.start, n.openEnd),
				name: n.local,
				label: n.attrs.ctype ?? n.attrs.type ?? '',
				ref
			});
			const inner = walk(n.children);
			const close =
				n.closeStart === n.openEnd && n.end === n.openEnd
					? ''
					: add({
							kind: 'close',
							format,
							xml: source.slice(n.closeStart, n.end),
							name: n.local,
							label: '',
							ref
						});
			out += open + inner + close;
		}
		return out;
	};
	return walk(el.children);
}

function textOf(el: XmlElement): string {
	let s = '';
	for (const c of el.children) s += c.type === 'text' ? c.text : textOf(c);
	return s;
}

/**
 * Writes text with placeholders as XML content of `format`: escaped text, and each code as it
 * was read when it came from this format (and needs no foreign namespace), otherwise as a
 * neutral code of the output format. `strict` also replaces codes the XLIFF 1.2 schema would
 * refuse (OmegaT's 1.1 files carry TMX attributes), trading byte-for-byte for validity. A
 * placeholder with no entry in `tags` is dropped.
 *
 * @example
 * writeInline('About \uE000Gandalf\uE001', tags, 'xliff1', escapeText) // 'About <bpt id="1">&lt;b></bpt>Gandalf<ept id="1">&lt;/b></ept>'
 */
export function writeInline(
	text: string,
	tags: InlineTag[] | undefined,
	format: InlineTagFormat,
	escape: (s: string) => string,
	options: { strict?: boolean } = {}
): string {
	if (!/[\uE000-\uF8FF]/.test(text)) return escape(text);
	const chars = [...text];
	const reuse = new Map<number, boolean>();
	const partner = new Map<number, number>();
	// First pass: which codes go back as they were. A start tag and its end tag (<g>…</g>) go
	// the same way, and one whose partner is not in this text (a sentence of a paragraph) is
	// written neutrally, or the XML would break.
	const stack: number[] = [];
	chars.forEach((ch, pos) => {
		if (!isPlaceholder(ch)) return;
		const tag = tags?.[ch.charCodeAt(0) - PLACEHOLDER_BASE];
		if (!tag) return;
		const own =
			tag.format === format &&
			portable(tag.xml) &&
			(!options.strict || format !== 'xliff1' || validXliff12(tag));
		if (tag.xml.startsWith('</')) {
			const start = stack.pop();
			const both = start !== undefined && reuse.get(start) === true;
			if (start !== undefined) {
				reuse.set(start, both);
				partner.set(start, pos).set(pos, start);
			}
			reuse.set(pos, both);
		} else if (tag.kind === 'open' && PAIRED.has(tag.name) && !tag.xml.endsWith('/>')) {
			stack.push(pos);
			reuse.set(pos, own);
		} else reuse.set(pos, own);
	});
	for (const pos of stack) reuse.set(pos, false);
	// Second pass: a code may go back as it was only once per text. A paragraph merged from two
	// that each had <ph id="1"/> (or a chip the translator copied) would otherwise repeat an id the
	// format wants unique within its unit; the repeat is written neutrally, with its partner.
	// A start and an end code may share an id (bpt/ept, sc/ec, <g id> and its </g>); nothing else.
	const seen = new Map<string, Set<InlineTagKind>>();
	chars.forEach((ch, pos) => {
		if (!reuse.get(pos)) return;
		const index = ch.charCodeAt(0) - PLACEHOLDER_BASE;
		const tag = tags![index];
		const identity = tag.ref === undefined ? `#${index}` : tag.ref;
		const kinds = seen.get(identity);
		const clash =
			kinds !== undefined &&
			(tag.kind === 'standalone' || kinds.has('standalone') || kinds.has(tag.kind));
		if (clash) {
			reuse.set(pos, false);
			const other = partner.get(pos);
			if (other !== undefined) reuse.set(other, false);
		} else seen.set(identity, (kinds ?? new Set<InlineTagKind>()).add(tag.kind));
	});
	const taken = new Set<string>();
	chars.forEach((ch, pos) => {
		const tag = reuse.get(pos) ? tags![ch.charCodeAt(0) - PLACEHOLDER_BASE] : undefined;
		if (tag?.ref !== undefined) taken.add(tag.ref);
	});
	// Neutral codes get ids of their own: the tag's number, or the next free one when that number
	// is taken (a repeated code, or a kept code that already uses it).
	let next = tags?.length ?? 0;
	const neutralId = (index: number): string => {
		let id = String(index + 1);
		while (taken.has(id) || taken.has(`ph${id}`)) id = String(++next);
		taken.add(id);
		return id;
	};
	let out = '';
	let run = '';
	chars.forEach((ch, pos) => {
		if (!isPlaceholder(ch)) {
			run += ch;
			return;
		}
		out += escape(run);
		run = '';
		const index = ch.charCodeAt(0) - PLACEHOLDER_BASE;
		const tag = tags?.[index];
		if (tag) out += reuse.get(pos) ? tag.xml : neutral(tag, neutralId(index), format);
	});
	return out + escape(run);
}

/** A code of the output format that stands for a code from another format. */
function neutral(tag: InlineTag, id: string, format: InlineTagFormat): string {
	const label = tag.label ? escapeAttr(tag.label) : '';
	if (format === 'xliff2') {
		return `<ph id="ph${id}"${label ? ` disp="${label}"` : ''}/>`;
	}
	if (format === 'xliff1') {
		return `<x id="${id}"${label ? ` equiv-text="${label}"` : ''}/>`;
	}
	// TMX: <ph> carries the native code as its content.
	return `<ph x="${id}">${escapeAttr(tag.label || tag.xml)}</ph>`;
}
