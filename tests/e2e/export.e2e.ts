import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Chooses a format, exports (answering the question about gaps, if given), returns the bytes. */
async function exportAs(page: Page, format: string, gaps?: string): Promise<Uint8Array> {
	await page.getByRole('radio', { name: format }).check();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	if (gaps) await page.getByRole('dialog').getByRole('button', { name: gaps }).click();
	const file = await downloading;
	return new Uint8Array(readFileSync((await file.path()) as string));
}

test('the seed project with two paragraphs translated exports as bilingual DOCX, XLIFF 2.1 and TMX', async ({
	page
}) => {
	await page.goto('/');
	await page
		.getByRole('article', { name: /风华正茂勇争先/ })
		.getByRole('link', { name: /Open/ })
		.click();
	const first = page.getByRole('textbox', { name: 'English translation of paragraph 1' });
	await first.click();
	await page.keyboard.type('In Its Prime, Striving to Lead');
	await page.keyboard.press('Control+Enter');
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 2' })
	).toBeFocused();
	await page.keyboard.type('Decoding the High-Quality Development of the Yichun ETDZ');
	await page.keyboard.press('Control+Enter');
	await page.goto(new URL(page.url()).pathname + '/export');
	await expect(page.getByRole('heading', { name: /Export “风华正茂勇争先/ })).toBeVisible();

	// 26 paragraphs have no English: asked first, left blank.
	const docx = await exportAs(page, 'Bilingual Word table (.docx)', 'Leave blank');
	const files = unzipSync(docx);
	const xml = strFromU8(files['word/document.xml']);
	for (const text of [
		'风华正茂勇争先',
		'In Its Prime, Striving to Lead',
		'Decoding the High-Quality'
	])
		expect(xml).toContain(text);
	await expect(page.getByRole('status').filter({ hasText: /Saved .*\.docx/ })).toBeVisible();

	const xliff = strFromU8(await exportAs(page, 'XLIFF 2.1 (.xlf)'));
	expect(xliff).toContain('urn:oasis:names:tc:xliff:document:2.0');
	expect(xliff.match(/<unit\b/g)?.length).toBe(28);
	expect(xliff).toContain('In Its Prime, Striving to Lead');

	const tmx = strFromU8(await exportAs(page, 'Translation memory, TMX 1.4b (.tmx)'));
	expect(tmx.match(/<tu\b/g)?.length).toBe(2);
	expect(tmx).toContain('<seg>风华正茂勇争先</seg>');
	expect(tmx).toContain('In Its Prime, Striving to Lead');

	// A reviewer edits the English of paragraph 2 in Word and sends the table back.
	files['word/document.xml'] = strToU8(
		xml.replace('Decoding the High-Quality Development', 'Unlocking the High-Quality Growth')
	);
	await page.getByLabel('Reviewed bilingual DOCX').setInputFiles({
		name: 'reviewed.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from(zipSync(files))
	});
	await expect(
		page.getByText('1 English paragraphs changed by the reviewer, 27 unchanged')
	).toBeVisible();
	await page.getByRole('button', { name: 'Take the changes as reviewed' }).click();
	await expect(page.getByText('1 paragraphs marked reviewed')).toBeVisible();
	// A file that is not a Word document changes nothing and says why.
	await page.getByLabel('Reviewed bilingual DOCX').setInputFiles({
		name: 'broken.docx',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from('not a zip')
	});
	await expect(page.getByRole('alert')).toContainText('Not a Word .docx file');
	await page.goto(new URL(page.url()).pathname.replace(/\/export$/, ''));
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 2' })
	).toHaveValue('Unlocking the High-Quality Growth of the Yichun ETDZ');
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 2' })).toHaveValue(
		'reviewed'
	);
});

test('the translation memory imports TMX with other pairs counted, searches, exports; an XLIFF becomes a project', async ({
	page
}) => {
	const ours = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>',
		'<tu><tuv xml:lang="zh-CN"><seg>宜春经开区坚持招优引强</seg></tuv><tuv xml:lang="en-US"><seg>Yichun ETDZ keeps attracting top investors</seg></tuv></tu>',
		'<tu><tuv xml:lang="zh-CN"><seg>签约金额105亿元</seg></tuv><tuv xml:lang="en-US"><seg>10.5 billion yuan signed</seg></tuv></tu>',
		'<tu><tuv xml:lang="en-US"><seg>Hello</seg></tuv><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv></tu>',
		'</body></tmx>'
	].join('\n');
	await page.goto('/tm');
	await page.getByLabel('TMX file to add to the memory').setInputFiles({
		name: 'ours.tmx',
		mimeType: 'application/xml',
		buffer: Buffer.from(ours)
	});
	await expect(page.getByText('2 of 3 translation units imported')).toBeVisible();
	await expect(page.getByText('1 units in other languages skipped (en-US→fr-FR 1)')).toBeVisible();

	await page.getByRole('searchbox', { name: 'Search the memory' }).fill('宜春经开区坚持招优引强');
	await page.getByRole('button', { name: 'Search the memory' }).click();
	// The fuzzy match, and the same unit as a concordance hit with the words marked.
	const fuzzy = page.getByRole('list', { name: 'Fuzzy matches' });
	await expect(fuzzy.getByText('Yichun ETDZ keeps attracting top investors')).toBeVisible();
	await expect(fuzzy.getByText('100% match')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Concordance hits' }).locator('mark')).toHaveText([
		'宜春经开区坚持招优引强'
	]);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the memory as TMX' }).click();
	const tmx = readFileSync((await (await downloading).path()) as string, 'utf8');
	expect(tmx).toContain('<seg>签约金额105亿元</seg>');

	await page.getByRole('button', { name: 'Delete the whole memory' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('0 translation units')).toBeVisible();
});

test(needsShared('an XLIFF 1.1 of translate-toolkit becomes a project'), async ({ page }) => {
	test.skip(!hasShared, 'the XLIFF file is in ../shared');
	// A new project from XLIFF is offered on the project list.
	await page.goto('/');
	const fromFile = page.getByRole('region', {
		name: 'New project from an XLIFF or Duiyi project file'
	});
	await fromFile
		.getByLabel('XLIFF (1.2, 2.0, 2.1) or Duiyi project file')
		.setInputFiles(sharedPath('fixtures/xliff1/ttk_states_xliff11.xlf'));
	await expect(page.getByText(/8 units from XLIFF 1\.1/)).toBeVisible();
	await fromFile.getByLabel('Project name').fill('Toolkit states');
	await page.getByRole('button', { name: 'Create the project' }).click();
	await page.getByRole('link', { name: 'Open it' }).click();
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 1' })
	).toHaveValue('Un');
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 2' })).toHaveValue('draft');
});
