import { describe, expect, it } from 'vitest';
import type { InlineTag, InlineTagKind } from '../formats/xliff/inline.ts';
import { runChecks } from './index.ts';
import { checkTags } from './tags.ts';

const tag = (kind: InlineTagKind): InlineTag => ({
	kind,
	format: 'xliff1',
	xml: kind === 'close' ? '</g>' : '<g id="1">',
	name: 'g',
	label: ''
});
const TABLE = [tag('open'), tag('close'), tag('standalone'), tag('open'), tag('close')];
const SOURCE = '\uE000宜春\uE001发展\uE002，\uE003宁德时代\uE004';
const codes = (target: string) =>
	checkTags(SOURCE, target, TABLE).map((f) => `${f.code} ${f.params.tag}`);

describe('checkTags', () => {
	it.each([
		['\uE000Yichun\uE001 grows\uE002, \uE003CATL\uE004', []],
		// Pairs may change places with the word order.
		['\uE003CATL\uE004 and \uE000Yichun\uE001\uE002', []],
		['\uE000Yichun grows\uE002, \uE003CATL\uE004', ['tag_missing {/1}']],
		['\uE000Yichun\uE001\uE001 grows\uE002, \uE003CATL\uE004', ['tag_extra {/1}']],
		['\uE001Yichun\uE000 grows\uE002, \uE003CATL\uE004', ['tag_order {/1}']],
		['\uE000Yichun \uE003grows\uE001\uE002, CATL\uE004', ['tag_nesting {/1}']],
		[
			'Yichun grows, CATL',
			[
				'tag_missing {1}',
				'tag_missing {/1}',
				'tag_missing {2/}',
				'tag_missing {3}',
				'tag_missing {/3}'
			]
		]
	])('%s', (target, expected) => {
		expect(codes(target)).toEqual(expected);
	});

	it('points at the tag: missing in the source, extra in the target', () => {
		const [missing] = checkTags('a\uE000b', 'ab', [tag('standalone')]);
		expect(missing.sourceSpan).toEqual([1, 2]);
		const [extra] = checkTags('ab', 'a\uE000b', [tag('standalone')]);
		expect(extra.targetSpan).toEqual([1, 2]);
	});

	it('runs among the document checks, as an error, and can be switched off', () => {
		const units = [{ source: SOURCE, target: 'Yichun grows\uE002, \uE003CATL\uE004', tags: TABLE }];
		const found = runChecks(units).filter((i) => i.check === 'tags');
		expect(found.map((i) => [i.code, i.severity])).toEqual([
			['tag_missing', 'error'],
			['tag_missing', 'error']
		]);
		expect(runChecks(units, { disabled: ['tags'] }).filter((i) => i.check === 'tags')).toEqual([]);
		// Without tags in either text the check says nothing.
		expect(checkTags('宜春', 'Yichun')).toEqual([]);
	});
});
