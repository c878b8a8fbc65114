import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir('duiyi-stats-');

function stats(...args: string[]) {
	const r = spawnSync('node', ['bin/duiyi.js', 'stats', ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('duiyi stats', () => {
	it('counts the seed article', () => {
		const r = stats('corpus/yichun-etdz-2023/zh.txt');
		expect(r.code).toBe(0);
		const s = JSON.parse(r.stdout);
		// 3802 Han characters and 76 Latin/number tokens, counted independently with python re.
		expect(s).toMatchObject({
			format: 'txt',
			encoding: 'utf-8',
			paragraphs: 35,
			chineseCharacters: 3802,
			englishWords: 76,
			words: 3878,
			sentences: 78
		});
		expect(s.perParagraph).toHaveLength(35);
		expect(s.perParagraph[0]).toEqual({
			kind: 'title',
			chineseCharacters: 7,
			englishWords: 0,
			words: 7
		});
	});

	it('counts repaired paragraphs with --repair (same characters)', () => {
		const s = JSON.parse(stats('corpus/yichun-etdz-2023/zh.txt', '--repair').stdout);
		expect(s.paragraphs).toBe(28);
		expect(s.chineseCharacters).toBe(3802);
	});

	it('counts English words', () => {
		writeFileSync(
			join(dir, 'en.txt'),
			"The zone's high-quality growth.\n\nIt reached 10.5 billion yuan in 2022.\n"
		);
		const s = JSON.parse(stats(join(dir, 'en.txt')).stdout);
		expect(s).toMatchObject({ paragraphs: 2, chineseCharacters: 0, englishWords: 11 });
	});

	it('fails with exit 2 and one line on a file it cannot read', () => {
		const r = stats(join(dir, 'nope.txt'));
		expect(r.code).toBe(2);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/no such file/);
	});
});
