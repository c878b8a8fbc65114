import { describe, expect, it } from 'vitest';
import { parseXliff } from '../formats/xliff/parse.ts';
import type { InlineTag, InlineTagKind } from '../formats/xliff/inline.ts';
import { nextMissingTag, numberTags, tagDisplay, tagRuns } from './index.ts';

const tag = (kind: InlineTagKind, xml: string, name = 'g', label = ''): InlineTag => ({
	kind,
	format: 'xliff1',
	xml,
	name,
	label
});
// <g id="1">…</g> <x id="2"/> <g id="3">…</g>
const TABLE = [
	tag('open', '<g id="1">'),
	tag('close', '</g>'),
	tag('standalone', '<x id="2"/>', 'x'),
	tag('open', '<g id="3">'),
	tag('close', '</g>')
];
const SOURCE = '\uE000宜春\uE001发展\uE002，\uE003宁德时代\uE004';

describe('numberTags', () => {
	it('numbers pairs with one number and lone codes apart, in source order', () => {
		const chips = numberTags(SOURCE, '', TABLE);
		expect([...chips.values()].map((c) => c.token)).toEqual(['{1}', '{/1}', '{2/}', '{3}', '{/3}']);
	});

	it('numbers nested pairs from the inside out correctly', () => {
		const chips = numberTags('\uE000a\uE001b\uE002c\uE003', '', [
			tag('open', '<g id="1">'),
			tag('open', '<g id="2">'),
			tag('close', '</g>'),
			tag('close', '</g>')
		]);
		expect([...chips.values()].map((c) => c.token)).toEqual(['{1}', '{2}', '{/2}', '{/1}']);
	});

	it('gives tags only in the target the next numbers, and all codes stand alone without a table', () => {
		const chips = numberTags('\uE000a', 'a\uE000\uE005', undefined);
		expect(chips.get('\uE000')?.token).toBe('{1/}');
		expect(chips.get('\uE005')?.token).toBe('{2/}');
	});

	it('shows protected text (an mrk) as the code’s label', () => {
		const { value } = parseXliff(
			'<xliff version="1.2"><file source-language="en" target-language="zh"><body><trans-unit id="1"><source>See <mrk mtype="protected">http://x.cn</mrk> now</source></trans-unit></body></file></xliff>'
		);
		const file = value!.file;
		const segment = file.segments[0];
		const chips = numberTags(segment.source, '', file.inlineTags?.[segment.id]);
		const [chip] = chips.values();
		expect(chip.token).toBe('{1/}');
		expect(chip.label).toBe('http://x.cn');
		expect(tagRuns(segment.source, chips).map((r) => (r.chip ? r.chip.token : r.text))).toEqual([
			'See ',
			'{1/}',
			' now'
		]);
	});
});

describe('tagDisplay', () => {
	const display = tagDisplay(numberTags(SOURCE, '', TABLE));
	const stored = '\uE003CATL\uE004 in \uE000Yichun\uE001';
	const shown = '{3}CATL{/3} in {1}Yichun{/1}';

	it('writes tags as tokens and reads them back, leaving other braces alone', () => {
		expect(display.show(stored)).toBe(shown);
		expect(display.read(shown)).toBe(stored);
		expect(display.read('{9} and {a} {1}')).toBe('{9} and {a} \uE000');
		expect(display.tokens(shown)).toEqual([
			[0, 3],
			[7, 11],
			[15, 18],
			[24, 28]
		]);
	});

	it('converts offsets both ways', () => {
		// "Yichun" starts at 11 in the stored text, at 18 in the shown.
		expect(display.toShown(stored, 11)).toBe(18);
		expect(display.fromShown(shown, 18)).toBe(11);
		// Inside a token: the tag's own position.
		expect(display.fromShown(shown, 9)).toBe(5);
		expect(display.fromShown(shown, shown.length)).toBe(stored.length);
		expect(tagDisplay(new Map()).active).toBe(false);
	});
});

describe('nextMissingTag', () => {
	const chips = numberTags(SOURCE, '', TABLE);
	it('is the first source tag the target lacks', () => {
		expect(nextMissingTag(SOURCE, '', chips)?.token).toBe('{1}');
		expect(nextMissingTag(SOURCE, '\uE000Yichun', chips)?.token).toBe('{/1}');
		expect(nextMissingTag(SOURCE, '\uE002\uE000', chips)?.token).toBe('{/1}');
		expect(nextMissingTag(SOURCE, SOURCE, chips)).toBeNull();
	});
});
