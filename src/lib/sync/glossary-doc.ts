/**
 * The shared glossary document (one Y.Doc per shared glossary): the mapping between a glossary
 * and its entries and the document. Pure: only Y.js.
 *
 * Layout of the Y.Doc:
 *   meta     Y.Map   id, name, sourceLang, targetLang, createdAt
 *   entries  Y.Map<Y.Map>   per entry id: terms, domain, definition, note, source, createdAt,
 *                           updatedAt, updatedBy — each field its own key, so two members
 *                           changing different fields of one entry both keep their change
 */
import * as Y from 'yjs';
import type { Glossary, TermEntry } from '../domain/types.ts';

export interface SharedGlossary {
	glossary: Pick<Glossary, 'id' | 'name' | 'sourceLang' | 'targetLang' | 'createdAt'>;
	/** Entries without their local glossary list (a replica adds this glossary to it). */
	entries: Omit<TermEntry, 'glossaryIds'>[];
}

const FIELDS = [
	'terms',
	'domain',
	'definition',
	'note',
	'source',
	'createdAt',
	'updatedAt'
] as const;

const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');
const entriesMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('entries');

export function hasGlossary(doc: Y.Doc): boolean {
	return meta(doc).has('id');
}

/** Writes a glossary's fields and all its entries into an empty document (its owner shares it). */
export function writeGlossary(doc: Y.Doc, shared: SharedGlossary, by: string): void {
	doc.transact(() => {
		for (const [key, value] of Object.entries(shared.glossary)) meta(doc).set(key, value);
		for (const entry of shared.entries) putEntry(doc, entry, by);
	});
}

export function readGlossary(doc: Y.Doc): SharedGlossary {
	const m = meta(doc);
	const entries: SharedGlossary['entries'] = [];
	for (const [id, map] of entriesMap(doc).entries()) {
		const entry: Record<string, unknown> = { id };
		for (const field of FIELDS) if (map.has(field)) entry[field] = map.get(field);
		entries.push(entry as unknown as SharedGlossary['entries'][number]);
	}
	entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
	return {
		glossary: {
			id: String(m.get('id') ?? ''),
			name: String(m.get('name') ?? ''),
			sourceLang: String(m.get('sourceLang') ?? 'zh-CN'),
			targetLang: String(m.get('targetLang') ?? 'en'),
			createdAt: Number(m.get('createdAt') ?? 0)
		},
		entries
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Adds an entry, or writes the fields of it that changed. Returns true when something was written. */
export function putEntry(doc: Y.Doc, entry: Omit<TermEntry, 'glossaryIds'>, by: string): boolean {
	let wrote = false;
	doc.transact(() => {
		let map = entriesMap(doc).get(entry.id);
		if (!map) {
			map = new Y.Map<unknown>();
			entriesMap(doc).set(entry.id, map);
		}
		for (const field of FIELDS) {
			const value = entry[field];
			if (value === undefined) {
				if (map.has(field)) {
					map.delete(field);
					wrote = true;
				}
			} else if (!same(map.get(field), value)) {
				map.set(field, value);
				wrote = true;
			}
		}
		if (wrote) map.set('updatedBy', by);
	});
	return wrote;
}

/**
 * Carries what was done to a glossary here into the document: `fed` is what the document last
 * gave this replica, `rows` the entries here now. Entries added or changed here are written
 * (only when they differ from what was fed, so news is never reverted); entries fed and gone
 * from here are deleted. Returns true when something was written.
 */
export function applyEntries(
	doc: Y.Doc,
	fed: SharedGlossary['entries'],
	rows: Omit<TermEntry, 'glossaryIds'>[],
	by: string
): boolean {
	const was = new Map(fed.map((e) => [e.id, e]));
	const here = new Set(rows.map((e) => e.id));
	let wrote = false;
	doc.transact(() => {
		for (const row of rows) {
			const before = was.get(row.id);
			if (before && FIELDS.every((f) => same(before[f], row[f]))) continue;
			wrote = putEntry(doc, row, by) || wrote;
		}
		for (const entry of fed) {
			if (!here.has(entry.id) && entriesMap(doc).has(entry.id)) {
				entriesMap(doc).delete(entry.id);
				wrote = true;
			}
		}
	});
	return wrote;
}
