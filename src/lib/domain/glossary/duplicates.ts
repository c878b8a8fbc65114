/**
 * Warnings a glossary owes its translator: the same concept entered twice, and entries that
 * contradict each other (one Chinese term, two preferred English terms; or an English term
 * preferred in one entry and forbidden in another).
 */
import type { TermEntry } from '../types.ts';
import { isLang, termsOf } from './terms.ts';

function norm(s: string): string {
	return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Entries that say the same thing: the same Chinese term and the same English terms. */
export interface DuplicateGroup {
	zh: string;
	en: string[];
	entryIds: string[];
}

export type GlossaryConflict =
	| { code: 'different_preferred'; zh: string; en: string[]; entryIds: string[] }
	| { code: 'preferred_forbidden'; en: string; preferredIn: string[]; forbiddenIn: string[] };

/**
 * Duplicates and conflicts gathered a batch of entries at a time, so a long glossary can be
 * scanned between tasks; findDuplicates and findConflicts scan a list in one go. Each entry is
 * added once.
 *
 * @example
 * const scan = new WarningScan();
 * scan.add(entries.slice(0, 5000));
 * scan.add(entries.slice(5000));
 * scan.duplicates(); scan.conflicts();
 */
export class WarningScan {
	#src: string;
	#tgt: string;
	#groups = new Map<string, DuplicateGroup>();
	#byZh = new Map<string, { zh: string; preferred: Map<string, string>; ids: string[] }>();
	#preferredIn = new Map<string, { en: string; ids: string[] }>();
	#forbiddenIn = new Map<string, string[]>();

	constructor(sourceLang = 'zh', targetLang = 'en') {
		this.#src = sourceLang;
		this.#tgt = targetLang;
	}

	add(entries: readonly TermEntry[]): void {
		for (const entry of entries) {
			this.#addDuplicate(entry);
			this.#addConflict(entry);
		}
	}

	/** Groups of duplicate entries (same Chinese term, same set of English terms, case aside). */
	duplicates(): DuplicateGroup[] {
		return [...this.#groups.values()].filter((g) => g.entryIds.length > 1);
	}

	/** Entries that contradict each other. */
	conflicts(): GlossaryConflict[] {
		const conflicts: GlossaryConflict[] = [];
		for (const group of this.#byZh.values()) {
			if (group.preferred.size > 1) {
				conflicts.push({
					code: 'different_preferred',
					zh: group.zh,
					en: [...group.preferred.values()],
					entryIds: group.ids
				});
			}
		}
		for (const [key, p] of this.#preferredIn) {
			const forbidden = this.#forbiddenIn.get(key);
			if (!forbidden) continue;
			conflicts.push({
				code: 'preferred_forbidden',
				en: p.en,
				preferredIn: p.ids,
				forbiddenIn: forbidden
			});
		}
		return conflicts;
	}

	#addDuplicate(entry: TermEntry): void {
		const en = termsOf(entry, this.#tgt).map((t) => t.text);
		const enKey = en.map(norm).sort().join('\u0001');
		for (const term of entry.terms) {
			if (!isLang(term.lang, this.#src) || !term.text.trim()) continue;
			const key = norm(term.text) + '\u0000' + enKey;
			const group = this.#groups.get(key);
			if (!group) this.#groups.set(key, { zh: term.text.trim(), en, entryIds: [entry.id] });
			else pushOnce(group.entryIds, entry.id);
		}
	}

	#addConflict(entry: TermEntry): void {
		const en = termsOf(entry, this.#tgt);
		const preferred =
			en.find((t) => t.status === 'preferred') ?? en.find((t) => t.status === 'admitted');
		for (const t of en) {
			const key = norm(t.text);
			if (t.status === 'preferred') {
				const p = this.#preferredIn.get(key) ?? { en: t.text.trim(), ids: [] };
				pushOnce(p.ids, entry.id);
				this.#preferredIn.set(key, p);
			} else if (t.status === 'forbidden') {
				const f = this.#forbiddenIn.get(key) ?? [];
				pushOnce(f, entry.id);
				this.#forbiddenIn.set(key, f);
			}
		}
		if (!preferred) return;
		for (const term of entry.terms) {
			if (!isLang(term.lang, this.#src) || !term.text.trim()) continue;
			const key = norm(term.text);
			const group = this.#byZh.get(key) ?? {
				zh: term.text.trim(),
				preferred: new Map<string, string>(),
				ids: [] as string[]
			};
			if (!group.preferred.has(norm(preferred.text)))
				group.preferred.set(norm(preferred.text), preferred.text.trim());
			pushOnce(group.ids, entry.id);
			this.#byZh.set(key, group);
		}
	}
}

/** Adds an entry's id unless the entry added last (entries come one at a time) was this one. */
function pushOnce(ids: string[], id: string): void {
	if (ids[ids.length - 1] !== id) ids.push(id);
}

/**
 * Groups of duplicate entries (same Chinese term, same set of English terms, case aside).
 *
 * @example
 * findDuplicates([a, b]) // [{ zh: '放管服', en: ['streamline administration'], entryIds: ['a', 'b'] }]
 */
export function findDuplicates(
	entries: TermEntry[],
	sourceLang = 'zh',
	targetLang = 'en'
): DuplicateGroup[] {
	const scan = new WarningScan(sourceLang, targetLang);
	scan.add(entries);
	return scan.duplicates();
}

/**
 * Entries that contradict each other.
 *
 * @example
 * findConflicts([a, b]) // [{ code: 'different_preferred', zh: '放管服', en: ['…', '…'], entryIds: ['a', 'b'] }]
 */
export function findConflicts(
	entries: TermEntry[],
	sourceLang = 'zh',
	targetLang = 'en'
): GlossaryConflict[] {
	const scan = new WarningScan(sourceLang, targetLang);
	scan.add(entries);
	return scan.conflicts();
}
