/**
 * What every CLI command shares: reading files (with encoding detection), writing output,
 * and failing with one line a person can act on.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';
import { LIMITS, limitIssue } from '../lib/domain/formats/limits.ts';
import { decodeText } from '../lib/domain/text/decode.ts';

/** An expected failure: printed as one line on stderr, exit code as given. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

/** Reads a file's bytes, or fails with exit code 2 and a plain message. */
export function readBytes(path: string): Uint8Array {
	try {
		// The size is checked before reading, so a huge file is refused without loading it.
		if (statSync(path).size > LIMITS.fileBytes) {
			throw new CliError(`cannot read ${path}: ${limitIssue('limit.file_bytes').message}`, 2);
		}
		return new Uint8Array(readFileSync(path));
	} catch (err) {
		if (err instanceof CliError) throw err;
		const code = (err as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'it is a folder, not a file'
					: code === 'EACCES'
						? 'permission denied'
						: String(code ?? err);
		throw new CliError(`cannot read ${path}: ${why}`, 2);
	}
}

/** Reads a text file in any encoding Duiyi detects (UTF-8/16 with or without BOM, GB18030). */
export function readText(path: string): string {
	const decoded = decodeText(readBytes(path));
	if (!decoded.ok) {
		throw new CliError(
			decoded.reason === 'binary'
				? `cannot read ${path}: it is not a text file (binary content)`
				: `cannot read ${path}: the text is not UTF-8, UTF-16 or GB18030`,
			2
		);
	}
	return decoded.text;
}

/** Why a write failed, in words (the disk is full, no permission …) rather than a code. */
export function writeErrorText(err: unknown): string {
	const code = (err as NodeJS.ErrnoException).code;
	if (code === 'ENOSPC') return 'the disk is full (free some space and run the command again)';
	if (code === 'EDQUOT') return 'the disk quota is used up';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'ENOENT') return 'the folder does not exist';
	if (code === 'EISDIR') return 'it is a folder';
	return (err as Error).message.split('\n')[0];
}

/**
 * Standard output closed early (`duiyi … | head`) ends the command quietly, as other Unix
 * tools do; any other failure to write it (a full disk) is one line on stderr. Never a stack.
 */
export function guardStdout(command: string): void {
	process.stdout.on('error', (err: NodeJS.ErrnoException) => {
		if (err.code === 'EPIPE') process.exit(0);
		process.stderr.write(`duiyi ${command}: cannot write the output: ${writeErrorText(err)}\n`);
		process.exit(1);
	});
}

/** Writes text or bytes to --out, or to stdout when no file is given. */
export function writeOutput(data: string | Uint8Array, out?: string): void {
	if (out) {
		try {
			writeFileSync(out, data);
		} catch (err) {
			throw new CliError(`cannot write ${out}: ${writeErrorText(err)}`);
		}
		return;
	}
	if (typeof data === 'string') process.stdout.write(data.endsWith('\n') ? data : data + '\n');
	else process.stdout.write(data);
}

/** Prints a value as JSON on stdout (or to --out). */
export function writeJson(value: unknown, out?: string): void {
	writeOutput(JSON.stringify(value, null, 2) + '\n', out);
}

/** node:util parseArgs, with its errors turned into CliError. */
export function parseArgs<T extends ParseArgsConfig['options']>(
	args: string[],
	options: T
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
	try {
		const parsed = nodeParseArgs({ args, options, allowPositionals: true, strict: true });
		return {
			values: parsed.values as Record<string, string | boolean | undefined>,
			positionals: parsed.positionals
		};
	} catch (err) {
		throw new CliError((err as Error).message.split('\n')[0]);
	}
}

/** Checks that an option's value is one of the allowed ones. */
export function oneOf<T extends string>(
	name: string,
	value: string | boolean | undefined,
	allowed: readonly T[],
	fallback: T
): T {
	if (value === undefined) return fallback;
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
		return value as T;
	throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got ${String(value)})`);
}
