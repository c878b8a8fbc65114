/**
 * A glossary file imported into one glossary: read (parseGlossaryFile), refused whole when it is
 * broken or in another language pair, planned against the glossary under a conflict policy
 * (only the plan's report is handed back, never the entries), then written in one transaction a
 * chunk at a time with progress; an abort rolls it back. Runs in the glossary worker in the
 * browser (glossary-client.ts), in place in Node.
 */
import type { Repos } from '../db/repos/index.ts';
import type { ConflictPolicy, GlossaryImportReport } from '../db/repos/glossaries.ts';
import { languagePairIssue } from '../domain/formats/languages.ts';
import { parseGlossaryFile, type GlossaryFileFormat } from '../domain/glossary/file.ts';
import type { FormatIssue, TermEntry } from '../domain/types.ts';

/** A file read and planned, waiting for the translator to commit it (or a file refused). */
export type ImportPreview =
	| {
			ok: true;
			fileName: string;
			format: GlossaryFileFormat;
			encoding: string;
			/** Entries read from the file. */
			total: number;
			issues: FormatIssue[];
			report: GlossaryImportReport;
	  }
	| { ok: false; fileName: string; issues: FormatIssue[] };

export interface GlossaryImportSteps {
	signal?: AbortSignal;
	onProgress?: (written: number, total: number) => void;
	/** Entries per write (see putInChunks). */
	chunk?: number;
}

/** The file last read for a glossary, held until it is committed or another is read. */
export class GlossaryImportSession {
	#repos: Pick<Repos, 'glossaries'>;
	#glossaryId: string;
	#entries: TermEntry[] | null = null;

	constructor(repos: Pick<Repos, 'glossaries'>, glossaryId: string) {
		this.#repos = repos;
		this.#glossaryId = glossaryId;
	}

	/** Reads a file and plans its import without writing anything. */
	async read(bytes: Uint8Array, fileName: string, policy: ConflictPolicy): Promise<ImportPreview> {
		this.#entries = null;
		const parsed = parseGlossaryFile(bytes, fileName);
		if (!parsed.value) return { ok: false, fileName, issues: parsed.issues };
		// A termbase in other languages would come in as entries with no Chinese.
		const wrong = languagePairIssue({ languages: parsed.value.languages });
		if (wrong) return { ok: false, fileName, issues: [wrong, ...parsed.issues] };
		const { entries, format, encoding } = parsed.value;
		const report = await this.#repos.glossaries.previewImport(this.#glossaryId, entries, policy);
		this.#entries = entries;
		return {
			ok: true,
			fileName,
			format,
			encoding,
			total: entries.length,
			issues: parsed.issues,
			report
		};
	}

	/** What importing the file read would do under another policy. */
	async plan(policy: ConflictPolicy): Promise<GlossaryImportReport> {
		return this.#repos.glossaries.previewImport(this.#glossaryId, this.#held(), policy);
	}

	/** Writes the file read; the report is what was actually done. */
	async commit(
		policy: ConflictPolicy,
		{ signal, onProgress, chunk }: GlossaryImportSteps = {}
	): Promise<GlossaryImportReport> {
		const entries = this.#held();
		const report = await this.#repos.glossaries.importEntries(this.#glossaryId, entries, policy, {
			signal,
			chunk,
			onProgress: (written) => onProgress?.(written, entries.length)
		});
		this.#entries = null;
		return report;
	}

	#held(): TermEntry[] {
		if (!this.#entries) throw new Error('no glossary file has been read');
		return this.#entries;
	}
}
