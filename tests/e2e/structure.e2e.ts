import { expect, test, type Page } from '@playwright/test';

/** Moves to paragraph n with Ctrl+↑/↓, as a translator does in a long document. */
async function goTo(page: Page, n: number) {
	await page.locator('textarea[data-segment-id]').first().click();
	for (let step = 0; step < 60; step++) {
		const label = await page.locator('textarea:focus').getAttribute('aria-label');
		const current = Number(/paragraph (\d+)/.exec(label ?? '')?.[1]);
		if (current === n) return;
		await page.keyboard.press(current > n ? 'Control+ArrowUp' : 'Control+ArrowDown');
	}
	throw new Error(`could not reach paragraph ${n}`);
}

test('a repaired paragraph can be unjoined, any paragraph split at the caret and merged back, with undo', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	const count = page.getByRole('status').filter({ hasText: /of \d+ paragraphs/ });
	await expect(count).toHaveText('28 of 28 paragraphs');

	// Paragraph 10 was joined from three blocks broken by the page layout: go there by keyboard.
	await goTo(page, 10);
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 10' })
	).toBeFocused();
	await page.getByRole('button', { name: 'Undo the repair of ¶ 10 (3 blocks)' }).click();
	await expect(count).toHaveText('30 of 30 paragraphs');
	await expect(page.getByLabel('Source of paragraph 10')).toHaveText(/较为完善的产业$/);
	await page.getByRole('button', { name: 'Undo split/merge' }).click();
	await expect(count).toHaveText('28 of 28 paragraphs');

	// Split paragraph 5 where the translator clicks, then merge it back by keyboard.
	await goTo(page, 5);
	const target5 = page.getByRole('textbox', { name: 'English translation of paragraph 5' });
	await target5.fill('How can a national-level development zone drive high-quality development?');
	// Click where the paragraph should be cut: a caret before 国家级.
	await page.getByLabel('Source of paragraph 5').evaluate((element) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = (node.textContent ?? '').indexOf('国家级');
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.collapse(true);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			return;
		}
	});
	await page.getByRole('button', { name: 'Split ¶ 5 at the caret' }).click();
	await expect(count).toHaveText('29 of 29 paragraphs');
	await expect(page.getByLabel('Source of paragraph 5')).toHaveText('推动高质量发展，');
	await expect(page.getByLabel('Source of paragraph 6')).toHaveText('国家级开发区如何作为？');

	await page.getByRole('textbox', { name: 'English translation of paragraph 5' }).click();
	await page.keyboard.press('Control+Alt+J');
	await expect(count).toHaveText('28 of 28 paragraphs');
	await expect(page.getByLabel('Source of paragraph 5')).toHaveText(
		'推动高质量发展，国家级开发区如何作为？'
	);
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 5' })
	).toHaveValue(/How can a national-level development zone drive high-quality development\?/);

	// The sentence view lists each paragraph's sentences under it.
	await page.getByRole('checkbox', { name: 'Sentences' }).check();
	const sentences = page.getByRole('list', { name: 'Sentences of the source of paragraph 6' });
	await expect(sentences.getByRole('listitem')).toHaveCount(2);
	await expect(sentences.getByRole('listitem').first()).toHaveText(/^设立20年的.*给出了答案。$/);
});

test('a paragraph can be moved up and down by keyboard and button, and the move undone', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	const count = page.getByRole('status').filter({ hasText: /of \d+ paragraphs/ });
	await expect(count).toHaveText('28 of 28 paragraphs');
	const source = (n: number) => page.getByLabel(`Source of paragraph ${n}`);
	await goTo(page, 12);
	const eleventh = (await source(11).textContent()) ?? '';
	const twelfth = (await source(12).textContent()) ?? '';
	expect(eleventh).not.toBe(twelfth);

	// Move paragraph 12 up with Alt+Shift+↑, as in Word: the caret goes with it.
	await page.getByRole('textbox', { name: 'English translation of paragraph 12' }).focus();
	await page.keyboard.press('Alt+Shift+ArrowUp');
	await expect(source(11)).toHaveText(twelfth);
	await expect(source(12)).toHaveText(eleventh);
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 11' })
	).toBeFocused();
	await expect(count).toHaveText('28 of 28 paragraphs');

	// Undo puts it back.
	await page.getByRole('button', { name: 'Undo split/merge' }).click();
	await expect(source(11)).toHaveText(eleventh);
	await expect(source(12)).toHaveText(twelfth);

	// The same by button; the new order is stored and holds after a reload.
	await goTo(page, 11);
	await page.getByRole('button', { name: 'Move ¶ 11 down' }).click();
	await expect(source(12)).toHaveText(eleventh);
	await page.reload();
	await goTo(page, 12);
	await expect(source(12)).toHaveText(eleventh);
	await expect(source(11)).toHaveText(twelfth);
});
