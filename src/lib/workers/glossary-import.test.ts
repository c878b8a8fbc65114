import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import type { Glossary } from '$lib/domain/types.ts';
import { GlossaryImportSession } from './glossary-import.ts';

let db: DuiyiDB;
let repos: Repos;
let glossary: Glossary;

const csv = (rows: number) =>
	new TextEncoder().encode(
		'zh,en\n' + Array.from({ length: rows }, (_, i) => `术语${i},term ${i}\n`).join('')
	);

beforeEach(async () => {
	db = new DuiyiDB(`glossary-import-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
	glossary = await repos.glossaries.create('Big', [
		{ terms: [{ lang: 'zh', text: '放管服', status: 'preferred' }] }
	]);
});

afterEach(async () => {
	await db.delete();
});

describe('GlossaryImportSession', () => {
	it('plans without writing, then writes in chunks with progress', async () => {
		const session = new GlossaryImportSession(repos, glossary.id);
		const preview = await session.read(csv(50), 'big.csv', 'keep');
		expect(preview).toMatchObject({ ok: true, format: 'csv', total: 50 });
		expect(await repos.glossaries.entries([glossary.id])).toHaveLength(1);
		const seen: number[] = [];
		const report = await session.commit('keep', {
			chunk: 20,
			onProgress: (written) => seen.push(written)
		});
		expect(report).toMatchObject({ added: 50, updated: 0, skipped: 0 });
		expect(seen).toEqual([20, 40, 50]);
		expect(await repos.glossaries.entries([glossary.id])).toHaveLength(51);
	});

	it('a cancel between chunks leaves the glossary as it was, and the file can still be written', async () => {
		const session = new GlossaryImportSession(repos, glossary.id);
		await session.read(csv(50), 'big.csv', 'keep');
		const controller = new AbortController();
		const seen: number[] = [];
		const written = session.commit('keep', {
			signal: controller.signal,
			chunk: 20,
			onProgress: (n) => {
				seen.push(n);
				controller.abort();
			}
		});
		await expect(written).rejects.toMatchObject({ name: 'AbortError' });
		expect(seen).toEqual([20]);
		expect(await repos.glossaries.entries([glossary.id])).toHaveLength(1);
		await session.commit('keep');
		expect(await repos.glossaries.entries([glossary.id])).toHaveLength(51);
	});

	it('refuses a file in another language pair and holds nothing to write', async () => {
		const session = new GlossaryImportSession(repos, glossary.id);
		const fr = new TextEncoder().encode('fr,de\nbonjour,hallo\n');
		const preview = await session.read(fr, 'fr.csv', 'keep');
		expect(preview.ok).toBe(false);
		await expect(session.commit('keep')).rejects.toThrow(/no glossary file/);
		expect(await repos.glossaries.entries([glossary.id])).toHaveLength(1);
	});
});
