/**
 * bin/duiyi.js runs the compiled command line when dist/cli is current and the TypeScript through
 * tsx otherwise: both print the same thing and exit the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const duiyi = (args: string[], env: Record<string, string> = {}) =>
	spawnSync('node', ['bin/duiyi.js', ...args], {
		encoding: 'utf8',
		timeout: 120_000,
		env: { ...process.env, ...env }
	});
const fromSource = { DUIYI_FROM_SOURCE: '1' };

describe('bin/duiyi.js', { timeout: 120_000 }, () => {
	it.each([[['--help']], [['-h']], [['help']], [[]], [['stats', '--help']], [['nope']]])(
		'prints the same for %j compiled or from source',
		(args) => {
			const compiled = duiyi(args);
			const source = duiyi(args, fromSource);
			expect([compiled.stdout, compiled.stderr, compiled.status]).toEqual([
				source.stdout,
				source.stderr,
				source.status
			]);
		}
	);

	it('lists every command in its help', () => {
		const help = duiyi(['--help']).stdout;
		for (const name of [
			'stats',
			'segment',
			'align',
			'terms',
			'qa',
			'glossary',
			'new',
			'export',
			'inspect'
		])
			expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
	});

	it('gives the same result for a command on the seed article', () => {
		const args = ['stats', 'corpus/yichun-etdz-2023/zh.txt'];
		expect(duiyi(args).stdout).toBe(duiyi(args, fromSource).stdout);
	});

	// The build is made by `npm run build` and by npm ci's prepare; a checkout without it still works.
	const built = existsSync('dist/cli/js/main.js');
	it.skipIf(!built)('the compiled build lists only files of this repository as its sources', () => {
		const { sources } = JSON.parse(readFileSync('dist/cli/js/sources.json', 'utf8')) as {
			sources: string[];
		};
		expect(sources).toContain('src/cli/main.ts');
		for (const path of sources) expect(statSync(path).isFile()).toBe(true);
	});
});
