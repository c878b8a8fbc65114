/**
 * Kinds of an English draft's display lines, figures and credits (issue 11): the kind guessed
 * for each paragraph of a draft is the aligner's prior, and a draft paragraph taken for text
 * left open is joined with the next body paragraph across the label between. Texts made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from './kinds.ts';
import { repairBlocks } from './repair.ts';
import { isFigureLine } from './signals.ts';

const kindsOf = (lines: string[]) => classifyBlocks(lines.map((text) => ({ text })));
const joinsOf = (lines: string[]) =>
	repairBlocks(lines.map((text) => ({ text })))
		.proposals.filter((p) => p.kind === 'join')
		.map((p) => p.blocks);

describe('an English dash subtitle under a kicker and a title', () => {
	const page = [
		'Putting into practice the idea that "clear rivers are a county\'s real wealth"',
		'Hengshan: turning its orchards into a "second wage"',
		// Longer than a label: only its place among the display lines says it is one.
		'— An inquiry into how Hengshan County is widening its orchards, pricing the carbon its forests store and paying the farmers who look after both',
		'By staff reporters Li Wen and Zhao Ping',
		'Late autumn on the slopes of Hengshan. Farmers are picking the last pears of the year.',
		'The county has planted 40,000 mu of new orchards since 2019.'
	];

	it('reads the dash line as a subtitle, not as text left open before the byline', () => {
		expect(kindsOf(page).map((g) => g.kind)).toEqual([
			'title',
			'subtitle',
			'subtitle',
			'credit',
			'body',
			'body'
		]);
		expect(joinsOf(page)).toEqual([]);
	});

	it('leaves a dash line inside the text (a list item after running text) as body', () => {
		const text = [
			'Hengshan: orchards that pay twice',
			'The county has done three things this year:',
			'— planting new orchards on 40,000 mu of bare hillside;',
			'— selling carbon credits from its forests.'
		];
		expect(kindsOf(text)[2].kind).toBe('body');
	});
});

describe("figures set as data: a chart's series and a fact box", () => {
	it('tells a line of figures from a sentence, a heading and a cut sentence', () => {
		expect(
			isFigureLine('2020: 3.41; 2021: 3.58; 2022: 3.77; 2023 (Jan-Oct): 3.92 (million t)')
		).toBe(true);
		expect(isFigureLine("4.27 billion yuan: output of the county's orchards in 2024")).toBe(true);
		expect(isFigureLine('Land under fruit trees: 12.6 million mu')).toBe(true);
		expect(isFigureLine('Emissions avoided so far: 51,000 tCO2e')).toBe(true);
		expect(isFigureLine('Output rose in 2019: 5.12 tonnes; then it fell')).toBe(false);
		expect(isFigureLine("Growth: the county's output rose 5.2% in 2024.")).toBe(false);
		expect(isFigureLine('2035: the goal of a greener valley')).toBe(false);
		expect(isFigureLine('The orchards now cover 12.6 million mu and employ')).toBe(false);
	});

	it("reads a chart's series as a table line: the heading after it stays a heading, nothing joins", () => {
		const text = [
			'Freight through the port has grown every year since the new berths opened.',
			'2020: 3.41; 2021: 3.58; 2022: 3.77; 2023 (Jan-Oct): 3.92 (million tonnes)',
			'Ports of call: the ships come back',
			'Shipping lines that left during the pandemic have returned, the port authority said.'
		];
		const kinds = kindsOf(text);
		expect(kinds[1]).toEqual({ kind: 'body', reason: 'table' });
		expect(kinds[2].kind).toBe('heading');
		expect(joinsOf(text)).toEqual([]);
	});

	it("reads a fact box's lines as body of their own and its two-part credit as a credit", () => {
		const text = [
			'Hengshan now sells its pears in 14 provinces.',
			'[At a glance] Hengshan in figures',
			"4.27 billion yuan: output of the county's orchards in 2024",
			'12.6 million mu: land under fruit trees',
			'Source: Hengshan County Bureau of Agriculture and Rural Affairs. Graphic: Chen Lu',
			'Clean air for sale',
			'Since 2022 the county has sold forest carbon credits to three power companies.'
		];
		const kinds = kindsOf(text);
		expect(kinds.map((g) => g.kind)).toEqual([
			'body',
			'heading',
			'body',
			'body',
			'credit',
			'heading',
			'body'
		]);
		expect(joinsOf(text)).toEqual([]);
	});

	it('keeps two sentences that open with a credit word as body', () => {
		const text = [
			'The bridge was finished in 2023.',
			'Design work began in May. Photos show the old bridge',
			'before it was pulled down.'
		];
		expect(kindsOf(text)[1].kind).toBe('body');
	});
});
