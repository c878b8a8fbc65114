import { expect, test } from '@playwright/test';

test('a first visit straight to a project URL installs the app for offline use', async ({
	page,
	context
}) => {
	await page.goto('/project/no-such-project');
	const manifest = await page
		.locator('link[rel="manifest"]')
		.evaluate((l) => (l as HTMLLinkElement).href);
	expect(new URL(manifest).pathname).toBe('/manifest.webmanifest');
	expect((await page.request.get(manifest)).status()).toBe(200);
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe('/');
	// The worker is installed and active: a new navigation is served by it with the network off.
	await context.setOffline(true);
	await page.goto('/glossaries');
	await expect(page.getByRole('link', { name: 'Glossaries' })).toBeVisible();
	await context.setOffline(false);
});

test('the Chinese UI says so after a reload, and English text gets a Latin font first', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: '中文' }).click();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const font = await page.evaluate(() => {
		const p = document.createElement('p');
		p.lang = 'en';
		p.textContent = "China's";
		document.body.append(p);
		return getComputedStyle(p).fontFamily;
	});
	expect(font.startsWith('system-ui')).toBe(true);
});

test('glossary headers do not overlap, and note filters have visible labels', async ({ page }) => {
	await page.setViewportSize({ width: 1100, height: 800 });
	await page.goto('/glossaries');
	await page.getByLabel('New glossary name').fill('Narrow');
	await page.getByRole('button', { name: 'Create glossary' }).click();
	// The new glossary's own panel (until then the first glossary's panel is shown, then replaced).
	await expect(page.getByRole('heading', { name: 'Narrow', level: 2, exact: true })).toBeVisible();
	const pos = page.getByRole('button', { name: 'Sort by Part of speech' });
	const domain = page.getByRole('button', { name: 'Sort by Domain' });
	await expect(pos).toBeVisible();
	await expect(domain).toBeVisible();
	const a = (await pos.boundingBox())!;
	const b = (await domain.boundingBox())!;
	expect(a.x + a.width).toBeLessThanOrEqual(b.x + 0.5);
	const header = await pos.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
	expect(header).toBe(true);

	await page.goto('/');
	await page
		.getByRole('link', { name: /风华正茂/ })
		.first()
		.click();
	await page.getByRole('tab', { name: 'Notes' }).click();
	const filters = page.getByRole('group', { name: 'Filter notes' });
	for (const label of ['Category', 'Status', 'Author', 'Side']) {
		await expect(filters.getByText(label, { exact: true })).toBeVisible();
	}
});

test('the first note asks for the author’s name and keeps it', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('link', { name: /风华正茂/ })
		.first()
		.click();
	const source = page.getByLabel('Source of paragraph 1', { exact: true });
	await source.evaluate((element) => {
		const range = document.createRange();
		range.selectNodeContents(element);
		getSelection()?.removeAllRanges();
		getSelection()?.addRange(range);
	});
	await page.keyboard.press('Control+Alt+M');
	const dialog = page.getByRole('dialog', { name: 'Add note' });
	await dialog.getByRole('textbox', { name: 'Notes', exact: true }).fill('**Check** the title');
	await dialog.getByRole('textbox', { name: 'Your name on notes' }).fill('Li Wei');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await page.getByRole('tab', { name: 'Notes' }).click();
	await expect(page.getByRole('tabpanel').getByText(/Li Wei ·/)).toBeVisible();
	await page.goto('/settings');
	await expect(page.getByRole('textbox', { name: 'Your name (shown on notes)' })).toHaveValue(
		'Li Wei'
	);
});
