/**
 * The seed article against the team's English translation: no number alarm, then copies with
 * numbers broken on purpose, every one of which must be caught.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_JOINED } from '../../../../tests/helpers/corpus.ts';
import { runChecks, type QaSegment } from './index.ts';

const CORPUS = 'corpus/yichun-etdz-2023';

/** The repaired paragraphs, as raw blocks of zh.txt (shared with the alignment tests). */
const REPAIR = SEED_JOINED;

function blocks(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter(Boolean);
}

const zhBlocks = blocks(readFileSync(`${CORPUS}/zh.txt`, 'utf8'));
const source = REPAIR.map((group) => group.map((i) => zhBlocks[i]).join(''));
const enPath = `${CORPUS}/en.txt`;
const target = existsSync(enPath) ? blocks(readFileSync(enPath, 'utf8')) : [];
const units: QaSegment[] = source.map((s, i) => ({ source: s, target: target[i] ?? '' }));

/** Paragraph, what the translation says, what the broken copy says, the issue expected. */
const BROKEN: [number, string, string, string][] = [
	// wrong magnitude
	[8, '10.5 billion yuan', '1.05 billion yuan', 'number_different'],
	[12, '13.5 billion yuan', '135 billion yuan', 'number_different'],
	[12, '200,000 tonnes', '20,000 tonnes', 'number_different'],
	[12, 'nearly 20 billion yuan', 'nearly 2 billion yuan', 'number_different'],
	[15, '13.5 billion yuan', '1.35 billion yuan', 'number_different'],
	[18, '19.717 billion yuan', '1.9717 billion yuan', 'number_different'],
	[19, '85.4539 million yuan', '854.539 million yuan', 'number_different'],
	[19, '106.02 million yuan', '10.602 million yuan', 'number_different'],
	[19, '106.02 million yuan', '1.0602 billion yuan', 'number_different'],
	[20, '150 million yuan', '15 million yuan', 'number_different'],
	[7, '100-billion-yuan industrial park', '10-billion-yuan industrial park', 'number_different'],
	[27, 'funds of 10 billion yuan', 'funds of 1 billion yuan', 'number_different'],
	[
		27,
		'a 100-billion-yuan industrial park',
		'a 10-billion-yuan industrial park',
		'number_different'
	],
	// changed digits
	[5, '20 years ago', '30 years ago', 'number_different'],
	[6, '2020–2022', '2020–2021', 'number_different'],
	[6, 'In 2022', 'In 2021', 'number_different'],
	[6, '75.1%', '57.1%', 'number_different'],
	[6, 'rose 10%', 'rose 11%', 'number_different'],
	[7, '20th National Congress', '19th National Congress', 'number_different'],
	[8, 'September 22', 'September 23', 'number_different'],
	[8, 'A total of 22 projects', 'A total of 21 projects', 'number_different'],
	[8, '10 of which', '12 of which', 'number_different'],
	[8, '10.5 billion yuan', '10.6 billion yuan', 'number_different'],
	[9, 'signing 37 projects', 'signing 73 projects', 'number_different'],
	[9, '29 of them', '28 of them', 'number_different'],
	[9, '34 viable projects', '43 viable projects', 'number_different'],
	[9, 'for 5 industry tracks', 'for 6 industry tracks', 'number_different'],
	[12, 'every 1.5 seconds', 'every 2.5 seconds', 'number_different'],
	[12, 'just 18 months', 'just 16 months', 'number_different'],
	[12, 'in July this year', 'in June this year', 'number_different'],
	[12, 'in January', 'in February', 'number_different'],
	[12, 'early 2024', 'early 2025', 'number_different'],
	[17, 'So far, 22 projects', 'So far, 12 projects', 'number_different'],
	[17, 'rolled out 10', 'rolled out 12', 'number_different'],
	[17, '10-minute', '15-minute', 'number_different'],
	[17, 'more than 430', 'more than 340', 'number_different'],
	[18, 'assigning 305', 'assigning 350', 'number_different'],
	[18, 'resolved 428', 'resolved 482', 'number_different'],
	[18, '27 tea-talk', '72 tea-talk', 'number_different'],
	[18, '148 practical', '184 practical', 'number_different'],
	[18, 'in August last year', 'in April last year', 'number_different'],
	[18, '19.717 billion yuan', '19.771 billion yuan', 'number_different'],
	[19, 'assigning 43', 'assigning 34', 'number_different'],
	[19, '85.4539 million yuan', '85.4593 million yuan', 'number_different'],
	[19, '25 days', '52 days', 'number_different'],
	[19, 'to 38 tech-based', 'to 83 tech-based', 'number_different'],
	[20, 'On September 1', 'On September 10', 'number_different'],
	[20, '1,155 new students', '1,515 new students', 'number_different'],
	[20, 'autumn of 2023', 'autumn of 2022', 'number_different'],
	[20, 'in 24 classes', 'in 42 classes', 'number_different'],
	[21, '1,892 housing units', '1,829 housing units', 'number_different'],
	[21, 'running 48 vocational', 'running 84 vocational', 'number_different'],
	[23, 'top 20', 'top 10', 'number_different'],
	[24, 'September 1 this year', 'September 2 this year', 'number_different'],
	[27, 'On August 22', 'On August 12', 'number_different'],
	// dropped 余, 近, 以上
	[8, 'More than 20 industry associations', '20 industry associations', 'number_approx'],
	[8, 'more than 100 industry-leading', '100 industry-leading', 'number_approx'],
	[9, 'more than 60 times', '60 times', 'number_approx'],
	[9, 'over 100 million yuan each', '100 million yuan each', 'number_approx'],
	[9, 'more than 10 exchange', '10 exchange', 'number_approx'],
	[12, 'nearly 20 billion yuan', '20 billion yuan', 'number_approx'],
	[17, 'more than 430', '430', 'number_approx'],
	[21, 'more than 3,200 people', '3,200 people', 'number_approx'],
	[21, 'more than 5,000 employees', '5,000 employees', 'number_approx'],
	[21, 'for more than 3,000 people', 'for 3,000 people', 'number_approx'],
	// a number left out or added
	[8, '10 of which were', 'some of which were', 'number_missing'],
	[19, 'as short as 25 days', 'very short', 'number_missing'],
	[21, 'running 48 vocational', 'running vocational', 'number_missing'],
	[9, 'signing 37 projects', 'signing 37 projects worth 5 billion yuan', 'number_added'],
	[20, 'in 24 classes', 'in 24 classes of 45 students', 'number_added']
];

/** Two percentages swapped within their sentence. */
const SWAPS: [number, string, string][] = [
	[6, '10%', '18.1%'],
	[6, '18.1%', '75.1%'],
	[6, '10%', '75.1%']
];

describe.runIf(target.length > 0)('the seed article and its English translation', () => {
	it('has one English paragraph for each repaired Chinese paragraph', () => {
		expect(target).toHaveLength(REPAIR.length);
	});

	it('raises no number alarm', () => {
		const numberIssues = runChecks(units).filter((i) => i.check === 'number');
		expect(numberIssues).toEqual([]);
	});

	it('raises no error of any kind', () => {
		expect(runChecks(units).filter((i) => i.severity === 'error')).toEqual([]);
	});

	it.each(BROKEN)('paragraph %i: “%s” → “%s” is caught (%s)', (index, good, bad, code) => {
		expect(units[index].target).toContain(good);
		const broken = units.map((u, i) =>
			i === index ? { ...u, target: u.target.replace(good, bad) } : u
		);
		const issues = runChecks(broken).filter((i) => i.check === 'number');
		expect(issues.map((i) => [i.unit, i.code])).toEqual([[index, code]]);
		if (code !== 'number_missing') {
			// The issue points into the words that were changed.
			const at = broken[index].target.indexOf(bad);
			const [from, to] = issues[0].targetSpan ?? [-1, -1];
			expect(from < at + bad.length && to > at).toBe(true);
		}
	});

	it.each(SWAPS)('paragraph %i: %s and %s swapped is caught', (index, a, b) => {
		const t = units[index].target;
		const swappedText = t.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
		expect(swappedText).not.toBe(t);
		const broken = units.map((u, i) => (i === index ? { ...u, target: swappedText } : u));
		const issues = runChecks(broken).filter((i) => i.check === 'number');
		expect(issues.map((i) => [i.unit, i.code])).toEqual([[index, 'number_order']]);
	});

	it('catches every break at once in one broken copy of the whole translation', () => {
		const byParagraph = new Map<number, string>();
		const picked = new Set<number>();
		for (const [index, good, bad] of BROKEN) {
			if (picked.has(index)) continue;
			picked.add(index);
			byParagraph.set(index, units[index].target.replace(good, bad));
		}
		const broken = units.map((u, i) => ({ ...u, target: byParagraph.get(i) ?? u.target }));
		const flagged = new Set(
			runChecks(broken)
				.filter((i) => i.check === 'number')
				.map((i) => i.unit)
		);
		expect([...flagged].sort((a, b) => a - b)).toEqual([...picked].sort((a, b) => a - b));
	});
});

/** The same paragraphs as another translator might write them: other number styles throughout. */
const OTHER_HOUSE_STYLE: Record<number, string> = {
	5: 'Founded two decades ago, Yichun ETDZ has given its answer through concrete actions.',
	6: 'Data show that in 2022 Yichun ETDZ topped all development zones in Jiangxi in the growth of both industrial value added and industrial operating revenue; won the "first class" rating and came third in the province in the comprehensive assessment; its lithium battery cluster was rated excellent; it was named an advanced unit among the provincial opening-up platforms for 2020-22; its digital economy park was listed as a provincial digital economy cluster; it became a Jiangxi demonstration park for integrating IT and industry. In January-September, operating revenue of industrial firms above designated size rose by 10 percent year on year, including an 18.1 percent rise for the lithium battery industry, which accounted for 75.1 percent of the total. It was also named a national green industrial park and a provincial 5G industry base, and joined the first group of provincial pilots for digital transformation.',
	7: 'This year is the first year of fully implementing the guiding principles of the 20th CPC National Congress and a key year for the zone to become a RMB100-billion park. The zone is following the positioning set at the Fourth Plenary Session of the Fifth CPC Yichun Municipal Committee, acting as a "dual engine".',
	8: 'On Sept 22, Yichun ETDZ held a new energy industry investment promotion conference (Guangdong-Hong Kong-Macao Greater Bay Area) in Shenzhen, inviting over 20 industry associations and 100-plus leading companies. Twenty-two projects were signed with a total value of RMB10.5 billion, 10 of which were signed as representatives.',
	9: 'The zone has formed a "1+2+N" industrial layout: "1" is lithium batteries; "2" refers to electronic information and equipment manufacturing; "N" covers building materials and others. Aiming at the "1 + 2 + N" system, it issued the 2023 Industry Track Investment Competition Work Plan and set up five investment teams. Since January, the teams have made over 60 investment trips and signed 37 projects, including 29 worth RMB100 million or more, with 34 under negotiation. It took part in more than 10 fairs and conferences, and brought in CATL and Gotion suppliers.',
	12: 'A battery set every 1.5 seconds: production at Yichun CATL is in full swing. Built by CATL with investment of RMB13.5 billion, the plant went up in only 18 months and started production in July 2023. Shenghua New Materials started in January 2023 on a 200,000-tonne-a-year LFP project, due to start production in early 2024 with annual output of almost RMB20 billion.',
	17: 'So far 22 projects, including Yichun CATL, have started construction upon land acquisition. The zone introduced 10 micro-reform measures, a 10-minute government service circle and a "12345" business environment window, and has handled over 430 service items.',
	18: 'The zone sent 305 commissioners to serve enterprises and has resolved 428 requests. Since August 2022 it has held 27 tea talks, solving 148 problems. This year banks have lent RMB19.72 billion to firms in the zone.',
	19: 'Besides 43 sci-tech commissioners, the zone paid RMB85.45 million in policy rewards. Loans can be approved within 25 days. It has lent RMB106.02 million to 38 tech SMEs.',
	20: 'On 1 September, Jinhu School opened with a total investment of RMB150 million. It enrolled 1,155 students in the 2023 fall semester in 24 classes.',
	21: 'Phases I and II of the neighborhood center provide 1892 homes for more than 3,200 residents. The HR service park has recruited over 5,000 workers and trained over 3,000 people in 48 sessions.',
	23: 'The zone aims to join the first tier of national-level zones in Jiangxi and the top 20 in central China.',
	27: 'On Aug. 22, the zone held an industrial finance alliance conference, building a "three-in-one" ecosystem and a pattern of "RMB10 billion in funds and RMB10 billion in credit" for "RMB100-billion industries and a RMB100-billion park", under the "1+2+N" system.'
};

describe('an independent translation in another house style', () => {
	it.each(Object.entries(OTHER_HOUSE_STYLE))(
		'paragraph %s raises no number alarm',
		(index, text) => {
			const issues = runChecks([{ source: source[Number(index)], target: text }]);
			expect(issues.filter((i) => i.check === 'number')).toEqual([]);
		}
	);

	it.each([
		[8, 'RMB10.5 billion', 'RMB1.05 billion', 'number_different'],
		[8, 'over 20 industry', '20 industry', 'number_approx'],
		[9, '29 worth RMB100 million or more', '29 worth RMB100 million', 'number_approx'],
		[12, 'almost RMB20 billion', 'almost RMB2 billion', 'number_different'],
		[18, 'RMB19.72 billion', 'RMB19.27 billion', 'number_different'],
		[19, 'RMB85.45 million', 'RMB8.545 million', 'number_different'],
		[21, '1892 homes', '1982 homes', 'number_different'],
		[6, 'rose by 10 percent', 'rose by 18.1 percent', 'number_order']
	])('paragraph %i: “%s” → “%s” is caught (%s)', (index, good, bad, code) => {
		let text = OTHER_HOUSE_STYLE[index].replace(good, bad);
		if (code === 'number_order') text = text.replace('an 18.1 percent rise', 'a 10 percent rise');
		const issues = runChecks([{ source: source[index], target: text }]);
		expect(issues.filter((i) => i.check === 'number').map((i) => i.code)).toEqual([code]);
	});
});

describe('while the English translation is not there', () => {
	it('still checks the article against sentences of its own', () => {
		const issues = runChecks([
			{
				source: source[8],
				target:
					'On September 22 more than 20 associations and more than 100 firms met; 22 projects worth 10.5 billion yuan were signed, 10 of them together.'
			}
		]);
		expect(issues.filter((i) => i.check === 'number')).toEqual([]);
	});
});
