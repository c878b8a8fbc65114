import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEnglishNumbers } from './english.ts';
import type { NumberMention } from './types.ts';

/** text|kind|value[-high][|unit][|~bound][|weak] */
function summary(m: NumberMention): string {
	return [
		m.text,
		m.kind,
		`${m.value}${m.high !== undefined ? `-${m.high}` : ''}`,
		...(m.unit ? [m.unit] : []),
		...(m.approx ? [`~${m.bound}`] : []),
		...(m.weak ? ['weak'] : [])
	].join('|');
}

const read = (text: string) => findEnglishNumbers(text).map(summary);

describe('findEnglishNumbers', () => {
	const cases: [string, string[]][] = [
		// Digits, separators, scales
		['22 projects', ['22|quantity|22']],
		['1,892 housing units', ['1,892|quantity|1892']],
		['1,155 new students', ['1,155|quantity|1155']],
		['200,000 tonnes', ['200,000 tonnes|quantity|200000|tonne']],
		['12,345 people', ['12,345|quantity|12345']],
		['0.5 points', ['0.5|quantity|0.5']],
		['10.5 billion', ['10.5 billion|quantity|10500000000']],
		['1.5 million', ['1.5 million|quantity|1500000']],
		['3 trillion', ['3 trillion|quantity|3000000000000']],
		['five thousand', ['five thousand|quantity|5000']],
		['2 hundred thousand', ['2 hundred thousand|quantity|200000']],
		// Money
		['10.5 billion yuan', ['10.5 billion yuan|money|10500000000|CNY']],
		['106.02 million yuan', ['106.02 million yuan|money|106020000|CNY']],
		['85.4539 million yuan', ['85.4539 million yuan|money|85453900|CNY']],
		['RMB 106.02m', ['RMB 106.02m|money|106020000|CNY']],
		['RMB106.02 million', ['RMB106.02 million|money|106020000|CNY']],
		['CNY 8.5 million', ['CNY 8.5 million|money|8500000|CNY']],
		['¥10.5bn', ['¥10.5bn|money|10500000000|CNY']],
		['10.5bn yuan', ['10.5bn yuan|money|10500000000|CNY']],
		['US$1.5 billion', ['US$1.5 billion|money|1500000000|USD']],
		['$3m', ['$3m|money|3000000|USD']],
		['€2 million', ['€2 million|money|2000000|EUR']],
		['5 million US dollars', ['5 million US dollars|money|5000000|USD']],
		['150 million yuan', ['150 million yuan|money|150000000|CNY']],
		['19.717 billion yuan', ['19.717 billion yuan|money|19717000000|CNY']],
		['ten billion yuan', ['ten billion yuan|money|10000000000|CNY']],
		['100-billion-yuan industries', ['100-billion-yuan|money|100000000000|CNY']],
		['a hundred-billion-yuan park', ['a hundred-billion-yuan|money|100000000000|CNY']],
		['10 billion yuan in funds', ['10 billion yuan|money|10000000000|CNY']],
		['10m metres', ['10m|quantity|10|m']],
		// Number words
		['twenty-two', ['twenty-two|quantity|22']],
		['twenty two', ['twenty two|quantity|22']],
		['one hundred and five', ['one hundred and five|quantity|105']],
		['a hundred', ['a hundred|quantity|100']],
		['a million', ['a million|quantity|1000000']],
		['a dozen', ['a dozen|quantity|12|weak']],
		['two', ['two|quantity|2|weak']],
		['five industry tracks', ['five|quantity|5|weak']],
		['seventeen', ['seventeen|quantity|17|weak']],
		['ninety-nine', ['ninety-nine|quantity|99']],
		['one of the first', ['one|quantity|1|weak', 'first|ordinal|1|weak']],
		['no one', []],
		// Approximations
		['more than 20', ['more than 20|quantity|20|~over']],
		['More than 20 industry associations', ['More than 20|quantity|20|~over']],
		['over 100 million yuan', ['over 100 million yuan|money|100000000|CNY|~over']],
		['nearly 200 billion', ['nearly 200 billion|quantity|200000000000|~under']],
		['nearly 20 billion yuan', ['nearly 20 billion yuan|money|20000000000|CNY|~under']],
		['almost 300', ['almost 300|quantity|300|~under']],
		['close to 50%', ['close to 50%|percent|50|%|~under']],
		['about 3,000 people', ['about 3,000|quantity|3000|~about']],
		['around 20 days', ['around 20 days|quantity|20|day|~about']],
		['approximately 5 km', ['approximately 5 km|quantity|5|km|~about']],
		['roughly 40', ['roughly 40|quantity|40|~about']],
		['some 20 companies', ['some 20|quantity|20|~about']],
		['at least 30', ['at least 30|quantity|30|~atLeast']],
		['in excess of 5 billion yuan', ['in excess of 5 billion yuan|money|5000000000|CNY|~over']],
		['upwards of 100', ['upwards of 100|quantity|100|~over']],
		['fewer than 10', ['fewer than 10|quantity|10|~atMost']],
		['less than 5%', ['less than 5%|percent|5|%|~atMost']],
		['up to 25 days', ['up to 25 days|quantity|25|day|~atMost']],
		['exceeding 100', ['exceeding 100|quantity|100|~over']],
		['an estimated 300', ['an estimated 300|quantity|300|~about']],
		['no less than 20', ['no less than 20|quantity|20|~atLeast']],
		['20-plus companies', ['20-plus|quantity|20|~over']],
		['20+ firms', ['20+|quantity|20|~over']],
		['20-odd firms', ['20-odd|quantity|20|~about']],
		['100 or more', ['100 or more|quantity|100|~atLeast']],
		['100 million yuan or more', ['100 million yuan or more|money|100000000|CNY|~atLeast']],
		['5 years or so', ['5 years or so|quantity|5|year|~about']],
		['hundreds of companies', ['hundreds of|quantity|100|~about|weak']],
		['tens of thousands of people', ['tens of thousands of|quantity|10000|~about|weak']],
		['dozens of', ['dozens of|quantity|10|~about|weak']],
		['up to 2023', ['2023|year|2023']],
		['over 2021', ['2021|year|2021']],
		// Percentages, points, multiples, fractions
		['10%', ['10%|percent|10|%']],
		['18.1%', ['18.1%|percent|18.1|%']],
		['10 percent', ['10 percent|percent|10|%']],
		['18.1 per cent', ['18.1 per cent|percent|18.1|%']],
		['ten percent', ['ten percent|percent|10|%|weak']],
		['5 percentage points', ['5 percentage points|points|5|pp']],
		['1.5 percentage point', ['1.5 percentage point|points|1.5|pp']],
		['25 basis points', ['25 basis points|points|0.25|bp']],
		['3 times', ['3 times|multiple|3|times']],
		['more than 60 times', ['more than 60 times|multiple|60|times|~over']],
		['3-fold', ['3-fold|multiple|3|times']],
		['threefold', ['threefold|multiple|3|times|weak']],
		['sales doubled', ['doubled|multiple|2|total|weak']],
		['two-thirds', ['two-thirds|quantity|0.666666666667|fraction|weak']],
		['one-third', ['one-third|quantity|0.333333333333|fraction|weak']],
		['a third of them', ['a third|quantity|0.333333333333|fraction|weak']],
		['a quarter of them', ['a quarter|quantity|0.25|fraction|weak']],
		['the first three quarters', ['three quarters|quantity|3|quarter|weak']],
		// Ranges
		['2020-2022', ['2020-2022|year|2020-2022']],
		['2020–2022', ['2020–2022|year|2020-2022']],
		['2020–22', ['2020–22|year|2020-2022']],
		['from 2020 to 2022', ['2020 to 2022|year|2020-2022']],
		['between 3 and 5', ['3 and 5|quantity|3-5']],
		['10%-20%', ['10%-20%|percent|10-20|%']],
		['10-20%', ['10-20%|percent|10-20|%']],
		['10 to 20 percent', ['10 to 20 percent|percent|10-20|%']],
		['3-5 years', ['3-5 years|quantity|3-5|year']],
		['1-2 billion yuan', ['1-2 billion yuan|money|1000000000-2000000000|CNY']],
		// Dates and years
		['September 22', ['September 22|date|922']],
		['On September 22, the zone', ['September 22|date|922']],
		['22 September 2023', ['22 September 2023|date|20230922']],
		['September 22, 2023', ['September 22, 2023|date|20230922']],
		['Sept. 22, 2023', ['Sept. 22, 2023|date|20230922']],
		['Sep 22', ['Sep 22|date|922']],
		['the 22nd of September', ['22nd of September|date|922']],
		['September 22nd', ['September 22nd|date|922']],
		['in July this year', ['July|date|700']],
		['in May', ['May|date|500']],
		['May 4', ['May 4|date|504']],
		['you may go', []],
		['March on', []],
		['in March 2023', ['March 2023|date|20230300']],
		['since August last year', ['August|date|800']],
		['In 2022', ['2022|year|2022']],
		['the 2023 Work Plan', ['2023|year|2023']],
		['autumn 2023', ['autumn 2023|date|20230000']],
		['in the autumn of 2023', ['autumn of 2023|date|20230000']],
		['the fall of 2023', ['fall of 2023|date|20230000']],
		['early 2024', ['early 2024|year|2024']],
		['mid-2024', ['mid-2024|year|2024']],
		['late 2023', ['late 2023|year|2023']],
		['20 years ago', ['20 years|quantity|20|year']],
		['two decades', ['two decades|quantity|20|year|weak']],
		['a decade', ['a decade|quantity|10|year|weak']],
		['18 months', ['18 months|quantity|18|month']],
		['1.5 seconds', ['1.5 seconds|quantity|1.5|second']],
		['25 days', ['25 days|quantity|25|day']],
		['10-minute', ['10-minute|quantity|10|minute']],
		['in 2,022', ['2,022|quantity|2022']],
		// Ordinals
		['the 20th National Congress', ['20th|ordinal|20']],
		['21st century', ['21st|ordinal|21']],
		['the 3rd', ['3rd|ordinal|3']],
		['first', ['first|ordinal|1|weak']],
		['the fourth plenary session of the fifth', ['fourth|ordinal|4|weak', 'fifth|ordinal|5|weak']],
		['twentieth', ['twentieth|ordinal|20']],
		['twenty-first', ['twenty-first|ordinal|21']],
		['second', ['second|ordinal|2|weak']],
		['Phase II', ['II|ordinal|2|phase|weak']],
		['phase one', ['one|ordinal|1|phase|weak']],
		['Phase 2', ['2|ordinal|2|phase']],
		['Type I', ['I|ordinal|1|type|weak']],
		['World War II', ['II|ordinal|2|war|weak']],
		['No. 1', ['No. 1|ordinal|1|No.']],
		['the top 20', ['20|quantity|20|top']],
		['I think', []],
		// Names
		['5G', ['5G|name|5']],
		['a provincial 5G base', ['5G|name|5']],
		['G20', ['G20|name|20']],
		['COVID-19', ['COVID-19|name|19']],
		['4K video', ['4K|name|4']],
		['1+2+N', ['1+2+N|name|0']],
		['1 + 2 + N', ['1 + 2 + N|name|0']],
		['the “1+2+N” layout', ['1+2+N|name|0']],
		['The “1” is', ['1|name|1']],
		["the '2'", ['2|name|2']],
		['12345 hotline', ['12345|name|12345']],
		// A time of day, in hours past midnight: 10:30, 5 p.m., 7pm (12 a.m. is midnight).
		['10:30', ['10:30|quantity|10.5|clock']],
		['at 5 p.m. on the 13th', ['5 p.m.|quantity|17|clock', '13th|ordinal|13']],
		['by 7pm', ['7pm|quantity|19|clock']],
		['from 9:45 a.m.', ['9:45 a.m.|quantity|9.75|clock']],
		['12 a.m.', ['12 a.m.|quantity|0|clock']],
		['grew 6 a year', ['6|quantity|6']],
		['a ratio of 3.5:1', ['3.5:1|quantity|3.5|ratio']],
		// Ratios by value, a named ratio before a clock's shape, ratios said with "to".
		['men and women at 1:2', ['1:2|quantity|0.5|ratio']],
		['a ratio of 1:10 from 10:30', ['1:10|quantity|0.1|ratio', '10:30|quantity|10.5|clock']],
		['a ratio of about 8 to 1', ['about 8 to 1|quantity|8|ratio|~about']],
		['matched on a one-to-one basis', ['one-to-one|quantity|1|ratio']],
		['grew from 5 to 10', ['5 to 10|quantity|5-10']],
		// Temperatures with their sign; a bare "degrees" only with a sign said.
		['minus 18 degrees Celsius', ['minus 18 degrees Celsius|quantity|-18|°C']],
		['18 degrees below zero', ['18 degrees below zero|quantity|-18|°C']],
		['a low of -6°C', ['-6°C|quantity|-6|°C']],
		['3°C above zero', ['3°C above zero|quantity|3|°C']],
		['turned 90 degrees', ['90|quantity|90']],
		// One of a unit of time after a bound or a preposition; not a rate.
		['more than an hour', ['more than an hour|quantity|1|hour|~over|weak']],
		['a month or so', ['a month or so|quantity|1|month|~about|weak']],
		['12 tonnes a day', ['12 tonnes|quantity|12|tonne']],
		['a year-on-year rise', []],
		// Prices: the share paid, and what is taken off.
		['half-price tickets', ['half-price|percent|50|price']],
		['at a quarter of the price', ['a quarter of the price|percent|25|price']],
		['20% off', ['20%|percent|20|off']],
		['a discount of 15 percent', ['15 percent|percent|15|off']],
		// Ages by the decade; a share of a change.
		['a farmer in his eighties', ['in his eighties|quantity|80|~over']],
		['a woman in her late 60s', ['in her late 60s|quantity|60|~over']],
		['a third more', ['a third|quantity|0.333333333333|fraction|weak']],
		['the sculptures number 2,000', ['2,000|quantity|2000']],
		// A unit's power with its superscript kept or flattened by a copy.
		['410,000 m³ of water', ['410,000 m³|quantity|410000|m3']],
		['410,000 m3 of water', ['410,000 m3|quantity|410000|m3']],
		['26 km2 of wetland', ['26 km2|quantity|26|km2']],
		['7,500 hm² of forest', ['7,500 hm²|quantity|7500|hectare']],
		['the M3 motorway', ['M3|name|3']],
		// A share said with "a": more than a quarter, a fifth of; not a third party, within a quarter.
		['more than a quarter of them', ['more than a quarter|quantity|0.25|fraction|~over|weak']],
		['a fifth of the land', ['a fifth|quantity|0.2|fraction|weak']],
		['hired a third party', ['third|ordinal|3|weak']],
		['within a quarter', []],
		// A bound after the counted noun; "or more than" opens another figure.
		['firms with 50 staff or fewer', ['50 staff or fewer|quantity|50|~atMost']],
		['residents aged 65 or older', ['65 or older|quantity|65|~atLeast']],
		['200 households or more', ['200 households or more|quantity|200|~atLeast']],
		['40 households or more than 60', ['40|quantity|40', 'more than 60|quantity|60|~over']],
		// "past" a figure is beyond it; the past five years is a recent span.
		['to push sales past 80 billion yuan', ['past 80 billion yuan|money|80000000000|CNY|~over']],
		['over the past 6 years', ['6 years|quantity|6|year']],
		['in past 3 months', ['3 months|quantity|3|month']],
		// "under" an area of something is where it grows, not a cap.
		['tea grown under 1,200 mu of pine forest', ['1,200 mu|quantity|1200|mu']],
		['plots of under 1,200 mu', ['under 1,200 mu|quantity|1200|mu|~atMost']],
		['5km', ['5km|quantity|5|km']],
		['10GWh', ['10GWh|quantity|10|GWh']],
		['3 km', ['3 km|quantity|3|km']],
		['Xi Jinping', []],
		['double hundred, double thousand', []]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});

	it('gives UTF-16 offsets into the text as written', () => {
		const text = 'A total of 22 projects worth 10.5 billion yuan were signed.';
		for (const m of findEnglishNumbers(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
		expect(findEnglishNumbers(text)[1]).toMatchObject({ start: 29, end: 46 });
	});

	it('keeps the parts of a date', () => {
		expect(findEnglishNumbers('September 22, 2023')[0].date).toEqual({
			year: 2023,
			month: 9,
			day: 22
		});
		expect(findEnglishNumbers('autumn 2023')[0].date).toEqual({ year: 2023, season: 'autumn' });
	});

	it('knows the precision a figure is written to', () => {
		expect(findEnglishNumbers('85.45 million')[0].precision).toBe(10000);
		expect(findEnglishNumbers('10.5 billion')[0].precision).toBe(1e8);
		expect(findEnglishNumbers('1,892')[0].precision).toBe(1);
	});
});

describe('the team’s English translation (corpus/yichun-etdz-2023/en.txt)', () => {
	const text = readFileSync('corpus/yichun-etdz-2023/en.txt', 'utf8');
	const all = findEnglishNumbers(text).map(summary);
	it.each([
		'20 years|quantity|20|year',
		'2022|year|2022',
		'2020–2022|year|2020-2022',
		'10%|percent|10|%',
		'18.1%|percent|18.1|%',
		'75.1%|percent|75.1|%',
		'5G|name|5',
		'20th|ordinal|20',
		'100-billion-yuan|money|100000000000|CNY',
		'September 22|date|922',
		'More than 20|quantity|20|~over',
		'10.5 billion yuan|money|10500000000|CNY',
		'1+2+N|name|0',
		'over 100 million yuan|money|100000000|CNY|~over',
		'1.5 seconds|quantity|1.5|second',
		'13.5 billion yuan|money|13500000000|CNY',
		'200,000 tonnes|quantity|200000|tonne',
		'early 2024|year|2024',
		'nearly 20 billion yuan|money|20000000000|CNY|~under',
		'12345|name|12345',
		'more than 430|quantity|430|~over',
		'19.717 billion yuan|money|19717000000|CNY',
		'85.4539 million yuan|money|85453900|CNY',
		'106.02 million yuan|money|106020000|CNY',
		'autumn of 2023|date|20230000',
		'1,892|quantity|1892',
		'more than 3,200|quantity|3200|~over',
		'August 22|date|822',
		'10 billion yuan|money|10000000000|CNY'
	])('reads %s', (expected) => {
		expect(all).toContain(expected);
	});

	it('reads every digit of the translation as part of a number', () => {
		const covered = new Uint8Array(text.length);
		for (const m of findEnglishNumbers(text)) covered.fill(1, m.start, m.end);
		for (let i = 0; i < text.length; i++) {
			if (/\d/.test(text[i])) expect(covered[i], text.slice(i - 10, i + 10)).toBe(1);
		}
	});
});

describe('findEnglishNumbers: what the genre writes beyond the seed', () => {
	const cases: [string, string[]][] = [
		['from January to September', ['January to September|date|100-900']],
		['January-August', ['January-August|date|100-800']],
		['on September 22 to 24', ['September 22 to 24|date|922-924']],
		['November 8-10, 2023', ['November 8-10, 2023|date|20231108-20231110']],
		['took a year and a half', ['a year and a half|quantity|1.5|year|weak']],
		['half a year', ['half a year|quantity|0.5|year|weak']],
		['one in five residents', ['one in five|quantity|0.2|fraction|weak']],
		['-1.2 per thousand', ['1.2 per thousand|percent|0.12|‰']],
		['broke through the 100-billion-yuan mark', ['100-billion-yuan|money|100000000000|CNY|~over']],
		['nearly tripled', ['nearly tripled|multiple|3|total|~under|weak']],
		['double the 2012 figure', ['double|multiple|2|total|weak', '2012|year|2012']],
		['a double-digit rise', []],
		['in the third quarter', ['third|ordinal|3|quarter|weak']],
		['the first 12 companies', ['12|quantity|12']],
		['up to 3,000 yuan', ['up to 3,000 yuan|money|3000|CNY|~atMost']],
		['within 25 days', ['within 25 days|quantity|25|day|~atMost']],
		['20 or more', ['20 or more|quantity|20|~atLeast']],
		['some 20-plus firms', ['some 20-plus|quantity|20|~over']],
		['ten consecutive years', ['ten consecutive years|quantity|10|year|weak']],
		['43 billion jin', ['43 billion jin|quantity|43000000000|jin']],
		// Bounds after a share or a multiple; a bounded figure ends no range.
		['one third or more', ['one third or more|quantity|0.333333333333|fraction|~atLeast|weak']],
		['half or less', ['half or less|quantity|0.5|fraction|~atMost|weak']],
		['doubled or more', ['doubled or more|multiple|2|total|~atLeast|weak']],
		['at least half a year', ['at least half a year|quantity|0.5|year|~atLeast|weak']],
		[
			'from fewer than 300 to 1,460',
			['fewer than 300|quantity|300|~atMost', '1,460|quantity|1460']
		],
		// List labels number items, they count nothing: weak ordinals.
		['1. We worked hard', ['1.|ordinal|1|weak']],
		['2) We built', ['2)|ordinal|2|weak']],
		['IV. Targets', ['IV.|ordinal|4|weak']],
		['roads\n3. We will', ['3.|ordinal|3|weak']],
		[
			'(1) roads; (ii) rail; (c) ports',
			['(1)|ordinal|1|weak', '(ii)|ordinal|2|weak', '(c)|ordinal|3|weak']
		],
		['Secondly, we will', ['Secondly|ordinal|2|weak']],
		['1.5 million people', ['1.5 million|quantity|1500000']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});

describe('a scale abbreviation after a space, next to a currency (genre4)', () => {
	const values = (text: string) => findEnglishNumbers(text).map((m) => [m.text, m.value]);
	it('reads RMB 25 mn and RMB 1.2 bn as sums', () => {
		expect(values('grants of up to RMB 25 mn, RMB 1.2 bn in all')).toEqual([
			['up to RMB 25 mn', 25000000],
			['RMB 1.2 bn', 1200000000]
		]);
	});
	it('leaves "mn" without a currency alone', () => {
		expect(values('route 25 mn north')).toEqual([['25', 25]]);
	});
});

describe('number words in a quoted name (genre4)', () => {
	it('are weak: the name of a programme, not a figure to be given', () => {
		const m = findEnglishNumbers('the "Hundred Towns, Thousand Villages" campaign');
		expect(m.every((x) => x.weak)).toBe(true);
		expect(findEnglishNumbers('a hundred towns').every((x) => x.weak)).toBe(false);
	});
});

describe('"number" used as a verb (genre4)', () => {
	it('counts: "are to number 250" is a quantity, "number 5" a label', () => {
		expect(findEnglishNumbers('listed firms are to number 250').map((m) => m.kind)).toEqual([
			'quantity'
		]);
		expect(findEnglishNumbers('Ward number 5').map((m) => m.kind)).toEqual(['ordinal']);
	});
});

describe('findEnglishNumbers: halves of hours and days, named limits, web dates (numbers6)', () => {
	const cases: [string, string[]][] = [
		['the trip takes half an hour', ['half an hour|quantity|0.5|hour|weak']],
		['under an hour and a half', ['under an hour and a half|quantity|1.5|hour|~atMost|weak']],
		['within a day and a half', ['within a day and a half|quantity|1.5|day|~atMost|weak']],
		// A value kept within a named limit: "within the … limit of N".
		[
			'within its borrowing limit of 40 billion yuan',
			['within its borrowing limit of 40 billion yuan|money|40000000000|CNY|~atMost']
		],
		['kept below the ceiling of 3% of GDP', ['below the ceiling of 3%|percent|3|%|~atMost']],
		['the capital city of 5 million', ['5 million|quantity|5000000']],
		['published 2023-11-05', ['2023-11-05|date|20231105']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});

describe('findEnglishNumbers: decades, full spans of time (numbers7)', () => {
	const cases: [string, string[]][] = [
		['Reforms began in the 1990s.', ['1990s|year|1990|decade']],
		['a town that boomed in the 1870s', ['1870s|year|1870|decade']],
		['It took them three full years.', ['three full years|quantity|3|year|weak']],
		['The ward stayed open for two whole months.', ['two whole months|quantity|2|month|weak']],
		['a reading every 30 seconds', ['30 seconds|quantity|30|second']],
		['It took 10s to charge.', ['10s|quantity|10|second']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});

describe('findEnglishNumbers: spans said with "and" (numbers9)', () => {
	const cases: [string, string[]][] = [
		// Two months in a row are one span; two months apart stay two.
		['Repairs ran through March and April.', ['March and April|date|300-400']],
		['sales peak in November and December', ['November and December|date|1100-1200']],
		['both in March and May', ['March|date|300', 'May|date|500']],
		// A guess between neighbouring numerals in words is a range (七八百 / seven or eight hundred).
		[
			'it holds seven or eight hundred tonnes',
			['seven or eight hundred tonnes|quantity|700-800|tonne']
		],
		['two or three thousand visitors', ['two or three thousand|quantity|2000-3000']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});
