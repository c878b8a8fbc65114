import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openXliffProject } from './xliff.ts';

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="report.html" source-language="zh-CN" target-language="en" datatype="html">
<body>
<trans-unit id="1"><source><g id="1">宜春</g>经开区<x id="2"/>发展</source><target><g id="1">Yichun</g> ETDZ<x id="2"/> grows</target></trans-unit>
<trans-unit id="2"><source>见<mrk mtype="protected">https://www.yc.gov.cn</mrk>和<g id="3">宁德时代</g></source></trans-unit>
<trans-unit id="3"><source><g id="4">宜春</g>经开区<x id="5"/>发展</source></trans-unit>
<trans-unit id="4"><source>第一句。<g id="6">宜春</g>第二句。</source></trans-unit>
</body>
</file>
</xliff>
`;

async function exportXliff12(page: Page): Promise<string> {
	await page.getByRole('radio', { name: 'XLIFF 1.2 (.xlf)' }).check();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const file = await downloading;
	return readFileSync((await file.path()) as string, 'utf8');
}

test('inline tags of an XLIFF show as numbered chips, go in with F8, stay whole, are checked and written back', async ({
	page
}) => {
	await openXliffProject(page, XLIFF, 'Tagged report');

	// Source: numbered chips, a pair sharing its number; protected text shown, not hidden.
	const source1 = page.getByLabel('Source of paragraph 1');
	await expect(source1.getByRole('img', { name: 'Tag {1}', exact: true })).toBeVisible();
	await expect(source1.getByRole('img', { name: 'Tag {/1}' })).toBeVisible();
	await expect(source1.getByRole('img', { name: 'Tag {2/}' })).toBeVisible();
	await expect(
		page.getByLabel('Source of paragraph 2').getByRole('img', {
			name: 'Tag {1/}: https://www.yc.gov.cn'
		})
	).toBeVisible();
	// Target: the same numbers, as tokens in the text.
	const target1 = page.getByRole('textbox', { name: 'English translation of paragraph 1' });
	await expect(target1).toHaveValue('{1}Yichun{/1} ETDZ{2/} grows');

	// A click inside a tag puts the caret after it, never inside.
	const caret = await target1.evaluate((field: HTMLTextAreaElement) => {
		field.focus();
		field.setSelectionRange(1, 1);
		field.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
		return field.selectionStart;
	});
	expect(caret).toBe(3);

	// The key is in the list of keys.
	await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
	await expect(
		page.getByRole('dialog').getByText('Insert the next tag of the source')
	).toBeVisible();
	await page.keyboard.press('Escape');

	// F8 puts the next missing tag of the source at the caret.
	const target2 = page.getByRole('textbox', { name: 'English translation of paragraph 2' });
	await target2.click();
	await page.keyboard.press('F8');
	await page.keyboard.type(' and ');
	await page.keyboard.press('F8');
	await page.keyboard.type('CATL');
	await page.keyboard.press('Control+Comma');
	await expect(target2).toHaveValue('{1/} and {2}CATL{/2}');

	// A tag is deleted whole, and the arrows step over it.
	await page.keyboard.press('Backspace');
	await expect(target2).toHaveValue('{1/} and {2}CATL');
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	expect(await target2.evaluate((f: HTMLTextAreaElement) => f.selectionStart)).toBe(4);
	await page.keyboard.press('Delete');
	await expect(target2).toHaveValue('{1/}and {2}CATL');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Delete');
	await expect(target2).toHaveValue('and {2}CATL');
	await page.keyboard.press('F8');
	await page.keyboard.type(' ');
	await expect(target2).toHaveValue('{1/} and {2}CATL');

	// QA finds the missing end tag.
	await page.getByRole('tab', { name: 'QA' }).click();
	await page.getByRole('button', { name: 'Run checks' }).click();
	await expect(page.getByText('Tag {/2} of the source is missing from the English')).toBeVisible();

	// Typing the token is the same as inserting the tag; the export writes the codes back.
	await target2.press('End');
	await target2.pressSequentially('{/2}');
	await expect(target2).toHaveValue('{1/} and {2}CATL{/2}');
	await page.getByRole('button', { name: 'Run checks' }).click();
	await expect(page.getByText('Tag {/2} of the source is missing from the English')).toHaveCount(0);
	await target2.press('Control+Enter');
	// Stored (the write follows the key press): still confirmed after a reload.
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 2' })).toHaveValue(
		'translated'
	);
	await expect
		.poll(async () => {
			await page.reload();
			return page.getByRole('combobox', { name: 'Status of paragraph 2' }).inputValue();
		})
		.toBe('translated');
	// The history shows the confirmed version with its tags as chips too.
	await target2.click();
	await page.getByRole('tab', { name: 'History' }).click();
	await expect(
		page.getByRole('region', { name: 'History' }).getByRole('img', { name: 'Tag {/2}' })
	).toBeVisible();
	// Paragraph 1 confirmed goes to the memory: paragraph 3 (the same source) is offered it in the
	// TM tab, its tags as the same numbered chips (not the raw placeholder character).
	await target1.click();
	await target1.press('Control+Enter');
	await page.getByRole('textbox', { name: 'English translation of paragraph 3' }).click();
	await page.getByRole('tab', { name: 'TM' }).click();
	const memory = page.getByRole('region', { name: 'Translation memory' });
	await expect(memory.getByRole('img', { name: 'Tag {/1}' }).first()).toBeVisible();
	await expect(memory.getByRole('img', { name: 'Tag {2/}' }).last()).toBeVisible();
	// The placeholder stays in the DOM (hidden) but is never what is shown.
	expect(await memory.innerText()).not.toMatch(/[\uE000-\uF8FF]/);
	// Concordance hits too (a memory unit keeps no tag table: each tag numbered on its own).
	await page.getByRole('searchbox', { name: 'Search the memory' }).fill('经开区');
	await expect(
		page
			.getByRole('list', { name: 'Concordance hits' })
			.getByRole('img', { name: 'Tag {3/}' })
			.first()
	).toBeVisible();
	await page.goto(new URL(page.url()).pathname + '/export');
	const xliff = await exportXliff12(page);
	expect(xliff).toContain('"><g id="1">Yichun</g> ETDZ<x id="2"/> grows</target>');
	expect(xliff).toContain(
		'state="translated"><mrk mtype="protected">https://www.yc.gov.cn</mrk> and <g id="3">CATL</g></target>'
	);
});

test('a split paragraph keeps its inline tags: the pieces show their pairs, not lone codes', async ({
	page
}) => {
	await openXliffProject(page, XLIFF, 'Split tags');
	await page.getByRole('textbox', { name: 'English translation of paragraph 4' }).click();
	// A caret after 第一句。 (before the pair), then split: the new piece holds the pair.
	await page.getByLabel('Source of paragraph 4').evaluate((element) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.textContent !== '第一句。') continue;
			const range = document.createRange();
			range.setStart(node, 4);
			range.collapse(true);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			return;
		}
	});
	await page.getByRole('button', { name: 'Split ¶ 4 at the caret' }).click();
	await expect(page.getByLabel('Source of paragraph 4')).toHaveText('第一句。');
	const piece = page.getByLabel('Source of paragraph 5');
	await expect(piece.getByRole('img', { name: 'Tag {1}', exact: true })).toBeVisible();
	await expect(piece.getByRole('img', { name: 'Tag {/1}' })).toBeVisible();
});
