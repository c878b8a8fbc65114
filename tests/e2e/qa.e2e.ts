import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls the QA findings from the top (only the rows in view are in the DOM) until `wanted`
 * is there or the list ends; whether it was found.
 */
async function scrollFindingsTo(page: Page, wanted: Locator): Promise<boolean> {
	const list = page.locator('.findings > div').first();
	await list.evaluate((el) => (el.scrollTop = 0));
	for (let i = 0; i < 100; i++) {
		await page.waitForTimeout(50);
		if (await wanted.count()) return true;
		const atEnd = await list.evaluate((el) => {
			const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
			el.scrollTop += el.clientHeight / 2;
			return end;
		});
		if (atEnd) return false;
	}
	return false;
}

test('QA finds a wrong number on confirm, jumps to it, sees it fixed, and remembers a false alarm', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	await page.getByRole('searchbox', { name: 'Find in source or target' }).fill('签约金额105亿元');
	const target = page.getByRole('textbox', { name: 'English translation of paragraph 9' });
	await target.fill(
		'On September 22, the zone held an investment promotion conference in Shenzhen. 22 projects worth 1.05 billion yuan were signed, with more than 20 associations  and more than 100 leading companies attending; 10 projects were signed on site.'
	);
	await target.press('Control+Enter');
	await expect(page.getByText(/Paragraph 9: \d+ QA issue/)).toBeVisible();

	await page.getByRole('tab', { name: 'QA' }).click();
	const numberFinding = page.getByRole('button', {
		name: /¶ 9: 105亿元 .* is translated as 1\.05 billion yuan/
	});
	await expect(numberFinding).toBeVisible();
	await numberFinding.click();
	await expect(target).toBeFocused();
	await expect(page.locator('.source .qa')).toHaveText('105亿元');

	// Fix the number and check the whole document again.
	await target.fill((await target.inputValue()).replace('1.05 billion', '10.5 billion'));
	await page.getByRole('button', { name: 'Run checks' }).click();
	await expect(page.getByRole('button', { name: /¶ 9: 105亿元/ })).toHaveCount(0);

	// The doubled space is a deliberate choice here: a false alarm, remembered after a reload.
	const spacing = page.getByRole('button', { name: /Mark as false alarm: paragraph 9, .*space/i });
	await scrollFindingsTo(page, spacing);
	await expect(spacing).toBeVisible();
	await spacing.click();
	await expect(spacing).toHaveCount(0);
	await page.reload();
	await page.getByRole('tab', { name: 'QA' }).click();
	await page.getByRole('button', { name: 'Run checks' }).click();
	const heading = page.getByRole('heading', { name: /Numbers|Spacing|Glossary/ }).first();
	await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
	expect(await scrollFindingsTo(page, heading)).toBe(true);
	expect(
		await scrollFindingsTo(
			page,
			page.getByRole('button', { name: /Mark as false alarm: paragraph 9, .*space/i })
		)
	).toBe(false);
});
