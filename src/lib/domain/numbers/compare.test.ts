import { describe, expect, it } from 'vitest';
import { findChineseNumbers } from './chinese.ts';
import {
	compareMentions,
	describeValue,
	familyOf,
	nameKey,
	numberKey,
	sameApprox,
	sameBound,
	sameValue
} from './compare.ts';
import { findEnglishNumbers } from './english.ts';
import type { NumberMention } from './types.ts';

function zh(text: string): NumberMention {
	const m = findChineseNumbers(text)[0];
	if (!m) throw new Error(`no number in ${text}`);
	return m;
}
function en(text: string): NumberMention {
	const m = findEnglishNumbers(text)[0];
	if (!m) throw new Error(`no number in ${text}`);
	return m;
}

describe('compareMentions', () => {
	const cases: [string, string, 'equal' | 'rounded' | 'different'][] = [
		// 万 and 亿 against million and billion
		['105亿元', '10.5 billion yuan', 'equal'],
		['105亿元', 'RMB 10.5 billion', 'equal'],
		// multiples: the total (是…的2倍, 翻一番) or the growth (增长2倍)
		['是上年的2倍', 'double', 'equal'],
		['翻了一番', 'doubled', 'equal'],
		['增长2倍', 'tripled', 'equal'],
		['增长2倍', 'doubled', 'different'],
		['增长2倍', 'three times', 'equal'],
		['增长2倍', 'up 200%', 'equal'],
		// spans of months and durations in other units
		['1—9月', 'January to September', 'equal'],
		['1—9月', 'January to August', 'different'],
		['1—9月', 'the first nine months', 'equal'],
		['1—9月', 'the first three quarters', 'equal'],
		['9月22日至24日', 'September 22-24, 2023', 'equal'],
		['18个月', 'a year and a half', 'equal'],
		['1.5个百分点', '1.5 times', 'different'],
		['105亿元', '¥10.5bn', 'equal'],
		['105亿元', '1.05 billion yuan', 'different'],
		['105亿元', '105 billion yuan', 'different'],
		['105亿元', '10.6 billion yuan', 'different'],
		['105亿元', '10 billion yuan', 'different'],
		['105亿元', 'US$10.5 billion', 'different'],
		['1.0602亿元', '106.02 million yuan', 'equal'],
		['1.0602亿元', 'RMB 106.02m', 'equal'],
		['1.0602亿元', 'RMB106.02 million', 'equal'],
		['1.0602亿元', '106 million yuan', 'rounded'],
		['1.0602亿元', '106.2 million yuan', 'different'],
		['1.0602亿元', '10.602 million yuan', 'different'],
		['8545.39万元', '85.4539 million yuan', 'equal'],
		['8545.39万元', '85.45 million yuan', 'rounded'],
		['8545.39万元', '85.5 million yuan', 'rounded'],
		['8545.39万元', '85 million yuan', 'rounded'],
		['8545.39万元', '85.54 million yuan', 'different'],
		['8545.39万元', '854.539 million yuan', 'different'],
		['197.17亿元', '19.717 billion yuan', 'equal'],
		['197.17亿元', '19.7 billion yuan', 'rounded'],
		['197.17亿元', '19.771 billion yuan', 'different'],
		['197.17亿元', '1.9717 billion yuan', 'different'],
		['135亿元', '13.5 billion yuan', 'equal'],
		['1.5亿元', '150 million yuan', 'equal'],
		['1.5亿元', '15 million yuan', 'different'],
		['近200亿元', 'nearly 20 billion yuan', 'equal'],
		['近200亿元', 'nearly 200 billion yuan', 'different'],
		['20万吨', '200,000 tonnes', 'equal'],
		['20万吨', '20,000 tonnes', 'different'],
		['亿元以上', 'over 100 million yuan', 'equal'],
		['百亿', '10 billion yuan', 'equal'],
		['千亿', '100-billion-yuan', 'equal'],
		['千亿', '10-billion-yuan', 'different'],
		['1.2万亿元', '1.2 trillion yuan', 'equal'],
		['3000万', '30 million', 'equal'],
		['3200人', '3 thousand', 'different'],
		// Counts
		['1892套', '1,892', 'equal'],
		['1892套', '1,829', 'different'],
		['3200余人', 'more than 3,200', 'equal'],
		['3200余人', '3,200', 'equal'],
		['3200余人', '3,000', 'different'],
		['20余家', 'more than 20', 'equal'],
		['20余家', 'twenty', 'equal'],
		['22个', 'twenty-two', 'equal'],
		['5个', 'five', 'equal'],
		['60余次', 'more than 60 times', 'equal'],
		['二十大', '20th', 'equal'],
		['二十大', 'Twentieth', 'equal'],
		['二十大', '19th', 'different'],
		['二期', 'Phase II', 'equal'],
		['一期', 'phase one', 'equal'],
		['第三', 'third', 'equal'],
		['20强', 'top 20', 'equal'],
		['20年', 'two decades', 'equal'],
		['20年', '20 years', 'equal'],
		['18个月', '18 months', 'equal'],
		['1.5秒', '1.5 seconds', 'equal'],
		['2倍', '200%', 'equal'],
		['三分之一', 'one-third', 'equal'],
		['四分之一', '25%', 'equal'],
		// Percentages
		['10%', '10%', 'equal'],
		['10%', '10 percent', 'equal'],
		['18.1%', '18.1 per cent', 'equal'],
		['18.1%', '18%', 'rounded'],
		['18.1%', '18.6%', 'different'],
		['18.1%', '81.1%', 'different'],
		['10%', '10', 'different'],
		['1.5个百分点', '1.5 percentage points', 'equal'],
		['三成', '30%', 'equal'],
		['10%—20%', '10-20%', 'equal'],
		['10%—20%', '10%', 'different'],
		// Dates and years
		['9月22日', 'September 22', 'equal'],
		['9月22日', '22 September 2023', 'equal'],
		['9月22日', 'September 23', 'different'],
		['9月22日', 'August 22', 'different'],
		['7月', 'July', 'equal'],
		['7月', 'July 2023', 'equal'],
		['7月', 'June', 'different'],
		['2023年9月', 'September 2023', 'equal'],
		['2023年9月', 'September 2022', 'different'],
		['2022年', '2022', 'equal'],
		['2022年', '2021', 'different'],
		['2024年初', 'early 2024', 'equal'],
		['2023年秋季', 'autumn 2023', 'equal'],
		['2023年秋季', '2023', 'equal'],
		['2020—2022年度', '2020–2022', 'equal'],
		['2020—2022年度', '2020–22', 'equal'],
		['2020—2022年度', 'from 2020 to 2022', 'equal'],
		['2020—2022年度', '2020–2021', 'different'],
		['2022年', '2,022', 'equal'],
		['9月22日', '22', 'different'],
		// Names
		['5G', '5G', 'equal'],
		['“1+2+N”', '1+2+N', 'equal'],
		['“1+2+N”', '1 + 2 + N', 'equal'],
		['12345热线', '12345 hotline', 'equal'],
		['“1”是', 'The “1”', 'equal'],
		['5G', '5', 'equal'],
		['5G', '4G', 'different']
	];
	it.each(cases)('%s ~ %s: %s', (a, b, expected) => {
		expect(compareMentions(zh(a), en(b))).toBe(expected);
		expect(compareMentions(en(b), zh(a))).toBe(expected);
		expect(sameValue(zh(a), en(b))).toBe(expected !== 'different');
	});
});

describe('sameApprox', () => {
	it.each([
		['20余家', 'more than 20', true],
		['20余家', '20', false],
		['近200亿元', 'nearly 20 billion yuan', true],
		['近200亿元', 'about 20 billion yuan', true],
		['近200亿元', '20 billion yuan', false],
		['105亿元', '10.5 billion yuan', true],
		['105亿元', 'some 10.5 billion yuan', false]
	] as const)('%s ~ %s: %s', (a, b, expected) => {
		expect(sameApprox(zh(a), en(b))).toBe(expected);
	});
});

describe('sameBound', () => {
	const cases: [string, string, boolean][] = [
		['20余家', 'more than 20', true],
		['20余家', 'at least 20', true],
		['20余家', '20-plus', true],
		['20余家', 'nearly 20', false],
		['20余家', 'up to 20', false],
		['不超过5天', 'up to five days', true],
		['不超过5天', 'less than five days', true],
		['不超过5天', 'at least five days', false],
		['近20亿元', 'nearly 2 billion yuan', true],
		['近20亿元', 'about 2 billion yuan', true],
		['约20亿元', 'more than 2 billion yuan', false],
		['20家', '20', true]
	];
	it.each(cases)('%s / %s → %s', (a, b, expected) => {
		expect(sameBound(zh(a), en(b))).toBe(expected);
	});
});

describe('numberKey', () => {
	it.each([
		['105亿元', '10.5 billion yuan', 'num:10500000000'],
		['1.0602亿元', 'RMB 106.02m', 'num:106020000'],
		['1892套', '1,892', 'num:1892'],
		['20余家', 'more than 20', 'num:20'],
		['18.1%', '18.1 percent', 'pct:18.1'],
		['9月22日', 'September 22', 'date:9-22'],
		['2022年', 'In 2022', 'year:2022'],
		['2020—2022年度', '2020–2022', 'year:2020-2022'],
		['“1+2+N”', '1+2+N', 'name:1+2+N'],
		['5G', '5G', 'num:5'],
		['二十大', '20th', 'num:20']
	])('%s and %s share %s', (a, b, key) => {
		expect(numberKey(zh(a))).toBe(key);
		expect(numberKey(en(b))).toBe(key);
	});

	it('keeps different numbers apart', () => {
		expect(numberKey(zh('105亿元'))).not.toBe(numberKey(en('1.05 billion yuan')));
		expect(numberKey(zh('10%'))).not.toBe(numberKey(en('10')));
		expect(numberKey(zh('9月22日'))).not.toBe(numberKey(en('22')));
	});
});

describe('describeValue', () => {
	it.each([
		['105亿元', '10.5 billion yuan'],
		['近200亿元', 'nearly 20 billion yuan'],
		['20余家', 'more than 20'],
		['3000人左右', 'about 3000'],
		['18.1%', '18.1%'],
		['1.5个百分点', '1.5 percentage points'],
		['9月22日', 'September 22'],
		['2023年秋季', 'autumn 2023'],
		['2020—2022年度', '2020–2022'],
		['二十大', 'No. 20'],
		['20万吨', '200,000'],
		['5亿美元', '500 million USD'],
		['下午5时30分', '17:30'],
		['8时', '8:00']
	])('%s → %s', (text, described) => {
		expect(describeValue(zh(text))).toBe(described);
	});
});

describe('families and names', () => {
	it('groups kinds that can stand for one another', () => {
		expect(familyOf({ kind: 'money' })).toBe('count');
		expect(familyOf({ kind: 'ordinal' })).toBe('count');
		expect(familyOf({ kind: 'points' })).toBe('percent');
		expect(familyOf({ kind: 'year' })).toBe('time');
	});
	it('folds names', () => {
		expect(nameKey('“1 + 2 + n”')).toBe('1+2+N');
		expect(nameKey('１＋２＋Ｎ')).toBe('1+2+N');
	});
});
