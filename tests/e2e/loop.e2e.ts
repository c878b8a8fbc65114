/**
 * The whole loop on a document nobody tuned for: import a .docx (an article of the genre with a
 * photo caption), align an English draft that merges two Chinese paragraphs into one and leaves
 * the caption out, accept, run QA, export the English DOCX, and read it back: no Chinese in it,
 * and every English sentence of the draft there.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';

const ZH = {
	title: '产业集聚强动能 开发区谱写高质量发展新篇章',
	body: [
		'今年以来，临川经济开发区坚持项目为王，全力推进招商引资和项目建设，前三季度完成固定资产投资86.5亿元，同比增长12.3%。',
		'开发区聚焦电子信息和新材料两大首位产业，先后引进亿元以上项目18个，其中10亿元以上项目5个。',
		'在园区企业的生产车间里，一条条自动化生产线正在满负荷运转，工人们忙着赶制订单。'
	],
	caption: '图为园区一家电子企业的智能生产线。',
	after: [
		'为了让企业安心发展，开发区推行“一站式”审批服务，项目从签约到开工平均只需45天。',
		'下一步，开发区将继续优化营商环境，力争到2025年规模以上工业营业收入突破500亿元。'
	]
};

/** The draft: ZH.body[0] and [1] merged into one paragraph (2:1), the caption left out. */
const DRAFT = [
	'Industrial Clusters Power a New Chapter of High-Quality Growth',
	'Since the start of the year, the Linchuan Economic Development Zone has put projects first and pushed hard on investment promotion and project construction; fixed-asset investment reached 8.65 billion yuan in the first three quarters, up 12.3% year on year. Focusing on its two leading industries, electronic information and new materials, the zone has brought in 18 projects worth more than 100 million yuan each, five of them worth more than 1 billion yuan.',
	'In the workshops of companies in the park, automated production lines are running at full capacity and workers are busy filling orders.',
	'To let companies grow with peace of mind, the zone offers one-stop approval services, and a project takes an average of only 45 days from signing to breaking ground.',
	'Next, the zone will keep improving its business environment, aiming for the revenue of industrial enterprises above designated size to exceed 50 billion yuan by 2025.'
];

async function articleDocx(): Promise<Buffer> {
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ text: ZH.title, heading: HeadingLevel.TITLE }),
					...ZH.body.map((text) => new Paragraph({ text })),
					new Paragraph({ text: ZH.caption, style: 'Caption' }),
					...ZH.after.map((text) => new Paragraph({ text }))
				]
			}
		]
	});
	return Packer.toBuffer(doc);
}

const hasChinese = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const sentencesOf = (text: string) => text.split(/(?<=[.;])\s+/).map((s) => s.replace(/;$/, ''));

test('import a .docx, align a draft with a 2:1 merge and a missing caption, accept, QA, export English DOCX with no Chinese and nothing missing', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/import');
	await page.getByLabel('Open a file (.txt, .md, .docx, .html)').setInputFiles({
		name: 'linchuan.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: await articleDocx()
	});
	await expect(page.getByLabel('Kind of block 5')).toHaveValue('caption');
	await page.getByLabel('Project name').fill('Linchuan zone');
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page).toHaveURL(/\/project\/[\w-]+$/);
	const editorUrl = page.url();
	const target = (n: number) =>
		page.getByRole('textbox', { name: `English translation of paragraph ${n}` });
	await expect(target(7)).toBeAttached({ timeout: 30_000 });

	// Align the draft (pasted) and accept.
	await page.goto(`${editorUrl}/align`);
	await page.getByLabel('Or paste the English draft').fill(DRAFT.join('\n\n'));
	await page.getByRole('button', { name: 'Import and align' }).click();
	await expect(
		page.getByRole('listbox', { name: 'Links between the Chinese paragraphs and the draft' })
	).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Accept', exact: true }).click();
	// Accepting goes to the editor, or stays to list what the draft leaves out.
	await expect
		.poll(
			async () => page.url() === editorUrl || (await page.getByText(/^Accepted:/).count()) > 0,
			{
				timeout: 60_000
			}
		)
		.toBe(true);
	expect(await page.getByText(/draft paragraphs are linked to no Chinese paragraph/).count()).toBe(
		0
	);
	await page.goto(editorUrl);
	await expect(target(1)).toHaveValue(DRAFT[0], { timeout: 30_000 });

	// The merged English is split between paragraphs 2 and 3, or 3 is translated together with 2.
	const second = await target(2).inputValue();
	const third = await target(3).inputValue();
	test.info().annotations.push({ type: 'merged link', description: third ? 'split' : 'together' });
	if (third) {
		expect(`${second} ${third}`).toBe(DRAFT[1]);
	} else {
		expect(second).toBe(DRAFT[1]);
		await expect(
			page.getByText('Translated together with paragraph 2: its English is there.')
		).toBeVisible();
	}
	await expect(target(4)).toHaveValue(DRAFT[2]);
	// The caption the draft leaves out stays without English; 6 and 7 are not shifted.
	await expect(target(5)).toHaveValue('');
	await expect(target(6)).toHaveValue(DRAFT[3]);
	await expect(target(7)).toHaveValue(DRAFT[4]);

	// Confirming the empty caption asks first; cancelling leaves it as it was.
	await target(5).click();
	await page.keyboard.press('Control+Enter');
	const ask = page.getByRole('dialog', { name: 'Confirm empty' });
	await expect(ask).toContainText('Paragraph 5 has no English');
	await ask.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('combobox', { name: 'Status of paragraph 5' })).toHaveValue('new');

	// QA over the whole document names the paragraph without English (a draft, not confirmed).
	await page.getByRole('tab', { name: 'QA' }).click();
	await page.getByRole('button', { name: 'Run checks' }).click();
	await expect(
		page.getByRole('button', { name: /¶ 5: The paragraph has no English/ })
	).toBeVisible();
	await expect(page.getByRole('button', { name: /¶ 3: The paragraph has no English/ })).toHaveCount(
		0
	);

	// Export the English DOCX: the caption is listed first, and left blank.
	await page.goto(`${editorUrl}/export`);
	await page.getByRole('radio', { name: 'English Word document (.docx)' }).check();
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const gaps = page.getByRole('dialog', { name: '1 paragraphs have no English' });
	await expect(gaps).toContainText(`¶5 ${ZH.caption}`);
	const downloading = page.waitForEvent('download');
	await gaps.getByRole('button', { name: 'Leave blank' }).click();
	const file = await downloading;
	const docx = unzipSync(new Uint8Array(readFileSync((await file.path()) as string)));
	const xml = strFromU8(docx['word/document.xml']);
	const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
	expect(text).not.toMatch(hasChinese);
	const unescaped = text.replace(/&amp;/g, '&').replace(/\s+/g, ' ');
	for (const paragraph of DRAFT)
		for (const sentence of sentencesOf(paragraph)) expect(unescaped).toContain(sentence);
});
