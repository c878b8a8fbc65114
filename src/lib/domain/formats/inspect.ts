/**
 * What is this file? `inspect` recognises every format Duiyi imports by its content (the file
 * name only breaks ties), reads it with the real parser, and says what an import would get:
 * the format and version, the languages, how many units, and the parser's issues.
 */
import type { FormatIssue } from '../types.ts';
import { decodeText } from '../text/decode.ts';
import { parseAnnotations } from '../annotations/jsonld.ts';
import { parseGlossaryCsv } from './csv/parse.ts';
import { checkFileSize } from './limits.ts';
import { importDocument } from '../import/index.ts';
import { readBilingualRows } from './docx/parse-bilingual.ts';
import { parseBackup } from './project/backup.ts';
import { jsonErrorText, parseProjectFile } from './project/project-file.ts';
import { parseTbx } from './tbx/parse.ts';
import { normaliseLang } from './languages.ts';
import { parseTmx } from './tmx/parse.ts';
import { xliffLanguageIssues } from './xliff/languages.ts';
import { parseXliff } from './xliff/parse.ts';
import { decodeXmlBytes, parseXml } from './xliff/xml.ts';

export type InspectFormat =
	| 'xliff'
	| 'tmx'
	| 'tbx'
	| 'csv'
	| 'docx'
	| 'docx-bilingual'
	| 'txt'
	| 'md'
	| 'html'
	| 'duiyi-project'
	| 'duiyi-backup'
	| 'web-annotation'
	| 'unknown';

export interface InspectResult {
	format: InspectFormat;
	/** The format's version when it has one ('1.2', '2.1', '1.4', 'tbx-v3' …), else null. */
	version: string | null;
	/** Language tags, normalised (en-US), as the file states or as its script shows. */
	languages: string[];
	/** Units an import would get: segments, translation units, term entries, paragraphs. */
	units: number;
	issues: FormatIssue[];
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Languages a text is written in, judged by script: 'zh', 'en'. */
function scriptLanguages(text: string): string[] {
	const han = text.match(HAN)?.length ?? 0;
	const latin = text.match(LATIN)?.length ?? 0;
	const total = han + latin;
	const out: string[] = [];
	if (total === 0) return out;
	if (han / total > 0.05) out.push('zh');
	if (latin / total > 0.05 && (han === 0 || latin / Math.max(han, 1) > 0.3)) out.push('en');
	return out;
}

const uniq = (list: string[]) => [...new Set(list.filter(Boolean).map(normaliseLang))];

function fail(issues: FormatIssue[], code: string, message: string): InspectResult {
	return {
		format: 'unknown',
		version: null,
		languages: [],
		units: 0,
		issues: [...issues, { severity: 'error', code, message }]
	};
}

function inspectXml(text: string, fileName: string): InspectResult {
	// The root is what tells the format; the TMX and TBX readers below read their file again,
	// one unit at a time, so their document is not built as a tree here (XLIFF's still is: its
	// language check reads the tree).
	const xml = parseXml(text, {
		stream: {
			select: (_el, ancestors) => ancestors.length === 1 && ancestors[0].local !== 'xliff',
			onElement: () => {}
		}
	});
	const root = xml.value?.root;
	if (!root) {
		const guess = /\.(xlf|xliff|mqxliff|sdlxliff)$/i.test(fileName)
			? 'xliff'
			: /\.tmx$/i.test(fileName)
				? 'tmx'
				: /\.tbx$/i.test(fileName)
					? 'tbx'
					: 'unknown';
		return { format: guess, version: null, languages: [], units: 0, issues: xml.issues };
	}
	switch (root.local) {
		case 'xliff': {
			const r = parseXliff(text);
			const rep = r.value?.report;

			return {
				format: 'xliff',
				version: rep?.version ?? root.attrs.version ?? null,
				languages: rep ? uniq([rep.sourceLang, rep.targetLang]) : [],
				units: rep?.units ?? 0,
				issues: [...r.issues, ...xliffLanguageIssues(root)]
			};
		}
		case 'tmx': {
			const r = parseTmx(text);
			const rep = r.value?.report;
			return {
				format: 'tmx',
				version: rep?.version ?? root.attrs.version ?? null,
				languages: rep?.languages ?? [],
				units: rep?.total ?? 0,
				issues: r.issues
			};
		}
		case 'tbx':
		case 'martif': {
			const r = parseTbx(text);
			return {
				format: 'tbx',
				version: r.value?.version ?? null,
				languages: uniq(r.value?.languages ?? []),
				units: r.value?.entries.length ?? 0,
				issues: r.issues
			};
		}
		default:
			return fail(
				xml.issues,
				'inspect_unknown_xml',
				`an XML file with root <${root.name}>, which is not XLIFF, TMX or TBX`
			);
	}
}

function inspectJson(text: string): InspectResult {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (err) {
		return fail([], 'inspect_bad_json', `not valid JSON: ${jsonErrorText(err)}`);
	}
	const obj = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	if (obj.format === 'duiyi-project') {
		const r = parseProjectFile(text);
		return {
			format: 'duiyi-project',
			version: String(obj.version ?? ''),
			languages: r.value ? uniq([r.value.project.sourceLang, r.value.project.targetLang]) : [],
			units: r.value?.segments.length ?? 0,
			issues: r.issues
		};
	}
	if (obj.format === 'duiyi-backup') {
		const r = parseBackup(text);
		return {
			format: 'duiyi-backup',
			version: String(obj.version ?? ''),
			languages: r.value
				? uniq(r.value.projects.flatMap((p) => [p.project.sourceLang, p.project.targetLang]))
				: [],
			units: r.value?.projects.reduce((n, p) => n + p.segments.length, 0) ?? 0,
			issues: r.issues
		};
	}
	if ('@context' in obj || obj.type === 'AnnotationCollection' || obj.type === 'Annotation') {
		const r = parseAnnotations(text);
		return {
			format: 'web-annotation',
			version: null,
			languages: [],
			units: r.value?.length ?? 0,
			issues: r.issues
		};
	}
	return fail(
		[],
		'inspect_unknown_json',
		'a JSON file that is not a Duiyi project, backup or Web Annotation'
	);
}

/** A document to translate (.txt, .md, .html, .docx), read as the app's import reads it. */
function inspectDocument(bytes: Uint8Array, fileName: string): InspectResult {
	const doc = importDocument(bytes, fileName);
	if (!doc.value)
		return fail(
			doc.issues.filter((i) => i.severity !== 'error'),
			doc.issues.find((i) => i.severity === 'error')?.code ?? 'inspect_unreadable',
			doc.issues.find((i) => i.severity === 'error')?.message ?? 'cannot read the document'
		);
	return {
		format: doc.value.format,
		version: null,
		languages: scriptLanguages(doc.value.blocks.map((b) => b.text).join('\n')),
		units: doc.value.blocks.length,
		issues: doc.issues
	};
}

function inspectDocx(bytes: Uint8Array, fileName: string): InspectResult {
	const table = readBilingualRows(bytes);
	if (table.value) {
		const text = table.value.map((r) => r.source + '\n' + r.target).join('\n');
		return {
			format: 'docx-bilingual',
			version: null,
			languages: scriptLanguages(text),
			units: table.value.length,
			issues: table.issues
		};
	}
	return inspectDocument(bytes, /\.docx$/i.test(fileName) ? fileName : 'document.docx');
}

/**
 * Recognises and reads a file; never throws. A file nothing can read has format 'unknown' and
 * an error issue saying why.
 *
 * @example
 * inspect(bytes, 'mytm.tmx') // { format: 'tmx', version: '1.4', languages: ['en-US', 'fr-FR'], units: 25, issues: [] }
 */
export function inspect(bytes: Uint8Array, fileName = ''): InspectResult {
	if (bytes.length === 0) return fail([], 'inspect_empty', 'the file is empty');
	const tooBig = checkFileSize(bytes);
	if (tooBig) return fail([], tooBig.code, tooBig.message);
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
		return inspectDocx(bytes, fileName);
	}
	if (/\.(html?|xhtml|md|markdown|docx?|pdf|rtf|odt|wps|pages)$/i.test(fileName)) {
		return inspectDocument(bytes, fileName);
	}
	const xmlText = decodeXmlBytes(bytes);
	const head = (xmlText ?? '').replace(/^\uFEFF/, '').trimStart();
	if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html)\b/i.test(head)) {
		return inspectDocument(bytes, 'page.html');
	}
	if (xmlText !== null && head.startsWith('<')) return inspectXml(xmlText, fileName);
	const decoded = decodeText(bytes);
	if (!decoded.ok) {
		return fail(
			[],
			decoded.reason === 'binary' ? 'inspect_binary' : 'inspect_undecodable',
			decoded.reason === 'binary'
				? 'a binary file that is not a Word document'
				: 'the text is not UTF-8, UTF-16 or GB18030'
		);
	}
	const text = decoded.text.replace(/^\uFEFF/, '');
	const trimmed = text.trimStart();
	if (trimmed.startsWith('<')) return inspectXml(text, fileName);
	if (trimmed.startsWith('{') || /\.json(ld)?$/i.test(fileName)) return inspectJson(text);
	if (/\.(csv|tsv)$/i.test(fileName)) {
		const r = parseGlossaryCsv(text);
		return {
			format: 'csv',
			version: null,
			languages: uniq(r.value?.languages ?? []),
			units: r.value?.entries.length ?? 0,
			issues: r.issues
		};
	}
	return inspectDocument(bytes, /\.(txt|text)$/i.test(fileName) ? fileName : 'document.txt');
}
