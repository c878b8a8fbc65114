/**
 * What any reader accepts at most. A hostile or broken file (a zip bomb, a million nested
 * elements, a file of gigabytes) is refused with an error issue naming the limit, instead of
 * exhausting memory or the stack. The limits sit far above any real document of the genre: a
 * 20,000-paragraph newspaper volume is a few megabytes of DOCX XML and nests fewer than 30 deep.
 */
import type { FormatIssue } from '../types.ts';

export const LIMITS = {
	/** Bytes of one file handed to a reader. */
	fileBytes: 200 * 1024 * 1024,
	/** Entries in a zip container (DOCX): Word writes a few dozen. */
	zipEntries: 10_000,
	/** Bytes unpacked from a zip container, all the parts read together. */
	zipUnpackedBytes: 256 * 1024 * 1024,
	/** Elements open inside each other in an XML document (XLIFF, TMX, TBX, DOCX parts). */
	xmlDepth: 512
} as const;

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`);

/** The limit codes a UI translates (`limit.file_bytes` …). */
export type LimitCode =
	'limit.file_bytes' | 'limit.zip_entries' | 'limit.zip_unpacked_bytes' | 'limit.xml_depth';

/**
 * The refusal for a limit, worded for a person.
 *
 * @example
 * limitIssue('limit.xml_depth').message // 'elements are nested more than 512 deep, the limit Duiyi reads'
 */
export function limitIssue(code: LimitCode, path?: string): FormatIssue {
	const message = {
		'limit.file_bytes': `the file is larger than ${size(LIMITS.fileBytes)}, the limit Duiyi reads`,
		'limit.zip_entries': `the archive holds more than ${LIMITS.zipEntries} files, the limit Duiyi reads`,
		'limit.zip_unpacked_bytes': `the archive unpacks to more than ${size(LIMITS.zipUnpackedBytes)}, the limit Duiyi reads (a zip bomb or not a real document)`,
		'limit.xml_depth': `elements are nested more than ${LIMITS.xmlDepth} deep, the limit Duiyi reads`
	}[code];
	return path ? { severity: 'error', code, message, path } : { severity: 'error', code, message };
}

/** True when an issue is a refusal at one of the limits above. */
export const isLimitIssue = (issue: FormatIssue) => issue.code.startsWith('limit.');

/** The refusal for a file over the size limit, or null. */
export function checkFileSize(bytes: { length: number }): FormatIssue | null {
	return bytes.length > LIMITS.fileBytes ? limitIssue('limit.file_bytes') : null;
}
