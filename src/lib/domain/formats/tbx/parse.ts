/**
 * Reading TBX termbases: TBX v3 (ISO 30042:2019) TBX-Basic and TBX-Core, in the DCA style
 * (`<descrip type="subjectField">`) and the DCT style (`<basic:subjectField>`), and TBX 2008
 * (`<martif>`, termEntry/langSet/tig/ntig). What the model holds is kept: terms with language,
 * status, part of speech and note; the concept's subject field, definition, note, source,
 * id and dates. Other data categories are reported, not silently lost.
 */
import type { FormatIssue, ParseResult, Term, TermEntry, TermStatus } from '../../types.ts';
import { createEntry, isLang, type EntryFactoryOptions } from '../../glossary/terms.ts';
import { normaliseLang } from '../languages.ts';
import { checkFileSize, isLimitIssue } from '../limits.ts';
import { childElements, decodeEntities, parseXml, type XmlElement } from '../xliff/xml.ts';
export interface TbxGlossary {
	entries: TermEntry[];
	/** Languages in the order the file first uses them. */
	languages: string[];
	/** 'tbx-v3' (ISO 30042:2019) or 'tbx-2008' (martif). */
	version: 'tbx-v3' | 'tbx-2008';
	/** The dialect the file declares: TBX-Basic, TBX-Core, TBX-Min … (2008: 'TBX'). */
	dialect: string;
}

export interface TbxParseOptions extends EntryFactoryOptions {
	/** Language whose definition becomes the entry's when the concept has none (default 'zh'). */
	sourceLang?: string;
}

type XNode = XmlElement;

/** An element's name without its namespace prefix (`basic:subjectField` is `subjectField`). */
const nameOf = (node: XNode) => node.local;

/** An attribute by its local name (`xml:lang` is `lang`), decoded. */
function attr(node: XNode, name: string): string | undefined {
	for (const key in node.attrs)
		if (key === name || key.endsWith(':' + name)) return node.attrs[key];
	return undefined;
}

const elements = (node: XNode, name?: string) => childElements(node, name);

/**
 * The text of an element, inline markup flattened in order. Whitespace as written (line breaks
 * and indentation of a pretty-printed file) collapses to one space; line breaks written as
 * `&#10;` survive, which is how Duiyi's own export keeps a multi-line note. So the text is read
 * as written in the file, collapsed, and only then decoded.
 */
function textOf(node: XNode, source: string): string {
	if (node.closeStart <= node.openEnd) return '';
	const written = source.slice(node.openEnd, node.closeStart);
	// Most terms are plain text with single spaces: nothing below would change them but the trim.
	if (!/[<&]|[^\S ]| {2}/.test(written)) return written.trim();
	const raw = written
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) =>
			text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
		)
		.replace(/<\?[\s\S]*?\?>/g, '')
		.replace(/<[^>]*>/g, '');
	return decodeEntities(raw.replace(/\s+/g, ' ').trim());
}

/** Reads administrativeStatus / normativeAuthorization values (TBX v3 and 2008). */
function tbxStatus(value: string): TermStatus | null {
	const v = value
		.trim()
		.replace(/-admn-sts$/, '')
		.replace(/Term$/, '')
		.toLowerCase();
	if (v === 'preferred' || v === 'standardized') return 'preferred';
	if (v === 'admitted' || v === 'legal' || v === 'regulated') return 'admitted';
	if (v === 'deprecated' || v === 'superseded' || v === 'forbidden') return 'forbidden';
	return null;
}

/**
 * Data categories as termbase tools name them when they export their own field names rather
 * than TBX's (MultiTerm's "Definition", "Subject", "Part of Speech"), keyed by the name
 * lower-cased without spaces, hyphens or underscores.
 */
const CATEGORY_NAMES: Record<string, string> = {
	definition: 'definition',
	subjectfield: 'subjectField',
	subject: 'subjectField',
	domain: 'subjectField',
	partofspeech: 'partOfSpeech',
	administrativestatus: 'administrativeStatus',
	normativeauthorization: 'normativeAuthorization'
};

/** Data category of an element: `type` in the DCA style, the element's name in the DCT style. */
function category(node: XNode): string {
	const written = attr(node, 'type') ?? nameOf(node);
	return CATEGORY_NAMES[written.toLowerCase().replace(/[\s_-]+/g, '')] ?? written;
}

const KEPT = new Set([
	'subjectField',
	'definition',
	'note',
	'source',
	'administrativeStatus',
	'normativeAuthorization',
	'partOfSpeech',
	'term',
	'termSec',
	'langSec',
	'langSet',
	'tig',
	'ntig',
	'termGrp',
	'descripGrp',
	'adminGrp',
	'termNoteGrp',
	'transacGrp'
]);

function parseDate(text: string): number | null {
	const t = Date.parse(text.trim());
	return Number.isFinite(t) ? t : null;
}

/**
 * Parses a TBX file. Never throws: malformed XML comes back as an error with its line and
 * column; a file that is XML but not TBX, or holds no terms, is an error too.
 *
 * @example
 * parseTbx(text).value?.entries.length // 45 for the LTAC astronomy sample
 */
export function parseTbx(text: string, options: TbxParseOptions = {}): ParseResult<TbxGlossary> {
	const issues: FormatIssue[] = [];
	const tooBig = checkFileSize(text);
	if (tooBig) return { value: null, issues: [tooBig] };
	const languages: string[] = [];
	const entries: TermEntry[] = [];
	const ignored = new Map<string, number>();
	const sourceLang = options.sourceLang ?? 'zh';
	const ignore = (node: XNode) => {
		const c = category(node);
		if (!KEPT.has(c) && !KEPT.has(nameOf(node))) ignored.set(c, (ignored.get(c) ?? 0) + 1);
	};
	// The concepts are read one at a time as the parser reaches their end (the children of the
	// root's first <text>'s first <body>), so a large termbase is never a tree in memory whole.
	let text1: XNode | undefined;
	let body1: XNode | undefined;
	let conceptCount = 0;
	const parsed = parseXml(text, {
		stream: {
			select(el, ancestors) {
				const rootName = nameOf(ancestors[0]);
				if (rootName !== 'tbx' && rootName !== 'martif') return false;
				if (ancestors.length === 1 && !text1 && nameOf(el) === 'text') text1 = el;
				if (ancestors.length === 2 && ancestors[1] === text1 && !body1 && nameOf(el) === 'body')
					body1 = el;
				return ancestors.length === 3 && ancestors[2] === body1;
			},
			onElement(el, ancestors, source) {
				readConcept(el, conceptCount++, nameOf(ancestors[0]), source);
			}
		}
	});
	const refused = parsed.issues.find(isLimitIssue);
	if (refused) return { value: null, issues: [refused] };
	const doc = parsed.value;
	if (!doc?.root) {
		const first = parsed.issues.find((i) => i.severity === 'error');
		return {
			value: null,
			issues: [
				{
					severity: 'error',
					code: 'tbx_malformed',
					message: `not well-formed XML${first?.line ? ` at line ${first.line}` : ''}: ${first?.message ?? 'no element found'}`,
					line: first?.line
				}
			]
		};
	}
	const root = doc.root;
	issues.unshift(...parsed.issues.filter((i) => i.severity === 'warning'));
	if (nameOf(root) !== 'tbx' && nameOf(root) !== 'martif') {
		return {
			value: null,
			issues: [
				{
					severity: 'error',
					code: 'tbx_not_tbx',
					message: `the root element is <${nameOf(root)}>, not <tbx> or <martif>`,
					path: '/' + nameOf(root)
				}
			]
		};
	}
	const version = nameOf(root) === 'tbx' ? 'tbx-v3' : 'tbx-2008';
	const dialect = attr(root, 'type') ?? (version === 'tbx-v3' ? 'TBX' : 'TBX');
	const rootName = nameOf(root);
	if (!body1) {
		return {
			value: null,
			issues: [
				{
					severity: 'error',
					code: 'tbx_no_body',
					message: `<${rootName}> has no <text><body>`,
					path: `/${rootName}`
				}
			]
		};
	}
	const entryName = version === 'tbx-v3' ? 'conceptEntry' : 'termEntry';
	if (entries.length === 0) {
		issues.push({
			severity: 'error',
			code: 'tbx_no_terms',
			message: `the file holds no ${entryName} with terms`,
			path: `/${rootName}/text/body`
		});
		return { value: null, issues };
	}
	if (ignored.size) {
		const list = [...ignored.entries()].map(([k, n]) => `${k} (${n})`).join(', ');
		issues.push({
			severity: 'warning',
			code: 'tbx_data_not_kept',
			message: `data categories Duiyi does not keep: ${list}`
		});
	}
	return { value: { entries, languages, version, dialect }, issues };

	/** One child of the body: a concept entry (termEntry in TBX 2008) read into an entry. */
	function readConcept(conceptNode: XNode, ci: number, rootName: string, source: string) {
		const version = rootName === 'tbx' ? 'tbx-v3' : 'tbx-2008';
		const entryName = version === 'tbx-v3' ? 'conceptEntry' : 'termEntry';
		const path = `/${rootName}/text/body/${nameOf(conceptNode)}[${ci + 1}]`;
		if (nameOf(conceptNode) !== entryName) {
			issues.push({
				severity: 'warning',
				code: 'tbx_unexpected_element',
				message: `<${nameOf(conceptNode)}> in <body> is not a <${entryName}>; skipped`,
				path
			});
			return;
		}
		const fileId = attr(conceptNode, 'id');
		const entry = createEntry(options, fileId);
		const notes: string[] = [];
		const domains: string[] = [];
		const definitions: { lang: string | null; text: string; source?: string }[] = [];
		const explicit = new WeakSet<Term>();
		let dated = false;

		/** Concept- and language-level information: descrip, descripGrp, admin, note, transacGrp. */
		const readAux = (node: XNode, lang: string | null) => {
			for (const el of elements(node)) {
				const name = nameOf(el);
				const cat = category(el);
				if (name === 'descripGrp' || name === 'adminGrp') {
					const inner = elements(el);
					const main = inner[0];
					if (main && category(main) === 'definition') {
						const src = inner.find((x) => category(x) === 'source');
						definitions.push({
							lang,
							text: textOf(main, source),
							source: src ? textOf(src, source) : undefined
						});
						for (const x of inner.slice(1)) if (x !== src) ignore(x);
					} else {
						readAux(el, lang);
					}
				} else if (cat === 'subjectField') {
					const domain = textOf(el, source);
					if (!domains.includes(domain)) domains.push(domain);
				} else if (cat === 'definition') {
					definitions.push({ lang, text: textOf(el, source) });
				} else if (name === 'note') {
					// Language-level notes have no place of their own in the model: the entry keeps them.
					const note = textOf(el, source);
					if (!notes.includes(note)) notes.push(note);
				} else if (cat === 'source') {
					const src = textOf(el, source);
					if (lang === null) entry.source = entry.source ? entry.source + '; ' + src : src;
					else if (!entry.source) entry.source = src;
				} else if (name === 'transacGrp' && lang === null) {
					const kind = elements(el).find((x) => nameOf(x) === 'transac');
					const date = elements(el).find((x) => nameOf(x) === 'date');
					const t = date ? parseDate(textOf(date, source)) : null;
					if (kind && t !== null) {
						const k = textOf(kind, source);
						if (k === 'origination') entry.createdAt = t;
						if (k === 'modification') entry.updatedAt = t;
						dated = true;
					}
				} else if (
					name !== 'langSec' &&
					name !== 'langSet' &&
					name !== 'termSec' &&
					name !== 'tig' &&
					name !== 'ntig'
				) {
					ignore(el);
				}
			}
		};

		/** A term with its term-level information (termSec, tig, ntig). */
		const readTerm = (node: XNode, lang: string, termPath: string) => {
			const group = elements(node, 'termGrp')[0]; // ntig keeps term and termNotes in a termGrp
			const holders = group ? [group, node] : [node];
			const termEl = holders.flatMap((h) => elements(h, 'term'))[0];
			const text = termEl ? textOf(termEl, source) : '';
			if (!text) {
				issues.push({
					severity: 'warning',
					code: 'tbx_empty_term',
					message: `a term section without a term; skipped`,
					path: termPath
				});
				return;
			}
			const term: Term = { lang, text, status: 'admitted' };
			const termNotes: string[] = [];
			for (const h of holders) {
				for (const el of elements(h)) {
					const name = nameOf(el);
					if (name === 'term' || name === 'termGrp') continue;
					const items = name.endsWith('Grp') ? elements(el).slice(0, 1) : [el];
					for (const item of items) {
						const cat = category(item);
						if (cat === 'administrativeStatus' || cat === 'normativeAuthorization') {
							const status = tbxStatus(textOf(item, source));
							if (status) {
								term.status = status;
								explicit.add(term);
							} else {
								issues.push({
									severity: 'warning',
									code: 'tbx_unknown_status',
									message: `unknown term status "${textOf(item, source)}"`,
									path: termPath
								});
							}
						} else if (cat === 'partOfSpeech') {
							term.partOfSpeech = textOf(item, source);
						} else if (nameOf(item) === 'note') {
							termNotes.push(textOf(item, source));
						} else {
							ignore(item);
						}
					}
				}
			}
			if (termNotes.length) term.note = termNotes.join('\n');
			entry.terms.push(term);
		};

		readAux(conceptNode, null);
		const langName = version === 'tbx-v3' ? 'langSec' : 'langSet';
		elements(conceptNode, langName).forEach((langNode, li) => {
			const langPath = `${path}/${langName}[${li + 1}]`;
			const written = attr(langNode, 'lang');
			const lang = written ? normaliseLang(written) : '';
			if (!lang) {
				issues.push({
					severity: 'warning',
					code: 'tbx_missing_lang',
					message: `<${langName}> without xml:lang; its terms are skipped`,
					path: langPath
				});
				return;
			}
			if (!languages.includes(lang)) languages.push(lang);
			readAux(langNode, lang);
			const termNodes = elements(langNode).filter((n) =>
				['termSec', 'tig', 'ntig'].includes(nameOf(n))
			);
			termNodes.forEach((t, ti) => readTerm(t, lang, `${langPath}/${nameOf(t)}[${ti + 1}]`));
		});
		if (entry.terms.length === 0) {
			issues.push({
				severity: 'warning',
				code: 'tbx_entry_without_terms',
				message: `${entryName} ${fileId ? `"${fileId}" ` : ''}has no terms; skipped`,
				path
			});
			return;
		}
		// First term of each language is preferred unless the file gave statuses.
		for (const lang of new Set(entry.terms.map((t) => t.lang))) {
			const terms = entry.terms.filter((t) => t.lang === lang);
			let preferredSeen = terms.some((t) => explicit.has(t) && t.status === 'preferred');
			for (const t of terms) {
				if (explicit.has(t)) continue;
				t.status = preferredSeen ? 'admitted' : 'preferred';
				preferredSeen = true;
			}
		}
		if (domains.length) entry.domain = domains.join('; ');
		if (notes.length) entry.note = notes.join('\n');
		const definition =
			definitions.find((d) => d.lang === null) ??
			definitions.find((d) => d.lang !== null && isLang(d.lang, sourceLang)) ??
			definitions.find((d) => d.lang !== null && isLang(d.lang, 'en')) ??
			definitions[0];
		if (definition) {
			entry.definition = definition.text;
			if (definition.source && !entry.source) entry.source = definition.source;
		}
		if (dated && entry.updatedAt < entry.createdAt) entry.updatedAt = entry.createdAt;
		if (!dated && options.now === undefined) entry.updatedAt = entry.createdAt;
		entries.push(entry);
	}
}
