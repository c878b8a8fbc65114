/**
 * Bilingual HTML: Chinese and English side by side in one table, printable (A4 landscape,
 * header row repeated on each page), notes as highlighted words with numbered notes below.
 * Every piece of text is escaped: nothing from a project is ever injected as markup.
 */
import type { Annotation, SegmentStatus } from '../../types.ts';
import type { ProjectFile } from '../project/project-file.ts';
import { showTags } from '../docx/serialize-shared.ts';
import type { InlineTag } from '../xliff/inline.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

export interface HtmlLabels {
	number: string;
	source: string;
	target: string;
	status: string;
	notes: string;
	statuses: Record<SegmentStatus, string>;
}

export const DEFAULT_HTML_LABELS: HtmlLabels = {
	number: '#',
	source: '中文',
	target: 'English',
	status: 'Status',
	notes: 'Notes',
	statuses: { new: 'New', draft: 'Draft', translated: 'Translated', reviewed: 'Reviewed' }
};

const CSS = `
@page { size: A4 landscape; margin: 15mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", SimSun, system-ui, sans-serif; margin: 2rem; color: #111; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border: 1px solid #bbb; padding: .4em .6em; vertical-align: top; text-align: left; }
th { background: #eee; }
tr { break-inside: avoid; }
td.n { text-align: right; color: #666; width: 2.5em; }
td.zh, td.en { width: 42%; white-space: pre-wrap; }
td.s { width: 7em; color: #555; font-size: .85em; }
tr.title td.zh, tr.title td.en { font-size: 1.4em; font-weight: bold; }
tr.subtitle td.zh, tr.subtitle td.en { font-style: italic; }
tr.heading td.zh, tr.heading td.en { font-weight: bold; }
tr.caption td.zh, tr.caption td.en, tr.credit td.zh, tr.credit td.en { font-size: .85em; color: #444; }
mark { background: #fff3a8; }
.tag { color: #888; font-family: monospace; }
ol.notes { font-size: .9em; }
`.trim();

/** Text with each annotation's words wrapped in <mark> and a note number. */
function marked(
	text: string,
	notes: { a: Annotation; n: number }[],
	tags: InlineTag[] | undefined
): string {
	const spans = notes
		.filter(
			({ a }) =>
				!a.detached &&
				text.slice(a.selector.start, a.selector.end) === a.selector.exact &&
				a.selector.end > a.selector.start
		)
		.sort((x, y) => x.a.selector.start - y.a.selector.start);
	let out = '';
	let pos = 0;
	const piece = (s: string) =>
		escapeHtml(showTags(s, tags)).replace(
			/&lt;(\/?\d+\/?)&gt;/g,
			'<span class="tag">&lt;$1&gt;</span>'
		);
	for (const { a, n } of spans) {
		if (a.selector.start < pos) continue; // overlapping notes: the first one is marked
		out += piece(text.slice(pos, a.selector.start));
		out += `<mark title="${escapeHtml(a.body)}">${piece(a.selector.exact)}</mark><sup><a href="#note-${n}">${n}</a></sup>`;
		pos = a.selector.end;
	}
	const rest = piece(text.slice(pos));
	const loose = notes.filter(({ a }) => !spans.some((s) => s.a === a));
	return out + rest + loose.map(({ n }) => `<sup><a href="#note-${n}">${n}</a></sup>`).join('');
}

/**
 * Writes the bilingual HTML page.
 *
 * @example
 * serializeBilingualHtml(file).startsWith('<!DOCTYPE html>') // true
 */
export function serializeBilingualHtml(
	file: ProjectFile,
	labels: HtmlLabels = DEFAULT_HTML_LABELS
): string {
	const segments = [...file.segments].sort((a, b) => a.order - b.order);
	let counter = 0;
	const numbered = new Map<string, { a: Annotation; n: number }[]>();
	const all: { a: Annotation; n: number; seg: number }[] = [];
	for (const s of segments) {
		for (const a of file.annotations.filter((x) => x.segmentId === s.id)) {
			const item = { a, n: ++counter };
			const key = `${s.id}/${a.side}`;
			numbered.set(key, [...(numbered.get(key) ?? []), item]);
			all.push({ ...item, seg: s.order + 1 });
		}
	}
	const { sourceLang, targetLang, name } = file.project;
	const rows = segments.map((s) => {
		const tags = file.inlineTags?.[s.id];
		return `<tr class="${s.kind}"><td class="n">${s.order + 1}</td><td class="zh" lang="${escapeHtml(sourceLang)}">${marked(s.source, numbered.get(`${s.id}/source`) ?? [], tags)}</td><td class="en" lang="${escapeHtml(targetLang)}">${marked(s.target, numbered.get(`${s.id}/target`) ?? [], tags)}</td><td class="s">${escapeHtml(labels.statuses[s.status])}</td></tr>`;
	});
	const notes = all.length
		? `<h2>${escapeHtml(labels.notes)}</h2>\n<ol class="notes">\n${all
				.map(
					({ a, n, seg }) =>
						`<li id="note-${n}" value="${n}">[${seg}] «${escapeHtml(a.selector.exact)}» ${escapeHtml(a.body)}${a.author ? ` — <i>${escapeHtml(a.author)}</i>` : ''}</li>`
				)
				.join('\n')}\n</ol>`
		: '';
	return [
		'<!DOCTYPE html>',
		`<html lang="${escapeHtml(targetLang)}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
		`<title>${escapeHtml(name)}</title>`,
		`<style>\n${CSS}\n</style>`,
		'</head>',
		'<body>',
		`<h1>${escapeHtml(name)}</h1>`,
		'<table>',
		`<thead><tr><th>${escapeHtml(labels.number)}</th><th>${escapeHtml(labels.source)}</th><th>${escapeHtml(labels.target)}</th><th>${escapeHtml(labels.status)}</th></tr></thead>`,
		'<tbody>',
		...rows,
		'</tbody>',
		'</table>',
		notes,
		'</body>',
		'</html>',
		''
	].join('\n');
}
