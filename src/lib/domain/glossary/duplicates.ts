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
	const groups = new Map<string, DuplicateGroup>();
	for (const entry of entries) {
		const en = termsOf(entry, targetLang).map((t) => t.text);
		const enKey = en.map(norm).sort().join('\u0001');
		for (const term of entry.terms) {
			if (!isLang(term.lang, sourceLang) || !term.text.trim()) continue;
			const key = norm(term.text) + '\u0000' + enKey;
			const group = groups.get(key);
			if (!group) groups.set(key, { zh: term.text.trim(), en, entryIds: [entry.id] });
			else if (!group.entryIds.includes(entry.id)) group.entryIds.push(entry.id);
		}
	}
	return [...groups.values()].filter((g) => g.entryIds.length > 1);
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
	const conflicts: GlossaryConflict[] = [];
	const byZh = new Map<string, { zh: string; preferred: Map<string, string>; ids: string[] }>();
	const preferredIn = new Map<string, { en: string; ids: string[] }>();
	const forbiddenIn = new Map<string, string[]>();
	for (const entry of entries) {
		const en = termsOf(entry, targetLang);
		const preferred =
			en.find((t) => t.status === 'preferred') ?? en.find((t) => t.status === 'admitted');
		for (const t of en) {
			const key = norm(t.text);
			if (t.status === 'preferred') {
				const p = preferredIn.get(key) ?? { en: t.text.trim(), ids: [] };
				if (!p.ids.includes(entry.id)) p.ids.push(entry.id);
				preferredIn.set(key, p);
			} else if (t.status === 'forbidden') {
				const f = forbiddenIn.get(key) ?? [];
				if (!f.includes(entry.id)) f.push(entry.id);
				forbiddenIn.set(key, f);
			}
		}
		if (!preferred) continue;
		for (const term of entry.terms) {
			if (!isLang(term.lang, sourceLang) || !term.text.trim()) continue;
			const key = norm(term.text);
			const group = byZh.get(key) ?? {
				zh: term.text.trim(),
				preferred: new Map<string, string>(),
				ids: [] as string[]
			};
			if (!group.preferred.has(norm(preferred.text)))
				group.preferred.set(norm(preferred.text), preferred.text.trim());
			if (!group.ids.includes(entry.id)) group.ids.push(entry.id);
			byZh.set(key, group);
		}
	}
	for (const group of byZh.values()) {
		if (group.preferred.size > 1) {
			conflicts.push({
				code: 'different_preferred',
				zh: group.zh,
				en: [...group.preferred.values()],
				entryIds: group.ids
			});
		}
	}
	for (const [key, p] of preferredIn) {
		const forbidden = forbiddenIn.get(key);
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
