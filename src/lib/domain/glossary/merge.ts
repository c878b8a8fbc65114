/**
 * Importing a file into a glossary that already has entries: what is new is added, what adds
 * to an existing concept updates it, what is already there is skipped, and what contradicts an
 * entry (same Chinese, another preferred English) is a conflict, resolved as the caller asks.
 * Pure: the caller writes the result in one transaction, so a bad file changes nothing.
 */
import type { Term, TermEntry } from '../types.ts';
import { headword, isLang } from './terms.ts';

export type ConflictPolicy = 'keep' | 'replace' | 'add';

export interface MergeOptions {
	/** What to do when an incoming entry contradicts an existing one (default 'keep'). */
	onConflict?: ConflictPolicy;
	/** The glossary the entries go into (added to each entry's glossaryIds). */
	glossaryId?: string;
	/** Update time for changed entries. */
	now?: number;
	sourceLang?: string;
	targetLang?: string;
}

export interface MergeConflict {
	zh: string;
	existingId: string;
	existingEn?: string;
	incomingEn?: string;
}

export interface MergeReport {
	added: number;
	updated: number;
	skipped: number;
	conflicts: MergeConflict[];
}

export interface MergeResult {
	/** Every entry after the import: existing ones (some updated) then added ones. */
	entries: TermEntry[];
	/** Entries to insert. */
	added: TermEntry[];
	/** Existing entries that changed (new versions, same ids). */
	updated: TermEntry[];
	report: MergeReport;
}

function norm(s: string): string {
	return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function sameTerm(a: Term, b: Term): boolean {
	return a.lang.toLowerCase() === b.lang.toLowerCase() && norm(a.text) === norm(b.text);
}

/** Adds what `incoming` has and `base` lacks; returns null when nothing would change. */
function union(base: TermEntry, incoming: TermEntry): TermEntry | null {
	let changed = false;
	const terms = base.terms.map((t) => ({ ...t }));
	for (const t of incoming.terms) {
		const known = terms.find((x) => sameTerm(x, t));
		if (!known) {
			// A second preferred term in a language would contradict the first: admit it.
			const clash =
				t.status === 'preferred' &&
				terms.some(
					(x) => x.status === 'preferred' && x.lang.toLowerCase() === t.lang.toLowerCase()
				);
			terms.push(clash ? { ...t, status: 'admitted' } : { ...t });
			changed = true;
			continue;
		}
		for (const key of ['partOfSpeech', 'note'] as const) {
			if (!known[key] && t[key]) {
				known[key] = t[key];
				changed = true;
			}
		}
	}
	const out: TermEntry = { ...base, terms };
	for (const key of ['domain', 'definition', 'note', 'source'] as const) {
		if (!out[key] && incoming[key]) {
			out[key] = incoming[key];
			changed = true;
		}
	}
	return changed ? out : null;
}

/**
 * Merges imported entries into existing ones and says what happened.
 *
 * @example
 * const { added, updated, report } = mergeEntries(current, parsed.entries, { glossaryId: 'g1' });
 * report // { added: 40, updated: 3, skipped: 2, conflicts: [{ zh: '放管服', … }] }
 */
export function mergeEntries(
	existing: TermEntry[],
	incoming: TermEntry[],
	options: MergeOptions = {}
): MergeResult {
	const src = options.sourceLang ?? 'zh';
	const tgt = options.targetLang ?? 'en';
	const policy = options.onConflict ?? 'keep';
	const now = options.now ?? Date.now();
	const current = existing.slice();
	const byZh = new Map<string, number>();
	const byId = new Map<string, number>();
	const index = (e: TermEntry, i: number) => {
		byId.set(e.id, i);
		for (const t of e.terms) if (isLang(t.lang, src)) byZh.set(norm(t.text), i);
	};
	current.forEach(index);
	const added: TermEntry[] = [];
	const updatedIds = new Set<string>();
	const report: MergeReport = { added: 0, updated: 0, skipped: 0, conflicts: [] };
	const withGlossary = (e: TermEntry): TermEntry =>
		options.glossaryId && !e.glossaryIds.includes(options.glossaryId)
			? { ...e, glossaryIds: [...e.glossaryIds, options.glossaryId] }
			: e;

	for (const entry of incoming) {
		let at = byId.get(entry.id);
		if (at === undefined) {
			for (const t of entry.terms) {
				if (!isLang(t.lang, src)) continue;
				at = byZh.get(norm(t.text));
				if (at !== undefined) break;
			}
		}
		if (at === undefined) {
			const fresh = withGlossary({ ...entry, terms: entry.terms.map((t) => ({ ...t })) });
			current.push(fresh);
			index(fresh, current.length - 1);
			added.push(fresh);
			report.added++;
			continue;
		}
		const base = current[at];
		const preferred = (e: TermEntry) =>
			e.terms.find((t) => isLang(t.lang, tgt) && t.status === 'preferred')?.text;
		const a = preferred(base);
		const b = preferred(entry);
		if (a && b && norm(a) !== norm(b)) {
			report.conflicts.push({
				zh: headword(base, src) ?? headword(entry, src) ?? '',
				existingId: base.id,
				existingEn: a,
				incomingEn: b
			});
			if (policy === 'replace') {
				current[at] = withGlossary({
					...entry,
					id: base.id,
					createdAt: base.createdAt,
					updatedAt: now
				});
				updatedIds.add(base.id);
			} else if (policy === 'add') {
				let id = entry.id;
				while (byId.has(id)) id = id + '-2';
				const fresh = withGlossary({ ...entry, id });
				current.push(fresh);
				index(fresh, current.length - 1);
				added.push(fresh);
				report.added++;
			}
			continue;
		}
		const merged = union(base, entry);
		if (!merged) {
			report.skipped++;
			continue;
		}
		current[at] = withGlossary({ ...merged, updatedAt: now });
		if (!updatedIds.has(base.id)) report.updated++;
		updatedIds.add(base.id);
	}
	if (policy === 'replace') report.updated = updatedIds.size;
	const updated = current.filter((e) => updatedIds.has(e.id) && !added.includes(e));
	return { entries: current, added, updated, report };
}
