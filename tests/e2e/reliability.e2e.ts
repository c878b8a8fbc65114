/**
 * Nothing typed is ever lost: two tabs on one project, two tabs in one paragraph, typing
 * straight after Ctrl+Enter, a full disk (the DevTools protocol's quota override) and a tab
 * that crashes mid-typing.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { LIMITS } from '../../src/lib/domain/formats/limits.ts';
import { buildZip, deflateFilled } from '../helpers/zip.ts';

const field = (page: Page, n: number) =>
	page.getByRole('textbox', { name: `English translation of paragraph ${n}` });

/** The stored targets, in order, straight from IndexedDB. */
async function stored(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('duiyi');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction('segments').objectStore('segments').getAll();
					req.onsuccess = () => {
						const rows = req.result as { order: number; target: string; projectId: string }[];
						const project = location.pathname.split('/').filter(Boolean).pop();
						resolve(
							rows
								.filter((r) => r.projectId === project)
								.sort((a, b) => a.order - b.order)
								.map((r) => r.target)
						);
						db.close();
					};
					req.onerror = () => reject(req.error);
				};
			})
	);
}

/**
 * Waits until the quota override bites: Chromium goes on granting space it had already
 * promised for a while, so a scratch database (not Duiyi's) is written until a write is refused.
 */
async function waitForFullDisk(page: Page): Promise<void> {
	const refused = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('quota-filler');
			open.onupgradeneeded = () => open.result.createObjectStore('x');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		for (let i = 0; i < 120; i++) {
			const outcome = await new Promise<string>((resolve) => {
				const tx = db.transaction('x', 'readwrite');
				tx.objectStore('x').put('x'.repeat(4096) + i, i);
				tx.oncomplete = () => resolve('ok');
				tx.onabort = () => resolve(tx.error?.name ?? 'abort');
			});
			if (outcome !== 'ok') return outcome;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
		return 'never refused';
	});
	expect(refused).toBe('QuotaExceededError');
}

/** Opens the seed article in a new page and returns it. */
async function openSeed(context: BrowserContext, url?: string): Promise<Page> {
	const page = await context.newPage();
	if (url) await page.goto(url);
	else {
		await page.goto('/');
		const card = page.getByRole('article', { name: /风华正茂勇争先/ });
		await card.getByRole('link', { name: /Open/ }).click();
	}
	await expect(field(page, 1)).toBeVisible();
	return page;
}

test('a second tab opened while the first is typing shows its text and adds to it without overwriting it', async ({
	context
}) => {
	const a = await openSeed(context);
	await field(a, 2).click();
	const sentence = 'The zone grew fast in 2023, and it kept growing.';
	// Tab A types on while tab B opens (its typing log holds text not yet stored).
	const typing = field(a, 2).pressSequentially(sentence, { delay: 40 });
	const b = await openSeed(context, a.url());
	await typing;
	await expect(field(b, 2)).toHaveValue(sentence);
	await field(b, 2).click();
	await b.keyboard.press('End');
	await b.keyboard.type(' [B]');
	const both = sentence + ' [B]';
	await expect(field(a, 2)).toHaveValue(both);
	await expect.poll(async () => (await stored(a))[1]).toBe(both);
	await a.reload();
	await expect(field(a, 2)).toHaveValue(both);
});

test('two tabs typing in the same paragraph keep every character of both', async ({ context }) => {
	const a = await openSeed(context);
	const b = await openSeed(context, a.url());
	await field(a, 4).click();
	await field(b, 4).click();
	for (let i = 0; i < 6; i++) {
		await field(a, 4).press('End');
		await field(a, 4).pressSequentially('A');
		await field(b, 4).press('End');
		await field(b, 4).pressSequentially('B');
	}
	await expect
		.poll(async () => {
			const text = (await stored(a))[3];
			return [text.replace(/[^A]/g, '').length, text.replace(/[^B]/g, '').length];
		})
		.toEqual([6, 6]);
	const text = (await stored(a))[3];
	await expect(field(a, 4)).toHaveValue(text);
	await expect(field(b, 4)).toHaveValue(text);
});

test('what is typed straight after Ctrl+Enter is kept, and not in the confirmed paragraph', async ({
	context
}) => {
	const page = await openSeed(context);
	await field(page, 1).click();
	await page.keyboard.type('In Its Prime');
	// A slow machine: the keys after Ctrl+Enter arrive while its write is still under way.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
	await page.keyboard.press('Control+Enter');
	await page.keyboard.type('xyz');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await expect(field(page, 2)).toHaveValue('xyz');
	await expect(field(page, 1)).toHaveValue('In Its Prime');
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 1' })).toHaveValue(
		'translated'
	);
	await expect.poll(async () => (await stored(page)).slice(0, 2)).toEqual(['In Its Prime', 'xyz']);
	await page.reload();
	await expect(field(page, 2)).toHaveValue('xyz');
	await expect(field(page, 1)).toHaveValue('In Its Prime');
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 1' })).toHaveValue(
		'translated'
	);
});

test('Ctrl+Enter moves the caret within the key press, so the next keys land in the next paragraph on any machine', async ({
	context
}) => {
	const page = await openSeed(context);
	await field(page, 1).click();
	await page.keyboard.type('In Its Prime');
	// Where the caret is when the key press is over: the next key event is a separate task, so
	// a focus moved only in a later frame (a slow machine) let keys reach the confirmed paragraph.
	const focused = await field(page, 1).evaluate((area: HTMLTextAreaElement) => {
		area.dispatchEvent(
			new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true })
		);
		return document.activeElement?.getAttribute('aria-label');
	});
	expect(focused).toBe('English translation of paragraph 2');
	await page.keyboard.type('xyz');
	await expect(field(page, 2)).toHaveValue('xyz');
	await expect(field(page, 1)).toHaveValue('In Its Prime');
});

test('keys that reach the confirmed paragraph while its confirmation is written stay on screen and are stored', async ({
	context
}) => {
	const page = await openSeed(context);
	await field(page, 1).click();
	await page.keyboard.type('In Its Prime');
	// Ctrl+Enter and three characters in the same instant, before any await can finish.
	await field(page, 1).evaluate((area: HTMLTextAreaElement) => {
		area.dispatchEvent(
			new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true })
		);
		area.value += 'xyz';
		area.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'xyz' }));
	});
	await expect(field(page, 1)).toHaveValue('In Its Primexyz');
	await expect.poll(async () => (await stored(page))[0]).toBe('In Its Primexyz');
	await page.reload();
	await expect(field(page, 1)).toHaveValue('In Its Primexyz');
});

/** Presses a key on a target field and types into fields in the same instant, before any await. */
async function keyThenType(
	page: Page,
	n: number,
	key: { code: string; key: string; ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean },
	typing: [number, string][]
): Promise<void> {
	await field(page, n).evaluate(
		(area: HTMLTextAreaElement, { key, typing }) => {
			area.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
			for (const [at, text] of typing) {
				const other = document.querySelector<HTMLTextAreaElement>(
					`textarea[aria-label="English translation of paragraph ${at}"]`
				)!;
				other.value += text;
				other.dispatchEvent(new InputEvent('input', { bubbles: true, data: text }));
			}
		},
		{ key, typing }
	);
}

test('text typed into both paragraphs while their merge is stored ends in the merged paragraph', async ({
	context
}) => {
	const page = await openSeed(context);
	await field(page, 5).fill('How can it lead?');
	await field(page, 6).fill('It has answered.');
	await expect
		.poll(async () => (await stored(page)).slice(4, 6))
		.toEqual(['How can it lead?', 'It has answered.']);
	const count = page.getByRole('status').filter({ hasText: /of \d+ paragraphs/ });
	await expect(count).toHaveText('28 of 28 paragraphs');
	await field(page, 5).click();
	// Ctrl+Alt+J, then keys into both paragraphs while the merge is being stored.
	await keyThenType(page, 5, { code: 'KeyJ', key: 'j', ctrlKey: true, altKey: true }, [
		[5, ' Fast.'],
		[6, ' Twenty years.']
	]);
	await expect(count).toHaveText('27 of 27 paragraphs');
	const merged = 'How can it lead? Fast. It has answered. Twenty years.';
	await expect(field(page, 5)).toHaveValue(merged);
	await expect.poll(async () => (await stored(page))[4]).toBe(merged);
	await expect.poll(async () => (await stored(page))[5]).not.toContain('Twenty years');

	// Undo the merge while typing at the end: each paragraph put back keeps what was typed in it.
	await keyThenType(page, 5, { code: 'KeyZ', key: 'z', ctrlKey: true, altKey: true }, [
		[5, ' Still.']
	]);
	await expect(count).toHaveText('28 of 28 paragraphs');
	const apart = ['How can it lead? Fast.', 'It has answered. Twenty years. Still.'];
	await expect(field(page, 5)).toHaveValue(apart[0]);
	await expect(field(page, 6)).toHaveValue(apart[1]);
	await expect.poll(async () => (await stored(page)).slice(4, 6)).toEqual(apart);
	await page.reload();
	await expect(field(page, 5)).toHaveValue(apart[0]);
	await expect(field(page, 6)).toHaveValue(apart[1]);
});

test('text typed while a split is stored stays in the piece it was typed in', async ({
	context
}) => {
	const page = await openSeed(context);
	await field(page, 5).fill('How can it lead? It has answered.');
	await expect.poll(async () => (await stored(page))[4]).toBe('How can it lead? It has answered.');
	const count = page.getByRole('status').filter({ hasText: /of \d+ paragraphs/ });
	// A caret before 国家级 in the source, then Ctrl+Alt+S and keys at the end of the English.
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
	await keyThenType(page, 5, { code: 'KeyS', key: 's', ctrlKey: true, altKey: true }, [
		[5, ' Fast.']
	]);
	await expect(count).toHaveText('29 of 29 paragraphs');
	await expect(field(page, 5)).toHaveValue('How can it lead?');
	await expect(field(page, 6)).toHaveValue('It has answered. Fast.');
	await expect
		.poll(async () => (await stored(page)).slice(4, 6))
		.toEqual(['How can it lead?', 'It has answered. Fast.']);
});

test('a full disk: the app says so, keeps the text, starts again, and stores it once there is room', async ({
	context
}) => {
	test.setTimeout(240_000);
	const page = await openSeed(context);
	const origin = new URL(page.url()).origin;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
	await waitForFullDisk(page);
	await field(page, 5).click();
	await page.keyboard.type('Typed on a full disk.');
	const banner = page.getByRole('alert').filter({ hasText: 'The disk is full' });
	await expect(banner).toBeVisible();
	await expect(banner).toContainText('What uses the space');
	await expect(banner.getByRole('button', { name: 'Back up the workspace' })).toBeVisible();
	await expect(banner.getByRole('button', { name: 'Delete' }).first()).toBeVisible();
	await expect(field(page, 5)).toHaveValue('Typed on a full disk.');
	expect((await stored(page))[4]).toBe('');

	// Reload while the disk is still full: the app starts and still shows the text.
	await page.reload();
	await expect(field(page, 5)).toHaveValue('Typed on a full disk.');
	await expect(page.getByRole('alert').filter({ hasText: 'The disk is full' })).toBeVisible();

	// Room again: the text is stored on the next try.
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	await expect
		.poll(async () => (await stored(page))[4], { timeout: 20_000 })
		.toBe('Typed on a full disk.');
	await page.reload();
	await expect(field(page, 5)).toHaveValue('Typed on a full disk.');
});

test('a tab that crashes mid-typing loses nothing', async ({ context }) => {
	const page = await openSeed(context);
	const url = page.url();
	await field(page, 3).click();
	await page.keyboard.type('Changing with Each Passing Day');
	// A crash: the page stops running at once (no pagehide, no timer, no save) and is closed.
	void page
		.evaluate(() => {
			for (;;);
		})
		.catch(() => undefined);
	await page.close({ runBeforeUnload: false });
	const again = await openSeed(context, url);
	await expect(field(again, 3)).toHaveValue('Changing with Each Passing Day');
	await expect.poll(async () => (await stored(again))[2]).toBe('Changing with Each Passing Day');
});

test('Settings show how much storage is used and whether the browser keeps it', async ({
	page
}) => {
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Storage in this browser' });
	await expect(section).toContainText(
		/Duiyi uses [\d.]+ [KMG]?B of the [\d.]+ [KMG]?B this browser allows it/
	);
	await expect(section).toContainText(/The browser (keeps this data|may delete this data)/);
});

test('a DOCX zip bomb is refused on the import screen, naming the limit, and nothing is created', async ({
	page
}) => {
	const head =
		'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
	const data = deflateFilled(
		head,
		LIMITS.zipUnpackedBytes + 1,
		'</w:t></w:r></w:p></w:body></w:document>'
	);
	const bomb = buildZip([{ name: 'word/document.xml', data, method: 8, declaredSize: 4096 }]);
	await page.goto('/import');
	await page.getByLabel('Open a file (.txt, .md, .docx, .html)').setInputFiles({
		name: 'bomb.docx',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(bomb)
	});
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('bomb.docx was not imported');
	await expect(alert).toContainText('unpacks to more than 256 MB');
	await expect(page.getByRole('button', { name: 'Create project' })).toHaveCount(0);
});
