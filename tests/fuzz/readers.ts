/**
 * Every reader Duiyi has, as the app and the CLI call it, and what counts as a clean outcome:
 * a value, or a refusal that says why in words (an error issue, no stack trace). Anything
 * thrown is a crash.
 */
import { parseAnnotations } from '../../src/lib/domain/annotations/jsonld.ts';
import { readBilingualRows } from '../../src/lib/domain/formats/docx/parse-bilingual.ts';
import { inspect } from '../../src/lib/domain/formats/inspect.ts';
import { parseBackup } from '../../src/lib/domain/formats/project/backup.ts';
import { parseProjectFile } from '../../src/lib/domain/formats/project/project-file.ts';
import { parseTbx } from '../../src/lib/domain/formats/tbx/parse.ts';
import { parseTmx } from '../../src/lib/domain/formats/tmx/parse.ts';
import { parseXliff } from '../../src/lib/domain/formats/xliff/parse.ts';
import { parseGlossaryFile } from '../../src/lib/domain/glossary/file.ts';
import { importDocument } from '../../src/lib/domain/import/index.ts';
import type { FormatIssue } from '../../src/lib/domain/types.ts';

export type Outcome = 'read' | 'refused';

interface Reader {
	name: string;
	/** Takes bytes (and checks the file size itself); text readers get decoded text. */
	bytes: boolean;
	read(bytes: Uint8Array, name: string): { ok: boolean; issues: FormatIssue[] };
}

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const result = (r: { value: unknown; issues: FormatIssue[] }) => ({
	ok: r.value !== null,
	issues: r.issues
});

export const READERS: Reader[] = [
	{
		name: 'inspect',
		bytes: true,
		read: (b, n) => {
			const r = inspect(b, n);
			const error = r.issues.some((i) => i.severity === 'error');
			return { ok: r.format !== 'unknown' && !(error && r.units === 0), issues: r.issues };
		}
	},
	{ name: 'importDocument', bytes: true, read: (b, n) => result(importDocument(b, n)) },
	{ name: 'parseGlossaryFile', bytes: true, read: (b, n) => result(parseGlossaryFile(b, n)) },
	{ name: 'readBilingualRows', bytes: true, read: (b) => result(readBilingualRows(b)) },
	{ name: 'parseXliff', bytes: true, read: (b) => result(parseXliff(b)) },
	{ name: 'parseTmx', bytes: true, read: (b) => result(parseTmx(b)) },
	{ name: 'parseTbx', bytes: false, read: (b) => result(parseTbx(decode(b))) },
	{ name: 'parseProjectFile', bytes: false, read: (b) => result(parseProjectFile(decode(b))) },
	{ name: 'parseBackup', bytes: false, read: (b) => result(parseBackup(decode(b))) },
	{ name: 'parseAnnotations', bytes: false, read: (b) => result(parseAnnotations(decode(b))) }
];

/** Runs one reader on one input: 'read', 'refused', or throws a description of what went wrong. */
export function outcome(reader: Reader, bytes: Uint8Array, name: string): Outcome {
	let r: { ok: boolean; issues: FormatIssue[] };
	try {
		r = reader.read(bytes, name);
	} catch (err) {
		throw new Error(`${reader.name} threw on ${name}: ${(err as Error).message}`);
	}
	if (r.ok) return 'read';
	const error = r.issues.find((i) => i.severity === 'error');
	if (!error || !error.message.trim())
		throw new Error(`${reader.name} refused ${name} without saying why`);
	if (/\n\s+at /.test(error.message))
		throw new Error(`${reader.name} put a stack trace in its message on ${name}`);
	return 'refused';
}
