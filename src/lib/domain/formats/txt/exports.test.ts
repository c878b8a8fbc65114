import { describe, expect, it } from 'vitest';
import { serializeBilingualHtml, escapeHtml } from '../html/serialize.ts';
import { serializeBilingualMarkdown, escapeMarkdown } from '../md/serialize.ts';
import { serializeTargetText } from './serialize.ts';
import { corpusProject } from '../../../../../tests/judges/corpus-project.ts';

const file = corpusProject();

describe('bilingual HTML', () => {
	const html = serializeBilingualHtml(file);
	it('has one row per segment with both languages', () => {
		expect((html.match(/<tr class=/g) ?? []).length).toBe(file.segments.length);
		for (const s of file.segments.slice(0, 8)) {
			expect(html).toContain(escapeHtml(s.target));
		}
	});
	it('escapes everything: a note with markup stays text', () => {
		expect(html).not.toContain('<b>&</b>');
		expect(html).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
		const evil = corpusProject(3);
		evil.project.name = '<script>alert(1)</script>';
		evil.segments[0].target = '<img src=x onerror=alert(1)>';
		const out = serializeBilingualHtml(evil);
		expect(out).not.toMatch(/<script>|<img/);
	});
	it('marks annotated words with a numbered note', () => {
		expect(html).toMatch(
			/<mark title="[^"]*">宜春经开区<\/mark><sup><a href="#note-1">1<\/a><\/sup>/
		);
		expect(html).toContain('<li id="note-1" value="1">');
	});
	it('is printable in landscape with a repeated header', () => {
		expect(html).toContain('@page { size: A4 landscape');
		expect(html).toContain('display: table-header-group');
	});
});

describe('bilingual Markdown', () => {
	const md = serializeBilingualMarkdown(file);
	it('one table row per segment, pipes escaped', () => {
		const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
		expect(rows.length).toBe(file.segments.length);
		expect(escapeMarkdown('a | b *c*')).toBe('a \\| b \\*c\\*');
	});
	it('notes as footnotes', () => {
		expect(md).toMatch(/宜春经开区.*\[\^1\]/);
		expect(md).toContain('[^1]: «宜春经开区» Use "Yichun ETDZ"');
	});
});

describe('English plain text', () => {
	it.each([
		['source', file.segments.length],
		['skip', file.segments.filter((s) => s.target).length]
	] as const)('untranslated=%s', (untranslated, count) => {
		const txt = serializeTargetText(file, { untranslated });
		expect(txt.trim().split('\n\n').length).toBe(count);
		expect(txt.startsWith('In Its Prime, Striving to Lead\n\n')).toBe(true);
	});
	it('drops inline codes', () => {
		const f = corpusProject(2);
		f.segments[0].target = '\uE000Bold\uE001 title';
		expect(serializeTargetText(f).split('\n')[0]).toBe('Bold title');
	});
});
