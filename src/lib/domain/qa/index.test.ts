import { describe, expect, it } from 'vitest';
import { buildTermIndex } from '../glossary/index.ts';
import type { TermEntry } from '../types.ts';
import { QA_CHECKS, QA_CODES, qaSegments, runChecks } from './index.ts';

const entry = (id: string, zh: string, en: string[], forbidden: string[] = []): TermEntry => ({
	id,
	glossaryIds: ['g'],
	terms: [
		{ lang: 'zh-CN', text: zh, status: 'preferred' },
		...en.map((text) => ({ lang: 'en', text, status: 'preferred' as const })),
		...forbidden.map((text) => ({ lang: 'en', text, status: 'forbidden' as const }))
	],
	createdAt: 0,
	updatedAt: 0
});

describe('runChecks', () => {
	it('returns codes, parameters, severities, unit indexes and spans', () => {
		const issues = runChecks([
			{ source: '标题', target: 'Title' },
			{ source: '签约金额105亿元。', target: 'Deals worth 1.05 billion yuan were signed.' }
		]);
		expect(issues).toEqual([
			{
				unit: 1,
				check: 'number',
				code: 'number_different',
				severity: 'error',
				params: {
					source: '105亿元',
					target: '1.05 billion yuan',
					sourceValue: '10.5 billion yuan',
					targetValue: '1.05 billion yuan'
				},
				source: '105亿元',
				target: '1.05 billion yuan',
				sourceSpan: [4, 9],
				targetSpan: [12, 29]
			}
		]);
	});

	it('reports an empty target on every paragraph: an error once confirmed, a warning before', () => {
		const issues = runChecks([
			{ source: '甲', target: '', status: 'translated' },
			{ source: '乙', target: ' ', status: 'reviewed' },
			{ source: '丙', target: '', status: 'draft' },
			{ source: '丁', target: '', status: 'new' },
			{ source: '戊', target: '' },
			{ source: '', target: '' },
			{ source: '己', target: '', status: 'draft', together: true }
		]);
		expect(issues.map((i) => [i.unit, i.code, i.severity])).toEqual([
			[0, 'empty_target', 'error'],
			[1, 'empty_target', 'error'],
			[2, 'empty_target', 'warning'],
			[3, 'empty_target', 'warning'],
			[4, 'empty_target', 'warning']
		]);
	});

	it('checks a group translated together as one unit with the Chinese of the whole group', () => {
		const segments = [
			{ id: 'a', order: 0, source: '签约项目22个，', target: '', status: 'draft' as const },
			{ id: 'b', order: 1, source: '金额105亿元。', target: '', status: 'draft' as const }
		];
		segments[0].target = '22 projects worth 10.5 billion yuan were signed.';
		const units = qaSegments([{ ...segments[0] }, { ...segments[1], translatedWith: 'a' }]);
		expect(units).toEqual([
			{ source: '签约项目22个，金额105亿元。', target: segments[0].target, status: 'draft' },
			{ source: '金额105亿元。', target: '', status: 'draft', together: true }
		]);
		expect(runChecks(units).filter((i) => i.check === 'number' || i.check === 'empty')).toEqual([]);
	});

	it('switches checks off by check name or by code', () => {
		const units = [{ source: '签约22个。', target: 'Signed  21 的 projects。' }];
		const all = runChecks(units).map((i) => i.code);
		expect(all).toEqual(
			expect.arrayContaining([
				'number_different',
				'untranslated',
				'fullwidth_punctuation',
				'double_space'
			])
		);
		const fewer = runChecks(units, { disabled: ['number', 'double_space'] }).map((i) => i.code);
		expect(fewer).not.toContain('number_different');
		expect(fewer).not.toContain('double_space');
		expect(fewer).toContain('untranslated');
	});

	it('checks glossary terms passed in, or found with a compiled glossary', () => {
		const units = [{ source: '深化放管服改革', target: 'We cut red tape.' }];
		const matches = [
			[
				{
					start: 2,
					end: 5,
					zh: '放管服',
					en: ['streamline administration'],
					forbidden: ['red tape']
				}
			]
		];
		expect(runChecks(units, { termMatches: matches }).map((i) => [i.code, i.severity])).toEqual([
			['glossary_forbidden', 'error']
		]);
		const index = buildTermIndex([
			entry('e1', '放管服', ['streamline administration'], ['red tape']),
			entry('e2', '改革', ['reform'])
		]);
		expect(runChecks(units, { glossary: index }).map((i) => i.code)).toEqual([
			'glossary_forbidden',
			'glossary_missing'
		]);
		expect(
			runChecks([{ source: '深化放管服改革', target: 'Reforms to streamline administration.' }], {
				glossary: index
			})
		).toEqual([]);
	});

	it('finds inconsistencies across the document', () => {
		const issues = runChecks([
			{ source: '现场', target: 'The scene' },
			{ source: '现场', target: 'On site' }
		]);
		expect(issues.map((i) => [i.unit, i.code])).toEqual([[1, 'inconsistent_target']]);
	});

	it('judges length against the ratio given', () => {
		const units = [
			{
				source: '宜春经开区坚持把改革创新摆在更加突出位置，坚持向改革要动力，向创新要活力。',
				target: 'Reform.'
			}
		];
		expect(runChecks(units).map((i) => i.code)).toEqual(['length_short']);
		expect(runChecks(units, { lengthRatio: 0.2 }).map((i) => i.code)).toEqual([]);
	});

	it('has a check and a severity for every code, and every check has a code', () => {
		const checks = new Set(Object.values(QA_CODES).map(([check]) => check));
		expect([...checks].sort()).toEqual([...QA_CHECKS].sort());
	});
});
