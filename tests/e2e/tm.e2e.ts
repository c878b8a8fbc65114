import { expect, test } from '@playwright/test';

test('a confirmed paragraph becomes a translation-memory match for a similar one', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('textbox', { name: 'Project name' }).fill('TM check');
	await page
		.getByRole('textbox', { name: 'Chinese text' })
		.fill(
			'本次推介会共签约项目22个，签约金额105亿元。\n\n本次推介会共签约项目37个，签约金额105亿元。'
		);
	await page.getByRole('button', { name: 'Create project' }).click();
	// The import screen shows how the text will be cut; nothing to repair here.
	await expect(page.getByRole('heading', { name: 'Import a document' })).toBeVisible();
	await page.getByRole('button', { name: 'Create project' }).click();

	const first = page.getByRole('textbox', { name: 'English translation of paragraph 1' });
	await first.fill('The conference signed 22 projects worth 10.5 billion yuan.');
	await first.press('Control+Enter');
	const second = page.getByRole('textbox', { name: 'English translation of paragraph 2' });
	await expect(second).toBeFocused();

	await page.getByRole('tab', { name: 'TM' }).click();
	const insert = page.getByRole('button', { name: /Insert the 9\d% match into the target/ });
	await expect(insert).toBeVisible();
	await expect(page.getByRole('tabpanel').locator('ins')).toHaveText(['37']);
	await insert.click();
	await expect(second).toHaveValue('The conference signed 22 projects worth 10.5 billion yuan.');
});
