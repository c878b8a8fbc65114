/** Argument checks `duiyi serve` and `duiyi user` share: a wrong argument is exit code 2. */
import type { ParseArgsConfig } from 'node:util';
import { CliError, parseArgs } from '../io.ts';

export function parseCommandArgs<T extends ParseArgsConfig['options']>(
	args: string[],
	usage: string,
	options: T
) {
	try {
		return parseArgs(args, options);
	} catch (err) {
		throw new CliError(`${(err as Error).message}; usage: duiyi ${usage}`, 2);
	}
}

export function portNumber(value: string | boolean | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	const port = Number(value);
	if (typeof value !== 'string' || !/^\d+$/.test(value) || port < 1 || port > 65535) {
		throw new CliError(`--port must be a number from 1 to 65535 (got ${String(value)})`, 2);
	}
	return port;
}
