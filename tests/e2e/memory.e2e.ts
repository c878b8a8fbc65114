import { expect, test, type Page } from '@playwright/test';

const P1 = '宜春经开区设立20年。';
const P2 = '高质量发展迈出新步伐。产业集群不断壮大。';
const P4 = '产业集群不断壮大。今年形势很好。';

/** A project of four paragraphs, the first two translated and confirmed. */
async function project(page: Page) {
	await page.goto('/');
	await page.getByRole('textbox', { name: 'Project name' }).fill('Memory check');
	await page.getByRole('textbox', { name: 'Chinese text' }).fill([P1, P2, P1, P4].join('\n\n'));
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page.getByRole('heading', { name: 'Import a document' })).toBeVisible();
	await page.getByRole('button', { name: 'Create project' }).click();
	const target = (n: number) =>
		page.getByRole('textbox', { name: `English translation of paragraph ${n}` });
	await target(1).fill('Yichun ETDZ is 20 years old.');
	await target(1).press('Control+Enter');
	await expect(target(2)).toBeFocused();
	await target(2).fill('High-quality development took new strides. Clusters kept growing.');
	await target(2).press('Control+Enter');
	await expect(target(3)).toBeFocused();
	await page.getByRole('tab', { name: 'TM' }).click();
	return target;
}

test('a repeated paragraph is offered the translation already given, with a link to it', async ({
	page
}) => {
	const target = await project(page);
	const panel = page.getByRole('tabpanel');
	const repetitions = panel.getByRole('region', { name: 'Repetitions' });
	await expect(repetitions.getByText('Repetition', { exact: true })).toBeVisible();
	await expect(repetitions.getByText('Yichun ETDZ is 20 years old.')).toBeVisible();
	await repetitions.getByRole('button', { name: 'Insert the repetition from paragraph 1' }).click();
	await expect(target(3)).toHaveValue('Yichun ETDZ is 20 years old.');
	await repetitions.getByRole('button', { name: 'Go to paragraph 1' }).click();
	await expect(target(1)).toBeFocused();
});

test('each sentence of a paragraph gets its own match, inserted one by one', async ({ page }) => {
	const target = await project(page);
	await target(4).click();
	const sentences = page.getByRole('region', { name: 'Sentence by sentence' });
	await expect(sentences.getByText('Sentence 1')).toBeVisible();
	await expect(sentences.getByText('Sentence 2')).toBeVisible();
	await expect(sentences.getByText('No match')).toBeVisible();
	await sentences.getByRole('button', { name: 'Insert the 100% match of sentence 1' }).click();
	await expect(target(4)).toHaveValue('Clusters kept growing.');
	// The same sentence translated in paragraph 2 is also offered as a repetition.
	const repetitions = page.getByRole('region', { name: 'Repetitions' });
	await expect(repetitions.getByText('sentence 1')).toBeVisible();
	await expect(repetitions.getByRole('button', { name: 'Go to paragraph 2' })).toBeVisible();
});

test('Ctrl+K on a selection in the target or the source opens the concordance, hits highlighted', async ({
	page
}) => {
	const target = await project(page);
	await page.getByRole('tab', { name: 'Terms' }).click();
	// A selection in the English of paragraph 1.
	await target(1).click();
	await target(1).evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(15, 23));
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('tab', { name: 'TM' })).toHaveAttribute('aria-selected', 'true');
	const box = page.getByRole('searchbox', { name: 'Search the memory' });
	await expect(box).toHaveValue('20 years');
	const panel = page.getByRole('tabpanel');
	await expect(panel.getByRole('status').first()).toHaveText('1 unit contains “20 years”');
	const hits = panel.getByRole('list', { name: 'Concordance hits' });
	await expect(hits.locator('mark')).toHaveText(['20 years']);
	await expect(hits.getByText('This project: Memory check')).toBeVisible();
	await expect(hits.getByText(/^Updated /)).toBeVisible();

	// A selection in the Chinese of paragraph 2: its paragraph and its sentence pair both hold it.
	await target(1).blur();
	await page.getByLabel('Source of paragraph 2').evaluate((el) => {
		const text = el.firstChild ?? el;
		const range = document.createRange();
		const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() ?? text;
		const at = (node.textContent ?? '').indexOf('产业集群');
		range.setStart(node, at);
		range.setEnd(node, at + 4);
		getSelection()?.removeAllRanges();
		getSelection()?.addRange(range);
	});
	await page.keyboard.press('Control+k');
	await expect(box).toHaveValue('产业集群');
	await expect(panel.getByRole('status').first()).toHaveText('2 units contain “产业集群”');
	await expect(hits.locator('mark')).toHaveText(['产业集群', '产业集群']);

	// Typing in the box searches too; English hits are marked in the English.
	await box.fill('clusters');
	await expect(hits.locator('mark')).toHaveText(['Clusters', 'Clusters']);
});

test('the TM page shows concordance with highlighting, count, origin and date; an import can be cancelled', async ({
	page
}) => {
	const tmx = (count: number) =>
		`<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/><body>\n` +
		Array.from(
			{ length: count },
			(_, i) =>
				`<tu><tuv xml:lang="zh-CN"><seg>第${i}个产业集群项目签约。</seg></tuv><tuv xml:lang="en"><seg>Industrial cluster project ${i} signed.</seg></tuv></tu>`
		).join('\n') +
		'\n</body></tmx>\n';
	await page.goto('/tm');
	const file = page.getByLabel('TMX file to add to the memory');
	await file.setInputFiles({
		name: 'client.tmx',
		mimeType: 'application/x-tmx+xml',
		buffer: Buffer.from(tmx(3))
	});
	await expect(page.getByText('3 of 3 translation units imported')).toBeVisible();
	await page.getByRole('searchbox', { name: 'Search the memory' }).fill('cluster project 1');
	await page.getByRole('button', { name: 'Search the memory' }).click();
	await expect(page.getByText('1 unit contains “cluster project 1”')).toBeVisible();
	const hits = page.getByRole('list', { name: 'Concordance hits' });
	await expect(hits.locator('mark')).toHaveText(['cluster project 1']);
	await expect(hits.getByText('Imported TMX: client.tmx')).toBeVisible();
	await expect(hits.getByText(/^Updated /)).toBeVisible();

	// A large file: cancelled while it is read or stored, nothing of it is kept.
	await file.setInputFiles({
		name: 'big.tmx',
		mimeType: 'application/x-tmx+xml',
		buffer: Buffer.from(tmx(60_000))
	});
	await expect(page.getByRole('progressbar', { name: 'TMX import progress' })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel the import' }).click();
	await expect(page.getByText('The import was cancelled; nothing of it was kept')).toBeVisible({
		timeout: 60_000
	});
	await expect(page.getByText('3 translation units', { exact: true })).toBeVisible();
});
