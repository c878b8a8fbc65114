import { expect, test, type Page } from '@playwright/test';

// A Chinese article copied out of a newspaper page: three paragraphs cut mid-sentence by
// column breaks, a photo caption and a credit line left between them.
const BROKEN = [
	'风华正茂勇争先',
	'近年来，宜春经开区坚持工业强区战略，形成了较为完善的产业',
	'配套。围绕主导产业，该区引进了一批龙头企业，带动上下游企业集聚发展。',
	'图为宜春经开区一角',
	'2023年，全区规模以上工业增加值增长百分之十，高质量发展迈出了',
	'坚实的新步伐，经济总量再创新高。',
	'该区还建成了标准厂房一百万平方米，为企业落户提供了',
	'便利条件，营商环境持续优化。',
	'（本版文图由宜春经开区提供）'
];

// What the translator decides: join blocks 2+3 and 7+8, keep 5 and 6 apart.
const EXPECTED = [
	BROKEN[0],
	BROKEN[1] + BROKEN[2],
	BROKEN[3],
	BROKEN[4],
	BROKEN[5],
	BROKEN[6] + BROKEN[7],
	BROKEN[8]
];

async function sources(page: Page): Promise<string[]> {
	const rows = page.getByLabel(/^Source of paragraph \d+$/);
	await expect(rows.first()).toBeVisible();
	return rows.allTextContents();
}

async function storedDecisions(page: Page): Promise<Record<string, boolean>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, boolean>>((resolve, reject) => {
				const open = indexedDB.open('duiyi');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction('repairDecisions').objectStore('repairDecisions').getAll();
					req.onsuccess = () => {
						const rows = req.result as { proposalId: string; accepted: boolean }[];
						resolve(Object.fromEntries(rows.map((r) => [r.proposalId, r.accepted])));
						db.close();
					};
					req.onerror = () => reject(req.error);
				};
			})
	);
}

test('an imported broken article is repaired as decided, and the decisions hold after reload', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/import');
	const file = page.getByLabel('Open a file (.txt, .md, .docx, .html)');

	// Binary junk named .txt: a clear message, nothing to create.
	const junk = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
	await file.setInputFiles({ name: 'junk.txt', mimeType: 'text/plain', buffer: junk });
	await expect(page.getByRole('alert')).toContainText('junk.txt was not imported');
	await expect(page.getByRole('button', { name: 'Create project' })).toHaveCount(0);

	// The broken article, as GB18030 would be hard to write here: UTF-16 LE with a BOM.
	const text = BROKEN.join('\r\n\r\n');
	const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
	await file.setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: utf16 });
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(
		page.getByText('9 blocks · 6 paragraphs after repair · 3 of 3 repairs accepted')
	).toBeVisible();
	await expect(page.getByLabel('Kind of block 4')).toHaveValue('caption');
	await expect(page.getByLabel('Kind of block 9')).toHaveValue('credit');

	// Reject all, then accept two of the three joins with the keyboard and the mouse.
	await page.getByRole('button', { name: 'Reject all' }).click();
	await expect(
		page.getByText('9 blocks · 9 paragraphs after repair · 0 of 3 repairs accepted')
	).toBeVisible();
	await page.getByRole('button', { name: 'Accept all' }).click();
	const rejected = page.getByRole('checkbox', { name: 'Join block 5 with block 6' });
	await rejected.focus();
	await page.keyboard.press('Space');
	await expect(rejected).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Join block 2 with block 3' })).toBeChecked();
	await expect(
		page.getByText('9 blocks · 7 paragraphs after repair · 2 of 3 repairs accepted')
	).toBeVisible();
	await page.getByLabel('Project name').fill('Broken article');

	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page).toHaveURL(/\/project\/[\w-]+$/);
	expect(await sources(page)).toEqual(EXPECTED);

	await page.reload();
	expect(await sources(page)).toEqual(EXPECTED);
	const decisions = await storedDecisions(page);
	expect(decisions['join:1-2']).toBe(true);
	expect(decisions['join:4-5']).toBe(false);
	expect(decisions['join:6-7']).toBe(true);
});

test('text from the project list and pasted rich text reach the import screen as text only', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Chinese text').fill(BROKEN.slice(0, 3).join('\n\n'));
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page).toHaveURL(/\/import$/);
	await expect(
		page.getByText('3 blocks · 2 paragraphs after repair · 1 of 1 repairs accepted')
	).toBeVisible();

	// Rich text from a web page: the HTML flavour is read, its markup and script are not.
	const html =
		'<h1>风华正茂勇争先</h1><p>近年来，形成了较为完善的产业</p><p>配套。<img src="x" onerror="window.__pwned=1"></p><script>window.__pwned=2</script>';
	await page.getByLabel('Or paste the text').evaluate((el, data) => {
		const transfer = new DataTransfer();
		transfer.setData('text/html', data);
		transfer.setData('text/plain', 'plain');
		el.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
		);
	}, html);
	await expect(
		page.getByText('3 blocks · 2 paragraphs after repair · 1 of 1 repairs accepted')
	).toBeVisible();
	await expect(page.getByLabel('Kind of block 1')).toHaveValue('title');
	await expect(page.locator('[data-block="2"] .text')).toHaveText('配套。');
	expect(await page.locator('main img, main script').count()).toBe(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('any two blocks can be joined by hand, split again and the change undone', async ({
	page
}) => {
	await page.goto('/import');
	// Two complete paragraphs the repair leaves apart, then a paragraph broken after 、 with a
	// photo caption set between its halves.
	const blocks = [
		'产业升级跑出加速度',
		'该区今年引进重点项目12个。',
		'总投资186亿元，带动就业3000余人。',
		'近年来，该区聚焦新能源、新材料、',
		'工人正在光伏组件生产线上作业',
		'电子信息三大主导产业。'
	];
	await page.getByLabel('Open a file (.txt, .md, .docx, .html)').setInputFiles({
		name: 'parts.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(blocks.join('\n\n'))
	});
	const counts = (paragraphs: number, accepted: number, total: number) =>
		page.getByText(
			`6 blocks · ${paragraphs} paragraphs after repair · ${accepted} of ${total} repairs accepted`
		);
	await expect(counts(5, 1, 1)).toBeVisible();
	await expect(page.getByLabel('Kind of block 5')).toHaveValue('caption');
	await expect(page.locator('[data-block="4"]')).toContainText(
		'Set inside the paragraph of block 4: it now follows that paragraph.'
	);

	// A join nobody proposed: block 3 onto the paragraph of block 2, by keyboard.
	await page.getByLabel('Append block').fill('3');
	await page.getByLabel('to the paragraph of block').fill('2');
	await page.getByLabel('to the paragraph of block').press('Enter');
	await expect(page.getByText('Block 3 appended to the paragraph of block 2.')).toBeVisible();
	await expect(counts(4, 2, 2)).toBeVisible();

	// A block cannot be joined to itself: the reason is said and nothing changes.
	await page.getByLabel('Append block').fill('2');
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(page.getByText('Choose two different blocks.')).toBeVisible();
	await expect(counts(4, 2, 2)).toBeVisible();

	// Split the proposed join apart again, then undo the split.
	await page.getByRole('button', { name: 'Split before block 6' }).click();
	await expect(counts(5, 1, 2)).toBeVisible();
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(counts(4, 2, 2)).toBeVisible();

	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page).toHaveURL(/\/project\/[\w-]+$/);
	expect(await sources(page)).toEqual([
		blocks[0],
		blocks[1] + blocks[2],
		blocks[3] + blocks[5],
		blocks[4]
	]);
	const decisions = await storedDecisions(page);
	expect(decisions['manual:1-2']).toBe(true);
	expect(decisions['join:3-5']).toBe(true);
});
