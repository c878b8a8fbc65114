import { expect, test } from '@playwright/test';

test('find and replace: hits counted and highlighted, next and previous by key, replace one and all, locked left alone, one undo', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	const target = (n: number) =>
		page.getByRole('textbox', { name: `English translation of paragraph ${n}` });
	await target(1).fill('Yichun grows. yichun again.');
	await target(2).fill('Yichun CATL base');
	await target(3).fill('Yichun park');
	await page.getByRole('button', { name: 'Lock paragraph 3' }).click();
	await expect(target(3)).toHaveAttribute('readonly', '');

	// Ctrl+H opens find and replace with the caret in its search field.
	await page.keyboard.press('Control+H');
	const bar = page.getByRole('search', { name: 'Find and replace' });
	const find = bar.getByRole('textbox', { name: 'Find' });
	await expect(find).toBeFocused();
	const count = bar.getByRole('status');

	// In the Chinese: two hits, in paragraphs not yet on screen (the list is virtual).
	await bar.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'Chinese' });
	await find.fill('生产制造基地');
	await expect(count).toHaveText('2 hits');
	// The fields keep a visible label once they hold text (not a placeholder that vanishes).
	await expect(
		bar.locator('label', { has: page.getByRole('textbox', { name: 'Find', exact: true }) })
	).toContainText('Find');
	await expect(find).not.toHaveAttribute('placeholder');
	await find.press('Enter');
	await expect(count).toHaveText('Hit 1 of 2');
	const current13 = page.getByLabel('Source of paragraph 13').locator('.find-current');
	await expect(current13).toHaveText('生产制造基地');
	await expect(current13).toBeInViewport();
	await find.press('Enter');
	await expect(count).toHaveText('Hit 2 of 2');
	await expect(page.getByLabel('Source of paragraph 16').locator('.find-current')).toBeVisible();
	await find.press('Shift+Enter');
	await expect(count).toHaveText('Hit 1 of 2');
	await page.keyboard.press('F3');
	await expect(count).toHaveText('Hit 2 of 2');
	// Replace works in the English only.
	await expect(bar.getByRole('button', { name: 'Replace all' })).toBeDisabled();

	// A bad regular expression says so and changes nothing.
	await bar.getByLabel('Regular expression').check();
	await find.fill('(Yichun');
	await expect(bar.getByRole('alert')).toContainText('Not a valid regular expression');
	await find.fill('a*');
	await expect(bar.getByRole('alert')).toContainText('can match empty text');

	// In the English, case-sensitive, with a group in the replacement.
	await bar.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'English' });
	await bar.getByLabel('Match case').check();
	await find.fill('(Y)ichun');
	await expect(bar.getByRole('alert')).toHaveCount(0);
	await expect(count).toHaveText('3 hits');
	// From paragraph 16 the search wraps round to the first hit.
	await find.press('Enter');
	await expect(count).toHaveText('Hit 1 of 3');
	await expect(target(1)).toBeInViewport();
	await bar.getByRole('textbox', { name: 'Replace with' }).fill('$1-chun');
	await bar.getByRole('button', { name: 'Replace all' }).click();
	await expect(page.getByText(/Replaced 2 hit\(s\) in 2 paragraph\(s\); 1 left/)).toBeVisible();
	await expect(target(1)).toHaveValue('Y-chun grows. yichun again.');
	await expect(target(2)).toHaveValue('Y-chun CATL base');
	await expect(target(3)).toHaveValue('Yichun park');
	await expect(count).toHaveText('1 hit');

	// One step undoes the whole replace.
	await bar.getByRole('button', { name: 'Undo replace all' }).click();
	await expect(target(1)).toHaveValue('Yichun grows. yichun again.');
	await expect(target(2)).toHaveValue('Yichun CATL base');

	// The replaced text is kept in the paragraph's history.
	await target(1).click();
	await page.getByRole('tab', { name: 'History' }).click();
	await expect(page.getByText('before a replace').first()).toBeVisible();

	// Whole words, not case-sensitive, from the current paragraph (1): replace one by one.
	await page.keyboard.press('Control+H');
	await expect(find).toBeFocused();
	await bar.getByLabel('Regular expression').uncheck();
	await bar.getByLabel('Match case').uncheck();
	await bar.getByLabel('Whole words').check();
	await find.fill('yichun');
	await expect(count).toHaveText('4 hits');
	await find.press('Enter');
	await expect(count).toHaveText('Hit 1 of 4');
	await expect(
		page.getByLabel('Paragraph 1', { exact: true }).locator('.backdrop .find-current')
	).toHaveText('Yichun');
	await bar.getByRole('textbox', { name: 'Replace with' }).fill('Yichun City');
	await bar.getByRole('button', { name: 'Replace', exact: true }).click();
	await expect(target(1)).toHaveValue('Yichun City grows. yichun again.');
	await expect(count).toHaveText('Hit 2 of 4');
	await bar.getByRole('button', { name: 'Replace', exact: true }).click();
	await expect(target(1)).toHaveValue('Yichun City grows. Yichun City again.');

	// Escape closes the bar.
	await find.press('Escape');
	await expect(bar).toHaveCount(0);
});
