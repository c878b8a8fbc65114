/**
 * Bilingual Markdown: a GitHub-flavoured table (number, 中文, English), notes as footnotes.
 * Markdown syntax in the text is escaped, so the table renders what was written.
 */
import type { ProjectFile } from '../project/project-file.ts';
import { showTags } from '../docx/serialize-shared.ts';

/** Escapes Markdown syntax and table pipes; line breaks become <br>. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, '<br>');
}

/**
 * Writes the bilingual Markdown table.
 *
 * @example
 * serializeBilingualMarkdown(file).split('\n')[2] // '| # | 中文 | English |'
 */
export function serializeBilingualMarkdown(
	file: ProjectFile,
	headers: [string, string, string] = ['#', '中文', 'English']
): string {
	const segments = [...file.segments].sort((a, b) => a.order - b.order);
	const footnotes: string[] = [];
	const cell = (id: string, side: 'source' | 'target', text: string) => {
		let out = escapeMarkdown(showTags(text, file.inlineTags?.[id]));
		for (const a of file.annotations.filter((x) => x.segmentId === id && x.side === side)) {
			footnotes.push(
				`[^${footnotes.length + 1}]: «${escapeMarkdown(a.selector.exact)}» ${escapeMarkdown(a.body)}${a.author ? ` — ${escapeMarkdown(a.author)}` : ''}`
			);
			out += `[^${footnotes.length}]`;
		}
		return out;
	};
	const lines = [
		`# ${escapeMarkdown(file.project.name)}`,
		'',
		`| ${headers.map(escapeMarkdown).join(' | ')} |`,
		'| --: | --- | --- |'
	];
	for (const s of segments) {
		const strong = s.kind === 'title' || s.kind === 'heading' || s.kind === 'subtitle';
		const wrap = (t: string) => (strong && t ? `**${t}**` : t);
		lines.push(
			`| ${s.order + 1} | ${wrap(cell(s.id, 'source', s.source))} | ${wrap(cell(s.id, 'target', s.target))} |`
		);
	}
	if (footnotes.length) lines.push('', ...footnotes);
	return lines.join('\n') + '\n';
}
