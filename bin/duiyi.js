#!/usr/bin/env node
// The duiyi command. It runs the compiled command line in dist/cli (built by `npm run build` and
// by npm ci's prepare, see vite.cli.config.ts). When that build is missing, or older than one of
// the source files it was built from (a checkout being edited), it runs the TypeScript in src/cli
// through tsx instead: slower to start, the same commands and the same output.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const HELP = ['--help', '-h', 'help'];

/** Whether dist/cli holds a build at least as new as every source file it was built from. */
function compiledIsCurrent() {
	try {
		const built = statSync(new URL('dist/cli/js/main.js', root)).mtimeMs;
		const manifest = JSON.parse(readFileSync(new URL('dist/cli/js/sources.json', root), 'utf8'));
		return manifest.sources.every((path) => statSync(new URL(path, root)).mtimeMs <= built);
	} catch {
		return false; // no build, or a source file gone: run from source
	}
}

const args = process.argv.slice(2);
const compiled = process.env.DUIYI_FROM_SOURCE !== '1' && compiledIsCurrent();
let main;
if (compiled && (args.length === 0 || (args.length === 1 && HELP.includes(args[0])))) {
	// The list of commands, as the same build printed it (see vite.cli.config.ts): no need to load
	// every command and its libraries to print it. Without a command it is a usage error (1).
	main = async () => {
		process.stdout.write(readFileSync(new URL('dist/cli/js/help.txt', root), 'utf8'));
		return args.length ? 0 : 1;
	};
} else if (compiled) {
	({ main } = await import('../dist/cli/js/main.js'));
} else {
	const { register } = await import('tsx/esm/api');
	register();
	({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(args);
