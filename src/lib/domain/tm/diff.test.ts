import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffChars } from './diff.ts';

const line35 = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8').split(/\r?\n/)[34];

const join = (parts: { op: string; text: string }[], keep: string) =>
	parts
		.filter((p) => p.op === 'equal' || p.op === keep)
		.map((p) => p.text)
		.join('');

describe('diffChars', () => {
	it.each([
		[
			'同比增长10%',
			'同比增长18.1%',
			[
				{ op: 'equal', text: '同比增长1' },
				{ op: 'delete', text: '0' },
				{ op: 'insert', text: '8.1' },
				{ op: 'equal', text: '%' }
			]
		],
		['宜春时代', '宜春时代', [{ op: 'equal', text: '宜春时代' }]],
		['', '新', [{ op: 'insert', text: '新' }]],
		['旧', '', [{ op: 'delete', text: '旧' }]],
		[
			'𠀋甲',
			'𠀋乙',
			[
				{ op: 'equal', text: '𠀋' },
				{ op: 'delete', text: '甲' },
				{ op: 'insert', text: '乙' }
			]
		]
	])('%s → %s', (from, to, parts) => {
		expect(diffChars(from, to)).toEqual(parts);
	});

	it('rebuilds both texts from a real edited paragraph', () => {
		const edited = line35.replace('18个月', '十八个月').replace('并于今年7月', '今年7月');
		const parts = diffChars(line35, edited);
		expect(join(parts, 'delete')).toBe(line35);
		expect(join(parts, 'insert')).toBe(edited);
		const changed = parts
			.filter((p) => p.op !== 'equal')
			.map((p) => p.text)
			.join('|');
		expect(changed).toBe('18|十八|并于');
	});
});
