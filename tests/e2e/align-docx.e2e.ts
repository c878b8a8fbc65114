import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { wordFile } from '../helpers/word-file.ts';

test('a draft sent as a Word file is read paragraph by paragraph and aligned; a PDF is refused with the reason', async ({
	page
}) => {
	test.setTimeout(120_000);
	const paragraphs = readFileSync('corpus/yichun-etdz-2023/en.txt', 'utf8')
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
		.filter(Boolean);
	const docx = test.info().outputPath('draft.docx');
	writeFileSync(docx, wordFile(paragraphs));
	const pdf = test.info().outputPath('draft.pdf');
	writeFileSync(pdf, '%PDF-1.4\n%âãÏÓ\n');

	await page.goto('/');
	await page
		.getByRole('article', { name: /风华正茂勇争先/ })
		.getByRole('link', { name: /Open/ })
		.click();
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 1' })
	).toBeVisible({ timeout: 30_000 });
	await page.goto(`${page.url()}/align`);

	const input = page.getByLabel('English draft file (.txt)');
	await input.setInputFiles(pdf);
	await expect(page.getByRole('alert')).toContainText('The draft could not be read');
	await expect(page.getByRole('alert')).toContainText('Save it as .docx or .txt');

	await input.setInputFiles(docx);
	await expect(
		page.getByRole('listbox', { name: 'Links between the Chinese paragraphs and the draft' })
	).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('status', { name: 'Alignment summary' })).toContainText('links');
	await expect(page.getByText(`Draft: draft.docx (${paragraphs.length} paragraphs)`)).toBeVisible();
});
