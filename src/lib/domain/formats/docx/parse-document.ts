/**
 * Reading a Word document (.docx) as a source text: the body's paragraphs and tables in reading
 * order, each paragraph one block, with the kind its style says (Title, Subtitle, Heading n /
 * 标题 n or an outline level, Caption). Tables are read row by row, cell by cell; text boxes
 * (where Word puts many photo captions) after the paragraph they are anchored in, once each.
 * Tracked changes are read as accepted; deleted text, field codes and pictures are left out.
 */
import type { FormatIssue, ParseResult, SegmentKind } from '../../types.ts';
import type { BlockLayout, TextBlock } from '../../segmentation/blocks.ts';
import { normaliseText } from '../../text/normalise.ts';
import { childElements, decodeXmlBytes, parseXml, type XmlElement } from '../xliff/xml.ts';
import { isLimitIssue } from '../limits.ts';
import { unzipWithin } from '../zip.ts';

/** Content a reader does not see as running text of the paragraph. */
const SKIPPED = new Set([
	'del',
	'delText',
	'instrText',
	'drawing',
	'pict',
	'AlternateContent',
	'object',
	'footnoteReference',
	'endnoteReference',
	'commentReference',
	'rPr',
	'pPr',
	'fldData'
]);

function issue(code: string, message: string, path?: string): FormatIssue {
	return { severity: 'error', code, message, ...(path ? { path } : {}) };
}

/** Kind from a style's id or name, in English or Chinese Word (and WPS, and newsroom templates). */
function kindOfStyle(name: string): SegmentKind | undefined {
	const n = name.toLowerCase().replace(/[\s_-]+/g, '');
	if (/^(?:heading|标题)\d+$/u.test(n)) return 'heading';
	if (n === 'title' || n === '标题' || n === '主标题' || n === '大标题') return 'title';
	if (n === 'subtitle' || n === '副标题' || n === '副题' || n === '引题') return 'subtitle';
	if (
		/^(?:caption|imagecaption|figurecaption|photocaption|题注|图注|图片说明|图说|图片注释)$/u.test(
			n
		)
	)
		return 'caption';
	if (/^(?:byline|credit|author|作者|署名|记者署名|电头)$/u.test(n)) return 'credit';
	return undefined;
}

const on = (el: XmlElement | undefined) =>
	el !== undefined && !['0', 'false', 'off'].includes(el.attrs['w:val'] ?? '');

/** Alignment, italics, bold and size a run or paragraph property element states. */
function lookOf(pPr: XmlElement | undefined, rPr: XmlElement | undefined): BlockLayout {
	const look: BlockLayout = {};
	const jc = pPr ? childElements(pPr, 'jc')[0]?.attrs['w:val'] : undefined;
	if (jc === 'center') look.align = 'center';
	else if (jc === 'right' || jc === 'end') look.align = 'right';
	if (rPr) {
		const i = childElements(rPr, 'i')[0];
		const b = childElements(rPr, 'b')[0];
		if (i) look.italic = on(i);
		if (b) look.bold = on(b);
		const sz = Number(childElements(rPr, 'sz')[0]?.attrs['w:val']);
		if (sz > 0) look.size = sz / 2;
	}
	return look;
}

/** Style id → its look; '' holds the default paragraph style's look with the document's size. */
function readStyleLooks(files: Record<string, Uint8Array>): Map<string, BlockLayout> {
	const looks = new Map<string, BlockLayout>();
	const bytes = files['word/styles.xml'];
	const xml = bytes ? decodeXmlBytes(bytes) : null;
	const root = xml === null ? null : parseXml(xml).value?.root;
	if (!root) return looks;
	const defaults = childElements(root, 'docDefaults')[0];
	const rPrDefault = defaults && childElements(defaults, 'rPrDefault')[0];
	const base = lookOf(undefined, rPrDefault && childElements(rPrDefault, 'rPr')[0]);
	for (const style of childElements(root, 'style')) {
		const look = {
			...(base.size ? { size: base.size } : {}),
			...lookOf(childElements(style, 'pPr')[0], childElements(style, 'rPr')[0])
		};
		const id = style.attrs['w:styleId'] ?? '';
		looks.set(id, look);
		if (style.attrs['w:default'] === '1' && style.attrs['w:type'] === 'paragraph')
			looks.set('', look);
	}
	if (!looks.has('')) looks.set('', base);
	return looks;
}

/** The runs of a paragraph that carry text (inside hyperlinks and insertions too). */
function textRuns(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
	for (const c of childElements(el)) {
		if (c.local === 'r') {
			if (
				childElements(c, 't').some((t) =>
					t.children.some((x) => x.type === 'text' && x.text.trim())
				)
			)
				out.push(c);
		} else if (c.local === 'hyperlink' || c.local === 'ins' || c.local === 'smartTag')
			textRuns(c, out);
	}
	return out;
}

/**
 * How a paragraph is set: its own alignment or its style's; italic or bold when every run with
 * text is; the largest run size. Plain paragraphs give undefined.
 */
function paragraphLayout(p: XmlElement, looks: Map<string, BlockLayout>): BlockLayout | undefined {
	const pPr = childElements(p, 'pPr')[0];
	const styleId = pPr ? childElements(pPr, 'pStyle')[0]?.attrs['w:val'] : undefined;
	const style = looks.get(styleId ?? '') ?? looks.get('') ?? {};
	const own = lookOf(pPr, pPr ? childElements(pPr, 'rPr')[0] : undefined);
	const runs = textRuns(p).map((r) => lookOf(undefined, childElements(r, 'rPr')[0]));
	const all = (key: 'italic' | 'bold') =>
		runs.length > 0 && runs.every((r) => (r[key] ?? own[key] ?? style[key]) === true);
	const sizes = runs.map((r) => r.size ?? style.size).filter((n): n is number => n !== undefined);
	const layout: BlockLayout = {};
	const align = own.align ?? style.align;
	if (align) layout.align = align;
	if (all('italic')) layout.italic = true;
	if (all('bold')) layout.bold = true;
	if (sizes.length) layout.size = Math.max(...sizes);
	return Object.keys(layout).length ? layout : undefined;
}

/** Style id → kind, reading names and outline levels from word/styles.xml. */
function readStyles(files: Record<string, Uint8Array>): Map<string, SegmentKind> {
	const kinds = new Map<string, SegmentKind>();
	const bytes = files['word/styles.xml'];
	if (!bytes) return kinds;
	const xml = decodeXmlBytes(bytes);
	const root = xml === null ? null : parseXml(xml).value?.root;
	if (!root) return kinds;
	for (const style of childElements(root, 'style')) {
		const id = style.attrs['w:styleId'] ?? '';
		const name = childElements(style, 'name')[0]?.attrs['w:val'] ?? '';
		const pPr = childElements(style, 'pPr')[0];
		const outline = pPr ? childElements(pPr, 'outlineLvl')[0]?.attrs['w:val'] : undefined;
		const kind =
			kindOfStyle(name) ??
			kindOfStyle(id) ??
			(outline !== undefined && Number(outline) < 9 ? 'heading' : undefined);
		if (kind) kinds.set(id, kind);
	}
	return kinds;
}

/**
 * The text boxes anchored in a paragraph, each once: Word writes a box twice, as DrawingML in
 * mc:Choice and as VML in mc:Fallback, so only the first form found is read.
 */
function textBoxes(p: XmlElement): XmlElement[] {
	const out: XmlElement[] = [];
	const walk = (el: XmlElement) => {
		for (const c of childElements(el)) {
			if (c.local === 'txbxContent') out.push(c);
			else if (c.local === 'AlternateContent') {
				const choice = childElements(c, 'Choice')[0] ?? childElements(c, 'Fallback')[0];
				if (choice) walk(choice);
			} else walk(c);
		}
	};
	walk(p);
	return out;
}

/** The visible text of a paragraph (runs, hyperlinks, insertions, fields' results). */
function paragraphText(el: XmlElement): string {
	let s = '';
	for (const c of el.children) {
		if (c.type === 'text') continue;
		if (SKIPPED.has(c.local)) continue;
		switch (c.local) {
			case 't':
				s += c.children.map((t) => (t.type === 'text' ? t.text : '')).join('');
				break;
			case 'tab':
			case 'ptab':
				s += '\t';
				break;
			case 'br':
			case 'cr':
				// A page or column break is layout; a line break is a line break.
				s += c.attrs['w:type'] === 'page' || c.attrs['w:type'] === 'column' ? '' : '\n';
				break;
			case 'noBreakHyphen':
				s += '\u2011';
				break;
			case 'sym':
				s += c.attrs['w:char']
					? String.fromCodePoint(parseInt(c.attrs['w:char'], 16) & 0xffff)
					: '';
				break;
			default:
				s += paragraphText(c);
		}
	}
	return s;
}

function paragraphKind(p: XmlElement, styles: Map<string, SegmentKind>): SegmentKind | undefined {
	const pPr = childElements(p, 'pPr')[0];
	if (!pPr) return undefined;
	const styleId = childElements(pPr, 'pStyle')[0]?.attrs['w:val'];
	if (styleId) {
		const kind = styles.get(styleId) ?? kindOfStyle(styleId);
		if (kind) return kind;
	}
	const outline = childElements(pPr, 'outlineLvl')[0]?.attrs['w:val'];
	return outline !== undefined && Number(outline) < 9 ? 'heading' : undefined;
}

/**
 * Reads the blocks of a .docx file. A file that is not a zip, is cut short, or has no
 * word/document.xml gives an error issue and no value.
 *
 * @example
 * parseDocxDocument(bytes).value?.map((b) => b.text) // ['风华正茂勇争先', '——解析…', …]
 */
export function parseDocxDocument(bytes: Uint8Array): ParseResult<TextBlock[]> {
	if (bytes.length === 0)
		return { value: null, issues: [issue('docx.empty', 'the file is empty')] };
	if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
		return {
			value: null,
			issues: [issue('docx.not_zip', 'not a Word .docx file (a .docx is a zip archive)')]
		};
	}
	let files: Record<string, Uint8Array>;
	try {
		const unzipped = unzipWithin(bytes, (name) => name.startsWith('word/'));
		if (unzipped.refused) return { value: null, issues: [unzipped.refused] };
		files = unzipped.files;
	} catch (err) {
		return {
			value: null,
			issues: [
				issue(
					'docx.truncated',
					`the .docx archive is damaged or cut short (${(err as Error).message}); save it again from Word`
				)
			]
		};
	}
	const doc = files['word/document.xml'];
	if (!doc) {
		return {
			value: null,
			issues: [
				issue('docx.no_document', 'the archive has no word/document.xml: not a Word document')
			]
		};
	}
	const xml = decodeXmlBytes(doc);
	if (xml === null) {
		return {
			value: null,
			issues: [
				issue('docx.bad_encoding', 'word/document.xml is not UTF-8 or UTF-16', 'word/document.xml')
			]
		};
	}
	const parsed = parseXml(xml);
	const root = parsed.value?.root;
	const body = root ? childElements(root, 'body')[0] : undefined;
	const refused = parsed.issues.find(isLimitIssue);
	if (refused) return { value: null, issues: [{ ...refused, path: 'word/document.xml' }] };
	if (!root || !body || parsed.issues.some((i) => i.severity === 'error')) {
		const first = parsed.issues[0];
		return {
			value: null,
			issues: [
				{
					...issue(
						'docx.bad_xml',
						`word/document.xml is not well-formed${first ? `: ${first.message}` : ''}`,
						'word/document.xml'
					),
					...(first?.line ? { line: first.line } : {})
				}
			]
		};
	}
	const styles = readStyles(files);
	const looks = readStyleLooks(files);
	const blocks: TextBlock[] = [];
	let blank = 0;
	const walk = (el: XmlElement, inCell: boolean) => {
		for (const c of childElements(el)) {
			if (c.local === 'p') {
				const text = normaliseText(paragraphText(c)).replace(/\n+/g, '\n').trim();
				const boxes = textBoxes(c);
				if (!text) {
					blank++;
					for (const box of boxes) walk(box, inCell);
					continue;
				}
				const kind = paragraphKind(c, styles);
				const pPr = childElements(c, 'pPr')[0];
				const numbered = pPr ? childElements(pPr, 'numPr').length > 0 : false;
				const boundary = inCell ? 'table-cell' : numbered && !kind ? 'list-item' : undefined;
				const layout = paragraphLayout(c, looks);
				blocks.push({
					text,
					...(kind ? { kind } : {}),
					blankBefore: blank,
					...(boundary ? { boundary } : {}),
					...(layout ? { layout } : {})
				});
				blank = 0;
				// Text boxes anchored in the paragraph (often photo captions) come after it.
				for (const box of boxes) walk(box, inCell);
			} else if (c.local === 'tbl' || c.local === 'tr' || c.local === 'tc') {
				walk(c, true);
			} else if (c.local === 'sdt') {
				const content = childElements(c, 'sdtContent')[0];
				if (content) walk(content, inCell);
			} else if (c.local === 'customXml' || c.local === 'ins' || c.local === 'smartTag') {
				walk(c, inCell);
			}
		}
	};
	walk(body, false);
	const issues: FormatIssue[] = [];
	if (blocks.length === 0)
		issues.push({ severity: 'warning', code: 'docx.no_text', message: 'the document has no text' });
	return { value: blocks, issues };
}
