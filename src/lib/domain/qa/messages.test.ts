/** Every QA code has a message in both UI languages, using only parameters the code provides. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QA_CHECKS, QA_CODE_LIST, runChecks, type QaCode, type QaSegment } from './index.ts';

const locales = ['en', 'zh-CN'].map(
	(lang) =>
		[lang, JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}/qa.json`, 'utf8'))] as const
);

// An XLIFF's inline codes: {1} and {/1} around a word, then {2/}.
const TAGS = [
	{ kind: 'open', format: 'xliff1', xml: '<g id="1">', name: 'g', label: '' },
	{ kind: 'close', format: 'xliff1', xml: '</g>', name: 'g', label: '' },
	{ kind: 'standalone', format: 'xliff1', xml: '<x id="2"/>', name: 'x', label: '' }
] as const;
const TAGGED = '\uE000宜春\uE001发展\uE002';
/** A document that raises the given code. */
const EXAMPLES: Record<QaCode, QaSegment[]> = {
	number_missing: [{ source: '签约10个', target: 'Some were signed.' }],
	number_different: [{ source: '签约金额105亿元', target: 'worth 1.05 billion yuan' }],
	number_added: [{ source: '签约', target: 'signed 37' }],
	number_approx: [{ source: '20余家', target: '20 associations' }],
	number_bound: [{ source: '20余家', target: 'nearly 20 associations' }],
	number_unit: [{ source: '提高1.5个百分点', target: 'up 1.5%' }],
	number_order: [{ source: '增长10%，其中增长18.1%', target: 'up 18.1%, of which 10%' }],
	number_repeated: [{ source: '签约10个，其中10个', target: 'signed 10' }],
	glossary_missing: [{ source: '放管服', target: 'Reform.' }],
	glossary_forbidden: [{ source: '放管服', target: 'Red tape.' }],
	untranslated: [{ source: '茶叙会', target: 'The 茶叙会 meetings were held.' }],
	not_translated: [{ source: '茶叙会', target: '茶叙会' }],
	empty_target: [{ source: '茶叙会', target: '', status: 'translated' }],
	fullwidth_punctuation: [{ source: '甲', target: 'A，b' }],
	unbalanced_brackets: [{ source: '甲', target: 'A (b' }],
	unbalanced_quotes: [{ source: '甲', target: 'A “b' }],
	doubled_word: [{ source: '甲', target: 'the the zone' }],
	double_space: [{ source: '甲', target: 'A  b' }],
	leading_space: [{ source: '甲', target: ' A b' }],
	trailing_space: [{ source: '甲', target: 'A b ' }],
	space_before_punctuation: [{ source: '甲', target: 'A b .' }],
	inconsistent_target: [
		{ source: '现场', target: 'The scene' },
		{ source: '现场', target: 'On site' }
	],
	inconsistent_source: [
		{ source: '现场', target: 'The scene' },
		{ source: '会场', target: 'The scene' }
	],
	length_short: [
		{ source: '宜春经开区坚持把改革创新摆在更加突出位置，坚持向改革要动力。', target: 'Reform.' }
	],
	length_long: [
		{
			source: '宜春经开区坚持把改革创新摆在更加突出位置，坚持向改革要动力。',
			target: 'Reform. '.repeat(60).trim()
		}
	],
	tag_missing: [{ source: TAGGED, target: '\uE000Yichun\uE001 grows', tags: TAGS }],
	tag_extra: [{ source: TAGGED, target: '\uE000Yichun\uE001 grows\uE002\uE002', tags: TAGS }],
	tag_order: [{ source: TAGGED, target: '\uE001Yichun\uE000 grows\uE002', tags: TAGS }],
	tag_nesting: [
		{
			source: '\uE000a\uE001b\uE003\uE004',
			target: '\uE000a\uE003b\uE001\uE004',
			tags: [...TAGS, TAGS[0], TAGS[1]]
		}
	]
};
const TERMS = [
	[{ start: 0, end: 3, zh: '放管服', en: ['streamline administration'], forbidden: ['red tape'] }]
];

describe.each(locales)('%s messages', (_lang, messages) => {
	it.each(QA_CODE_LIST)('%s has a message filled by its parameters', (code) => {
		const template = messages[code];
		expect(typeof template).toBe('string');
		const issue = runChecks(EXAMPLES[code], { termMatches: TERMS }).find((i) => i.code === code);
		expect(issue, `example for ${code}`).toBeDefined();
		for (const [, name] of (template as string).matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
			expect(issue!.params, `${code} uses {{${name}}}`).toHaveProperty(name);
		}
	});

	it('names every check and severity', () => {
		for (const check of QA_CHECKS) expect(typeof messages.check[check]).toBe('string');
		for (const s of ['error', 'warning', 'info'])
			expect(typeof messages.severity[s]).toBe('string');
	});
});
