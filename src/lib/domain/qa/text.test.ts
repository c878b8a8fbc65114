import { describe, expect, it } from 'vitest';
import {
	checkBrackets,
	checkDoubledWords,
	checkPunctuation,
	checkSpacing,
	checkUntranslated
} from './text.ts';

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('checkUntranslated', () => {
	it.each([
		['The zone held 27 tea-talk sessions.', []],
		['The zone held 27 茶叙会 sessions.', ['untranslated']],
		['Jinhu School (金湖学校) opened.', ['untranslated']],
		['宜春经开区 opened a school in 2023.', ['untranslated']],
		['宜春经开区用实际行动给出了答案。', ['not_translated']],
		['宜春经开区用实际行动给出了答案 (draft)', ['not_translated']],
		['', []]
	])('%s', (target, expected) => {
		expect(codes(checkUntranslated(target))).toEqual(expected);
	});

	it('points at the first Chinese run and quotes them all', () => {
		const [f] = checkUntranslated('The 茶叙会 and the 放管服 reform');
		expect(f.targetSpan).toEqual([4, 7]);
		expect(f.params).toEqual({ text: '茶叙会 … 放管服', count: 6 });
	});
});

describe('checkPunctuation', () => {
	it.each([
		['Growth was 10%, up from 8%.', []],
		['the “1+2+N” layout', []],
		['He said: “Go.”', []],
		['Growth was 10%，up。', ['fullwidth_punctuation']],
		['the zone（Yichun ETDZ）', ['fullwidth_punctuation']],
		['lithium、photovoltaics', ['fullwidth_punctuation']],
		['note：this', ['fullwidth_punctuation']],
		['a；b', ['fullwidth_punctuation']],
		['Really？', ['fullwidth_punctuation']],
		['the《Plan》', ['fullwidth_punctuation']],
		['a\u3000b', ['fullwidth_punctuation']],
		['the“1+2+N”layout', ['fullwidth_punctuation']]
	])('%s', (target, expected) => {
		expect(codes(checkPunctuation(target))).toEqual(expected);
	});

	it('lists the characters found', () => {
		expect(checkPunctuation('a，b。c，d')[0].params).toEqual({ chars: '，。', count: 3 });
	});
});

describe('checkBrackets', () => {
	it.each([
		['The zone (Yichun ETDZ) grew.', []],
		['A [note] and (another (nested) one).', []],
		['The zone (Yichun ETDZ grew.', ['unbalanced_brackets']],
		['The zone Yichun ETDZ) grew.', ['unbalanced_brackets']],
		['A [note) here', ['unbalanced_brackets']],
		['He said “go.', ['unbalanced_quotes']],
		['He said go.” ', ['unbalanced_quotes']],
		['He said “go “now”.', ['unbalanced_quotes']],
		['He said "go.', ['unbalanced_quotes']],
		['He said "go."', []],
		['the “1+2+N” layout and the “N”', []],
		['Yichun’s park', []],
		['(a “b', ['unbalanced_brackets', 'unbalanced_quotes']]
	])('%s', (target, expected) => {
		expect(codes(checkBrackets(target))).toEqual(expected);
	});
});

describe('checkDoubledWords', () => {
	it.each([
		['the zone grew', []],
		['the the zone grew', ['doubled_word']],
		['The the zone', ['doubled_word']],
		['it grew of of 10%', ['doubled_word']],
		['he had had enough', []],
		['that that is', []],
		['the zone, the zone', []],
		['10 10', []],
		['the zone the zone', []]
	])('%s', (target, expected) => {
		expect(codes(checkDoubledWords(target))).toEqual(expected);
	});
});

describe('checkSpacing', () => {
	it.each([
		['The zone grew.', []],
		['The zone  grew.', ['double_space']],
		[' The zone grew.', ['leading_space']],
		['The zone grew. ', ['trailing_space']],
		['The zone grew .', ['space_before_punctuation']],
		['The zone , grew', ['space_before_punctuation']],
		['Growth of .5%', []],
		['Wait ...', []],
		['Line one\nLine two', []],
		['  a  b ', ['leading_space', 'trailing_space', 'double_space']]
	])('%j', (target, expected) => {
		expect(codes(checkSpacing(target))).toEqual(expected);
	});
});
