/**
 * Notes as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one
 * AnnotationCollection whose first AnnotationPage holds every note. A note is an Annotation
 * whose body is a TextualBody in Markdown plus a tagging body naming its category, and whose
 * target is the segment's source or target text, picked out by a TextQuoteSelector and a
 * TextPositionSelector. A reply is an Annotation of its own with the motivation `replying`
 * and the note as its target, as the model's own reply example does. What the model has no
 * word for (status, severity, detached, the ids Duiyi needs to restore a note exactly) sits
 * under the `duiyi:` prefix.
 */
import {
	ANNOTATION_CATEGORIES,
	ERROR_SEVERITIES,
	type Annotation,
	type AnnotationCategory,
	type AnnotationReply,
	type AnnotationSide,
	type ErrorSeverity,
	type FormatIssue,
	type ParseResult,
	type TextSelector
} from '../types.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of the properties the Web Annotation vocabulary has no term for. */
export const DUIYI_NS = 'urn:duiyi:ns:';
const DEFAULT_BASE = 'urn:duiyi:';

/** The W3C motivation (and body purpose) of each category. */
export const CATEGORY_MOTIVATION: Record<AnnotationCategory, string> = {
	comment: 'commenting',
	question: 'questioning',
	terminology: 'describing',
	cultural: 'describing',
	error: 'assessing'
};

export interface SerializeContext {
	projectName: string;
	segments: { id: string; source: string; target: string }[];
	/** Prefix of the IRIs minted for the collection, notes and segments. */
	baseIri?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const enc = encodeURIComponent;

function iso(ms: number): string {
	return new Date(ms).toISOString();
}

function annotationIri(base: string, id: string): string {
	return `${base}annotations/${enc(id)}`;
}

function segmentIri(base: string, segmentId: string, side: AnnotationSide): string {
	return `${base}segments/${enc(segmentId)}/${side}`;
}

/** The number of code points in `text` before the UTF-16 offset (clamped to the text). */
export function toCodePointOffset(text: string, utf16: number): number {
	let points = 0;
	const end = Math.min(utf16, text.length);
	for (let i = 0; i < end; i++) {
		const code = text.charCodeAt(i);
		// The low half of a pair is not a code point of its own.
		if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) points++;
	}
	return points + Math.max(0, utf16 - text.length);
}

/** The UTF-16 offset of the code point offset `points` in `text` (past the end: counted on). */
export function fromCodePointOffset(text: string, points: number): number {
	let i = 0;
	let seen = 0;
	while (seen < points && i < text.length) {
		i += isHigh(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
		seen++;
	}
	return i + (points - seen);
}

function isHigh(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The selector pair. The Web Annotation model counts TextPositionSelector offsets in code
 * points while Duiyi counts UTF-16 units; they differ only after characters outside the BMP
 * (𠀋, emoji). With the segment's text the offsets are converted, and the UTF-16 ones are kept
 * beside them when they differ, so an import restores them exactly.
 */
function selectors(selector: TextSelector, text: string | undefined): JsonObject[] {
	const position: JsonObject = {
		type: 'TextPositionSelector',
		start: selector.start,
		end: selector.end
	};
	if (text !== undefined) {
		const start = toCodePointOffset(text, selector.start);
		const end = toCodePointOffset(text, selector.end);
		if (start !== selector.start || end !== selector.end) {
			position.start = start;
			position.end = end;
			position['duiyi:utf16'] = [selector.start, selector.end];
		}
	}
	return [
		{
			type: 'TextQuoteSelector',
			exact: selector.exact,
			prefix: selector.prefix,
			suffix: selector.suffix
		},
		position
	];
}

function noteToJson(
	note: Annotation,
	base: string,
	numbers: Map<string, number>,
	segments: Map<string, { source: string; target: string }>
): JsonObject {
	const source: JsonObject = {
		id: segmentIri(base, note.segmentId, note.side),
		type: 'Text'
	};
	const number = numbers.get(note.segmentId);
	if (number !== undefined) source['duiyi:paragraph'] = number;
	const json: JsonObject = {
		id: annotationIri(base, note.id),
		type: 'Annotation',
		motivation: CATEGORY_MOTIVATION[note.category],
		creator: { type: 'Person', name: note.author },
		created: iso(note.createdAt),
		modified: iso(note.updatedAt),
		body: [
			{
				type: 'TextualBody',
				value: note.body,
				format: 'text/markdown',
				purpose: CATEGORY_MOTIVATION[note.category]
			},
			{ type: 'TextualBody', value: note.category, purpose: 'tagging' }
		],
		target: {
			source,
			selector: selectors(note.selector, segments.get(note.segmentId)?.[note.side])
		},
		'duiyi:project': note.projectId,
		'duiyi:segment': note.segmentId,
		'duiyi:side': note.side,
		'duiyi:status': note.status,
		'duiyi:detached': note.detached
	};
	if (note.severity) json['duiyi:severity'] = note.severity;
	return json;
}

function replyToJson(reply: AnnotationReply, parentIri: string): JsonObject {
	return {
		id: `${parentIri}/replies/${enc(reply.id)}`,
		type: 'Annotation',
		motivation: 'replying',
		creator: { type: 'Person', name: reply.author },
		created: iso(reply.createdAt),
		body: { type: 'TextualBody', value: reply.body, format: 'text/markdown', purpose: 'replying' },
		target: parentIri
	};
}

/**
 * Writes notes as a W3C Web Annotation collection (JSON-LD, pretty-printed). Replies follow
 * their note as annotations with the motivation `replying`.
 *
 * @example
 * serializeAnnotations(notes, { projectName: '风华正茂勇争先', segments })
 * // '{ "@context": ["http://www.w3.org/ns/anno.jsonld", { "duiyi": "urn:duiyi:ns:" }], "type": "AnnotationCollection", … }'
 */
export function serializeAnnotations(annotations: Annotation[], ctx: SerializeContext): string {
	const projectId = annotations[0]?.projectId;
	const base = ctx.baseIri ?? (projectId ? `${DEFAULT_BASE}${enc(projectId)}/` : DEFAULT_BASE);
	const numbers = new Map(ctx.segments.map((segment, index) => [segment.id, index + 1]));
	const texts = new Map(ctx.segments.map((segment) => [segment.id, segment]));
	const items: JsonObject[] = [];
	for (const note of annotations) {
		const json = noteToJson(note, base, numbers, texts);
		items.push(json);
		for (const reply of note.replies) items.push(replyToJson(reply, json.id as string));
	}
	const collectionIri = `${base}annotations`;
	const collection: JsonObject = {
		'@context': [ANNO_CONTEXT, { duiyi: DUIYI_NS }],
		id: collectionIri,
		type: 'AnnotationCollection',
		label: ctx.projectName,
		total: items.length,
		first: {
			id: `${collectionIri}/page/0`,
			type: 'AnnotationPage',
			startIndex: 0,
			items
		}
	};
	return JSON.stringify(collection, null, '\t') + '\n';
}

export interface ParseAnnotationsOptions {
	/** The project the notes go into; overrides the one in the file. */
	projectId?: string;
	/**
	 * The segments' texts, to turn code-point positions from other tools into UTF-16 offsets
	 * (Duiyi's own files carry the UTF-16 offsets where they differ).
	 */
	segments?: { id: string; source: string; target: string }[];
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

function hasType(value: unknown, type: string): boolean {
	return isObject(value) && asArray(value.type).includes(type);
}

/** Reads a property written either with the duiyi: prefix or as a full IRI. */
function duiyi(json: Record<string, unknown>, name: string): unknown {
	return json[`duiyi:${name}`] ?? json[`${DUIYI_NS}${name}`];
}

/** The last path segment of an IRI, decoded: how a note's own id is recovered. */
function lastSegment(iri: string): string {
	const tail = iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')) + 1);
	try {
		return decodeURIComponent(tail);
	} catch {
		return tail;
	}
}

function idOf(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (isObject(value) && typeof value.id === 'string') return value.id;
	return null;
}

function creatorName(value: unknown): string {
	const first = asArray(value)[0];
	if (typeof first === 'string') return first;
	if (isObject(first)) {
		for (const key of ['name', 'nickname']) {
			if (typeof first[key] === 'string') return first[key] as string;
		}
	}
	return '';
}

class Reader {
	issues: FormatIssue[] = [];

	error(path: string, code: string, message: string): void {
		this.issues.push({ severity: 'error', code, message, path });
	}

	warn(path: string, code: string, message: string): void {
		this.issues.push({ severity: 'warning', code, message, path });
	}

	time(value: unknown, path: string, required: boolean): number | null {
		if (value === undefined) {
			if (required) this.error(path, 'annotation_missing_time', `${path} is missing`);
			return null;
		}
		const ms = typeof value === 'string' ? Date.parse(value) : NaN;
		if (Number.isNaN(ms)) {
			this.error(path, 'annotation_bad_time', `${path} is not an ISO 8601 date-time`);
			return null;
		}
		return ms;
	}

	/** The textual body that carries the note's words (not the tagging one). */
	bodyText(json: Record<string, unknown>, path: string): string | null {
		if (typeof json.bodyValue === 'string') return json.bodyValue;
		const bodies = asArray(json.body);
		const text = bodies.find((b) => isObject(b) && b.purpose !== 'tagging' && 'value' in b);
		if (text === undefined) {
			if (bodies.length === 0 && json.body === undefined) return '';
			this.error(`${path}.body`, 'annotation_missing_body', `${path}.body has no text value`);
			return null;
		}
		const value = (text as Record<string, unknown>).value;
		if (typeof value !== 'string') {
			this.error(`${path}.body`, 'annotation_bad_body', `${path}.body value is not a string`);
			return null;
		}
		return value;
	}

	selector(target: Record<string, unknown>, path: string, text?: string): TextSelector | null {
		const list = asArray(target.selector);
		const quote = list.find((s) => hasType(s, 'TextQuoteSelector')) as
			Record<string, unknown> | undefined;
		const position = list.find((s) => hasType(s, 'TextPositionSelector')) as
			Record<string, unknown> | undefined;
		if (!quote || typeof quote.exact !== 'string') {
			this.error(
				`${path}.target.selector`,
				'annotation_missing_quote',
				`${path}.target has no TextQuoteSelector with an exact quote`
			);
			return null;
		}
		const exact = quote.exact;
		const prefix = typeof quote.prefix === 'string' ? quote.prefix : '';
		const suffix = typeof quote.suffix === 'string' ? quote.suffix : '';
		if (!position) {
			this.warn(
				`${path}.target.selector`,
				'annotation_missing_position',
				`${path}.target has no TextPositionSelector; the note will be placed by its quote`
			);
			return { exact, prefix, suffix, start: 0, end: exact.length };
		}
		const { start, end } = position;
		if (
			!Number.isInteger(start) ||
			!Number.isInteger(end) ||
			(start as number) < 0 ||
			(end as number) < (start as number)
		) {
			this.error(
				`${path}.target.selector`,
				'annotation_bad_position',
				`${path}.target TextPositionSelector needs whole numbers with 0 ≤ start ≤ end`
			);
			return null;
		}
		const utf16 = position['duiyi:utf16'] ?? position[`${DUIYI_NS}utf16`];
		if (
			Array.isArray(utf16) &&
			utf16.length === 2 &&
			utf16.every((n) => Number.isInteger(n) && n >= 0) &&
			utf16[0] <= utf16[1]
		) {
			return { exact, prefix, suffix, start: utf16[0], end: utf16[1] };
		}
		if (text !== undefined) {
			return {
				exact,
				prefix,
				suffix,
				start: fromCodePointOffset(text, start as number),
				end: fromCodePointOffset(text, end as number)
			};
		}
		return { exact, prefix, suffix, start: start as number, end: end as number };
	}

	note(
		json: Record<string, unknown>,
		path: string,
		options: ParseAnnotationsOptions
	): Annotation | null {
		const before = this.issues.length;
		const iri = idOf(json);
		if (iri === null) this.error(path, 'annotation_missing_id', `${path} has no id`);
		const target = asArray(json.target)[0];
		if (!isObject(target)) {
			this.error(`${path}.target`, 'annotation_missing_target', `${path} has no target object`);
			return null;
		}
		const sourceIri = idOf(target.source) ?? '';
		const fromIri = /\/segments\/([^/]+)\/(source|target)$/.exec(sourceIri);
		let segmentId = duiyi(json, 'segment');
		if (typeof segmentId !== 'string') segmentId = fromIri ? lastSegment(fromIri[1]) : undefined;
		if (typeof segmentId !== 'string' || segmentId === '') {
			this.error(
				`${path}.target.source`,
				'annotation_missing_segment',
				`${path}.target.source does not name a segment (…/segments/ID/source or …/target)`
			);
		}
		let side = duiyi(json, 'side');
		if (side === undefined && fromIri) side = fromIri[2];
		if (side !== 'source' && side !== 'target') {
			this.error(path, 'annotation_bad_side', `${path} side must be "source" or "target"`);
		}
		const segmentText =
			typeof segmentId === 'string' && (side === 'source' || side === 'target')
				? options.segments?.find((segment) => segment.id === segmentId)?.[side]
				: undefined;
		const selector = this.selector(target, path, segmentText);
		const body = this.bodyText(json, path);

		const tags = asArray(json.body)
			.filter((b) => isObject(b) && b.purpose === 'tagging')
			.map((b) => (b as Record<string, unknown>).value);
		let category = tags.find((v): v is AnnotationCategory =>
			(ANNOTATION_CATEGORIES as readonly unknown[]).includes(v)
		);
		if (!category) {
			const motivation = asArray(json.motivation)[0];
			category =
				motivation === 'questioning'
					? 'question'
					: motivation === 'assessing'
						? 'error'
						: 'comment';
			if (tags.length > 0) {
				this.warn(path, 'annotation_unknown_category', `${path} category tag is not known`);
			}
		}
		const severityValue = duiyi(json, 'severity');
		let severity: ErrorSeverity | undefined;
		if (severityValue !== undefined) {
			if ((ERROR_SEVERITIES as readonly unknown[]).includes(severityValue)) {
				severity = severityValue as ErrorSeverity;
			} else {
				this.warn(
					path,
					'annotation_bad_severity',
					`${path} severity is not minor, major or critical`
				);
			}
		}
		const statusValue = duiyi(json, 'status') ?? 'open';
		if (statusValue !== 'open' && statusValue !== 'resolved') {
			this.error(path, 'annotation_bad_status', `${path} status must be "open" or "resolved"`);
		}
		const detached = duiyi(json, 'detached');
		if (detached !== undefined && typeof detached !== 'boolean') {
			this.error(path, 'annotation_bad_detached', `${path} detached must be true or false`);
		}
		const createdAt = this.time(json.created, `${path}.created`, true);
		const updatedAt = this.time(json.modified, `${path}.modified`, false) ?? createdAt;
		const project = options.projectId ?? duiyi(json, 'project');
		if (typeof project !== 'string') {
			this.error(path, 'annotation_missing_project', `${path} does not say which project it is in`);
		}
		if (this.issues.slice(before).some((i) => i.severity === 'error') || selector === null) {
			return null;
		}
		const note: Annotation = {
			id: lastSegment(iri as string),
			projectId: project as string,
			segmentId: segmentId as string,
			side: side as AnnotationSide,
			selector,
			detached: detached === true,
			body: body as string,
			category,
			status: statusValue as 'open' | 'resolved',
			author: creatorName(json.creator),
			replies: [],
			createdAt: createdAt as number,
			updatedAt: updatedAt as number
		};
		if (severity) note.severity = severity;
		return note;
	}

	reply(json: Record<string, unknown>, path: string): AnnotationReply | null {
		const before = this.issues.length;
		const iri = idOf(json);
		if (iri === null) this.error(path, 'annotation_missing_id', `${path} has no id`);
		const body = this.bodyText(json, path);
		const createdAt = this.time(json.created, `${path}.created`, true);
		if (this.issues.slice(before).some((i) => i.severity === 'error')) return null;
		return {
			id: lastSegment(iri as string),
			author: creatorName(json.creator),
			body: body as string,
			createdAt: createdAt as number
		};
	}
}

/** The annotations of a collection, a page, a list or a single annotation. */
function itemsOf(root: unknown, reader: Reader): { items: unknown[]; path: string } | null {
	if (Array.isArray(root)) return { items: root, path: '' };
	if (!isObject(root)) {
		reader.error('', 'annotation_not_object', 'the file is not a JSON object or array');
		return null;
	}
	const context = asArray(root['@context']);
	if (!context.includes(ANNO_CONTEXT)) {
		reader.warn(
			'@context',
			'annotation_missing_context',
			`@context does not include ${ANNO_CONTEXT}`
		);
	}
	if (hasType(root, 'AnnotationCollection')) {
		const items: unknown[] = [];
		let page: unknown = root.first;
		let n = 0;
		while (isObject(page)) {
			if (!Array.isArray(page.items)) {
				reader.error(`first`, 'annotation_bad_page', `page ${n} has no items array`);
				return null;
			}
			items.push(...page.items);
			page = page.next;
			n++;
		}
		if (root.first !== undefined && n === 0) {
			reader.error(
				'first',
				'annotation_external_page',
				'the collection links to its pages instead of embedding them; only embedded pages can be read'
			);
			return null;
		}
		return { items, path: 'items' };
	}
	if (hasType(root, 'AnnotationPage')) {
		if (!Array.isArray(root.items)) {
			reader.error('items', 'annotation_bad_page', 'the AnnotationPage has no items array');
			return null;
		}
		return { items: root.items, path: 'items' };
	}
	if (hasType(root, 'Annotation')) return { items: [root], path: 'items' };
	reader.error(
		'type',
		'annotation_unknown_type',
		'the file is not an Annotation, AnnotationPage or AnnotationCollection'
	);
	return null;
}

/**
 * Reads notes back from W3C Web Annotation JSON-LD (what {@link serializeAnnotations} writes,
 * and collections, pages or single annotations from other tools that use text quote and
 * position selectors). Never throws: a file with any error yields no notes and says what is
 * wrong where (`items[3].target.selector` …), so an import changes nothing.
 *
 * @example
 * parseAnnotations(serializeAnnotations(notes, ctx)).value // deep-equals notes
 */
export function parseAnnotations(
	json: string,
	options: ParseAnnotationsOptions = {}
): ParseResult<Annotation[]> {
	const reader = new Reader();
	let root: unknown;
	try {
		root = JSON.parse(json.replace(/^\uFEFF/, ''));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		reader.error('', 'annotation_bad_json', `not valid JSON: ${message}`);
		return { value: null, issues: reader.issues };
	}
	const found = itemsOf(root, reader);
	if (!found) return { value: null, issues: reader.issues };

	const notes: Annotation[] = [];
	const byIri = new Map<string, Annotation>();
	const replies: { json: Record<string, unknown>; path: string }[] = [];
	found.items.forEach((item, index) => {
		const path = `${found.path}[${index}]`;
		if (!isObject(item) || !hasType(item, 'Annotation')) {
			reader.error(path, 'annotation_not_annotation', `${path} is not an Annotation`);
			return;
		}
		if (asArray(item.motivation).includes('replying')) {
			replies.push({ json: item, path });
			return;
		}
		const note = reader.note(item, path, options);
		if (note) {
			notes.push(note);
			byIri.set(idOf(item) as string, note);
		}
	});
	for (const { json: item, path } of replies) {
		const parentIri = idOf(asArray(item.target)[0]);
		const parent = parentIri === null ? undefined : byIri.get(parentIri);
		if (!parent) {
			reader.error(
				`${path}.target`,
				'annotation_orphan_reply',
				`${path} replies to ${parentIri ?? 'nothing'}, which is not a note in this file`
			);
			continue;
		}
		const reply = reader.reply(item, path);
		if (reply) parent.replies.push(reply);
	}
	const failed = reader.issues.some((i) => i.severity === 'error');
	return { value: failed ? null : notes, issues: reader.issues };
}
