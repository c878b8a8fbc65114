/**
 * The glossary manager's state: the glossaries with the projects that use them, and one
 * glossary's entries with search, status filter, sort, editing, delete with undo, import
 * (preview, then one transaction) and export.
 */
import type { Glossary, Project, Term, TermEntry, TermStatus } from '$lib/domain/types.ts';
import { newId } from '$lib/domain/ids.ts';
import {
	entryPinyin,
	prepareEntrySearch,
	searchEntries,
	termsOf,
	WarningScan,
	type DuplicateGroup,
	type GlossaryConflict
} from '$lib/domain/glossary/index.ts';
import { serializeTbx } from '$lib/domain/formats/tbx/serialize.ts';
import { serializeGlossaryCsv } from '$lib/domain/formats/csv/serialize.ts';
import { observe, type LiveSubscription } from '$lib/db/live.ts';
import type { ConflictPolicy, GlossaryImportReport } from '$lib/db/repos/glossaries.ts';
import type { Repos } from '$lib/db/repos/index.ts';
import { glossaryImporter, type GlossaryImporter } from '$lib/workers/glossary-client.ts';
import type { ImportPreview } from '$lib/workers/glossary-import.ts';
import { reportError } from './report.ts';
import { nextTask, sortInSlices } from './sliced.ts';

export type { ConflictPolicy, GlossaryImportReport } from '$lib/db/repos/glossaries.ts';
export type { ImportPreview } from '$lib/workers/glossary-import.ts';
export const CONFLICT_POLICIES: ConflictPolicy[] = ['keep', 'replace', 'add'];

export class GlossaryListState {
	#repos: Repos;
	glossaries = $state.raw<Glossary[]>([]);
	counts = $state.raw<Record<string, number>>({});
	projects = $state.raw<Project[]>([]);
	loaded = $state(false);

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	start(): () => void {
		const subscription: LiveSubscription = observe(
			async () => ({
				glossaries: await this.#repos.glossaries.list(),
				counts: await this.#repos.glossaries.counts(),
				projects: await this.#repos.projects.list()
			}),
			(value) => {
				this.glossaries = value.glossaries;
				this.counts = value.counts;
				this.projects = value.projects;
				this.loaded = true;
			},
			reportError
		);
		return () => subscription.unsubscribe();
	}

	async create(name: string): Promise<Glossary | null> {
		if (!name.trim()) return null;
		return this.#repos.glossaries.create(name.trim());
	}

	async rename(id: string, name: string): Promise<void> {
		if (name.trim()) await this.#repos.glossaries.rename(id, name.trim());
	}

	async remove(id: string): Promise<void> {
		await this.#repos.glossaries.remove(id);
	}

	async setAttached(glossaryId: string, projectId: string, attached: boolean): Promise<void> {
		await this.#repos.glossaries.setAttached(glossaryId, projectId, attached);
	}
}

export const SORT_COLUMNS = ['zh', 'pinyin', 'en', 'pos', 'domain', 'note'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type StatusFilter = 'all' | TermStatus;
export type EntryWarning = 'duplicate' | 'conflict';

/** One table row: an entry with what the table shows derived once. */
export interface EntryRow {
	entry: TermEntry;
	zh: Term[];
	pinyin: string[];
	en: Term[];
	pos: string[];
	warnings: EntryWarning[];
}

export interface GlossaryExport {
	fileName: string;
	blob: Blob;
}

const zhCollator = new Intl.Collator('zh-CN');
const enCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function partsOfSpeech(entry: TermEntry): string[] {
	return [...new Set(entry.terms.map((t) => t.partOfSpeech).filter((p): p is string => !!p))];
}

function sortKey(entry: TermEntry, column: SortColumn): string {
	switch (column) {
		case 'zh':
			return termsOf(entry, 'zh')[0]?.text ?? '';
		case 'pinyin':
			return entryPinyin(entry).plain[0] ?? '';
		case 'en':
			return termsOf(entry, 'en')[0]?.text ?? '';
		case 'pos':
			return partsOfSpeech(entry).join(', ');
		case 'domain':
			return entry.domain ?? '';
		case 'note':
			return entry.note ?? '';
	}
}

/** Pinyin that only repeats a term (no Chinese characters in it) left blank. */
function withoutEcho(pinyin: string[], terms: { text: string }[]): string[] {
	const texts = new Set(terms.map((t) => t.text));
	return pinyin.map((p) => (texts.has(p) ? '' : p));
}

/** Entries scanned for warnings per task. */
const SCAN_SLICE = 1000;

/** Entries whose pinyin is derived per task (#prepareSearch): 500 took 228 ms at load 15. */
const PREPARE_SLICE = 200;

/** Entries of a read looked up and sorted per task (#takeInSlices). */
const LIST_SLICE = 2000;

const byCreation = (a: TermEntry, b: TermEntry) => a.createdAt - b.createdAt;

/** The entries read, with the objects of unchanged ones kept: derived pinyin is cached per object. */
function keepUnchanged(read: TermEntry[], previous: Map<string, TermEntry>): TermEntry[] {
	return read.map((e) => {
		const old = previous.get(e.id);
		const same = old?.updatedAt === e.updatedAt && old.glossaryIds.join() === e.glossaryIds.join();
		return same ? old : e;
	});
}

/** Above this many entries the search waits for a pause in typing (pinyin search is O(n)). */
const DEBOUNCE_FROM = 2000;

function fileBase(name: string): string {
	return name.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'glossary';
}

/** An empty entry to edit: one Chinese and one preferred English term. */
export function blankEntry(glossaryId: string): TermEntry {
	const now = Date.now();
	return {
		id: newId(),
		glossaryIds: [glossaryId],
		terms: [
			{ lang: 'zh', text: '', status: 'preferred' },
			{ lang: 'en', text: '', status: 'preferred' }
		],
		createdAt: now,
		updatedAt: now
	};
}

/** An entry as the editor leaves it: empty terms and fields dropped, texts trimmed. */
export function cleanEntry(entry: TermEntry): TermEntry {
	const terms = entry.terms
		.map((t) => {
			const term: Term = { lang: t.lang, text: t.text.trim(), status: t.status };
			if (t.partOfSpeech?.trim()) term.partOfSpeech = t.partOfSpeech.trim();
			if (t.note?.trim()) term.note = t.note.trim();
			return term;
		})
		.filter((t) => t.text);
	const clean: TermEntry = { ...entry, terms };
	for (const field of ['domain', 'definition', 'note', 'source'] as const) {
		const value = entry[field]?.trim();
		if (value) clean[field] = value;
		else delete clean[field];
	}
	return clean;
}

export class GlossaryEntriesState {
	#repos: Repos;
	#glossary: Glossary;
	entries = $state.raw<TermEntry[]>([]);
	loaded = $state(false);
	#query = $state('');
	#appliedQuery = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	status = $state<StatusFilter>('all');
	sort = $state<{ column: SortColumn; descending: boolean } | null>(null);
	/** Rows shown at once; long glossaries grow by pages so typing in the search stays quick. */
	limit = $state(200);
	/** The entry deleted last, until undone or dismissed. */
	lastDeleted = $state.raw<TermEntry | null>(null);

	/** Found by a scan of the entries, a slice per task in long glossaries (#scanWarnings). */
	duplicates = $state.raw<DuplicateGroup[]>([]);
	conflicts = $state.raw<GlossaryConflict[]>([]);

	#warnings = $derived.by(() => {
		const map = new Map<string, EntryWarning[]>();
		const add = (id: string, w: EntryWarning) => {
			const list = map.get(id) ?? [];
			if (!list.includes(w)) list.push(w);
			map.set(id, list);
		};
		for (const g of this.duplicates) for (const id of g.entryIds) add(id, 'duplicate');
		for (const c of this.conflicts) {
			const ids =
				c.code === 'different_preferred' ? c.entryIds : [...c.preferredIn, ...c.forbiddenIn];
			for (const id of ids) add(id, 'conflict');
		}
		return map;
	});

	/** Entries matching the search and filter, in display order. */
	matches: TermEntry[] = $derived.by(() => {
		let found = searchEntries(this.entries, this.#appliedQuery);
		const status = this.status;
		if (status !== 'all') found = found.filter((e) => e.terms.some((t) => t.status === status));
		const sort = this.sort;
		if (sort) {
			const collator = sort.column === 'zh' ? zhCollator : enCollator;
			const sign = sort.descending ? -1 : 1;
			const keyed = found.map((entry) => ({ entry, key: sortKey(entry, sort.column) }));
			keyed.sort((a, b) => sign * collator.compare(a.key, b.key));
			found = keyed.map((k) => k.entry);
		}
		return found;
	});

	/** The rows on screen; pinyin and the rest are derived for these only. */
	visibleRows: EntryRow[] = $derived(
		this.matches.slice(0, this.limit).map((entry) => ({
			entry,
			zh: termsOf(entry, 'zh'),
			// A term without Chinese characters has no pinyin to show (it would repeat the term).
			pinyin: withoutEcho(entryPinyin(entry).toned, termsOf(entry, 'zh')),
			en: termsOf(entry, 'en'),
			pos: partsOfSpeech(entry),
			warnings: this.#warnings.get(entry.id) ?? []
		}))
	);

	constructor(repos: Repos, glossary: Glossary) {
		this.#repos = repos;
		this.#glossary = glossary;
	}

	get glossaryId(): string {
		return this.#glossary.id;
	}

	/** The search box's text; the table follows it at once, or after a pause in long glossaries. */
	get query(): string {
		return this.#query;
	}

	set query(value: string) {
		this.#query = value;
		clearTimeout(this.#timer);
		if (this.entries.length < DEBOUNCE_FROM) this.#appliedQuery = value;
		else this.#timer = setTimeout(() => (this.#appliedQuery = value), 150);
	}

	start(): () => void {
		const subscription = observe(
			() => this.#repos.glossaries.entries([this.#glossary.id]),
			(entries) => {
				if (entries.length > LIST_SLICE || this.entries.length > LIST_SLICE)
					return void this.#takeInSlices(entries).catch(reportError);
				this.#taking++;
				const previous = new Map(this.entries.map((e) => [e.id, e]));
				this.#show(keepUnchanged(entries, previous).sort(byCreation));
			},
			reportError
		);
		return () => {
			this.#taking++;
			this.#preparing++;
			this.#scanning++;
			this.#importer?.stop();
			this.#importer = null;
			subscription.unsubscribe();
		};
	}

	#taking = 0;

	/**
	 * Takes a long read (100,000 entries after a large import) a slice per task: the lookup of
	 * the entries shown, keeping unchanged ones and the sort by creation would hold the page for
	 * most of a second in one task. The list changes once, when all is done.
	 */
	async #takeInSlices(read: TermEntry[]): Promise<void> {
		const run = ++this.#taking;
		const stale = () => run !== this.#taking;
		const shown = this.entries;
		const previous = new Map<string, TermEntry>();
		for (let from = 0; from < shown.length; from += LIST_SLICE) {
			for (const e of shown.slice(from, from + LIST_SLICE)) previous.set(e.id, e);
			await nextTask();
			if (stale()) return;
		}
		const kept: TermEntry[] = [];
		for (let from = 0; from < read.length; from += LIST_SLICE) {
			for (const e of keepUnchanged(read.slice(from, from + LIST_SLICE), previous)) kept.push(e);
			await nextTask();
			if (stale()) return;
		}
		const sorted = await sortInSlices(kept, byCreation, LIST_SLICE);
		if (!stale()) this.#show(sorted);
	}

	#show(entries: TermEntry[]): void {
		this.entries = entries;
		this.loaded = true;
		this.#scanWarnings(entries);
		this.#prepareSearch(entries);
	}

	#preparing = 0;
	#scanning = 0;

	/**
	 * Finds duplicates and conflicts: at once in a short glossary, else SCAN_SLICE entries per
	 * task (a 100,000-entry scan is a second's work the page must not freeze for); the warnings
	 * shown change when the scan is done.
	 */
	#scanWarnings(entries: TermEntry[]): void {
		const run = ++this.#scanning;
		const scan = new WarningScan();
		const step = (from: number) => {
			if (run !== this.#scanning) return;
			scan.add(entries.slice(from, from + SCAN_SLICE));
			if (from + SCAN_SLICE < entries.length)
				return void setTimeout(() => step(from + SCAN_SLICE), 0);
			this.duplicates = scan.duplicates();
			this.conflicts = scan.conflicts();
		};
		// A long glossary's first slice waits too: its task already read and sorted the entries.
		if (entries.length <= SCAN_SLICE) step(0);
		else setTimeout(() => step(0), 0);
	}

	/** Derives the entries' pinyin PREPARE_SLICE at a time between tasks, so the first keystroke is quick. */
	#prepareSearch(entries: TermEntry[]): void {
		const run = ++this.#preparing;
		const step = (from: number) => {
			if (run !== this.#preparing || from >= entries.length) return;
			prepareEntrySearch(entries.slice(from, from + PREPARE_SLICE));
			setTimeout(() => step(from + PREPARE_SLICE), 0);
		};
		setTimeout(() => step(0), 0);
	}

	/** Sorts by a column; a second click on the same column reverses it. */
	sortBy(column: SortColumn): void {
		this.sort =
			this.sort?.column === column
				? { column, descending: !this.sort.descending }
				: { column, descending: false };
	}

	/** Saves an edited or new entry; refuses (returns false) an entry without any term. */
	async save(entry: TermEntry): Promise<boolean> {
		const clean = cleanEntry(entry);
		if (clean.terms.length === 0) return false;
		await this.#repos.glossaries.putEntry(clean);
		return true;
	}

	async remove(entryId: string): Promise<void> {
		const removed = await this.#repos.glossaries.removeEntryFrom(this.#glossary.id, entryId);
		if (removed) this.lastDeleted = removed;
	}

	async undo(): Promise<void> {
		const entry = this.lastDeleted;
		if (!entry) return;
		this.lastDeleted = null;
		await this.#repos.glossaries.restoreEntry(entry);
	}

	#importer: GlossaryImporter | null = null;
	#importAbort: AbortController | null = null;
	/** How far the import being written is, or null. */
	importProgress = $state.raw<{ written: number; total: number } | null>(null);

	#ensureImporter(): GlossaryImporter {
		return (this.#importer ??= glossaryImporter(this.#repos, this.#glossary.id));
	}

	/**
	 * Reads a file and plans its import without writing anything (off the page's thread in the
	 * browser: a 100,000-entry TBX takes seconds); null when another file was read meanwhile.
	 */
	async prepareImport(
		bytes: Uint8Array,
		fileName: string,
		onConflict: ConflictPolicy = 'keep'
	): Promise<ImportPreview | null> {
		return this.#ensureImporter().read(bytes, fileName, onConflict);
	}

	/** What importing the file prepared would do under another conflict policy. */
	async replanImport(onConflict: ConflictPolicy): Promise<GlossaryImportReport> {
		return this.#ensureImporter().plan(onConflict);
	}

	/**
	 * Writes the file prepared in one transaction, a chunk at a time with progress; the report is
	 * what was actually done, null when {@link cancelImport} stopped it (nothing written).
	 */
	async commitImport(onConflict: ConflictPolicy = 'keep'): Promise<GlossaryImportReport | null> {
		const controller = (this.#importAbort = new AbortController());
		this.importProgress = { written: 0, total: 0 };
		try {
			return await this.#ensureImporter().commit(onConflict, {
				signal: controller.signal,
				onProgress: (written, total) => (this.importProgress = { written, total })
			});
		} catch (error) {
			if (controller.signal.aborted) return null;
			throw error;
		} finally {
			this.#importAbort = null;
			this.importProgress = null;
		}
	}

	/** Stops the import being written; nothing of it is kept. */
	cancelImport(): void {
		this.#importAbort?.abort();
	}

	export(format: 'tbx' | 'csv', name: string): GlossaryExport {
		const base = fileBase(name);
		if (format === 'tbx') {
			const xml = serializeTbx(this.entries, { lang: this.#glossary.sourceLang, title: name });
			return { fileName: `${base}.tbx`, blob: new Blob([xml], { type: 'application/x-tbx+xml' }) };
		}
		// A byte order mark so spreadsheet programs read the Chinese as UTF-8.
		const csv = '\uFEFF' + serializeGlossaryCsv(this.entries);
		return { fileName: `${base}.csv`, blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }) };
	}
}
