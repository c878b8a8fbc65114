import { expect, test } from '@playwright/test';

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
	await expect(spacing).toBeVisible();
	await spacing.click();
	await expect(spacing).toHaveCount(0);
	await page.reload();
	await page.getByRole('tab', { name: 'QA' }).click();
	await page.getByRole('button', { name: 'Run checks' }).click();
	await expect(
		page.getByRole('heading', { name: /Numbers|Spacing|Glossary/ }).first()
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: /Mark as false alarm: paragraph 9, .*space/i })
	).toHaveCount(0);
});
