import { describe, expect, it } from 'vitest';
import { runChecks } from './index.ts';
import { numberContexts, parseTableUnit } from './number-context.ts';
import { checkNumbers } from './numbers.ts';

const numberIssues = (units: { source: string; target: string }[]) =>
	runChecks(units)
		.filter((i) => i.check === 'number')
		.map((i) => `${i.unit} ${i.code}:${i.source ?? ''}>${i.target ?? ''}`);

describe('parseTableUnit', () => {
	it('reads a declared unit with the number reader of its language', () => {
		expect(parseTableUnit('万套', 'zh')).toEqual({ factor: 10000, kind: 'quantity', unit: '套' });
		expect(parseTableUnit('亿元', 'zh')).toEqual({ factor: 1e8, kind: 'money', unit: 'CNY' });
		expect(parseTableUnit('billion yuan', 'en')).toEqual({
			factor: 1e9,
			kind: 'money',
			unit: 'CNY'
		});
		expect(parseTableUnit('100 million yuan', 'en')).toEqual({
			factor: 1e8,
			kind: 'money',
			unit: 'CNY'
		});
		expect(parseTableUnit('%', 'zh')).toEqual({ factor: 1, kind: 'percent', unit: '%' });
		expect(parseTableUnit('项目名称', 'zh')).toBeUndefined();
	});
});

describe('a table whose unit is given once, in its title (numbers6)', () => {
	const title = {
		source: '表3　重点项目完成投资（单位：亿元）',
		target: 'Table 3: Investment in key projects (unit: billion yuan)'
	};
	const header = {
		source: '领域\t完成投资\t增长（%）',
		target: 'Field\tInvestment\tGrowth (%)'
	};

	it('reads the declaration as a unit, not as a number', () => {
		expect(checkNumbers(title.source, title.target)).toEqual([]);
	});

	it('gives a row’s bare figures the unit of the table, in each language its own', () => {
		const row = { source: '交通\t56.8\t12.5', target: 'Transport\t5.68\t12.5' };
		expect(numberIssues([title, header, row])).toEqual([]);
		// The same row without its title is ten times out.
		expect(numberIssues([row]).length).toBeGreaterThan(0);
	});

	it('catches a cell left in the Chinese unit or scaled wrongly', () => {
		expect(
			numberIssues([title, header, { source: '交通\t56.8\t12.5', target: 'Transport\t56.8\t12.5' }])
		).toEqual(['2 number_different:56.8>56.8']);
		expect(
			numberIssues([title, header, { source: '交通\t56.8\t12.5', target: 'Transport\t5.68\t1.25' }])
		).toEqual(['2 number_different:12.5>1.25']);
	});

	it('keeps a column’s own unit from its header cell', () => {
		const contexts = numberContexts([
			title,
			header,
			{ source: '水利\t8.1\t3.0', target: 'Water\t0.81\t3.0' }
		]);
		expect(contexts[0]).toBeUndefined();
		expect(contexts[2]?.zh.columns[2]).toEqual({ factor: 1, kind: 'percent', unit: '%' });
		expect(contexts[2]?.en.unit).toEqual({ factor: 1e9, kind: 'money', unit: 'CNY' });
	});

	it('reads a row the English writes out as prose, with the figure in both units', () => {
		const units = [
			{
				source: '表　社保基金收支（单位：亿元）',
				target: 'Table: Social security fund (unit: 100 million yuan)'
			},
			{ source: '基金支出\t73.2\t增长4.1%', target: 'Spending: 73.2 (7.32 billion yuan), up 4.1%' }
		];
		expect(numberIssues(units)).toEqual([]);
		units[1] = { ...units[1], target: 'Spending: 73.2 (73.2 billion yuan), up 4.1%' };
		expect(numberIssues(units)).toEqual(['1 number_added:>73.2 billion yuan']);
	});

	it('ends the table at the first paragraph that is a sentence', () => {
		const units = [
			title,
			{ source: '交通\t56.8', target: 'Transport\t5.68' },
			{
				source: '全年完成投资56.8亿元。',
				target: 'Investment for the year was 5.68 billion yuan.'
			},
			{ source: '能源\t20.4', target: 'Energy\t20.4' }
		];
		const contexts = numberContexts(units);
		expect(contexts.map((c) => c !== undefined)).toEqual([false, true, false, false]);
		expect(numberIssues(units)).toEqual([]);
	});
});

describe('a table whose unit is in a row label or a column header, with no title (numbers7)', () => {
	it('takes the unit of the row label for the figures of its row', () => {
		expect(checkNumbers('充电桩（万个）  3.5  4.8', 'Charging points | 35,000 | 48,000')).toEqual(
			[]
		);
		expect(
			checkNumbers('充电桩（万个）  3.5  4.8', 'Charging points | 3,500 | 48,000').map(
				(f) => f.code
			)
		).toEqual(['number_different']);
		// The same unit in both labels.
		expect(checkNumbers('覆盖率（%）\t91.2\t95.0', 'Coverage (%)\t91.2\t95.0')).toEqual([]);
	});

	it('opens a table at a header row whose columns give units', () => {
		const units = [
			{
				source: '地区\t产值（亿元）\t增长（%）',
				target: 'Region\tOutput (100 million yuan)\tGrowth (%)'
			},
			{ source: '东区\t12.5\t6.1', target: 'East\t12.5\t6.1' },
			{ source: '西区\t8.0\t4.2', target: 'West\t8.0\t2.4' }
		];
		expect(numberIssues(units)).toEqual(['2 number_different:4.2>2.4']);
	});
});

describe('a chart whose axis note gives the unit on its own line (numbers8)', () => {
	const note = { source: '单位：万户', target: 'Unit: 10,000 households' };
	const data = {
		source: '2021年　3.05　2022年　3.41　2023年　3.96',
		target: '2021: 3.05; 2022: 3.41; 2023: 3.96'
	};

	it('reads "10,000 households" as the unit, not a figure, and scales the bare values by it', () => {
		expect(parseTableUnit('10,000 households', 'en')).toEqual({ factor: 10000, kind: 'quantity' });
		expect(numberIssues([note, data])).toEqual([]);
	});

	it('still catches a bare value changed under the note', () => {
		const wrong = { ...data, target: '2021: 3.05; 2022: 3.14; 2023: 3.96' };
		expect(numberIssues([note, wrong])).toEqual(['1 number_different:3.41>3.14']);
	});

	it('does not take a figure after a unit noun for a unit', () => {
		expect(parseTableUnit('10,000 households, 5', 'en')).toBeUndefined();
	});
});
