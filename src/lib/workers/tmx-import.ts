/**
 * A TMX file into the translation memory: parsed, refused whole when it is not TMX or not in
 * the project's language pair, else stored in one transaction a chunk at a time with progress;
 * an abort rolls the transaction back. Runs in the TMX worker in the browser (tmx-client.ts),
 * in place in Node.
 */
import type { Repos } from '../db/repos/index.ts';
import { languagePairIssue } from '../domain/formats/languages.ts';
import { parseTmx, type TmxReport } from '../domain/formats/tmx/parse.ts';
import { newId } from '../domain/ids.ts';
import type { FormatIssue } from '../domain/types.ts';

export type TmxImportOutcome = { report: TmxReport; issues?: never } | { issues: FormatIssue[] };

export interface TmxImportSteps {
	signal?: AbortSignal;
	/** The units parsed, before the store begins. */
	onStoring?: (total: number) => void;
	onProgress?: (written: number, total: number) => void;
}

/**
 * Parses and stores a TMX; resolves with its report, or with the issues that refused it.
 *
 * @example
 * const outcome = await importTmxInto(repos, bytes, 'client.tmx', { onProgress });
 */
export async function importTmxInto(
	repos: Pick<Repos, 'tm'>,
	bytes: Uint8Array,
	fileName: string | undefined,
	{ signal, onStoring, onProgress }: TmxImportSteps = {}
): Promise<TmxImportOutcome> {
	const parsed = parseTmx(bytes, { newId: () => `tmx:${newId()}` });
	if (!parsed.value) return { issues: parsed.issues };
	const { units, report } = parsed.value;
	// A memory in another pair is refused before anything is stored, its languages named.
	const wrong = languagePairIssue({ languages: report.languages });
	if (wrong) return { issues: [wrong] };
	if (fileName) for (const unit of units) unit.file = fileName;
	signal?.throwIfAborted();
	onStoring?.(units.length);
	await repos.tm.importUnits(units, {
		signal,
		onProgress: (written) => onProgress?.(written, units.length)
	});
	return { report };
}
