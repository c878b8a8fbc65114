import { describe, expect, it } from 'vitest';
import { readInline, stripPlaceholders, writeInline, type InlineTag } from './inline.ts';
import { sentencePairs } from './sentence-pairs.ts';
import { escapeText, parseXml } from './xml.ts';

function read(xml: string, format: 'xliff1' | 'xliff2' | 'tmx' = 'xliff1') {
	const doc = parseXml(xml).value!;
	const tags: InlineTag[] = [];
	return { text: readInline(doc.root!, doc.source, format, tags), tags };
}

describe('inline codes', () => {
	it.each([
		[
			'<s>About <bpt id="1">&lt;b></bpt>Gandalf<ept id="1">&lt;/b></ept></s>',
			'About \uE000Gandalf\uE001',
			['open', 'close']
		],
		[
			'<s>Nested <g id="0"><g id="1"><x id="2"/></g></g> after</s>',
			'Nested \uE000\uE001\uE002\uE003\uE004 after',
			['open', 'open', 'standalone', 'close', 'close']
		],
		['<s>Link <mrk mtype="protected">http://x</mrk>.</s>', 'Link \uE000.', ['standalone']],
		['<s>one <it pos="begin">&lt;a></it> two</s>', 'one \uE000 two', ['standalone']],
		['<s>a<pc id="1">b</pc>c</s>', 'a\uE000b\uE001c', ['open', 'close']]
	])('%s', (xml, text, kinds) => {
		const r = read(xml);
		expect(r.text).toBe(text);
		expect(r.tags.map((t) => t.kind)).toEqual(kinds);
		// written back in the same format: byte for byte
		const inner = xml.slice(3, -4);
		expect(writeInline(r.text, r.tags, 'xliff1', escapeText)).toBe(inner);
	});

	it('writes a neutral code in another format', () => {
		const r = read('<s>a<bpt id="1">&lt;b></bpt>b<ept id="1">&lt;/b></ept></s>');
		expect(writeInline(r.text, r.tags, 'xliff2', escapeText)).toBe(
			'a<ph id="ph1" disp="&lt;b&gt;"/>b<ph id="ph2" disp="&lt;/b&gt;"/>'
		);
		expect(writeInline(r.text, r.tags, 'tmx', escapeText)).toBe(
			'a<ph x="1">&lt;b&gt;</ph>b<ph x="2">&lt;/b&gt;</ph>'
		);
	});

	it('a start tag whose end tag is in another sentence is written neutrally, keeping XML whole', () => {
		const r = read('<s>a<g id="1">b. C</g>d</s>');
		expect(r.text).toBe('a\uE000b. C\uE001d');
		expect(writeInline('a\uE000b. ', r.tags, 'xliff1', escapeText)).toBe('a<x id="1"/>b. ');
		expect(writeInline('C\uE001d', r.tags, 'xliff1', escapeText)).toBe('C<x id="2"/>d');
	});

	it('strict mode replaces codes XLIFF 1.2 refuses, start and end together', () => {
		const r = read(
			'<s>one <mrk mtype="other">x</mrk> <bpt type="other" i="2"/>two<ept i="2"/> <ph id="3">&lt;br/></ph></s>'
		);
		expect(writeInline(r.text, r.tags, 'xliff1', escapeText, { strict: true })).toBe(
			'one <x id="1"/>x<x id="2"/> <x id="6"/>two<x id="4"/> <ph id="3">&lt;br/></ph>'
		);
	});

	it('a code repeated in one text (two merged paragraphs with the same <ph id="1"/>) keeps its id once', () => {
		const r = read('<s>a<ph id="1">&lt;br/></ph>b</s>', 'xliff2');
		// the merge gave both halves the same table entry: \uE000 twice
		expect(writeInline('a\uE000b c\uE000d', r.tags, 'xliff2', escapeText)).toBe(
			'a<ph id="1">&lt;br/></ph>b c<ph id="ph2" disp="&lt;br/&gt;"/>d'
		);
		const pair = read('<s><pc id="1">x</pc> <ph id="1"/></s>', 'xliff2');
		// a pair and a standalone from two units, both id 1: the later one is neutral
		expect(writeInline('\uE000x\uE001 \uE002', pair.tags, 'xliff2', escapeText)).toBe(
			'<pc id="1">x</pc> <ph id="ph3"/>'
		);
	});

	it('a repeated pair goes neutral start and end together, so the XML stays whole', () => {
		const r = read('<s><g id="1">x</g></s>');
		expect(writeInline('\uE000x\uE001 \uE000y\uE001', r.tags, 'xliff1', escapeText)).toBe(
			'<g id="1">x</g> <x id="3"/>y<x id="2"/>'
		);
	});

	it('a stray private-use character in the file is not taken for a code', () => {
		expect(read('<s>\uE000x</s>').text).toBe('\uFFFDx');
	});

	it('strips placeholders for plain text', () => {
		expect(stripPlaceholders('a\uE000b\uE001')).toBe('ab');
	});

	it('a placeholder without a table entry is dropped, text escaped', () => {
		expect(writeInline('x\uE005<y>', [], 'xliff1', escapeText)).toBe('x&lt;y&gt;');
	});
});

describe('sentence pairs of a paragraph', () => {
	it('pairs Chinese and English sentences in order', () => {
		const pairs = sentencePairs({
			source: '数据显示，2022年增幅列全省第一位。今年前三季度，营业收入同比增长10%。',
			target:
				'The figures tell the story: in 2022 its growth ranked first in the province. In the first three quarters of this year, operating revenue rose 10% year-on-year.'
		})!;
		expect(pairs.map((p) => p.source)).toEqual([
			'数据显示，2022年增幅列全省第一位。',
			'今年前三季度，营业收入同比增长10%。'
		]);
		expect(pairs[1].target).toMatch(/^In the first three quarters/);
	});
	it.each([
		[{ source: '只有一句。', target: 'Only one.' }],
		[{ source: '两句。两句。', target: '' }]
	])('null when there is nothing to split %#', (seg) => expect(sentencePairs(seg)).toBeNull());
});
