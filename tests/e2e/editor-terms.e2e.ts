import { expect, test } from '@playwright/test';

test('a translator adds a term from selections, sees it in another paragraph and inserts it by keyboard', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();

	// Paragraphs 13 and 16 of the repaired article mention the battery manufacturing base.
	await page.getByRole('searchbox', { name: 'Find in source or target' }).fill('生产制造基地');
	await expect(page.getByText('2 of 28 paragraphs')).toBeVisible();
	const target13 = page.getByRole('textbox', { name: 'English translation of paragraph 13' });
	await target13.fill('Yichun CATL’s new lithium battery manufacturing base is busy.');

	// First key: the term selected in the source.
	await page.getByLabel('Source of paragraph 13').evaluate((element) => {
		const text = element.textContent ?? '';
		const start = text.indexOf('生产制造基地');
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		let offset = 0;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const length = node.textContent?.length ?? 0;
			if (start < offset + length) {
				const range = document.createRange();
				range.setStart(node, start - offset);
				range.setEnd(node, start - offset + '生产制造基地'.length);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				return;
			}
			offset += length;
		}
	});
	await page.keyboard.press('Control+Shift+E');
	await expect(page.getByText(/Source term picked/)).toBeVisible();

	// Second key: its English selected in the target.
	await target13.evaluate((field: HTMLTextAreaElement) => {
		const start = field.value.indexOf('manufacturing base');
		field.focus();
		field.setSelectionRange(start, start + 'manufacturing base'.length);
	});
	await page.keyboard.press('Control+Shift+E');
	await expect(page.getByText('Entry added to the project glossary.')).toBeVisible();

	// The caption (paragraph 16) now shows the term; insert it with its number.
	const target16 = page.getByRole('textbox', { name: 'English translation of paragraph 16' });
	await target16.click();
	await expect(
		page.getByLabel('Source of paragraph 16').locator('.term', { hasText: '生产制造基地' })
	).toBeVisible();
	const insert = page.getByRole('button', { name: 'Insert “manufacturing base”' });
	await expect(insert).toBeVisible();
	const keys = await insert.getAttribute('aria-keyshortcuts');
	expect(keys).toMatch(/^Control\+Shift\+[1-9]$/);
	await target16.pressSequentially('Yichun CATL’s new ');
	await page.keyboard.press(keys!);
	await expect(target16).toHaveValue('Yichun CATL’s new manufacturing base');
});
