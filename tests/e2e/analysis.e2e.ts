import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const A = '本次推介会共签约项目22个，签约金额105亿元。';
const B = '本次推介会共签约项目37个，签约金额105亿元。';

async function row(page: Page, label: string): Promise<string[]> {
	const cells = page.locator('tr', {
		has: page.getByRole('rowheader', { name: label, exact: true })
	});
	return cells.locator('td').allTextContents();
}

test('the analysis report counts words by match band, repetitions apart, and downloads as CSV', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('textbox', { name: 'Project name' }).fill('Quote');
	await page.getByRole('textbox', { name: 'Chinese text' }).fill(`${A}\n\n${B}\n\n${A}`);
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page.getByRole('heading', { name: 'Import a document' })).toBeVisible();
	await page.getByRole('button', { name: 'Create project' }).click();

	const first = page.getByRole('textbox', { name: 'English translation of paragraph 1' });
	await first.fill('The conference signed 22 projects worth 10.5 billion yuan.');
	await first.press('Control+Enter');
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 2' })
	).toBeFocused();

	await page.getByRole('link', { name: 'Analysis' }).click();
	await expect(page.getByRole('heading', { name: 'Analysis — Quote' })).toBeVisible();
	// 19 words each: 17 Han characters and the numbers 22/37 and 105.
	// Paragraph 1 is in the memory from itself (101%), paragraph 2 is a fuzzy match of it,
	// paragraph 3 repeats paragraph 1.
	expect(await row(page, '101% (context)')).toEqual(['1', '19', '24', '33.3']);
	expect(await row(page, 'Repetitions')).toEqual(['1', '19', '24', '33.3']);
	expect(await row(page, '85–94%')).toEqual(['1', '19', '24', '33.3']);
	expect(await row(page, 'No match')).toEqual(['0', '0', '0', '0.0']);
	expect(await row(page, 'Total')).toEqual(['3', '57', '72', '100.0']);

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('Quote-analysis.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text).toContain('Repetitions,1,19,24,33.3\r\n');
	expect(text).toContain('Total,3,57,72,100.0\r\n');

	const [html] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download HTML' }).click()
	]);
	expect(readFileSync((await html.path())!, 'utf8')).toContain('<th>101% (context)</th>');

	// The Chinese UI names the rows in Chinese.
	await page.evaluate(() => localStorage.setItem('duiyi.uiLanguage', 'zh-CN'));
	await page.reload();
	await expect(page.getByRole('heading', { name: '分析报告 — Quote' })).toBeVisible();
	expect(await row(page, '重复')).toEqual(['1', '19', '24', '33.3']);
});
