import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGlossaryFile } from '$lib/domain/glossary/index.ts';
import type { Glossary } from '$lib/domain/types.ts';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import { cleanEntry, GlossaryEntriesState, type SortColumn } from './glossaries.svelte.ts';

const YICHUN = 'corpus/yichun-etdz-2023/glossary.csv';

let db: DuiyiDB;
let repos: Repos;
let glossary: Glossary;
let state: GlossaryEntriesState;
let stop: () => void;

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
	expect(check()).toBe(true);
}

beforeEach(async () => {
	db = new DuiyiDB(`glossary-state-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
	glossary = await repos.glossaries.create('Yichun');
	state = new GlossaryEntriesState(repos, glossary);
	stop = state.start();
	const preview = await state.prepareImport(new Uint8Array(readFileSync(YICHUN)), 'glossary.csv');
	if (!preview?.ok) throw new Error('the Yichun glossary reads');
	await state.commitImport();
	await until(() => state.entries.length === 111);
});

afterEach(async () => {
	stop();
	await db.delete();
});

const headwords = () => state.matches.map((e) => e.terms[0].text);

describe('GlossaryEntriesState', () => {
	it.each([
		['fgf', '放管服'],
		['fang guan fu', '放管服'],
		['fàng guǎn fú', '放管服'],
		['streamline administration', '放管服'],
		['Yichun ETDZ', '宜春经开区']
	])('search %s finds %s first', (query, zh) => {
		state.query = query;
		expect(headwords()[0]).toBe(zh);
	});

	it.each<[SortColumn, boolean, string]>([
		['zh', false, 'zh-CN'],
		['en', false, 'en'],
		['en', true, 'en']
	])('sorts by %s (descending %s)', (column, descending, lang) => {
		state.sortBy(column);
		if (descending) state.sortBy(column);
		const keys = state.matches.map(
			(e) => e.terms.find((t) => t.lang.startsWith(lang.slice(0, 2)))?.text ?? ''
		);
		const sorted = [...keys].sort(new Intl.Collator(lang, { sensitivity: 'base' }).compare);
		if (descending) sorted.reverse();
		expect(keys[0]).toBe(sorted[0]);
		expect(keys.at(-1)).toBe(sorted.at(-1));
	});

	it('filters by status: the admitted alternatives', () => {
		state.status = 'admitted';
		expect(state.matches.length).toBeGreaterThan(0);
		expect(state.matches.length).toBeLessThan(111);
		expect(headwords()).toContain('放管服');
		for (const e of state.matches) expect(e.terms.some((t) => t.status === 'admitted')).toBe(true);
	});

	it('shows the rows of one page with their pinyin', () => {
		state.limit = 10;
		expect(state.visibleRows).toHaveLength(10);
		state.query = 'fgf';
		expect(state.visibleRows[0].pinyin).toEqual(['fàng guǎn fú']);
	});

	it('edits an entry, refuses an empty one, deletes and undoes', async () => {
		const entry = state.entries.find((e) => e.terms[0].text === '放管服')!;
		const edited = {
			...entry,
			terms: [
				...entry.terms,
				{ lang: 'en', text: ' simplification ', status: 'forbidden' as const }
			]
		};
		expect(await state.save(edited)).toBe(true);
		await until(() => state.entries.find((e) => e.id === entry.id)!.terms.length === 4);
		expect(state.conflicts).toEqual([]);
		expect(
			await state.save({ ...entry, terms: [{ lang: 'zh', text: ' ', status: 'preferred' }] })
		).toBe(false);
		await state.remove(entry.id);
		await until(() => state.entries.length === 110);
		await state.undo();
		await until(() => state.entries.length === 111);
		expect(state.entries.find((e) => e.id === entry.id)?.terms.at(-1)?.text).toBe('simplification');
	});

	it('warns on a duplicate and on a term preferred here and forbidden there', async () => {
		const entry = state.entries.find((e) => e.terms[0].text === '产城融合')!;
		const en = entry.terms.find((t) => t.lang === 'en')!.text;
		await state.save({ ...entry, id: 'copy' });
		await state.save({
			...entry,
			id: 'other',
			terms: [
				{ lang: 'zh', text: '其他', status: 'preferred' },
				{ lang: 'en', text: en, status: 'forbidden' }
			]
		});
		await until(() => state.entries.length === 113);
		expect(state.duplicates.map((d) => d.zh)).toEqual(['产城融合']);
		expect(state.conflicts.map((c) => c.code)).toEqual(['preferred_forbidden']);
		expect(state.visibleRows.find((r) => r.entry.id === 'copy')?.warnings).toEqual([
			'duplicate',
			'conflict'
		]);
	});

	it.each([
		['keep', 0, 0, 111],
		['replace', 0, 1, 111],
		['add', 1, 0, 112]
	] as const)('a conflicting file under policy %s', async (policy, added, updated, total) => {
		const csv = new TextEncoder().encode('zh,en\n放管服,decentralisation\n');
		const preview = await state.prepareImport(csv, 'client.csv', policy);
		if (!preview?.ok) throw new Error('the file reads');
		expect(preview.report.conflicts).toMatchObject([
			{ zh: '放管服', incomingEn: 'decentralisation' }
		]);
		const report = await state.commitImport(policy);
		expect(report).toMatchObject({ added, updated, skipped: 0 });
		const taken = () =>
			state.entries.some((e) =>
				e.terms.some((t) => t.lang === 'en' && t.text === 'decentralisation')
			);
		await until(() => state.entries.length === total && taken() === (policy !== 'keep'));
	});

	it('refuses a broken file and says where', async () => {
		const bad = new TextEncoder().encode('zh,en\n放管服,"streamline\n产城融合,integration\n');
		const preview = await state.prepareImport(bad, 'bad.csv');
		expect(preview?.ok).toBe(false);
		expect(preview?.issues[0]).toMatchObject({ code: 'csv_unterminated_quote', line: 2 });
	});

	it('exports TBX and CSV that read back as the same entries', async () => {
		for (const format of ['tbx', 'csv'] as const) {
			const file = state.export(format, 'Yichun ETDZ');
			expect(file.fileName).toBe(`Yichun_ETDZ.${format}`);
			const back = parseGlossaryFile(new Uint8Array(await file.blob.arrayBuffer()), file.fileName);
			const terms = (es: { terms: { text: string; status: string }[] }[]) =>
				es.map((e) => e.terms.map((t) => `${t.text}:${t.status}`).join('|')).sort();
			expect(terms(back.value!.entries)).toEqual(terms(state.entries));
		}
	});
});

describe('cleanEntry', () => {
	it('trims texts and drops empty terms and fields', () => {
		const clean = cleanEntry({
			id: 'e',
			glossaryIds: ['g'],
			terms: [
				{ lang: 'zh', text: ' 放管服 ', status: 'preferred', partOfSpeech: ' ' },
				{ lang: 'en', text: '', status: 'admitted' }
			],
			note: '  ',
			domain: ' policy ',
			createdAt: 0,
			updatedAt: 0
		});
		expect(clean.terms).toEqual([{ lang: 'zh', text: '放管服', status: 'preferred' }]);
		expect(clean.domain).toBe('policy');
		expect('note' in clean).toBe(false);
	});
});
