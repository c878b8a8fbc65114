/**
 * The duiyi command line (DESIGN.md §7): a thin shell over src/lib/domain. Each command lives in
 * commands/<name>.ts and exports `run(args): Promise<number>` and a one-line `summary`.
 */
import { CliError, guardStdout } from './io.ts';

interface Command {
	summary: string;
	usage: string;
	run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
	stats: () => import('./commands/stats.ts'),
	segment: () => import('./commands/segment.ts'),
	align: () => import('./commands/align.ts'),
	terms: () => import('./commands/terms.ts'),
	qa: () => import('./commands/qa.ts'),
	glossary: () => import('./commands/glossary.ts'),
	new: () => import('./commands/new.ts'),
	export: () => import('./commands/export.ts'),
	inspect: () => import('./commands/inspect.ts'),
	translate: () => import('./commands/translate.ts'),
	serve: () => import('./commands/serve.ts'),
	user: () => import('./commands/user.ts'),
	analyze: () => import('./commands/analyze.ts')
};

async function help(): Promise<string> {
	const lines = [
		'duiyi — Chinese–English translation workbench, command line',
		'',
		'Usage: duiyi <command> [options]',
		'',
		'Commands:'
	];
	for (const [name, load] of Object.entries(COMMANDS)) {
		try {
			const command = await load();
			lines.push(`  ${command.usage}`, `      ${command.summary}`);
		} catch {
			lines.push(`  ${name}  (not available in this build)`);
		}
	}
	lines.push('', 'Output is JSON on stdout unless a format is asked for; errors go to stderr.');
	return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	guardStdout(name ?? '');
	try {
		if (!name || name === '--help' || name === '-h' || name === 'help') {
			process.stdout.write((await help()) + '\n');
			return name ? 0 : 1;
		}
		const load = COMMANDS[name];
		if (!load) throw new CliError(`unknown command "${name}"; run duiyi --help for the list`);
		const command = await load();
		if (rest.includes('--help') || rest.includes('-h')) {
			process.stdout.write(`Usage: duiyi ${command.usage}\n${command.summary}\n`);
			return 0;
		}
		return await command.run(rest);
	} catch (err) {
		if (err instanceof CliError) {
			process.stderr.write(`duiyi ${name ?? ''}: ${err.message}\n`);
			return err.exitCode;
		}
		// One line, never a stack: a stack overflow or out-of-memory in a reader is still a bug.
		const message = err instanceof Error ? err.message : String(err);
		process.stderr.write(`duiyi ${name ?? ''}: unexpected error: ${message.split('\n')[0]}\n`);
		return 1;
	}
}
