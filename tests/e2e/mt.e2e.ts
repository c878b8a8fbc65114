/**
 * Machine translation from the browser (issue 17): a fake OpenAI-compatible engine (tests/mt)
 * started by the test itself on a local port, answering with CORS headers as a local server
 * would. The app is driven through visible labels and accessible names only.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAiServer, type EngineServer } from '../mt/servers.ts';

const PARAGRAPHS = [
	'宜春经开区深化改革。',
	'宜春经开区去年签约金额105亿元。',
	'开发区新引进企业30家。',
	'全年实现营业收入增长15%。',
	'园区新增就业岗位两千个。',
	'企业研发投入持续增加。'
];
const TABLE: Record<string, string> = {
	[PARAGRAPHS[0]]: 'Yichun ETDZ deepened its reforms.',
	// wrong on purpose: 105亿元 is 10.5 billion yuan
	[PARAGRAPHS[1]]: 'Yichun ETDZ signed deals worth 1.05 billion yuan last year.'
};
const fallback = (zh: string) => `English of ${zh}`;

let server: EngineServer | undefined;
test.afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function createProject(page: Page, name: string) {
	await page.goto('/');
	await page.getByRole('textbox', { name: 'Project name' }).fill(name);
	await page.getByRole('textbox', { name: 'Chinese text' }).fill(PARAGRAPHS.join('\n\n'));
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page.getByRole('heading', { name: 'Import a document' })).toBeVisible();
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(target(page, 1)).toBeVisible();
	return page.url();
}

const target = (page: Page, n: number) =>
	page.getByRole('textbox', { name: `English translation of paragraph ${n}` });

async function configure(page: Page, url: string, key: string) {
	await page.goto('/settings');
	await page.getByRole('combobox', { name: 'Engine in use' }).selectOption({
		label: 'OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)'
	});
	await page.getByRole('textbox', { name: 'Base URL (up to /v1)' }).fill(`${url}/v1`);
	await page.getByRole('textbox', { name: 'Model', exact: true }).fill('fake-llm');
	await page.getByLabel('API key (optional)').first().fill(key);
	await page.getByRole('button', { name: 'Save machine-translation settings' }).click();
	await expect(page.getByText('Machine-translation settings saved.')).toBeVisible();
}

/** Targets as stored, with provenance and engine name, in document order. */
async function stored(page: Page, projectName: string) {
	return page.evaluate(
		(name) =>
			new Promise<{ target: string; provenance: string; engineName?: string }[]>(
				(resolve, reject) => {
					const open = indexedDB.open('duiyi');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction(['projects', 'segments']);
						const p = tx.objectStore('projects').getAll();
						const s = tx.objectStore('segments').getAll();
						tx.oncomplete = () => {
							const id = p.result.find((x: { name: string }) => x.name === name)?.id;
							resolve(
								s.result
									.filter((x: { projectId: string }) => x.projectId === id)
									.sort((a: { order: number }, b: { order: number }) => a.order - b.order)
									.map((x: { target: string; provenance: string; engineName?: string }) => ({
										target: x.target,
										provenance: x.provenance,
										engineName: x.engineName
									}))
							);
							db.close();
						};
					};
				}
			),
		projectName
	);
}

test('a suggestion held to the glossary, checked by QA, inserted with Ctrl+M without overwriting', async ({
	page
}) => {
	server = await openAiServer({ table: TABLE, fallback, key: 'k-right' });
	const editorUrl = await createProject(page, 'MT suggestion');
	// Nothing is sent before an engine is configured.
	await page.getByRole('tab', { name: 'MT' }).click();
	await expect(page.getByText(/No machine-translation engine is set up/)).toBeVisible();
	expect(server.requests).toHaveLength(0);

	// The seed glossary (宜春经开区 → Yichun ETDZ) is used in the new project.
	await page.goto('/glossaries');
	await page.getByRole('button', { name: /Open glossary 宜春经开区 Yichun ETDZ/ }).click();
	await page.getByRole('checkbox', { name: /Use glossary .* in project MT suggestion/ }).check();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'MT suggestion' }).getByText('no. 1 of 1')
	).toBeVisible();

	await configure(page, server.url, 'k-right');
	await page.getByRole('button', { name: /Test connection to OpenAI-compatible/ }).click();
	await expect(page.getByText(/Connected: fake-llm answered/)).toBeVisible();

	await page.goto(editorUrl);
	await target(page, 2).click();
	await page.getByRole('tab', { name: 'MT' }).click();
	await page.getByRole('button', { name: 'Get suggestion' }).click();
	const suggestion = page.getByRole('group', { name: 'Suggestion from fake-llm' });
	await expect(suggestion).toContainText('Yichun ETDZ signed deals worth 1.05 billion yuan');
	// The number is checked by value: 105亿元 is 10.5 billion, not 1.05 billion.
	await expect(suggestion.getByRole('list', { name: 'Checks on the suggestion' })).toContainText(
		/105亿.*1\.05 billion/
	);
	// The engine was sent the paragraph's term and its neighbours as context.
	const prompt = (server.requests.at(-1)!.body.messages as { content: string }[])[1].content;
	expect(prompt).toContain('宜春经开区 → Yichun ETDZ');
	expect(prompt).toContain(`Previous paragraph (context):\n${PARAGRAPHS[0]}`);
	expect(prompt).toContain(`Next paragraph (context):\n${PARAGRAPHS[2]}`);

	await target(page, 2).click();
	await page.keyboard.press('Control+m');
	await expect(target(page, 2)).toHaveValue(TABLE[PARAGRAPHS[1]]);

	// Over text the translator typed: Ctrl+M asks first; Append keeps the typed words.
	await target(page, 1).fill('My own words.');
	await page.keyboard.press('Control+m');
	const choice = page.getByRole('alertdialog');
	await expect(choice).toContainText('This paragraph already has English');
	await expect(target(page, 1)).toHaveValue('My own words.');
	await choice.getByRole('button', { name: 'Append' }).click();
	await expect(target(page, 1)).toHaveValue(`My own words. ${TABLE[PARAGRAPHS[0]]}`);

	await expect
		.poll(async () => (await stored(page, 'MT suggestion')).slice(0, 2))
		.toEqual([
			{ target: `My own words. ${TABLE[PARAGRAPHS[0]]}`, provenance: 'mt', engineName: 'fake-llm' },
			{ target: TABLE[PARAGRAPHS[1]], provenance: 'mt', engineName: 'fake-llm' }
		]);
	// The typed text is kept in the history.
	await target(page, 1).click();
	await page.getByRole('tab', { name: 'History' }).click();
	await expect(page.getByText('before a machine translation')).toBeVisible();
});

test('pre-translating the empty paragraphs waits out a 429, can be cancelled and never overwrites', async ({
	page
}) => {
	// The third request is refused once with 429; each answer takes a while.
	server = await openAiServer({
		table: TABLE,
		fallback,
		rateLimitAt: [3],
		delayMs: 1500
	});
	const editorUrl = await createProject(page, 'MT pre-translate');
	await configure(page, server.url, '');
	await page.goto(editorUrl);
	await target(page, 1).fill('Typed by the translator.');
	await page.getByRole('tab', { name: 'MT' }).click();
	await page.getByRole('button', { name: 'Pre-translate…' }).click();
	await page.getByRole('radio', { name: 'Only empty paragraphs' }).check();
	const chars = PARAGRAPHS.slice(1).join('').length;
	await expect(
		page.getByText(new RegExp(`^5 paragraphs: 5 requests, ${chars} Chinese characters`))
	).toBeVisible();
	await page.getByRole('button', { name: 'Start pre-translation' }).click();
	await expect(page.getByRole('progressbar', { name: 'Pre-translation progress' })).toBeVisible();
	await expect(page.getByText(/limiting requests: waiting 1 s/)).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText('3 of 5 paragraphs')).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Cancel pre-translation' }).click();
	await expect(
		page.getByText(/Pre-translation cancelled: [34] paragraphs drafted and kept/)
	).toBeVisible({
		timeout: 20_000
	});
	// The paragraph after the 429 was retried and drafted; the last one was never asked for.
	await expect(target(page, 4)).toHaveValue(fallback(PARAGRAPHS[3]));
	await expect(target(page, 6)).toHaveValue('');
	await expect(target(page, 1)).toHaveValue('Typed by the translator.');

	// Again for the rest: only what is still empty.
	await page.getByRole('button', { name: 'Start pre-translation' }).click();
	await expect(page.getByText(/Pre-translation finished: [12] paragraphs? drafted/)).toBeVisible({
		timeout: 20_000
	});
	const rows = await stored(page, 'MT pre-translate');
	expect(rows[0]).toEqual({
		target: 'Typed by the translator.',
		provenance: 'typed',
		engineName: undefined
	});
	expect(rows.slice(1).map((r) => [r.provenance, r.engineName])).toEqual(
		Array(5).fill(['mt', 'fake-llm'])
	);
	expect(rows[1].target).toBe(TABLE[PARAGRAPHS[1]]);
});

test('a failing engine gives a clear message and changes nothing', async ({ page }) => {
	server = await openAiServer({ table: TABLE, fallback, key: 'k-right' });
	const editorUrl = await createProject(page, 'MT failure');
	await configure(page, server.url, 'k-wrong');
	await page.getByRole('button', { name: /Test connection to OpenAI-compatible/ }).click();
	await expect(page.getByRole('alert')).toContainText('fake-llm refused the API key (HTTP 401');

	await page.goto(editorUrl);
	await target(page, 2).fill('Kept as typed.');
	await target(page, 1).click();
	await page.getByRole('tab', { name: 'MT' }).click();
	await page.getByRole('button', { name: 'Get suggestion' }).click();
	await expect(page.getByRole('alert')).toContainText('refused the API key');
	await page.keyboard.press('Control+m');
	await expect(target(page, 1)).toHaveValue('');

	await page.getByRole('button', { name: 'Pre-translate…' }).click();
	await page.getByRole('button', { name: 'Start pre-translation' }).click();
	await expect(
		page.getByText(/Pre-translation stopped at paragraph 1: fake-llm refused the API key/)
	).toBeVisible();
	await expect(
		page.getByText(/0 paragraphs drafted before are kept; nothing else changed/)
	).toBeVisible();
	const rows = await stored(page, 'MT failure');
	expect(rows.map((r) => r.target)).toEqual(['', 'Kept as typed.', '', '', '', '']);
	expect(rows.every((r) => r.provenance !== 'mt')).toBe(true);
});

test('a suggestion request can be cancelled: nothing it answers later is shown or inserted', async ({
	page
}) => {
	server = await openAiServer({ table: TABLE, fallback, delayMs: 2500 });
	const editorUrl = await createProject(page, 'MT cancel');
	await configure(page, server.url, '');
	await page.goto(editorUrl);
	await target(page, 1).click();
	await page.getByRole('tab', { name: 'MT' }).click();
	await page.getByRole('button', { name: 'Get suggestion' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Asking the engine…' })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel request' }).click();
	await expect(page.getByRole('alert')).toContainText('Request cancelled: nothing was inserted.');
	await expect(page.getByRole('button', { name: 'Cancel request' })).toHaveCount(0);
	// Past the time the engine would have answered: still no suggestion, nothing written.
	await page.waitForTimeout(3000);
	await expect(page.getByRole('heading', { name: /Suggestion from/ })).toHaveCount(0);
	await expect(target(page, 1)).toHaveValue('');
	// Asking again works.
	await page.getByRole('button', { name: 'Get suggestion' }).click();
	await expect(page.getByRole('heading', { name: 'Suggestion from fake-llm' })).toBeVisible({
		timeout: 20_000
	});
});
