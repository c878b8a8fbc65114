import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bigTbx } from '../../bench/lib/big-xml.ts';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.ts';

interface StoredEntry {
	glossaryIds: string[];
	terms: { lang: string; text: string; status: string; partOfSpeech?: string; note?: string }[];
	domain?: string;
	definition?: string;
	note?: string;
	source?: string;
}

/** A glossary's entries as stored, without ids and dates, in a stable order. */
async function storedEntries(page: Page, glossaryName: string): Promise<string[]> {
	const { glossaries, entries } = await page.evaluate(
		() =>
			new Promise<{ glossaries: { id: string; name: string }[]; entries: StoredEntry[] }>(
				(resolve, reject) => {
					const open = indexedDB.open('duiyi');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction(['glossaries', 'termEntries']);
						const g = tx.objectStore('glossaries').getAll();
						const e = tx.objectStore('termEntries').getAll();
						tx.oncomplete = () => {
							resolve({ glossaries: g.result, entries: e.result });
							db.close();
						};
						tx.onerror = () => reject(tx.error);
					};
				}
			)
	);
	const id = glossaries.find((g) => g.name === glossaryName)?.id;
	return entries
		.filter((e) => id && e.glossaryIds.includes(id))
		.map((e) =>
			JSON.stringify({
				terms: e.terms.map((t) => [t.lang, t.text, t.status, t.partOfSpeech, t.note]),
				domain: e.domain,
				definition: e.definition,
				note: e.note,
				source: e.source
			})
		)
		.sort();
}

async function importFile(page: Page, file: string | { name: string; buffer: Buffer }) {
	const name = typeof file === 'string' ? (file.split('/').pop() ?? file) : file.name;
	// The import panel is re-rendered when a new glossary's entries first load; a file chosen in
	// that instant lands on the input being replaced, so choose again until the panel names it.
	await expect(async () => {
		await page
			.getByLabel('Import a glossary file (CSV, TSV, TBX)')
			.setInputFiles(
				typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' }
			);
		await expect(page.getByText(name, { exact: false }).first()).toBeVisible({ timeout: 3000 });
	}).toPass({ timeout: 20_000 });
}

// OmegaT's CSV (GPL-3.0, so kept outside the repository) is in ../shared.
const scenario = needsShared(
	'a translator builds a glossary from CSV files, finds and edits a term, and round-trips it through TBX'
);
test(scenario, async ({ page }) => {
	test.skip(!hasShared, 'the OmegaT CSV is in ../shared');
	// A long scenario on a machine other jobs share: more than the 60 s default.
	test.setTimeout(120_000);
	await page.goto('/glossaries');
	await page.getByLabel('New glossary name').fill('Yichun');
	await page.getByRole('button', { name: 'Create glossary' }).click();
	await expect(page.getByRole('heading', { name: 'Yichun', level: 2, exact: true })).toBeVisible();

	// OmegaT's quoting quirks: no header, RFC 4180 doubled quotes.
	await importFile(page, sharedPath('fixtures/csv/omegat_glossary_quoting.csv'));
	await expect(page.getByText('7 entries read')).toBeVisible();
	await page.getByRole('button', { name: 'Import 7 entries' }).click();
	await expect(page.getByText(/7 added, 0 updated, 0 skipped, 0 conflicts/)).toBeVisible();
	await expect(page.getByRole('cell', { name: '"kde","q"', exact: true })).toBeVisible();

	await importFile(page, 'corpus/yichun-etdz-2023/glossary.csv');
	await page.getByRole('button', { name: 'Import 111 entries' }).click();
	await expect(page.getByText(/111 added, 0 updated, 0 skipped/)).toBeVisible();
	await expect(page.getByText('118 of 118 entries')).toBeVisible();

	// A bad file changes nothing and says where it is broken.
	await importFile(page, {
		name: 'broken.tbx',
		buffer: Buffer.from('<tbx><text><body><conceptEntry id="c1"></body></text></tbx>')
	});
	await expect(page.getByText('broken.tbx was not imported; nothing was changed.')).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'The XML is not well-formed.' })
	).toContainText('line 1');
	await expect(page.getByText('118 of 118 entries')).toBeVisible();

	// Pinyin initials find 放管服.
	await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('fgf');
	await expect(page.getByText('1 of 118 entries')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'fàng guǎn fú' })).toBeVisible();

	// Inline edit: add a forbidden English term.
	await page.getByRole('button', { name: 'Edit entry 放管服' }).click();
	const editor = page.getByRole('form', { name: 'Edit entry' });
	await editor.getByRole('button', { name: 'Add an English term' }).click();
	await editor
		.getByRole('textbox', { name: 'English term 3', exact: true })
		.fill('decentralisation reforms');
	await editor
		.getByRole('combobox', { name: 'Status of English term 3' })
		.selectOption('forbidden');
	await editor.getByRole('button', { name: 'Save entry' }).click();
	await expect(editor).toBeHidden();
	const row = page.getByRole('row').filter({ hasText: 'decentralisation reforms' });
	await expect(row.getByText('forbidden')).toBeVisible();

	// Delete, then undo.
	await page.getByRole('button', { name: 'Delete entry 放管服' }).click();
	await expect(page.getByText('0 of 117 entries')).toBeVisible();
	await page.getByRole('button', { name: 'Undo delete' }).click();
	await expect(page.getByText('1 of 118 entries')).toBeVisible();

	// A new entry, typed in, found by its pinyin without tones.
	await page.getByRole('button', { name: 'Add entry' }).click();
	const form = page.getByRole('form', { name: 'New entry' });
	await form.getByRole('textbox', { name: 'Chinese term 1', exact: true }).fill('标准地');
	await form
		.getByRole('textbox', { name: 'English term 1', exact: true })
		.fill('land with preset standards');
	await form.getByRole('button', { name: 'Save entry' }).click();
	await expect(form).toBeHidden();
	await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('biaozhundi');
	await expect(page.getByText('1 of 119 entries')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'biāo zhǔn dì' })).toBeVisible();

	// Attach the glossary to the seed project.
	const attach = page.getByRole('checkbox', {
		name: /Use glossary Yichun in project 风华正茂勇争先/
	});
	await attach.check();
	// Attached last: after the project's own glossary, if the seed gave it one.
	await expect(page.getByText(/no\. (\d+) of \1/)).toBeVisible();

	// Export TBX, import it into a new glossary: the same entries.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export as TBX' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('Yichun.tbx');
	const tbx = readFileSync((await download.path())!);
	expect(tbx.toString('utf8')).toContain('decentralisation reforms');

	await page.getByLabel('New glossary name').fill('Round trip');
	await page.getByRole('button', { name: 'Create glossary' }).click();
	await expect(page.getByRole('heading', { name: 'Round trip', level: 2 })).toBeVisible();
	await importFile(page, { name: 'Yichun.tbx', buffer: tbx });
	await page.getByRole('button', { name: 'Import 119 entries' }).click();
	await expect(page.getByText(/119 added, 0 updated, 0 skipped, 0 conflicts/)).toBeVisible();
	await expect(page.getByText('119 of 119 entries')).toBeVisible();

	const original = await storedEntries(page, 'Yichun');
	expect(original).toHaveLength(119);
	expect(await storedEntries(page, 'Round trip')).toEqual(original);

	// A client's list that contradicts the glossary: the translator adds it beside, and is warned.
	await importFile(page, {
		name: 'client.csv',
		buffer: Buffer.from('zh,en\n放管服,decentralisation\n')
	});
	await expect(page.getByText(/skip 0 unchanged; 1 conflicts/)).toBeVisible();
	await expect(
		page.getByText(/放管服: the glossary says “streamline administration/)
	).toBeVisible();
	await page.getByRole('radio', { name: 'Add the file’s as a separate entry' }).check();
	await expect(page.getByText(/Importing will add 1, update 0/)).toBeVisible();
	await page.getByRole('button', { name: 'Import 1 entries' }).click();
	await expect(page.getByText(/1 added, 0 updated, 0 skipped, 1 conflicts/)).toBeVisible();
	await page.getByText('Warnings (1)').click();
	await expect(page.getByText(/放管服 has different preferred English in 2 entries/)).toBeVisible();

	// Chinese UI: the same controls, named in Chinese.
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.getByRole('searchbox', { name: '搜索术语库' })).toBeVisible();
	await expect(page.getByRole('button', { name: '导出为 TBX' })).toBeVisible();
});

test('a translator cancels a large import while it is written: nothing changes, and a later import works', async ({
	page
}) => {
	// Reading and writing 30,000 entries on a machine other jobs share: more than the 60 s default.
	test.setTimeout(180_000);
	// Big enough that the write (2,000 entries a chunk) is still going when Cancel is clicked.
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-e2e-tbx-'));
	const file = join(dir, 'big.tbx');
	bigTbx(file, 30_000);
	try {
		await page.goto('/glossaries');
		await page.getByLabel('New glossary name').fill('Big');
		await page.getByRole('button', { name: 'Create glossary' }).click();
		await expect(page.getByRole('heading', { name: 'Big', level: 2, exact: true })).toBeVisible();
		await importFile(page, {
			name: 'small.csv',
			buffer: Buffer.from(
				'zh,en\n放管服,streamline administration\n营商环境,business environment\n'
			)
		});
		await page.getByRole('button', { name: 'Import 2 entries' }).click();
		await expect(page.getByText('2 of 2 entries')).toBeVisible();
		const before = await storedEntries(page, 'Big');
		expect(before).toHaveLength(2);

		await importFile(page, file);
		await expect(page.getByText(/30,?000 entries read/)).toBeVisible({ timeout: 60_000 });
		await page.getByRole('button', { name: /^Import 30,?000 entries$/ }).click();
		await expect(page.getByRole('progressbar', { name: 'Glossary import progress' })).toBeVisible();
		await page.getByRole('button', { name: 'Cancel import' }).click();
		await expect(page.getByText('The import was cancelled; nothing was changed.')).toBeVisible();
		await expect(page.getByRole('progressbar')).toBeHidden();
		await expect(page.getByText('2 of 2 entries')).toBeVisible();
		expect(await storedEntries(page, 'Big')).toEqual(before);

		// The file read is still there: importing it now writes all of it.
		await page.getByRole('button', { name: /^Import 30,?000 entries$/ }).click();
		await expect(page.getByText(/30,?000 added, 0 updated, 0 skipped/)).toBeVisible({
			timeout: 60_000
		});
		await expect(page.getByText(/^30,?002 of 30,?002 entries/)).toBeVisible({ timeout: 60_000 });
		expect(await storedEntries(page, 'Big')).toHaveLength(30_002);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
