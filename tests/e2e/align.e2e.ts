import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** The English of the seed article with paragraph 6 dropped and two later ones merged. */
function variantDraft(): { path: string; paragraphs: string[]; merged: number } {
	const text = readFileSync('corpus/yichun-etdz-2023/en.txt', 'utf8');
	const paragraphs = text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
		.filter(Boolean);
	paragraphs.splice(5, 1);
	const merged = 10;
	paragraphs.splice(merged, 2, `${paragraphs[merged]} ${paragraphs[merged + 1]}`);
	// In this test's own output folder (under test-results/), not the system temp folder.
	const path = test.info().outputPath('draft-variant.txt');
	writeFileSync(path, paragraphs.join('\n\n') + '\n');
	return { path, paragraphs, merged };
}

interface Link {
	zh: string;
	en: string;
	label: string;
}

/** The selected link of the ladder, read from its accessible name. */
async function activeLink(page: Page): Promise<Link> {
	const ladder = page.getByRole('listbox', {
		name: 'Links between the Chinese paragraphs and the draft'
	});
	const id = await ladder.getAttribute('aria-activedescendant');
	const label = (await page.locator(`[id="${id}"]`).getAttribute('aria-label')) ?? '';
	const match = /: (?:Chinese ([\d–, ]+)|nothing) ↔ (?:English ([\d–, ]+)|nothing) \(/.exec(label);
	return { zh: match?.[1] ?? '', en: match?.[2] ?? '', label };
}

test('an English draft with a paragraph dropped and two merged is aligned, corrected by keyboard, locked and accepted', async ({
	page
}) => {
	test.setTimeout(120_000);
	const draft = variantDraft();
	await page.goto('/');
	await page
		.getByRole('article', { name: /风华正茂勇争先/ })
		.getByRole('link', { name: /Open/ })
		.click();
	// Paragraph 1 gets text typed by hand, which accepting must not overwrite without asking.
	const title = page.getByRole('textbox', { name: 'English translation of paragraph 1' });
	await expect(title).toBeVisible({ timeout: 30_000 });
	await title.click();
	await page.keyboard.type('My own title');
	const editorUrl = page.url();

	await page.goto(`${editorUrl}/align`);
	await page.getByLabel('English draft file (.txt)').setInputFiles(draft.path);
	const ladder = page.getByRole('listbox', {
		name: 'Links between the Chinese paragraphs and the draft'
	});
	await expect(ladder).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('status', { name: 'Alignment summary' })).toContainText('links');
	await expect(page.getByRole('option', { name: /missing from the draft/ }).first()).toBeAttached();

	// Select, by keyboard, the link that holds the merged English paragraph.
	const mergedNumber = String(draft.merged + 1);
	await ladder.focus();
	await page.keyboard.press('Home');
	// Only the rows in view are in the DOM: the summary gives how many links there are.
	const summary = await page.getByRole('status', { name: 'Alignment summary' }).textContent();
	const options = Number(/(\d+) links/.exec(summary ?? '')?.[1] ?? 0);
	expect(options).toBeGreaterThan(0);
	for (let i = 0; i < options && (await activeLink(page)).en !== mergedNumber; i++)
		await page.keyboard.press('ArrowDown');
	let link = await activeLink(page);
	expect(link.en).toBe(mergedNumber);
	if (/^\d+$/.test(link.zh)) {
		// The aligner left the first Chinese paragraph of the pair alone: link it with this one.
		await page.keyboard.press('ArrowUp');
		expect((await activeLink(page)).label).toContain('missing from the draft');
		await page.keyboard.press('m');
	} else {
		// The aligner got it right: split it and link it again by keyboard.
		await page.keyboard.press('s');
		await page.keyboard.press('m');
	}
	link = await activeLink(page);
	expect(link.en).toBe(mergedNumber);
	expect(link.zh).toMatch(/^\d+–\d+$/);
	const firstZh = Number(link.zh.split('–')[0]);

	// Attach an English paragraph out of order, see the crossing link, and undo it.
	await page.keyboard.press('a');
	await expect(
		page.getByRole('status').filter({ hasText: 'Pick the English paragraph' })
	).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('option', { name: /out of order/ }).first()).toBeAttached();
	await page.keyboard.press('Control+z');
	await expect(page.getByRole('option', { name: /out of order/ })).toHaveCount(0);
	expect((await activeLink(page)).en).toBe(mergedNumber);

	// Lock it; undo and redo the lock.
	await page.keyboard.press('l');
	await expect.poll(async () => (await activeLink(page)).label).toContain('locked');
	await page.keyboard.press('Control+z');
	await expect.poll(async () => (await activeLink(page)).label).not.toContain('locked');
	await page.keyboard.press('Control+y');
	await expect.poll(async () => (await activeLink(page)).label).toContain('locked');

	// The help lists the keys.
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Alignment: keyboard and mouse' })).toBeVisible();
	await page.keyboard.press('Escape');

	// Corrections survive a reload (the ladder shows only the rows in view: walk to the link).
	await page.reload();
	await expect(ladder).toBeVisible({ timeout: 30_000 });
	const wanted = new RegExp(`Chinese ${link.zh} ↔ English ${mergedNumber} .*locked`);
	await ladder.focus();
	for (let i = 0; i < options && !wanted.test((await activeLink(page)).label); i++)
		await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('option', { name: wanted })).toBeAttached();

	// Paragraph 1 was typed by hand: the translator is asked, and keeps it.
	await page.getByRole('button', { name: 'Accept', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Some paragraphs already have English' });
	await expect(dialog).toBeVisible();
	await expect(
		dialog
			.getByRole('group', { name: 'Paragraph 1: keep or replace' })
			.getByRole('radio', { name: 'Keep' })
	).toBeChecked();
	await dialog.getByRole('button', { name: 'Accept with these choices' }).click();
	await expect(page).toHaveURL(editorUrl, { timeout: 30_000 });
	// Nothing of the draft enters the TM at accept: only what the translator confirms.
	const tmUnits = () =>
		page.evaluate(
			() =>
				new Promise<{ origin: string; source: string; target: string }[]>((resolve, reject) => {
					const open = indexedDB.open('duiyi');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const req = open.result.transaction('tmUnits').objectStore('tmUnits').getAll();
						req.onsuccess = () => {
							resolve(req.result);
							open.result.close();
						};
						req.onerror = () => reject(req.error);
					};
				})
		);
	expect((await tmUnits()).filter((u) => u.origin === 'alignment')).toEqual([]);
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 1' })
	).toHaveValue('My own title');
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 2' })
	).toHaveValue(draft.paragraphs[1]);
	// Confirming paragraph 2 puts its English in the TM.
	await page.getByRole('textbox', { name: 'English translation of paragraph 2' }).click();
	await page.keyboard.press('Control+Enter');
	await expect
		.poll(async () => (await tmUnits()).some((u) => u.target === draft.paragraphs[1]))
		.toBe(true);
	// The merged English went to the two paragraphs it translates: split at sentence level, or
	// whole in the first with the second marked translated together with it.
	// (Read from IndexedDB: the list is virtual.)
	const rows = await page.evaluate(
		() =>
			new Promise<{ order: number; target: string; translatedWith?: string; id: string }[]>(
				(resolve, reject) => {
					const open = indexedDB.open('duiyi');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const req = open.result.transaction('segments').objectStore('segments').getAll();
						req.onsuccess = () => {
							resolve(req.result);
							open.result.close();
						};
						req.onerror = () => reject(req.error);
					};
				}
			)
	);
	const projectId = new URL(editorUrl).pathname.split('/').pop();
	const ours = rows
		.filter((r) => (r as unknown as { projectId: string }).projectId === projectId)
		.sort((x, y) => x.order - y.order);
	const [a, b] = [ours[firstZh - 1], ours[firstZh]];
	if (b.target) expect(`${a.target} ${b.target}`).toBe(draft.paragraphs[draft.merged]);
	else {
		expect(a.target).toBe(draft.paragraphs[draft.merged]);
		expect(b.translatedWith).toBe(a.id);
	}
});
