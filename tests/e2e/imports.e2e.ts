import { expect, test } from '@playwright/test';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.ts';

const OMEGAT = sharedPath('fixtures/xliff1/omegat_xliff11_inline_tags.xlf');

test(
	needsShared('the project list makes a project from an XLIFF, labelled with its real languages'),
	async ({ page }) => {
		test.skip(!hasShared, 'the OmegaT XLIFF is in ../shared');
		await page.goto('/');
		const fromFile = page.getByRole('region', {
			name: 'New project from an XLIFF or Duiyi project file'
		});
		await fromFile.getByLabel('XLIFF (1.2, 2.0, 2.1) or Duiyi project file').setInputFiles(OMEGAT);
		await fromFile.getByLabel('Project name').fill('OmegaT en-be');
		await fromFile.getByRole('button', { name: 'Create the project' }).click();
		const card = page.getByRole('listitem').filter({ hasText: 'OmegaT en-be' });
		await expect(card.getByText('English → Belarusian')).toBeVisible();
		await expect(card.getByText('Chinese → English')).toHaveCount(0);
		// The TM page no longer holds it.
		await page.goto('/tm');
		await expect(page.getByText('XLIFF (1.2, 2.0, 2.1) or Duiyi project file')).toHaveCount(0);
	}
);

test('the document importer sends a TMX or an XLIFF where it belongs', async ({ page }) => {
	await page.goto('/import');
	const file = page.getByLabel('Open a file (.txt, .md, .docx, .html)');
	await file.setInputFiles({
		name: 'memory.xml',
		mimeType: 'application/xml',
		buffer: Buffer.from(
			'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>风华</seg></tuv><tuv xml:lang="en"><seg>Prime</seg></tuv></tu></body></tmx>'
		)
	});
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('not a document to translate');
	await expect(
		alert.getByRole('link', {
			name: /TMX translation memory: add it on the Translation memory page/
		})
	).toHaveAttribute('href', '/tm');
	await expect(page.getByRole('button', { name: 'Create project' })).toHaveCount(0);

	await file.setInputFiles({
		name: 'project.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(
			'<xliff version="1.2"><file source-language="en" target-language="be"></file></xliff>'
		)
	});
	await alert.getByRole('link', { name: /XLIFF file/ }).click();
	await expect(
		page.getByRole('region', { name: 'New project from an XLIFF or Duiyi project file' })
	).toBeVisible();
});
