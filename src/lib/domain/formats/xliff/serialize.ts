/**
 * XLIFF 2.1 and XLIFF 1.2 export: one unit per paragraph (segment), one XLIFF segment per
 * sentence when sentence pairs are given, states mapped to the standard ones, notes included.
 * Both outputs validate against the OASIS schemas (see the tests).
 */
import type { Annotation, Segment } from '../../types.ts';
import type { ProjectFile } from '../project/project-file.ts';
import { writeInline, type InlineTag } from './inline.ts';
import { toXliff12State, toXliff2State } from './states.ts';
import { escapeAttr, escapeText } from './xml.ts';
import { XLIFF1_NS, XLIFF2_NS } from './parse.ts';

export interface SentencePair {
	source: string;
	target: string;
}

export interface XliffExportOptions {
	/** The sentences of a segment as aligned pairs; a unit gets one XLIFF segment per pair. */
	sentencePairs?: (segment: Segment) => SentencePair[] | null | undefined;
	/** The `original` of the file element; defaults to the project name. */
	original?: string;
	/** Include annotations as notes (default true). */
	notes?: boolean;
	/** Replace imported inline codes the XLIFF 1.2 schema would refuse (default: keep as read). */
	strictCodes?: boolean;
}

/** NMTOKEN-safe id. */
function token(id: string): string {
	const t = id.replace(/[^\w.:-]/g, '_');
	return /^[\w:]/.test(t) ? t : `_${t}`;
}

/**
 * Cuts `text` at the boundaries of `pieces` (which together are the text, give or take white
 * space), so no character is lost between sentences. Null when the pieces do not match.
 */
export function cutLike(text: string, pieces: string[]): string[] | null {
	const out: string[] = [];
	let pos = 0;
	const starts: number[] = [];
	for (const p of pieces) {
		const piece = p.trim();
		if (!piece) return null;
		const at = text.indexOf(piece, pos);
		if (at < 0 || text.slice(pos, at).trim() !== '') return null;
		starts.push(at);
		pos = at + piece.length;
	}
	if (text.slice(pos).trim() !== '') return null;
	for (let i = 0; i < starts.length; i++) {
		out.push(
			text.slice(i === 0 ? 0 : starts[i], i + 1 < starts.length ? starts[i + 1] : text.length)
		);
	}
	return out;
}

function pairsFor(segment: Segment, options: XliffExportOptions): SentencePair[] {
	const whole = [{ source: segment.source, target: segment.target }];
	const pairs = options.sentencePairs?.(segment);
	if (!pairs || pairs.length < 2) return whole;
	const s = cutLike(
		segment.source,
		pairs.map((p) => p.source)
	);
	const nonEmptyTargets = pairs.map((p) => p.target).filter((t) => t.trim());
	const t = segment.target.trim()
		? cutLike(segment.target, nonEmptyTargets)
		: nonEmptyTargets.length === 0
			? []
			: null;
	if (!s || !t) return whole;
	let k = 0;
	return pairs.map((p, i) => ({
		source: s[i],
		target: p.target.trim() ? t[k++] : ''
	}));
}

function noteText(a: Annotation): string {
	const whole =
		a.selector.start === 0 && a.selector.end >= a.selector.exact.length && !a.selector.prefix;
	return whole && !a.selector.suffix ? a.body : `«${a.selector.exact}» ${a.body}`;
}

function notesBySegment(file: ProjectFile, options: XliffExportOptions): Map<string, Annotation[]> {
	const map = new Map<string, Annotation[]>();
	if (options.notes === false) return map;
	for (const a of file.annotations) {
		const list = map.get(a.segmentId) ?? [];
		list.push(a);
		map.set(a.segmentId, list);
	}
	return map;
}

/**
 * Writes a project as XLIFF 2.1.
 *
 * @example
 * serializeXliff2(file).includes('version="2.1"') // true
 */
export function serializeXliff2(file: ProjectFile, options: XliffExportOptions = {}): string {
	const { project } = file;
	const notes = notesBySegment(file, options);
	const tags = file.inlineTags ?? {};
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<xliff xmlns="${XLIFF2_NS}" version="2.1" srcLang="${escapeAttr(project.sourceLang)}" trgLang="${escapeAttr(project.targetLang)}">`,
		`  <file id="f1" original="${escapeAttr(options.original ?? project.name)}">`
	];
	const segments = [...file.segments].sort((a, b) => a.order - b.order);
	for (const seg of segments) {
		const t: InlineTag[] | undefined = tags[seg.id];
		out.push(
			`    <unit id="u${seg.order + 1}" name="${escapeAttr(seg.id)}" type="duiyi:${seg.kind}">`
		);
		const list = notes.get(seg.id);
		if (list?.length) {
			out.push('      <notes>');
			for (const a of list) {
				out.push(
					`        <note id="${token(a.id)}" appliesTo="${a.side}" category="${a.category}">${escapeText(noteText(a))}</note>`
				);
			}
			out.push('      </notes>');
		}
		const { state, subState } = toXliff2State(seg.status, seg.locked);
		const pairs = pairsFor(seg, options);
		pairs.forEach((p, i) => {
			const id = pairs.length > 1 ? ` id="u${seg.order + 1}s${i + 1}"` : '';
			// A sentence without a translation is initial; a locked one says so in subState.
			const segState = p.target ? state : 'initial';
			const segSub = p.target ? subState : seg.locked ? 'duiyi:locked' : undefined;
			const sub = segSub ? ` subState="${segSub}"` : '';
			const target = p.target
				? `<target>${writeInline(p.target, t, 'xliff2', escapeText)}</target>`
				: '';
			const space = /^\s|\s$|\s\s|\n/.test(p.source + p.target) ? ' xml:space="preserve"' : '';
			out.push(
				`      <segment${id} state="${segState}"${sub}><source${space}>${writeInline(p.source, t, 'xliff2', escapeText)}</source>${target.replace('<target>', `<target${space}>`)}</segment>`
			);
		});
		out.push('    </unit>');
	}
	out.push('  </file>', '</xliff>', '');
	return out.join('\n');
}

/**
 * Writes a project as XLIFF 1.2 (valid against the strict schema). Sentences, when given, are
 * marked with `<mrk mtype="seg">` in `<seg-source>` and `<target>`.
 *
 * @example
 * serializeXliff12(file).includes('urn:oasis:names:tc:xliff:document:1.2') // true
 */
export function serializeXliff12(file: ProjectFile, options: XliffExportOptions = {}): string {
	const { project } = file;
	const notes = notesBySegment(file, options);
	const tags = file.inlineTags ?? {};
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<xliff xmlns="${XLIFF1_NS}" version="1.2">`,
		`  <file original="${escapeAttr(options.original ?? project.name)}" source-language="${escapeAttr(project.sourceLang)}" target-language="${escapeAttr(project.targetLang)}" datatype="plaintext">`,
		'    <header>',
		'      <tool tool-id="duiyi" tool-name="Duiyi"/>',
		'    </header>',
		'    <body>'
	];
	const segments = [...file.segments].sort((a, b) => a.order - b.order);
	for (const seg of segments) {
		const t = tags[seg.id];
		const { state, approved } = toXliff12State(seg.status, seg.locked);
		const w = (s: string) =>
			writeInline(s, t, 'xliff1', escapeText, { strict: options.strictCodes });
		const space = ' xml:space="preserve"';
		const attrs = [
			`id="${seg.order + 1}"`,
			`resname="${escapeAttr(seg.id)}"`,
			`restype="x-duiyi-${seg.kind}"`,
			approved ? 'approved="yes"' : '',
			seg.locked ? 'translate="no"' : ''
		]
			.filter(Boolean)
			.join(' ');
		out.push(`      <trans-unit ${attrs}${space}>`);
		out.push(
			`        <source xml:lang="${escapeAttr(project.sourceLang)}">${w(seg.source)}</source>`
		);
		const pairs = pairsFor(seg, options);
		if (pairs.length > 1) {
			out.push(
				`        <seg-source>${pairs.map((p, i) => `<mrk mtype="seg" mid="${i + 1}">${w(p.source)}</mrk>`).join('')}</seg-source>`
			);
		}
		if (seg.target) {
			const body =
				pairs.length > 1
					? pairs
							.map((p, i) =>
								p.target ? `<mrk mtype="seg" mid="${i + 1}">${w(p.target)}</mrk>` : ''
							)
							.join('')
					: w(seg.target);
			out.push(
				`        <target xml:lang="${escapeAttr(project.targetLang)}" state="${state}">${body}</target>`
			);
		}
		for (const a of notes.get(seg.id) ?? []) {
			const from = a.author ? ` from="${escapeAttr(a.author)}"` : '';
			out.push(`        <note annotates="${a.side}"${from}>${escapeText(noteText(a))}</note>`);
		}
		out.push('      </trans-unit>');
	}
	out.push('    </body>', '  </file>', '</xliff>', '');
	return out.join('\n');
}
