import { expect, test, type Locator, type Page } from '@playwright/test';

// Issue 15: a 20,000-paragraph document. Only the rows in view are in the DOM on the import
// review, in the editor and in the alignment ladder, at the top and after scrolling to the end.
// Counts, not times.
const N = 20_000;
const MOST = 200;

const zh = Array.from(
	{ length: N },
	(_, i) => `第${i + 1}段：开发区新建项目${i % 97}个，投资增长。`
);
const en = Array.from(
	{ length: N },
	(_, i) => `Paragraph ${i + 1}: the zone started ${i % 97} new projects, and investment grew.`
);

/** Scrolls the scroller holding `row` to its end, a frame at a time. */
async function scrollToEnd(row: Locator): Promise<void> {
	await row.first().evaluate(async (el) => {
		let box = el.parentElement;
		while (
			box &&
			!(
				box.scrollHeight > box.clientHeight + 10 &&
				/auto|scroll/.test(getComputedStyle(box).overflowY)
			)
		)
			box = box.parentElement;
		if (!box) return;
		for (let i = 0; i < 50 && box.scrollTop + box.clientHeight < box.scrollHeight - 2; i++) {
			box.scrollTop = box.scrollHeight;
			await new Promise((r) => requestAnimationFrame(r));
		}
	});
}

/** Stores a one-to-one alignment of the project with `en` as its draft, straight in IndexedDB. */
async function storeDraft(page: Page, projectId: string): Promise<void> {
	await page.evaluate(
		async ({ projectId, paragraphs }) => {
			const ask = <T>(r: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
			const db = await ask(indexedDB.open('duiyi'));
			const segments = (await ask(
				db.transaction('segments').objectStore('segments').index('projectId').getAll(projectId)
			)) as { id: string; order: number }[];
			segments.sort((a, b) => a.order - b.order);
			const now = Date.now();
			const id = `scale-${projectId}`;
			const beads = segments.map((s, i) => ({ source: [s.id], target: [i], score: 0.9 }));
			// As the app stores a draft since schema v3: a row, and its text, paragraphs and beads
			// in chunks (any size; the row says how many of each).
			const chunks: { kind: string; value: unknown }[] = [
				{ kind: 'text', value: paragraphs.join('\n\n') }
			];
			for (let i = 0; i < paragraphs.length; i += 1000)
				chunks.push({ kind: 'paragraphs', value: paragraphs.slice(i, i + 1000) });
			for (let i = 0; i < beads.length; i += 1000)
				chunks.push({ kind: 'beads', value: beads.slice(i, i + 1000) });
			const count = (kind: string) => chunks.filter((c) => c.kind === kind).length;
			const tx = db.transaction(['drafts', 'draftChunks'], 'readwrite');
			const index = new Map<string, number>();
			for (const chunk of chunks) {
				const at = index.get(chunk.kind) ?? 0;
				index.set(chunk.kind, at + 1);
				tx.objectStore('draftChunks').put({ draftId: id, projectId, index: at, ...chunk });
			}
			tx.objectStore('drafts').put({
				id,
				projectId,
				name: 'draft.txt',
				chunks: { text: count('text'), paragraphs: count('paragraphs'), beads: count('beads') },
				accepted: false,
				createdAt: now,
				updatedAt: now
			});
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ projectId, paragraphs: en }
	);
}

test('a 20,000-paragraph document keeps only the rows in view in the DOM on the import review, the editor and the ladder', async ({
	page
}) => {
	test.setTimeout(900_000);
	await page.goto('/');
	await page.getByRole('textbox', { name: 'Project name', exact: true }).first().fill('Scale');
	await page
		.getByLabel(/Open a (\.txt )?file/)
		.first()
		.setInputFiles({
			name: 'scale.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(zh.join('\n\n'))
		});

	// Import review.
	await expect(
		page.getByText(`${N.toLocaleString('en')} blocks`).or(page.getByText(`${N} blocks`))
	).toBeVisible({
		timeout: 300_000
	});
	const blocks = page.locator('[data-block]');
	await expect(blocks.first()).toBeVisible();
	expect(await blocks.count()).toBeLessThan(MOST);
	await scrollToEnd(blocks);
	await expect(page.locator(`[data-block="${N - 1}"]`)).toBeVisible({ timeout: 60_000 });
	expect(await blocks.count()).toBeLessThan(MOST);

	// The project, in the editor.
	const reject = page.getByRole('button', { name: 'Reject all', exact: true });
	if (await reject.isEnabled()) await reject.click();
	await page.getByRole('button', { name: 'Create project', exact: true }).click();
	await page.waitForURL(/\/project\/[^/]+$/, { timeout: 300_000 });
	const rows = page.locator('textarea[data-segment-id]');
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 1', exact: true })
	).toBeVisible({
		timeout: 300_000
	});
	expect(await rows.count()).toBeLessThan(MOST);
	const projectId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);

	// The alignment ladder with a 20,000-paragraph draft, one link per paragraph.
	await storeDraft(page, projectId);
	await page.goto(`${page.url()}/align`);
	const ladder = page.getByRole('listbox', {
		name: 'Links between the Chinese paragraphs and the draft'
	});
	await expect(ladder.getByRole('option').first()).toBeVisible({ timeout: 300_000 });
	const paragraphs = page.locator('#align-ladder li');
	expect(await paragraphs.count()).toBeLessThan(MOST);
	await ladder.focus();
	await page.keyboard.press('End');
	const last = page.getByRole('option', {
		name: new RegExp(`^Link ${N}: Chinese ${N} ↔ English ${N} `)
	});
	await expect(last).toBeVisible({ timeout: 60_000 });
	await expect(last).toHaveAttribute('aria-selected', 'true');
	expect(await paragraphs.count()).toBeLessThan(MOST);
	expect(await ladder.getByRole('option').count()).toBeLessThan(MOST);
});
