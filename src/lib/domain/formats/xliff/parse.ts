/**
 * XLIFF 1.1 / 1.2 / 2.0 / 2.1 / 2.2 import: every translatable unit becomes one Duiyi segment (a
 * paragraph), with its source, target, state and notes; inline codes become placeholders with
 * a tag table (see inline.ts), so an export writes them back unchanged. What Trados Studio
 * (sdl:seg-defs, comments), memoQ (mq:status, mq:locked) and Phrase (m:confirmed, m:locked)
 * write in place of the standard state is read too.
 */
import type {
	Annotation,
	AnnotationCategory,
	FormatIssue,
	ParseResult,
	Segment
} from '../../types.ts';
import { ANNOTATION_CATEGORIES } from '../../types.ts';
import { normaliseLang } from '../languages.ts';
import { emptyProjectFile, type ProjectFile } from '../project/project-file.ts';
import { readInline, stripPlaceholders, type InlineTag, type InlineTagFormat } from './inline.ts';
import {
	fromPhraseUnit,
	fromSdlSegment,
	fromXliff12State,
	fromXliff2State,
	type StatusInfo
} from './states.ts';
import {
	child,
	childElements,
	descendants,
	readXmlFile,
	textContent,
	type XmlElement
} from './xml.ts';

export const XLIFF1_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF11_NS = 'urn:oasis:names:tc:xliff:document:1.1';
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF22_NS = 'urn:oasis:names:tc:xliff:document:2.2';

export interface XliffReport {
	/** '1.1', '1.2', '2.0', '2.1'. */
	version: string;
	sourceLang: string;
	targetLang: string;
	files: number;
	units: number;
	/** Units marked translate="no", imported as locked segments. */
	untranslatable: number;
	/** Units whose source is empty (skipped). */
	empty: number;
	notes: number;
	inlineTags: number;
	/** How many segments got each Duiyi status. */
	statuses: Record<string, number>;
}

export interface XliffImport {
	file: ProjectFile;
	report: XliffReport;
}

export interface XliffImportOptions {
	/** Makes ids; defaults to a counter under `idPrefix`. */
	newId?: () => string;
	idPrefix?: string;
	/** Project name; defaults to the first file's `original`. */
	name?: string;
	now?: number;
}

interface RawNote {
	text: string;
	side: 'source' | 'target';
	author: string;
	category: string;
	/** The words the note is about, when the file marks them (a Trados comment span). */
	quote?: string;
}

interface RawUnit {
	id: string;
	kind: string | undefined;
	source: string;
	target: string;
	hasTarget: boolean;
	status: StatusInfo;
	translate: boolean;
	notes: RawNote[];
	tags: InlineTag[];
}

/** A language attribute as BCP 47 writes it (`zh_cn` is zh-CN), '' when absent. */
const lang = (value: string | undefined) => (value?.trim() ? normaliseLang(value) : '');

function whitespace(el: XmlElement, inherited: boolean): boolean {
	const space = el.attrs['xml:space'];
	return space === 'preserve' ? true : space === 'default' ? false : inherited;
}

function normalise(text: string, preserve: boolean): string {
	return preserve ? text : text.replace(/\s+/g, ' ').trim();
}

function readSide(
	el: XmlElement | undefined,
	src: string,
	format: InlineTagFormat,
	tags: InlineTag[],
	preserve: boolean
): string {
	if (!el) return '';
	return normalise(readInline(el, src, format, tags), whitespace(el, preserve));
}

const KINDS = new Set(['title', 'subtitle', 'heading', 'body', 'caption', 'credit']);

function kindOf(value: string | undefined): Segment['kind'] {
	const v = (value ?? '').replace(/^(x-duiyi-|duiyi:)/, '');
	return (KINDS.has(v) ? v : 'body') as Segment['kind'];
}

/** Our own notes carry the quoted words as «…»: read them back. */
function splitQuote(text: string): { quote: string | null; body: string } {
	const m = /^«([^»]*)»\s?([\s\S]*)$/.exec(text);
	return m ? { quote: m[1], body: m[2] } : { quote: null, body: text };
}

/** An attribute by its local name, whatever prefix the tool gave it (`sdl:cid` is `cid`). */
function attrLocal(el: XmlElement, local: string): string | undefined {
	for (const key in el.attrs) if (key === local || key.endsWith(':' + local)) return el.attrs[key];
	return undefined;
}

/** Trados Studio's comments (`<doc-info><cmt-defs>`), by the id its comment markers point to. */
function sdlComments(root: XmlElement): Map<string, { text: string; author: string }[]> {
	const out = new Map<string, { text: string; author: string }[]>();
	for (const info of childElements(root, 'doc-info'))
		for (const def of descendants(info, 'cmt-def')) {
			const list = descendants(def, 'Comment')
				.map((c) => ({ text: textContent(c).trim(), author: c.attrs.user ?? '' }))
				.filter((c) => c.text);
			if (def.attrs.id && list.length) out.set(def.attrs.id, list);
		}
	return out;
}

/**
 * A Trados Studio paragraph's status from its sentences' definitions (`<sdl:seg-defs>`), each
 * sentence judged with its own words in the target; null when the unit has none.
 */
function sdlStatus(unit: XmlElement, target: XmlElement | undefined): StatusInfo | null {
	const defs = childElements(unit).find((e) => e.local === 'seg-defs');
	if (!defs) return null;
	const words = new Map<string, boolean>();
	if (target)
		for (const m of descendants(target, 'mrk'))
			if (m.attrs.mtype === 'seg' && m.attrs.mid)
				words.set(m.attrs.mid, textContent(m).trim() !== '');
	const states = childElements(defs, 'seg').map((seg) =>
		fromSdlSegment(seg.attrs.conf, seg.attrs.locked, words.get(seg.attrs.id ?? '') ?? false)
	);
	return states.length ? weakest(states) : null;
}

function readUnits1(
	root: XmlElement,
	src: string,
	issues: FormatIssue[],
	report: XliffReport
): RawUnit[] {
	const units: RawUnit[] = [];
	const comments = sdlComments(root);
	/** Notes from the comment markers inside a source or target. */
	const markedNotes = (el: XmlElement | undefined, side: RawNote['side'], keep: boolean) => {
		const notes: RawNote[] = [];
		if (!el || !comments.size) return notes;
		for (const m of descendants(el, 'mrk')) {
			if (m.attrs.mtype !== 'x-sdl-comment') continue;
			const quote = normalise(textContent(m), keep);
			for (const c of comments.get(attrLocal(m, 'cid') ?? '') ?? [])
				notes.push({ text: c.text, side, author: c.author, category: '', quote });
		}
		return notes;
	};
	const walk = (el: XmlElement, preserve: boolean, translate: boolean) => {
		for (const c of childElements(el)) {
			const keep = whitespace(c, preserve);
			// A group marked translate="no" holds nothing to translate, whatever its units say.
			const tr = translate && c.attrs.translate !== 'no';
			if (c.local === 'group' || c.local === 'body') walk(c, keep, tr);
			else if (c.local === 'bin-unit') {
				issues.push({
					severity: 'warning',
					code: 'xliff_bin_unit_skipped',
					message: 'a binary unit (bin-unit) was skipped',
					line: c.line
				});
			} else if (c.local === 'trans-unit') {
				const tags: InlineTag[] = [];
				const sourceEl = child(c, 'source');
				const targetEl = child(c, 'target');
				if (!sourceEl) {
					issues.push({
						severity: 'error',
						code: 'xliff_missing_source',
						message: `trans-unit ${c.attrs.id ?? ''} has no <source>`,
						line: c.line
					});
					continue;
				}
				const source = readSide(sourceEl, src, 'xliff1', tags, keep);
				const target = readSide(targetEl, src, 'xliff1', tags, keep);
				const state = targetEl?.attrs.state;
				const hasWords = stripPlaceholders(target).trim() !== '';
				// The standard state first; then what Trados (sdl:seg-defs), Phrase (m:confirmed)
				// and memoQ (mq:status) write instead of it.
				let status =
					(state === undefined
						? (sdlStatus(c, targetEl) ??
							fromPhraseUnit(c.attrs['m:confirmed'], c.attrs['m:locked'], hasWords))
						: null) ?? fromXliff12State(state, c.attrs.approved, c.attrs['mq:status'], hasWords);
				if (status && c.attrs['mq:locked'] === 'locked') status = { ...status, locked: true };
				if (!status) {
					issues.push({
						severity: 'warning',
						code: 'xliff_unknown_state',
						message: `trans-unit ${c.attrs.id ?? ''}: state "${state}" is not an XLIFF state; read as a draft`,
						line: targetEl?.line ?? c.line
					});
					status = { status: target ? 'draft' : 'new', locked: false };
				}
				const notes: RawNote[] = childElements(c, 'note').map((n) => ({
					text: textContent(n).trim(),
					side: n.attrs.annotates === 'source' ? 'source' : 'target',
					author: n.attrs.from ?? '',
					category: n.attrs.category ?? ''
				}));
				notes.push(
					...markedNotes(sourceEl, 'source', whitespace(sourceEl, keep)),
					...markedNotes(targetEl, 'target', targetEl ? whitespace(targetEl, keep) : keep)
				);
				units.push({
					id: c.attrs.id ?? String(units.length + 1),
					kind: c.attrs.restype,
					source,
					target,
					hasTarget: !!targetEl,
					status,
					translate: tr,
					notes,
					tags
				});
			} else if (c.local === 'header' || c.local.includes(':') || c.name.includes(':')) {
				// header content and other tools' extensions carry nothing we import
			}
		}
	};
	for (const f of childElements(root, 'file')) {
		report.files++;
		report.sourceLang ||= lang(f.attrs['source-language']);
		report.targetLang ||= lang(f.attrs['target-language']);
		const body = child(f, 'body');
		if (body) walk(body, whitespace(f, false), f.attrs.translate !== 'no');
	}
	return units;
}

const RANK = { new: 0, draft: 1, translated: 2, reviewed: 3 };

/** A paragraph is only as far along as its least advanced sentence. */
function weakest(states: StatusInfo[]): StatusInfo {
	if (!states.length) return { status: 'new', locked: false };
	const status = states.reduce((a, b) => (RANK[b.status] < RANK[a.status] ? b : a)).status;
	return { status, locked: states.every((s) => s.locked) };
}

function readUnits2(
	root: XmlElement,
	src: string,
	issues: FormatIssue[],
	report: XliffReport
): RawUnit[] {
	const units: RawUnit[] = [];
	report.sourceLang = lang(root.attrs.srcLang);
	report.targetLang = lang(root.attrs.trgLang);
	const walk = (el: XmlElement, preserve: boolean, translate: boolean) => {
		for (const c of childElements(el)) {
			const keep = whitespace(c, preserve);
			const tr = c.attrs.translate ? c.attrs.translate !== 'no' : translate;
			if (c.local === 'group') walk(c, keep, tr);
			else if (c.local === 'unit') {
				const tags: InlineTag[] = [];
				let source = '';
				let target = '';
				let hasTarget = false;
				const states: StatusInfo[] = [];
				for (const part of childElements(c)) {
					if (part.local !== 'segment' && part.local !== 'ignorable') continue;
					const pKeep = whitespace(part, keep);
					const s = child(part, 'source');
					const t = child(part, 'target');
					if (!s) {
						issues.push({
							severity: 'error',
							code: 'xliff_missing_source',
							message: `unit ${c.attrs.id ?? ''} has a ${part.local} without <source>`,
							line: part.line
						});
						continue;
					}
					const sText = readSide(s, src, 'xliff2', tags, pKeep);
					const tText = t
						? readSide(t, src, 'xliff2', tags, pKeep)
						: part.local === 'ignorable'
							? sText
							: '';
					// Segments of one paragraph were sentences: keep a space between them.
					const sep = (a: string, b: string) =>
						a &&
						b &&
						pKeep === false &&
						/[A-Za-z0-9.,;:!?)"']$/.test(a) &&
						/^[A-Za-z0-9("']/.test(b)
							? ' '
							: '';
					source += sep(source, sText) + sText;
					target += sep(target, tText) + tText;
					if (t) hasTarget = true;
					if (part.local === 'segment') {
						let st = fromXliff2State(
							part.attrs.state,
							part.attrs.subState,
							stripPlaceholders(tText).trim() !== ''
						);
						if (!st) {
							issues.push({
								severity: 'warning',
								code: 'xliff_unknown_state',
								message: `unit ${c.attrs.id ?? ''}: state "${part.attrs.state}" is not an XLIFF 2 state; read as a draft`,
								line: part.line
							});
							st = { status: tText ? 'draft' : 'new', locked: false };
						}
						states.push(st);
					}
				}
				const notesEl = child(c, 'notes');
				const notes: RawNote[] = notesEl
					? childElements(notesEl, 'note').map((n) => ({
							text: textContent(n).trim(),
							side: n.attrs.appliesTo === 'source' ? 'source' : 'target',
							author: '',
							category: n.attrs.category ?? ''
						}))
					: [];
				units.push({
					id: c.attrs.id ?? String(units.length + 1),
					kind: c.attrs.type ?? c.attrs.name,
					source,
					target,
					hasTarget,
					status: weakest(states),
					translate: tr,
					notes,
					tags
				});
			}
		}
	};
	for (const f of childElements(root, 'file')) {
		report.files++;
		const tr = f.attrs.translate ? f.attrs.translate !== 'no' : root.attrs.translate !== 'no';
		walk(f, whitespace(f, whitespace(root, false)), tr);
	}
	return units;
}

/**
 * Imports an XLIFF file (bytes or text) as a new project.
 *
 * @example
 * const { value } = parseXliff(bytes);
 * value?.file.segments.length // one per trans-unit / unit
 */
export function parseXliff(
	input: Uint8Array | string,
	options: XliffImportOptions = {}
): ParseResult<XliffImport> {
	const issues: FormatIssue[] = [];
	const xml = readXmlFile(input, 'xliff_not_text');
	issues.push(...xml.issues);
	const root = xml.value?.root;
	if (!root || !xml.value) return { value: null, issues };
	if (root.local !== 'xliff') {
		issues.push({
			severity: 'error',
			code: 'xliff_not_xliff',
			message: `the root element is <${root.name}>, not <xliff>`,
			line: root.line
		});
		return { value: null, issues };
	}
	const ns = root.attrs.xmlns ?? '';
	const declared = root.attrs.version;
	let version: string;
	if (ns === XLIFF22_NS) version = declared ?? '2.2';
	else if (ns === XLIFF2_NS || declared?.startsWith('2')) version = declared ?? '2.0';
	else if (ns === XLIFF11_NS) version = '1.1';
	else if (ns === XLIFF1_NS || declared?.startsWith('1')) version = declared ?? '1.2';
	else version = declared ?? '1.2';
	if (!/^(1\.[012]|2\.[012])$/.test(version)) {
		issues.push({
			severity: 'error',
			code: 'xliff_unsupported_version',
			message: `XLIFF version ${version} is not supported (1.1, 1.2, 2.0, 2.1, 2.2 are)`,
			line: root.line
		});
		return { value: null, issues };
	}
	const report: XliffReport = {
		version,
		sourceLang: '',
		targetLang: '',
		files: 0,
		units: 0,
		untranslatable: 0,
		empty: 0,
		notes: 0,
		inlineTags: 0,
		statuses: {}
	};
	const src = xml.value.source;
	const raw = version.startsWith('2')
		? readUnits2(root, src, issues, report)
		: readUnits1(root, src, issues, report);
	if (issues.some((i) => i.severity === 'error')) return { value: null, issues };
	if (report.files === 0) {
		issues.push({
			severity: 'error',
			code: 'xliff_no_file',
			message: 'the XLIFF has no <file> element',
			line: root.line
		});
		return { value: null, issues };
	}

	let counter = 0;
	const prefix = options.idPrefix ?? 'xlf';
	const newId = options.newId ?? (() => `${prefix}-${++counter}`);
	const now = options.now ?? 0;
	const firstFile = childElements(root, 'file')[0];
	const project = {
		id: newId(),
		name: options.name ?? firstFile?.attrs.original ?? firstFile?.attrs.id ?? 'XLIFF',
		sourceLang: report.sourceLang || 'zh-CN',
		targetLang: report.targetLang || 'en',
		glossaryIds: [],
		settings: { disabledChecks: [] },
		createdAt: now,
		updatedAt: now
	};
	const file = emptyProjectFile(project);
	file.inlineTags = {};
	for (const u of raw) {
		if (!stripPlaceholders(u.source).trim()) {
			report.empty++;
			continue;
		}
		report.units++;
		const id = newId();
		const status = u.translate ? u.status : { ...u.status, locked: true };
		if (!u.translate) report.untranslatable++;
		const segment: Segment = {
			id,
			projectId: project.id,
			order: file.segments.length,
			kind: kindOf(u.kind),
			source: u.source,
			target: u.target,
			status: status.status,
			locked: status.locked,
			provenance: u.target ? 'imported' : 'typed',
			updatedAt: now
		};
		file.segments.push(segment);
		report.statuses[segment.status] = (report.statuses[segment.status] ?? 0) + 1;
		if (u.tags.length) {
			file.inlineTags[id] = u.tags;
			report.inlineTags += u.tags.length;
		}
		for (const n of u.notes) {
			if (!n.text) continue;
			report.notes++;
			// A marked span the text no longer holds (its words crossed an inline code) makes the
			// note one on the whole paragraph.
			const { quote, body } =
				n.quote === undefined
					? splitQuote(n.text)
					: { quote: (segment[n.side] as string).includes(n.quote) ? n.quote : null, body: n.text };
			const side = n.side;
			const text = side === 'source' ? segment.source : segment.target;
			let start = quote ? text.indexOf(quote) : -1;
			const exact = start >= 0 ? (quote as string) : text;
			if (start < 0) start = 0;
			const end = start + exact.length;
			const category = (ANNOTATION_CATEGORIES as readonly string[]).includes(n.category)
				? (n.category as AnnotationCategory)
				: 'comment';
			const annotation: Annotation = {
				id: newId(),
				projectId: project.id,
				segmentId: id,
				side,
				selector: {
					exact,
					prefix: text.slice(Math.max(0, start - 32), start),
					suffix: text.slice(end, end + 32),
					start,
					end
				},
				detached: quote !== null && text.indexOf(quote) < 0,
				body: quote !== null ? body : n.text,
				category,
				status: 'open',
				author: n.author,
				replies: [],
				createdAt: now,
				updatedAt: now
			};
			file.annotations.push(annotation);
		}
	}
	if (!Object.keys(file.inlineTags).length) delete file.inlineTags;
	if (report.units === 0) {
		issues.push({
			severity: 'error',
			code: 'xliff_no_units',
			message: 'the XLIFF holds no translatable unit with source text'
		});
		return { value: null, issues };
	}
	return { value: { file, report }, issues };
}
