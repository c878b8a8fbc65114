/**
 * TMX 1.1–1.4b import into the translation memory: UTF-8 or UTF-16 (BOM-sniffed), any language
 * pairs listed (units without both a source- and a target-language variant are skipped and
 * counted), inline codes (bpt/ept/ph/it/ut, balanced or not) removed from the stored text,
 * since a TM unit is matched as plain text; `<hi>` keeps its words.
 */
import type { FormatIssue, ParseResult, TmUnit } from '../../types.ts';
import { normaliseLang } from '../languages.ts';
import { child, childElements, readXmlFile, type XmlElement } from '../xliff/xml.ts';

export interface TmxReport {
	version: string;
	/** Every language tag seen, normalised (en-US), in order of appearance. */
	languages: string[];
	/** Translation units in the file. */
	total: number;
	imported: number;
	/** Units without the requested pair, by the languages they hold ("en-US→fr-FR"). */
	skipped: number;
	skippedPairs: Record<string, number>;
	/** Units that had inline codes (removed from the stored text). */
	withInlineCodes: number;
	/** Units skipped because a side was empty. */
	empty: number;
	creationTool: string;
}

export interface TmxImport {
	units: TmUnit[];
	report: TmxReport;
}

export interface TmxImportOptions {
	/** Language prefixes of the pair to keep (default zh → en). */
	sourceLang?: string;
	targetLang?: string;
	newId?: () => string;
	now?: number;
}

function matches(lang: string, prefix: string): boolean {
	const l = lang.toLowerCase();
	const p = prefix.toLowerCase();
	return l === p || l.startsWith(p + '-');
}

/** The text of a seg without its inline codes; sub-flows are left out too. */
function segText(el: XmlElement, codes: { count: number }): string {
	let s = '';
	for (const c of el.children) {
		if (c.type === 'text') s += c.text;
		else if (c.local === 'hi') s += segText(c, codes);
		else codes.count++;
	}
	return s;
}

/** TMX dates (YYYYMMDDThhmmssZ) to epoch ms; NaN when absent or malformed. */
export function parseTmxDate(value: string | undefined): number {
	const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
	if (!m) return NaN;
	return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

/**
 * Parses a TMX file into TM units of one language pair (default zh → en), with a report.
 *
 * @example
 * const { value } = parseTmx(bytes, { sourceLang: 'en', targetLang: 'fr' });
 * value?.report.imported // 25
 */
export function parseTmx(
	input: Uint8Array | string,
	options: TmxImportOptions = {}
): ParseResult<TmxImport> {
	const issues: FormatIssue[] = [];
	const srcPrefix = options.sourceLang ?? 'zh';
	const tgtPrefix = options.targetLang ?? 'en';
	const now = options.now ?? 0;
	let counter = 0;
	const newId = options.newId ?? (() => `tmx-${++counter}`);
	const report: TmxReport = {
		version: '',
		languages: [],
		total: 0,
		imported: 0,
		skipped: 0,
		skippedPairs: {},
		withInlineCodes: 0,
		empty: 0,
		creationTool: ''
	};
	const seen = new Set<string>();
	const units: TmUnit[] = [];
	/** One <tu>, read as the parser reaches its end. */
	const readUnit = (tu: XmlElement) => {
		report.total++;
		const variants: { lang: string; text: string }[] = [];
		const codes = { count: 0 };
		for (const tuv of childElements(tu, 'tuv')) {
			const raw = tuv.attrs['xml:lang'] ?? tuv.attrs.lang;
			if (!raw) {
				issues.push({
					severity: 'warning',
					code: 'tmx_tuv_without_lang',
					message: 'a <tuv> without xml:lang was ignored',
					line: tuv.line
				});
				continue;
			}
			const lang = normaliseLang(raw);
			if (!seen.has(lang)) {
				seen.add(lang);
				report.languages.push(lang);
			}
			const seg = child(tuv, 'seg');
			variants.push({ lang, text: seg ? segText(seg, codes).replace(/\s+/g, ' ').trim() : '' });
		}
		if (codes.count) report.withInlineCodes++;
		const src = variants.find((v) => matches(v.lang, srcPrefix));
		const tgt = variants.find((v) => matches(v.lang, tgtPrefix));
		if (!src || !tgt) {
			report.skipped++;
			const pair = variants.map((v) => v.lang).join('→') || '(none)';
			report.skippedPairs[pair] = (report.skippedPairs[pair] ?? 0) + 1;
			return;
		}
		if (!src.text || !tgt.text) {
			report.empty++;
			return;
		}
		const created = parseTmxDate(tu.attrs.creationdate);
		const changed = parseTmxDate(tu.attrs.changedate);
		const createdAt = Number.isNaN(created) ? now : created;
		units.push({
			id: newId(),
			source: src.text,
			target: tgt.text,
			sourceLang: src.lang,
			targetLang: tgt.lang,
			origin: 'tmx',
			createdAt,
			updatedAt: Number.isNaN(changed) ? createdAt : changed
		});
		report.imported++;
	};
	// The units of the root's first <body> are read one at a time and dropped from the tree, so
	// a memory of 100,000 units is never a document tree in memory whole.
	let body: XmlElement | undefined;
	const xml = readXmlFile(input, 'tmx_not_text', {
		stream: {
			select(el, ancestors) {
				if (ancestors[0].local !== 'tmx') return false;
				if (ancestors.length === 1 && !body && el.local === 'body') body = el;
				return ancestors.length === 2 && ancestors[1] === body && el.local === 'tu';
			},
			onElement: readUnit
		}
	});
	const root = xml.value?.root;
	// A file that is not well-formed is refused with the parser's error alone.
	if (!root) return { value: null, issues: xml.issues };
	issues.unshift(...xml.issues);
	if (root.local !== 'tmx') {
		issues.push({
			severity: 'error',
			code: 'tmx_not_tmx',
			message: `the root element is <${root.name}>, not <tmx>`,
			line: root.line
		});
		return { value: null, issues };
	}
	if (!body) {
		issues.push({
			severity: 'error',
			code: 'tmx_no_body',
			message: 'the TMX has no <body>',
			line: root.line
		});
		return { value: null, issues };
	}
	report.version = root.attrs.version ?? '';
	report.creationTool = child(root, 'header')?.attrs.creationtool ?? '';
	if (report.total === 0) {
		issues.push({
			severity: 'warning',
			code: 'tmx_empty',
			message: 'the TMX holds no translation unit'
		});
	}
	return { value: { units, report }, issues };
}
