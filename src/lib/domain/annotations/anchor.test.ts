import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	createSelector,
	diffSingleEdit,
	mapThroughEdit,
	reanchor,
	rebaseOnMerge,
	rebaseOnSplit
} from './anchor.ts';

const corpus = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8').split(/\r?\n/);
/** Paragraphs of the seed article, by their 1-based line number in zh.txt. */
const line = (n: number): string => corpus[n - 1];
const ZH_35 = line(35); // 1.5秒就可生产一组电芯，宜春时代…
const ZH_53 = line(53); // 近年来，宜春经开区坚持把改革创新… (放管服 ×2, 拿地即开工 ×2, 微改革 ×3)
const EN =
	'Over the past few years, the zone has deepened the reform to streamline administration, ' +
	'delegate power and improve services, and projects now start construction as soon as land ' +
	'is acquired. The zone has also pushed ahead with micro-reforms that benefit businesses.';

/** Offsets of the `nth` (0-based) occurrence of `quote` in `text`. */
function span(text: string, quote: string, nth = 0): [number, number] {
	let at = -1;
	for (let i = 0; i <= nth; i++) {
		at = text.indexOf(quote, at + 1);
		if (at === -1) throw new Error(`no occurrence ${nth} of ${quote}`);
	}
	return [at, at + quote.length];
}

function selectorOf(text: string, quote: string, nth = 0) {
	const [start, end] = span(text, quote, nth);
	return createSelector(text, start, end);
}

describe('the corpus lines used here', () => {
	it('are the paragraphs the tests expect', () => {
		expect(ZH_35.startsWith('1.5秒就可生产一组电芯')).toBe(true);
		expect(ZH_53.split('放管服').length - 1).toBe(2);
		expect(ZH_53.split('拿地即开工').length - 1).toBe(2);
	});
});

describe('createSelector', () => {
	it.each([
		{
			text: '拿地即开工的改革',
			start: 0,
			end: 5,
			ctx: 2,
			exact: '拿地即开工',
			prefix: '',
			suffix: '的改'
		},
		{
			text: '深化“放管服”改革',
			start: 3,
			end: 6,
			ctx: 3,
			exact: '放管服',
			prefix: '深化“',
			suffix: '”改革'
		},
		{ text: 'abc', start: 5, end: 1, ctx: 32, exact: 'bc', prefix: 'a', suffix: '' },
		// The context never cuts an astral character in half.
		{ text: '𠀋x甲y𠀋', start: 3, end: 4, ctx: 1, exact: '甲', prefix: 'x', suffix: 'y' },
		{ text: '𠀋甲𠀋', start: 2, end: 3, ctx: 1, exact: '甲', prefix: '', suffix: '' }
	])('$text [$start, $end)', ({ text, start, end, ctx, exact, prefix, suffix }) => {
		const s = createSelector(text, start, end, ctx);
		expect(s.exact).toBe(exact);
		expect(s.prefix).toBe(prefix);
		expect(s.suffix).toBe(suffix);
		expect(text.slice(s.start, s.end)).toBe(exact);
	});
});

describe('diffSingleEdit', () => {
	it.each([
		{ a: '高质量发展', b: '高质量的发展', caret: undefined, edit: { from: 3, oldTo: 3, newTo: 4 } },
		{ a: '高质量发展', b: '高发展', caret: undefined, edit: { from: 1, oldTo: 3, newTo: 1 } },
		{ a: 'xx', b: 'xxx', caret: undefined, edit: { from: 2, oldTo: 2, newTo: 3 } },
		// With the caret after the first x, the new x was typed at 0 or 1: never after the old pair.
		{ a: 'xx', b: 'xxx', caret: 1, edit: { from: 1, oldTo: 1, newTo: 2 } },
		{ a: 'abc', b: 'abc', caret: undefined, edit: { from: 3, oldTo: 3, newTo: 3 } }
	])('$a → $b', ({ a, b, caret, edit }) => {
		expect(diffSingleEdit(a, b, caret)).toEqual(edit);
	});
});

type Edit = { at: number; remove?: number; insert?: string };
function apply(text: string, { at, remove = 0, insert = '' }: Edit): string {
	return text.slice(0, at) + insert + text.slice(at + remove);
}

describe('mapThroughEdit', () => {
	const [fgStart, fgEnd] = span(ZH_53, '全链协同审批');
	const [enStart, enEnd] = span(EN, 'micro-reforms');
	const cases: {
		name: string;
		text: string;
		start: number;
		end: number;
		edit: Edit;
		exact: string | null;
	}[] = [
		{
			name: 'zh insertion before',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: 0, insert: '今年，' },
			exact: '全链协同审批'
		},
		{
			name: 'zh insertion right at the start',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgStart, insert: '“' },
			exact: '全链协同审批'
		},
		{
			name: 'zh insertion inside',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgStart + 2, insert: '条' },
			exact: '全链条协同审批'
		},
		{
			name: 'zh insertion right at the end',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgEnd, insert: '”' },
			exact: '全链协同审批'
		},
		{
			name: 'zh insertion after',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: ZH_53.length, insert: '另外' },
			exact: '全链协同审批'
		},
		{
			name: 'zh deletion before',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: 0, remove: 4 },
			exact: '全链协同审批'
		},
		{
			name: 'zh deletion inside',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgStart + 2, remove: 2 },
			exact: '全链审批'
		},
		{
			name: 'zh deletion of the head',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgStart - 2, remove: 4 },
			exact: '协同审批'
		},
		{
			name: 'zh deletion of the tail',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgStart + 4, remove: 4 },
			exact: '全链协同'
		},
		{
			name: 'zh deletion of all',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgStart - 1, remove: 8 },
			exact: null
		},
		{
			name: 'zh replacement of all',
			text: ZH_53,
			start: fgStart,
			end: fgEnd,
			edit: { at: fgStart, remove: 6, insert: '一站式服务' },
			exact: null
		},
		{
			name: 'en insertion before',
			text: EN,
			start: enStart,
			end: enEnd,
			edit: { at: 0, insert: 'Indeed, ' },
			exact: 'micro-reforms'
		},
		{
			name: 'en insertion inside',
			text: EN,
			start: enStart,
			end: enEnd,
			edit: { at: enStart + 6, insert: 'scale ' },
			exact: 'micro-scale reforms'
		},
		{
			name: 'en replacement of the head',
			text: EN,
			start: enStart,
			end: enEnd,
			edit: { at: enStart, remove: 6, insert: 'small ' },
			exact: 'small reforms'
		},
		{
			name: 'en deletion across the end',
			text: EN,
			start: enStart,
			end: enEnd,
			edit: { at: enStart + 5, remove: 20 },
			exact: 'micro'
		},
		{
			name: 'en typing after',
			text: EN,
			start: enStart,
			end: enEnd,
			edit: { at: enEnd, insert: ' (微改革)' },
			exact: 'micro-reforms'
		}
	];
	it.each(cases)('$name', ({ text, start, end, edit, exact }) => {
		const selector = createSelector(text, start, end);
		const newText = apply(text, edit);
		const mapped = mapThroughEdit(selector, text, newText);
		if (exact === null) {
			expect(mapped).toBeNull();
			return;
		}
		expect(mapped).not.toBeNull();
		expect(mapped!.exact).toBe(exact);
		expect(newText.slice(mapped!.start, mapped!.end)).toBe(exact);
		expect(newText.slice(mapped!.start - mapped!.prefix.length, mapped!.start)).toBe(
			mapped!.prefix
		);
	});

	it('follows a run of keystrokes, one character at a time', () => {
		let text = ZH_35;
		let selector = selectorOf(text, '宁德时代');
		const typed = '中国的';
		const at = text.indexOf('全球');
		for (let i = 0; i < typed.length; i++) {
			const next = apply(text, { at: at + i, insert: typed[i] });
			selector = mapThroughEdit(selector, text, next)!;
			text = next;
		}
		expect(text.slice(selector.start, selector.end)).toBe('宁德时代');
		expect(selector.start).toBe(ZH_35.indexOf('宁德时代') + typed.length);
	});

	it('uses the caret to tell which of two equal characters was typed', () => {
		const selector = createSelector('xx', 1, 2);
		expect(mapThroughEdit(selector, 'xx', 'xxx', 1)).toMatchObject({ start: 2, end: 3 });
	});
});

describe('reanchor', () => {
	const cases: {
		name: string;
		old: string;
		quote: string;
		nth?: number;
		now: string;
		method: 'position' | 'quote' | 'fuzzy' | null;
		/** The quote expected in the new text and which occurrence of it. */
		expect?: string;
		expectNth?: number;
	}[] = [
		{
			name: 'unchanged text',
			old: ZH_35,
			quote: '宜春时代',
			now: ZH_35,
			method: 'position',
			expect: '宜春时代'
		},
		{
			name: 'zh edit after the span',
			old: ZH_35,
			quote: '宁德时代',
			now: ZH_35.replace('200亿元', '两百亿元'),
			method: 'position',
			expect: '宁德时代'
		},
		{
			name: 'zh insertion before',
			old: ZH_35,
			quote: '宁德时代',
			now: '记者了解到，' + ZH_35,
			method: 'quote',
			expect: '宁德时代'
		},
		{
			name: 'zh repeated word: the second 拿地即开工 after an insertion before both',
			old: ZH_53,
			quote: '拿地即开工',
			nth: 1,
			now: '据介绍，' + ZH_53,
			method: 'quote',
			expect: '拿地即开工',
			expectNth: 1
		},
		{
			name: 'zh repeated word: the first 放管服 after the text between them changed',
			old: ZH_53,
			quote: '放管服',
			now: ZH_53.replace('探索建立', '率先探索建立并完善'),
			method: 'position',
			expect: '放管服',
			expectNth: 0
		},
		{
			name: 'zh repeated word: the third 微改革 after the first was deleted',
			old: ZH_53,
			quote: '微改革',
			nth: 2,
			now: ZH_53.replace('积极推行利企“微改革”，', ''),
			method: 'quote',
			expect: '微改革',
			expectNth: 1
		},
		{
			name: 'zh quote slightly rewritten',
			old: ZH_53,
			quote: '全链协同审批',
			now: ZH_53.replace('全链协同审批', '全链条协同审批'),
			method: 'fuzzy',
			expect: '全链条协同审批'
		},
		{
			name: 'zh words gone',
			old: ZH_35,
			quote: '宁德时代',
			now: ZH_35.replaceAll('宁德时代', 'CATL'),
			method: null
		},
		{
			name: 'en insertion before',
			old: EN,
			quote: 'micro-reforms',
			now: 'In short, ' + EN,
			method: 'quote',
			expect: 'micro-reforms'
		},
		{
			name: 'en repeated word: the second "the zone"',
			old: EN,
			quote: 'zone',
			nth: 1,
			now: EN.replace('Over the past few years', 'Lately'),
			method: 'quote',
			expect: 'zone',
			expectNth: 1
		},
		{
			name: 'en rewritten sentence',
			old: EN,
			quote: 'projects now start construction as soon as land is acquired',
			now: EN.replace(
				'and projects now start construction as soon as land is acquired',
				'so that projects now begin construction as soon as the land is acquired'
			),
			method: 'fuzzy',
			expect: 'projects now begin construction as soon as the land is acquired'
		},
		{
			name: 'en sentence rewritten beyond recognition',
			old: EN,
			quote: 'projects now start construction as soon as land is acquired',
			now: EN.replace(
				'projects now start construction as soon as land is acquired',
				'building work begins on the day a site is bought'
			),
			method: null
		}
	];
	it.each(cases)('$name', ({ old, quote, nth = 0, now, method, expect: quoteNow, expectNth }) => {
		const result = reanchor(selectorOf(old, quote, nth), now);
		if (method === null) {
			expect(result).toBeNull();
			return;
		}
		expect(result).not.toBeNull();
		expect(result!.method).toBe(method);
		expect(result!.selector.exact).toBe(quoteNow);
		expect(now.slice(result!.selector.start, result!.selector.end)).toBe(quoteNow);
		if (expectNth !== undefined) {
			expect(result!.selector.start).toBe(span(now, quoteNow!, expectNth)[0]);
		}
	});

	it.each([
		{
			name: 'a short quote changed in place follows the change',
			now: '锂电新能源产业集聚荣获省级产业集群综合评价优秀等次',
			expect: '产业集聚'
		},
		{
			name: 'a short quote gone does not jump to a look-alike elsewhere',
			now: '锂电新能源荣获省级奖项；另有产业集聚区若干',
			expect: null
		}
	])('$name', ({ now, expect: quote }) => {
		const old = '锂电新能源产业集群荣获省级产业集群综合评价优秀等次';
		const result = reanchor(createSelector(old, 5, 9), now);
		if (quote === null) {
			expect(result).toBeNull();
			return;
		}
		expect(result).toMatchObject({ method: 'fuzzy', selector: { exact: quote, start: 5 } });
	});

	it('places a point by its context', () => {
		const selector = createSelector('甲乙丙', 1, 1);
		expect(reanchor(selector, '丁甲乙丙')).toMatchObject({
			method: 'quote',
			selector: { start: 2 }
		});
	});
});

describe('rebaseOnSplit', () => {
	const text = '坚持把工地当阵地、变现场为赛场。该经开区坚持靠前服务、一线办公。';
	const cut = text.indexOf('。') + 1;
	it.each([
		{ quote: '工地', part: 'first', exact: '工地', start: 3 },
		{ quote: '靠前服务', part: 'second', exact: '靠前服务', start: '该经开区坚持'.length },
		{ quote: '赛场。该经开区', part: 'second', exact: '该经开区', start: 0 },
		{ quote: '为赛场。该', part: 'first', exact: '为赛场。', start: text.indexOf('为赛场') }
	])('$quote goes to the $part part', ({ quote, part, exact, start }) => {
		const rebased = rebaseOnSplit(selectorOf(text, quote), cut);
		expect(rebased).not.toBeNull();
		expect(rebased!.part).toBe(part);
		expect(rebased!.selector.exact).toBe(exact);
		expect(rebased!.selector.start).toBe(start);
		const piece = part === 'first' ? text.slice(0, cut) : text.slice(cut);
		const s = rebased!.selector;
		expect(piece.slice(s.start, s.end)).toBe(exact);
		expect(piece.slice(s.start - s.prefix.length, s.start)).toBe(s.prefix);
		expect(piece.slice(s.end, s.end + s.suffix.length)).toBe(s.suffix);
	});

	it('drops the gap at an English cut', () => {
		const en = 'The zone grew. It built roads.';
		const at = en.indexOf(' It');
		const rebased = rebaseOnSplit(selectorOf(en, 'roads'), at, 1);
		expect(rebased).toMatchObject({ part: 'second', selector: { exact: 'roads', start: 9 } });
		expect(rebaseOnSplit(createSelector(en, at, at + 1), at, 1)).toBeNull();
	});
});

describe('rebaseOnMerge', () => {
	it('shifts the second paragraph by the first and the separator', () => {
		const first = 'The zone grew.';
		const second = 'It built roads.';
		const merged = `${first} ${second}`;
		const selector = selectorOf(second, 'roads');
		const moved = rebaseOnMerge(selector, first.length + 1, merged);
		expect(merged.slice(moved.start, moved.end)).toBe('roads');
		expect(moved.prefix.endsWith('grew. It built ')).toBe(true);
		const bare = rebaseOnMerge(selector, first.length + 1);
		expect(merged.slice(bare.start, bare.end)).toBe('roads');
		expect(bare.prefix).toBe(selector.prefix);
	});
});
