/**
 * bin/duiyi.js runs the compiled command line when dist/cli is current and the TypeScript through
 * tsx otherwise: both print the same thing and exit the same way.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

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

describe('bin/duiyi.js chooses the build or the source', { timeout: 60_000 }, () => {
	// A tree with the real bin/duiyi.js and stand-ins for the build and the source.
	const root = tempDir('duiyi-bin-');
	mkdirSync(join(root, 'bin'));
	mkdirSync(join(root, 'dist/cli/js'), { recursive: true });
	mkdirSync(join(root, 'src/cli'), { recursive: true });
	copyFileSync('bin/duiyi.js', join(root, 'bin/duiyi.js'));
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
	writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
	const stand = (said: string) =>
		`export async function main(args) { process.stdout.write('${said} ' + args.join(' ')); return 0; }\n`;
	writeFileSync(join(root, 'src/cli/main.ts'), stand('source'));
	writeFileSync(join(root, 'dist/cli/js/help.txt'), 'help from the build\n');
	writeFileSync(
		join(root, 'dist/cli/js/sources.json'),
		JSON.stringify({ sources: ['src/cli/main.ts'] })
	);
	const run = (...args: string[]) =>
		spawnSync('node', [join(root, 'bin/duiyi.js'), ...args], { encoding: 'utf8' }).stdout;
	const build = () => {
		writeFileSync(join(root, 'dist/cli/js/main.js'), stand('compiled'));
		const later = Date.now() / 1000 + 60;
		utimesSync(join(root, 'dist/cli/js/main.js'), later, later);
	};

	it('runs the build when it is newer than every source it lists', () => {
		build();
		expect(run('stats', 'x')).toBe('compiled stats x');
		expect(run('--help')).toBe('help from the build\n');
	});

	it('runs the source when a source is newer than the build', () => {
		build();
		const later = Date.now() / 1000 + 120;
		utimesSync(join(root, 'src/cli/main.ts'), later, later);
		expect(run('stats', 'x')).toBe('source stats x');
		expect(run('--help')).toBe('source --help');
	});

	it('runs the source when there is no build', () => {
		rmSync(join(root, 'dist'), { recursive: true, force: true });
		expect(run('stats', 'x')).toBe('source stats x');
	});
});
