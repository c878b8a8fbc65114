import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

function duiyi(...args: string[]) {
	const r = spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface CliIssue {
	unit: number;
	check: string;
	code: string;
	severity: string;
	message: string;
	source?: string;
	target?: string;
}

const dir = tempDir('duiyi-qa-');
function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

describe('duiyi qa', () => {
	it('reports a wrong magnitude as a number error with a message in English', () => {
		const zh = file('zh.txt', '标题\n\n签约金额105亿元。\n\n邀请20余家行业协会。\n');
		const en = file(
			'en.txt',
			'Title\n\nDeals worth 1.05 billion yuan.\n\nMore than 20 associations came.\n'
		);
		const r = duiyi('qa', zh, en);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const { issues } = JSON.parse(r.stdout) as { issues: CliIssue[] };
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			unit: 1,
			check: 'number',
			code: 'number_different',
			severity: 'error',
			source: '105亿元',
			target: '1.05 billion yuan',
			message: '105亿元 (10.5 billion yuan) is translated as 1.05 billion yuan (1.05 billion yuan)'
		});
	});

	it('exits 0 with an empty list when all is well', () => {
		const zh = file('ok-zh.txt', '签约金额105亿元。\n');
		const en = file('ok-en.txt', 'Deals worth RMB 10.5 billion.\n');
		const r = duiyi('qa', zh, en);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual({ issues: [] });
	});

	it('fills every placeholder of every message', () => {
		const zh = file('many-zh.txt', '签约22个项目，增长10%。\n\n现场\n\n现场\n');
		const en = file(
			'many-en.txt',
			'Signed  21 的 projects，up 10 percent .\n\nThe scene\n\nOn site\n'
		);
		const { issues } = JSON.parse(duiyi('qa', zh, en).stdout) as { issues: CliIssue[] };
		expect(issues.length).toBeGreaterThan(4);
		for (const issue of issues) {
			expect(issue.message).not.toMatch(/\{\{|undefined/);
			expect(issue.message).not.toBe(issue.code);
		}
	});

	it('reads lines as units', () => {
		const zh = file('lines-zh.txt', '增长10%。\n增长20%。\n');
		const en = file('lines-en.txt', 'Up 10%.\nUp 30%.\n');
		const { issues } = JSON.parse(duiyi('qa', zh, en, '--unit', 'line').stdout) as {
			issues: CliIssue[];
		};
		expect(issues.map((i) => [i.unit, i.code])).toEqual([[1, 'number_different']]);
	});

	it('checks glossary terms from a CSV glossary', () => {
		const glossary = file(
			'g.csv',
			'zh,en,status\n放管服,streamline administration,preferred\n放管服,red tape,forbidden\n'
		);
		const zh = file('g-zh.txt', '深化放管服改革。\n');
		const en = file('g-en.txt', 'We cut red tape.\n');
		const r = duiyi('qa', zh, en, '--glossary', glossary);
		expect(r.status).toBe(0);
		const { issues } = JSON.parse(r.stdout) as { issues: CliIssue[] };
		expect(issues.map((i) => [i.check, i.code, i.severity])).toEqual([
			['glossary', 'glossary_forbidden', 'error']
		]);
		expect(issues[0].message).toContain('red tape');
	});

	it('aligns files with different numbers of units and says so on stderr', () => {
		const zh = file(
			'al-zh.txt',
			'签约金额105亿元。\n\n邀请20余家行业协会和100余家企业。\n\n宜春时代仅用18个月便拔地而起。\n'
		);
		const en = file(
			'al-en.txt',
			'Deals worth 10.5 billion yuan were signed. More than 20 associations and more than 100 firms came.\n\nYichun CATL rose in just 16 months.\n'
		);
		const r = duiyi('qa', zh, en);
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/3 paragraphs and the English 2/);
		const { issues } = JSON.parse(r.stdout) as { issues: CliIssue[] };
		expect(issues.map((i) => [i.unit, i.code])).toContainEqual([2, 'number_different']);
	});

	it.runIf(existsSync('corpus/yichun-etdz-2023/en.txt'))(
		'raises no number alarm on the seed article and the team’s translation',
		() => {
			const r = duiyi('qa', 'corpus/yichun-etdz-2023/zh.txt', 'corpus/yichun-etdz-2023/en.txt');
			expect(r.status).toBe(0);
			const { issues } = JSON.parse(r.stdout) as { issues: CliIssue[] };
			expect(issues.filter((i) => i.check === 'number')).toEqual([]);
		}
	);

	it('fails with exit code 2 and one line when a file cannot be read', () => {
		const r = duiyi('qa', join(dir, 'missing.txt'), join(dir, 'en.txt'));
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/cannot read .*missing\.txt: no such file/);
	});

	it('fails on a glossary it cannot read, and on wrong usage', () => {
		const zh = file('u-zh.txt', '甲\n');
		const bad = file('bad.tbx', 'not xml at all');
		expect(duiyi('qa', zh, zh, '--glossary', bad).status).toBe(2);
		expect(duiyi('qa', zh).status).not.toBe(0);
		expect(duiyi('qa', zh, zh, '--unit', 'page').status).not.toBe(0);
	});
});
