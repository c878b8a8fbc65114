/**
 * duiyi inspect FILE
 *
 * {"format":"tmx","version":"1.4","languages":["en-US","fr-FR"],"units":25,"issues":[]} for
 * any file Duiyi can import. A file it cannot read: exit code 2 and one line on stderr.
 */
import { inspect } from '../../lib/domain/formats/inspect.ts';
import { CliError, parseArgs, readBytes, writeJson } from '../io.ts';

export const summary =
	'Says what an importable file is: format, version, languages, units, issues.';
export const usage = 'inspect FILE';

export async function run(args: string[]): Promise<number> {
	const { positionals } = parseArgs(args, {});
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	const path = positionals[0];
	const result = inspect(readBytes(path), path);
	const error = result.issues.find((i) => i.severity === 'error');
	if (result.format === 'unknown' || (error && result.units === 0)) {
		const where = error?.line ? ` (line ${error.line})` : error?.path ? ` (${error.path})` : '';
		throw new CliError(
			`cannot read ${path}: ${error?.message ?? 'not a format Duiyi imports'}${where}`,
			2
		);
	}
	writeJson(result);
	return 0;
}
