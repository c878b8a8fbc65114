import { expect, test, type Locator, type Page } from '@playwright/test';

/** Selects words in a paragraph's source (a DOM selection, as a mouse drag makes). */
async function selectInSource(source: Locator, words: string) {
	await source.evaluate((element, words) => {
		const text = element.textContent ?? '';
		const start = text.indexOf(words);
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		let offset = 0;
		let started = false;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const length = node.textContent?.length ?? 0;
			if (!started && start < offset + length) {
				range.setStart(node, start - offset);
				started = true;
			}
			if (started && start + words.length <= offset + length) {
				range.setEnd(node, start + words.length - offset);
				break;
			}
			offset += length;
		}
		getSelection()?.removeAllRanges();
		getSelection()?.addRange(range);
	}, words);
}

async function addNote(page: Page, category: string, body: string) {
	await page.keyboard.press('Control+Alt+M');
	const dialog = page.getByRole('dialog', { name: 'Add note' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('combobox', { name: 'Category' }).selectOption({ label: category });
	await dialog.getByRole('textbox', { name: 'Notes', exact: true }).fill(body);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
}

test('notes on words in both columns survive edits and a reload; the panel filters, resolves and answers', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	await page.getByRole('searchbox', { name: 'Find in source or target' }).fill('1.5秒');
	const source = page.getByLabel('Source of paragraph 13');
	const target = page.getByRole('textbox', { name: 'English translation of paragraph 13' });
	await target.fill('Yichun CATL went up in just 18 months.');

	// A note on Chinese words …
	await selectInSource(source, '宜春时代');
	await addNote(
		page,
		'Terminology',
		'Check the official English name of 宜春时代 <img src=x onerror=alert(1)>'
	);
	// … and one on English words.
	await target.evaluate((field: HTMLTextAreaElement) => {
		field.focus();
		const start = field.value.indexOf('18 months');
		field.setSelectionRange(start, start + '18 months'.length);
	});
	await addNote(page, 'Question', 'Is it **really** 18 months?');

	// Edit around the annotated English words, then reload at once.
	await target.press('Home');
	await target.pressSequentially('In fact, ');
	await target.press('End');
	await target.pressSequentially(' It began production in July.');
	await page.reload();

	await page.getByRole('searchbox', { name: 'Find in source or target' }).fill('1.5秒');
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 13' })
	).toHaveValue('In fact, Yichun CATL went up in just 18 months. It began production in July.');
	await page.getByRole('tab', { name: 'Notes' }).click();
	const panel = page.getByRole('tabpanel');
	await expect(panel.getByRole('button', { name: '“宜春时代”' })).toBeVisible();
	await expect(panel.getByRole('button', { name: '“18 months”' })).toBeVisible();
	// Nothing in a note is ever HTML.
	await expect(panel.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeVisible();
	await expect(panel.locator('img')).toHaveCount(0);
	await expect(panel.locator('strong', { hasText: 'really' })).toBeVisible();
	await expect(
		page.getByLabel('Source of paragraph 13').locator('.note-mark.terminology')
	).toHaveText('宜春时代');

	// Filter, resolve one, answer the other.
	await panel.getByRole('combobox', { name: 'Filter by side' }).selectOption({ label: 'Target' });
	await expect(panel.getByRole('button', { name: '“宜春时代”' })).toHaveCount(0);
	const question = panel.getByRole('listitem', { name: 'On: “18 months”' });
	await question
		.getByRole('textbox', { name: 'Reply' })
		.fill('Yes: the plant was built in 18 months.');
	await question.getByRole('button', { name: 'Reply' }).click();
	await expect(question.getByText('Yes: the plant was built in 18 months.')).toBeVisible();
	await panel.getByRole('combobox', { name: 'Filter by side' }).selectOption({ label: 'All' });
	const term = panel.getByRole('listitem', { name: 'On: “宜春时代”' });
	await term.getByRole('button', { name: 'Resolve' }).click();
	await expect(term.getByRole('button', { name: 'Reopen' })).toBeVisible();
	await panel.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Open' });
	await expect(panel.getByRole('listitem', { name: 'On: “宜春时代”' })).toHaveCount(0);
	await expect(panel.getByRole('listitem', { name: 'On: “18 months”' })).toBeVisible();
});
