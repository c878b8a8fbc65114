/**
 * Small helpers over the TermEntry model: which terms are Chinese, which English, in what
 * order, and how a new entry is made. Every other glossary module goes through these so the
 * rules (a `zh*` tag is Chinese, preferred before admitted) live in one place.
 */
import { newId } from '../ids.ts';
import type { Term, TermEntry, TermStatus } from '../types.ts';

/** Whether a BCP 47 tag names the language given by its primary subtag ('zh-CN' is 'zh'). */
export function isLang(tag: string, primary: string): boolean {
	if (tag === primary) return true;
	const t = tag.toLowerCase();
	const p = primary.toLowerCase();
	if (t.length === p.length) return t === p;
	const sep = t.charCodeAt(p.length);
	return (sep === 45 || sep === 95) && t.startsWith(p);
}

const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, forbidden: 2 };

/** Terms of one language, preferred first, then admitted, then forbidden (stable otherwise). */
export function termsOf(entry: TermEntry, primary: string): Term[] {
	return entry.terms
		.filter((t) => isLang(t.lang, primary) && t.text.trim().length > 0)
		.map((t, i) => ({ t, i }))
		.sort((a, b) => STATUS_RANK[a.t.status] - STATUS_RANK[b.t.status] || a.i - b.i)
		.map((x) => x.t);
}

/**
 * The texts a translator may use for a concept (preferred then admitted) and those they must
 * not (forbidden), in one language.
 *
 * @example
 * usableTexts(entry, 'en') // { allowed: ['streamline administration'], forbidden: ['simplify'] }
 */
export function usableTexts(
	entry: TermEntry,
	primary: string
): { allowed: string[]; forbidden: string[] } {
	// One pass, no sorting: this runs for every entry whenever a term index is built.
	const preferred: string[] = [];
	const admitted: string[] = [];
	const forbidden: string[] = [];
	for (const t of entry.terms) {
		if (!isLang(t.lang, primary) || t.text.trim().length === 0) continue;
		if (t.status === 'preferred') preferred.push(t.text);
		else if (t.status === 'admitted') admitted.push(t.text);
		else forbidden.push(t.text);
	}
	return { allowed: admitted.length ? preferred.concat(admitted) : preferred, forbidden };
}

/** The entry's headword in a language: its first preferred (else admitted, else any) term. */
export function headword(entry: TermEntry, primary: string): string | undefined {
	return termsOf(entry, primary)[0]?.text;
}

/** Options shared by the glossary parsers: how ids and times are made (tests fix both). */
export interface EntryFactoryOptions {
	/** Makes an entry id; `hint` is the id the file gave, when it gave one. */
	makeId?: (hint?: string) => string;
	/** Creation / update time for entries the file does not date (ms since the epoch). */
	now?: number;
	/** Glossary the new entries belong to. */
	glossaryId?: string;
}

/**
 * Makes an empty entry with an id and times, as every importer does.
 *
 * @example
 * createEntry({ now: 0 }).terms // []
 */
export function createEntry(options: EntryFactoryOptions = {}, hint?: string): TermEntry {
	const now = options.now ?? Date.now();
	return {
		id: options.makeId ? options.makeId(hint) : (hint ?? newId()),
		glossaryIds: options.glossaryId ? [options.glossaryId] : [],
		terms: [],
		createdAt: now,
		updatedAt: now
	};
}

/** Reads a status word as CAT tools write it (TBX values, memoQ/Trados words, 中文). */
export function readStatus(value: string | undefined): TermStatus | null {
	if (!value) return null;
	const v = value
		.trim()
		.toLowerCase()
		.replace(/-admn-sts$/, '')
		.replace(/term$/, '')
		.trim();
	if (['preferred', 'prefered', 'pref', 'p', 'approved', 'yes', '首选', '推荐', '优选'].includes(v))
		return 'preferred';
	if (
		[
			'admitted',
			'allowed',
			'permitted',
			'accepted',
			'a',
			'admissible',
			'允许',
			'可用',
			'许可'
		].includes(v)
	)
		return 'admitted';
	if (
		[
			'forbidden',
			'deprecated',
			'superseded',
			'obsolete',
			'banned',
			'rejected',
			'not allowed',
			'do not use',
			'no',
			'f',
			'禁用',
			'禁止',
			'不用',
			'弃用'
		].includes(v)
	)
		return 'forbidden';
	return null;
}

/**
 * A new entry from what the translator selected: the Chinese from the source, the English from
 * the target (preferred). Blank sides are left out; surrounding spaces and quotes are trimmed.
 *
 * @example
 * newTermEntry('“放管服”', 'streamline administration ', { glossaryId: 'g1' }).terms
 * // [{ lang: 'zh-CN', text: '放管服', status: 'preferred' }, { lang: 'en', text: 'streamline administration', status: 'preferred' }]
 */
export function newTermEntry(
	zh: string,
	en: string,
	options: EntryFactoryOptions & { sourceLang?: string; targetLang?: string } = {}
): TermEntry {
	const clean = (s: string) =>
		s
			.trim()
			.replace(/^["'“”‘’「」『』《》]+|["'“”‘’「」『』《》]+$/g, '')
			.trim();
	const entry = createEntry(options);
	const z = clean(zh);
	const e = clean(en);
	if (z) entry.terms.push({ lang: options.sourceLang ?? 'zh-CN', text: z, status: 'preferred' });
	if (e) entry.terms.push({ lang: options.targetLang ?? 'en', text: e, status: 'preferred' });
	return entry;
}
