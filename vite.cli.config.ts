/**
 * The compiled command line: src/cli bundled into dist/cli for Node, so `duiyi` starts without
 * compiling TypeScript. npm packages stay outside the bundle (loaded from node_modules), and each
 * command is a chunk of its own, loaded only when that command runs.
 *
 * Every file lands three folders below the repository (dist/cli/js/), as src/cli/commands/ is:
 * commands find the repository's files (the dictionary, the QA messages) with
 * new URL('../../../', import.meta.url).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** Lists the source files in the bundle, so bin/duiyi.js can tell when the build is stale. */
function sourceManifest(): Plugin {
	return {
		name: 'duiyi-cli-sources',
		generateBundle() {
			const root = process.cwd() + '/';
			const sources = [...this.getModuleIds()]
				.filter((id) => id.startsWith(root) && !id.includes('/node_modules/'))
				.map((id) => id.slice(root.length))
				.sort();
			this.emitFile({
				type: 'asset',
				fileName: 'js/sources.json',
				source: JSON.stringify({ sources }, null, '\t') + '\n'
			});
		}
	};
}

/**
 * Writes what the compiled `duiyi --help` prints to js/help.txt, so bin/duiyi.js can print the
 * list of commands without loading every command and its libraries. The text comes from
 * running the build just written, so it cannot differ from it.
 */
function helpText(): Plugin {
	return {
		name: 'duiyi-cli-help',
		writeBundle(options) {
			const main = pathToFileURL(resolve(options.dir ?? 'dist/cli', 'js/main.js')).href;
			const r = spawnSync(
				process.execPath,
				[
					'--input-type=module',
					'-e',
					`process.exitCode = await (await import(${JSON.stringify(main)})).main(['--help']);`
				],
				{ encoding: 'utf8' }
			);
			if (r.status !== 0) throw new Error(`the compiled duiyi --help failed: ${r.stderr}`);
			writeFileSync(resolve(options.dir ?? 'dist/cli', 'js/help.txt'), r.stdout);
		}
	};
}

export default defineConfig({
	plugins: [sourceManifest(), helpText()],
	logLevel: 'warn',
	build: {
		ssr: 'src/cli/main.ts',
		outDir: 'dist/cli',
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		reportCompressedSize: false,
		rolldownOptions: {
			checks: { bundlerTimings: false },
			output: {
				format: 'es',
				entryFileNames: 'js/main.js',
				chunkFileNames: 'js/[name]-[hash].js'
			}
		}
	}
});
