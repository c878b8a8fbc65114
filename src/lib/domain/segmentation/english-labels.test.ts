/**
 * Kinds of an English draft's display lines (issue 11): the kind guessed
 * for each paragraph of a draft is the aligner's prior, and a draft paragraph taken for text
 * left open is joined with the next body paragraph across the label between. Texts made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from './kinds.ts';
import { repairBlocks } from './repair.ts';

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
