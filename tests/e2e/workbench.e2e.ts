import { expect, test, type Page } from '@playwright/test';

/** Reads a segment's stored target straight from IndexedDB, as the app left it. */
async function storedTargets(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('duiyi');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction('segments').objectStore('segments').getAll();
					req.onsuccess = () => {
						const rows = req.result as { order: number; target: string }[];
						resolve(rows.sort((a, b) => a.order - b.order).map((r) => r.target));
						db.close();
					};
					req.onerror = () => reject(req.error);
				};
			})
	);
}

test('a new user translates the seed article with the keyboard, reloads, switches language and goes offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	const card = page.getByRole('article', { name: /风华正茂勇争先/ });
	await expect(card).toBeVisible();
	await card.getByRole('link', { name: /Open/ }).click();

	const first = page.getByRole('textbox', { name: 'English translation of paragraph 1' });
	await expect(first).toBeVisible();
	await expect(page.getByLabel('Source of paragraph 1')).toHaveText('风华正茂勇争先');
	await first.click();
	await page.keyboard.type('In Its Prime, Striving to Lead');
	await page.keyboard.press('Control+Enter');

	const second = page.getByRole('textbox', { name: 'English translation of paragraph 2' });
	await expect(second).toBeFocused();
	await page.keyboard.type('Decoding the High-Quality Development of the Yichun ETDZ');
	await page.keyboard.press('Control+Enter');

	const third = page.getByRole('textbox', { name: 'English translation of paragraph 3' });
	await expect(third).toBeFocused();
	await page.keyboard.press('Control+Shift+S'); // copy the source, then replace it
	await expect(third).toHaveValue('日新月异宜春经开区');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Yichun ETDZ: Changing with Each Passing Day');
	// Reload the instant after the last keystroke: nothing may be lost.
	await page.reload();

	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 3' })
	).toHaveValue('Yichun ETDZ: Changing with Each Passing Day');
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 1' })
	).toHaveValue('In Its Prime, Striving to Lead');
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 1' })).toHaveValue(
		'translated'
	);
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 2' })).toHaveValue(
		'translated'
	);
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 3' })).toHaveValue('draft');
	await expect
		.poll(async () => (await storedTargets(page))[2])
		.toBe('Yichun ETDZ: Changing with Each Passing Day');

	// Chinese UI.
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.getByRole('textbox', { name: '第 1 段英文译文' })).toHaveValue(
		'In Its Prime, Striving to Lead'
	);
	await expect(page.getByRole('link', { name: '项目' })).toBeVisible();

	// Offline: the service worker serves the app.
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 30_000
	});
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('textbox', { name: '第 2 段英文译文' })).toHaveValue(
		'Decoding the High-Quality Development of the Yichun ETDZ'
	);
	await page
		.getByRole('textbox', { name: '第 4 段英文译文' })
		.fill('Bringing In Top-Tier Investors');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: '项目', exact: true })).toBeVisible();
	await context.setOffline(false);
});
