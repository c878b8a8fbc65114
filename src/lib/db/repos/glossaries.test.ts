import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGlossaryFile } from '../../domain/glossary/file.ts';
import { serializeTbx } from '../../domain/formats/tbx/serialize.ts';
import type { TermEntry } from '../../domain/types.ts';
import { DuiyiDB } from '../schema.ts';
import { planGlossaryImport, type ConflictPolicy } from './glossaries.ts';
import { createRepos, type Repos } from './index.ts';

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`glossaries-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

function readGlossary(path: string): TermEntry[] {
	const bytes = new Uint8Array(readFileSync(path));
	const parsed = parseGlossaryFile(bytes, path.split('/').pop()!);
	if (!parsed.value) throw new Error(JSON.stringify(parsed.issues));
	return parsed.value.entries;
}

function entry(zh: string, en: [string, 'preferred' | 'admitted' | 'forbidden'][], note?: string) {
	return {
		id: `file-${zh}`,
		glossaryIds: [],
		terms: [
			{ lang: 'zh', text: zh, status: 'preferred' as const },
			...en.map(([text, status]) => ({ lang: 'en', text, status }))
		],
		...(note ? { note } : {}),
		createdAt: 0,
		updatedAt: 0
	} satisfies TermEntry;
}

describe('planGlossaryImport', () => {
	const existing = [
		{
			...entry('放管服', [['streamline administration', 'preferred']]),
			id: 'a',
			glossaryIds: ['g']
		}
	];
	const cases: {
		name: string;
		incoming: TermEntry[];
		policy?: ConflictPolicy;
		expected: { added: number; updated: number; skipped: number; conflicts: number };
	}[] = [
		{
			name: 'the same entry again is skipped',
			incoming: [entry('放管服', [['Streamline  administration', 'preferred']])],
			expected: { added: 0, updated: 0, skipped: 1, conflicts: 0 }
		},
		{
			name: 'a new admitted term updates the entry',
			incoming: [
				entry('放管服', [
					['streamline administration', 'preferred'],
					['delegation reforms', 'admitted']
				])
			],
			expected: { added: 0, updated: 1, skipped: 0, conflicts: 0 }
		},
		{
			name: 'a note the entry lacked updates it',
			incoming: [entry('放管服', [['streamline administration', 'preferred']], 'State Council')],
			expected: { added: 0, updated: 1, skipped: 0, conflicts: 0 }
		},
		{
			name: 'a different preferred English is a conflict, the entry kept',
			incoming: [entry('放管服', [['reform of government functions', 'preferred']])],
			expected: { added: 0, updated: 0, skipped: 0, conflicts: 1 }
		},
		{
			name: 'a conflict added beside when asked',
			incoming: [entry('放管服', [['reform of government functions', 'preferred']])],
			policy: 'add',
			expected: { added: 1, updated: 0, skipped: 0, conflicts: 1 }
		},
		{
			name: 'a conflict replacing the entry when asked',
			incoming: [entry('放管服', [['reform of government functions', 'preferred']])],
			policy: 'replace',
			expected: { added: 0, updated: 1, skipped: 0, conflicts: 1 }
		},
		{
			name: 'a new Chinese term is added',
			incoming: [entry('产城融合', [['industry-city integration', 'preferred']])],
			expected: { added: 1, updated: 0, skipped: 0, conflicts: 0 }
		},
		{
			name: 'a row repeated in the same file is added once then skipped',
			incoming: [
				entry('首位产业', [['leading industry', 'preferred']]),
				entry('首位产业', [['leading industry', 'preferred']])
			],
			expected: { added: 1, updated: 0, skipped: 1, conflicts: 0 }
		}
	];
	it.each(cases)('$name', ({ incoming, policy, expected }) => {
		const { report, rows } = planGlossaryImport('g', existing, incoming, policy, 5);
		expect({ ...report, conflicts: report.conflicts.length }).toEqual(expected);
		expect(rows).toHaveLength(expected.added + expected.updated);
		for (const row of rows) expect(row.glossaryIds).toEqual(['g']);
		// Ids from the file are never reused: a file exported from another glossary would clash.
		for (const row of rows) expect(row.id.startsWith('file-')).toBe(false);
	});

	it('an update keeps the other glossaries the entry belongs to', () => {
		const shared = [{ ...existing[0], glossaryIds: ['other', 'g'] }];
		const { rows } = planGlossaryImport('g', shared, [
			entry('放管服', [['delegation reforms', 'admitted']])
		]);
		expect(rows[0].glossaryIds).toEqual(['other', 'g']);
		expect(rows[0].terms.map((t) => t.text)).toContain('delegation reforms');
	});
});

describe('glossaries repository: import, undo, projects', () => {
	it('imports the Yichun glossary and, a second time, skips every entry', async () => {
		const incoming = readGlossary('corpus/yichun-etdz-2023/glossary.csv');
		const glossary = await repos.glossaries.create('Yichun');
		const preview = await repos.glossaries.previewImport(glossary.id, incoming);
		expect(await db.termEntries.count()).toBe(0);
		const report = await repos.glossaries.importEntries(glossary.id, incoming);
		expect(report).toEqual(preview);
		expect(report.added).toBe(incoming.length);
		expect(await db.termEntries.count()).toBe(incoming.length);
		const stored = await repos.glossaries.entries([glossary.id]);
		const inOrder = stored.sort((a, b) => a.createdAt - b.createdAt).map((e) => e.terms[0].text);
		expect(inOrder).toEqual(incoming.map((e) => e.terms[0].text));
		const again = await repos.glossaries.importEntries(glossary.id, incoming);
		expect(again).toMatchObject({ added: 0, updated: 0, skipped: incoming.length });
		expect((await repos.glossaries.counts())[glossary.id]).toBe(incoming.length);
	});

	it('imports a TBX exported from one glossary into another without touching the first', async () => {
		const a = await repos.glossaries.create('A');
		await repos.glossaries.importEntries(
			a.id,
			readGlossary('corpus/yichun-etdz-2023/glossary.csv')
		);
		const tbx = serializeTbx(await repos.glossaries.entries([a.id]));
		const parsed = parseGlossaryFile(new TextEncoder().encode(tbx), 'a.tbx').value!.entries;
		const b = await repos.glossaries.create('B');
		expect(await repos.glossaries.importEntries(b.id, parsed)).toMatchObject({ added: 111 });
		const counts = await repos.glossaries.counts();
		expect([counts[a.id], counts[b.id]]).toEqual([111, 111]);
		// Back into A, the same file changes nothing: its ids name A's entries.
		expect(await repos.glossaries.importEntries(a.id, parsed)).toMatchObject({
			added: 0,
			updated: 0,
			skipped: 111
		});
	});

	it('writes nothing when the glossary is gone (one transaction)', async () => {
		const incoming = readGlossary('corpus/yichun-etdz-2023/glossary.csv');
		await expect(repos.glossaries.importEntries('missing', incoming)).rejects.toThrow();
		expect(await db.termEntries.count()).toBe(0);
	});

	it('deletes an entry from one glossary and restores it with undo', async () => {
		const a = await repos.glossaries.create('A', [
			{ terms: [{ lang: 'zh', text: '产城融合', status: 'preferred' }] }
		]);
		const b = await repos.glossaries.create('B');
		const [row] = await repos.glossaries.entries([a.id]);
		await repos.glossaries.putEntry({ ...row, glossaryIds: [a.id, b.id] });
		const removed = await repos.glossaries.removeEntryFrom(a.id, row.id);
		expect((await db.termEntries.get(row.id))?.glossaryIds).toEqual([b.id]);
		await repos.glossaries.removeEntryFrom(b.id, row.id);
		expect(await db.termEntries.get(row.id)).toBeUndefined();
		await repos.glossaries.restoreEntry(removed!);
		expect((await db.termEntries.get(row.id))?.glossaryIds).toEqual([a.id, b.id]);
	});

	it('attaches a glossary after the project’s own and detaches it', async () => {
		const own = await repos.glossaries.create('Own');
		const client = await repos.glossaries.create('Client');
		const project = await repos.projects.create({
			name: 'p',
			segments: [{ source: '放管服', kind: 'body' }],
			glossaryIds: [own.id]
		});
		await repos.glossaries.setAttached(client.id, project.id, true);
		await repos.glossaries.setAttached(client.id, project.id, true);
		expect((await repos.projects.get(project.id))?.glossaryIds).toEqual([own.id, client.id]);
		await repos.glossaries.setAttached(own.id, project.id, false);
		expect((await repos.projects.get(project.id))?.glossaryIds).toEqual([client.id]);
	});
});
