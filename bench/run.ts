/**
 * `npm run bench`: every benchmark Duiyi tracks in BENCHMARKS.md, printed as Markdown tables
 * with the target, pass or fail, and the machine load beside each figure.
 *
 *   1. Editor on a 5,000-paragraph document (the built app in Debian's Chromium)
 *   2. Glossary recognition, 10,000 entries over the same document, and search per keystroke
 *   3. Translation memory, 100,000 units: fuzzy lookup, concordance, sentence matches, TMX import
 *   4. QA checks over the seed article and the 5,000-paragraph document
 *   5. Alignment on MAC-Dev (`bench/align.ts`, run as a child process), and its speed on a
 *      24-chapter batch and at 1×/4×/16× a chapter (`bench/align-speed.ts`, likewise)
 *
 *   6. Every screen at 20,000 paragraphs: import review, editor, alignment ladder
 *      (`bench/scale.ts`: long tasks, rows in the DOM, tab memory)
 *
 * Options: --skip-editor, --skip-align, --skip-scale, --only editor|glossary|tm|qa|align|scale.
 * Exits non-zero, with one line saying why, when the app is not built or Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import { cpus, hostname } from 'node:os';
import { join } from 'node:path';
import { benchGlossary, benchQa, benchTm } from './domain.ts';
import { benchEditor } from './editor.ts';
import { benchScale } from './scale.ts';
import { ROOT } from './lib/run-corpus.ts';
import { editorPrerequisiteProblem, staleBuildWarning } from './lib/run-server.ts';
import { load, table, uptime, type Figure } from './lib/run-stats.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
const wants = (area: string) => (only ? only === area : !args.includes(`--skip-${area}`));

function say(line = ''): void {
	process.stdout.write(line + '\n');
}

function section(title: string, figures: Figure[]): void {
	say(`\n## ${title}\n`);
	say(table(figures));
}

const AREAS = ['editor', 'glossary', 'tm', 'qa', 'align', 'scale'];

async function main(): Promise<number> {
	if (onlyAt >= 0 && !AREAS.includes(only ?? '')) {
		process.stderr.write(`bench: --only takes one of ${AREAS.join(', ')}\n`);
		return 2;
	}
	if (wants('editor') || wants('scale')) {
		const problem = editorPrerequisiteProblem();
		if (problem) {
			process.stderr.write(`bench: ${problem}\n`);
			return 1;
		}
	}
	const started = Date.now();
	say(`# Duiyi benchmarks`);
	say();
	say(`- Command: \`npm run bench${args.length ? ' -- ' + args.join(' ') : ''}\``);
	say(`- Date: ${new Date().toISOString()}`);
	say(
		`- Machine: ${hostname()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`
	);
	say(`- uptime at start: \`${uptime()}\``);

	if (wants('editor')) {
		const stale = staleBuildWarning();
		if (stale) say(`- ${stale}`);
		process.stderr.write('bench: editor (built app in Chromium)…\n');
		section(
			'1. Editor, 5,000-paragraph document (built app, Chromium headless)',
			await benchEditor((line) => process.stderr.write(line + '\n'))
		);
	}
	if (wants('scale')) {
		process.stderr.write('bench: every screen at 20,000 paragraphs (built app in Chromium)…\n');
		section(
			'6. Every screen at 20,000 paragraphs (built app, Chromium headless; long-task observer)',
			await benchScale((line) => process.stderr.write(line + '\n'))
		);
	}
	if (wants('glossary')) {
		process.stderr.write('bench: glossary…\n');
		section('2. Glossary recognition, 10,000 entries × 5,000 paragraphs', benchGlossary());
	}
	if (wants('tm')) {
		process.stderr.write('bench: translation memory…\n');
		section('3. Translation memory, 100,000 units', await benchTm());
	}
	if (wants('qa')) {
		process.stderr.write('bench: QA…\n');
		section('4. QA checks', benchQa());
	}
	if (wants('align')) {
		for (const [script, title] of [
			['align.ts', 'Alignment, MAC-Dev (`npm run bench:align`'],
			['align-speed.ts', 'Alignment speed, MAC-sized batch (`npm run bench:align-speed`']
		]) {
			process.stderr.write(`bench: ${title} (bench/${script})…\n`);
			say(`\n## 5. ${title}, load ${load()} at start)\n`);
			const child = spawnSync(
				join(ROOT, 'node_modules', '.bin', 'tsx'),
				[join(ROOT, 'bench', script)],
				{ cwd: ROOT, encoding: 'utf8', timeout: 300_000 }
			);
			say('```');
			say((child.stdout ?? '').trimEnd());
			say('```');
			if (child.status !== 0) {
				say(
					`\nbench/${script} failed (exit ${child.status ?? child.signal}): ${(child.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`
				);
			}
		}
	}
	say();
	say(`- uptime at end: \`${uptime()}\``);
	say(`- Total: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(
			`bench: failed: ${error instanceof Error ? error.message : String(error)}\n`
		);
		process.exit(1);
	}
);
