/**
 * duiyi serve [--port 4444] [--host 0.0.0.0] [--data DIR] [--app DIR]
 *
 * The team server: the built app, its JSON API and the sync endpoint on one port.
 * Storage: SQLite in DIR (default ./duiyi-data), or PostgreSQL when DATABASE_URL is set;
 * REDIS_URL joins the other processes that share the same Redis and database.
 * Prints one JSON line when it listens; stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
 */
import { fileURLToPath } from 'node:url';
import { startTeamServer } from '../../server/app.ts';
import { describeStore, storeOptions } from '../../server/options.ts';
import { openStore } from '../../server/store.ts';
import { CliError } from '../io.ts';
import { parseCommandArgs, portNumber } from './server-args.ts';

export const summary =
	'The team server: the app and the sync endpoint on one port (SQLite in --data, or DATABASE_URL; REDIS_URL; DEEPL_AUTH_KEY lets members use DeepL through it).';
export const usage = 'serve [--port 4444] [--host ADDRESS] [--data DIR] [--app DIR]';

const DEFAULT_APP_DIR = fileURLToPath(new URL('../../../build/', import.meta.url));

/** DUIYI_TOKEN_TTL_SECONDS: how long a sign-in lasts (default 7 days). */
function tokenTtl(value: string | undefined): number | undefined {
	if (!value) return undefined;
	const seconds = Number(value);
	if (!Number.isInteger(seconds) || seconds < 1) {
		throw new CliError(
			`DUIYI_TOKEN_TTL_SECONDS must be a whole number of seconds (got ${value})`,
			2
		);
	}
	return seconds * 1000;
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseCommandArgs(args, usage, {
		port: { type: 'string' },
		host: { type: 'string' },
		data: { type: 'string' },
		app: { type: 'string' }
	});
	if (positionals.length > 0) throw new CliError(`usage: duiyi ${usage}`, 2);
	const port = portNumber(values.port, 4444);
	const options = storeOptions(values.data as string | undefined);
	let store;
	try {
		store = await openStore(options);
	} catch (err) {
		throw new CliError(`cannot open ${describeStore(options)}: ${(err as Error).message}`, 2);
	}
	let server;
	try {
		server = await startTeamServer({
			store,
			port,
			host: (values.host as string | undefined) ?? '0.0.0.0',
			buildDir: (values.app as string | undefined) ?? DEFAULT_APP_DIR,
			redisUrl: process.env.REDIS_URL || undefined,
			redisPrefix: process.env.DUIYI_REDIS_PREFIX || undefined,
			tokenTtlMs: tokenTtl(process.env.DUIYI_TOKEN_TTL_SECONDS),
			// DeepL for the team through this server: the key stays here (DUIYI_DEEPL_URL for a test server).
			deepl: {
				authKey: process.env.DEEPL_AUTH_KEY || undefined,
				url: process.env.DUIYI_DEEPL_URL || undefined
			}
		});
	} catch (err) {
		await store.close();
		const code = (err as NodeJS.ErrnoException).code;
		throw new CliError(
			code === 'EADDRINUSE'
				? `port ${port} is already in use; choose another with --port`
				: `cannot start: ${(err as Error).message}`,
			2
		);
	}
	process.stdout.write(
		JSON.stringify({
			listening: `http://127.0.0.1:${server.port}`,
			sync: `ws://127.0.0.1:${server.port}/sync`,
			storage: describeStore(options),
			redis: process.env.REDIS_URL ? 'on' : 'off'
		}) + '\n'
	);
	await new Promise<void>((resolve) => {
		const stop = () => resolve();
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
	// Open documents' snapshots are written first; a close that hangs does not keep the process.
	const deadline = setTimeout(() => {
		process.stderr.write(
			'duiyi serve: stopping took over 10 s; exiting anyway (the update log has everything)\n'
		);
		process.exit(1);
	}, 10_000);
	await server.close();
	await store.close();
	clearTimeout(deadline);
	// Redis clients and Hocuspocus timers may still hold the event loop.
	process.exit(0);
}
