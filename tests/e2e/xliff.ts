/**
 * The browser tests' (and the screenshot script's) way in through an XLIFF file: a new project
 * made from it on the home page, then opened in the editor.
 */
import type { Page } from '@playwright/test';

export async function openXliffProject(
	page: Page,
	xliff: string,
	projectName: string
): Promise<void> {
	await page.goto('/');
	const fromFile = page.getByRole('region', {
		name: 'New project from an XLIFF or Duiyi project file'
	});
	await fromFile.getByLabel('XLIFF (1.2, 2.0, 2.1) or Duiyi project file').setInputFiles({
		name: 'report.xlf',
		mimeType: 'application/xml',
		buffer: Buffer.from(xliff)
	});
	await fromFile.getByLabel('Project name').fill(projectName);
	await fromFile.getByRole('button', { name: 'Create the project' }).click();
	await page.getByRole('link', { name: 'Open it' }).click();
}
