/**
 * `npx tsx scripts/screenshots.ts [name …]`: the README's screenshots (docs/*.png, 1280×800),
 * taken from the built app in Debian's Chromium, driven by visible labels as a translator would.
 * Builds nothing: run `npm run build` first. Serves build/ on DUIYI_E2E_PORT when it is free
 * (else on a free port); the MT screens use a local fake OpenAI-compatible engine
 * (tests/mt/servers.ts), so nothing leaves the machine. Each screen starts from a fresh
 * browser profile. With names, only those screens are taken (e.g. `mt tags`).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect as baseExpect, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, editorPrerequisiteProblem, startServer } from '../bench/lib/run-server.ts';
import { ROOT } from '../bench/lib/run-corpus.ts';
import { openAiServer } from '../tests/mt/servers.ts';
import { openXliffProject } from '../tests/e2e/xliff.ts';
import {
	cli,
	removeTempDirs,
	startServer as startTeamServer,
	tempDir
} from '../tests/server/helpers.ts';
import { e2ePort } from './e2e-port.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const expect = baseExpect.configure({ timeout: 20_000 });

const VIEWPORT = { width: 1280, height: 800 };

const target = (page: Page, n: number) =>
	page.getByRole('textbox', { name: `English translation of paragraph ${n}` });

/** A new project from pasted Chinese paragraphs; leaves the page on its editor. */
async function newProject(page: Page, name: string, paragraphs: string[]): Promise<void> {
	await page.goto('/');
	await page.getByRole('textbox', { name: 'Project name' }).fill(name);
	await page.getByRole('textbox', { name: 'Chinese text' }).fill(paragraphs.join('\n\n'));
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(page.getByRole('heading', { name: 'Import a document' })).toBeVisible();
	await page.getByRole('button', { name: 'Create project' }).click();
	await expect(target(page, 1)).toBeVisible();
}

/** Types the English of paragraph n and confirms it (Ctrl+Enter), as a translator does. */
async function confirm(page: Page, n: number, english: string): Promise<void> {
	await target(page, n).fill(english);
	await target(page, n).press('Control+Enter');
	await expect(target(page, n + 1)).toBeFocused();
}

/** Selects `text` inside the Chinese of paragraph n (the first occurrence). */
async function selectInSource(page: Page, n: number, text: string): Promise<void> {
	await page.getByLabel(`Source of paragraph ${n}`).evaluate((el, wanted) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = (node.textContent ?? '').indexOf(wanted);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + wanted.length);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			return;
		}
		throw new Error(`“${wanted}” is not in the source`);
	}, text);
}

const SEED = /Open 风华正茂勇争先/;

const MEMORY = [
	'宜春经开区设立20年。',
	'高质量发展迈出新步伐。产业集群不断壮大。',
	'宜春经开区设立20年。',
	'产业集群不断壮大。今年形势很好。'
];

async function memoryProject(page: Page): Promise<void> {
	await newProject(page, 'Yichun ETDZ at 20', MEMORY);
	await confirm(page, 1, 'Yichun ETDZ is 20 years old.');
	await confirm(page, 2, 'High-quality development took new strides. Clusters kept growing.');
	await page.getByRole('tab', { name: 'TM' }).click();
}

/** Two paragraphs confirmed; the rest repeat them, match them in part or not at all. */
const ANALYSIS = [
	'本次推介会共签约项目22个，签约金额105亿元。',
	'宜春经开区设立20年。',
	'本次推介会共签约项目37个，签约金额105亿元。',
	'本次推介会共签约项目22个，签约金额105亿元。',
	'宜春经开区设立20年，高质量发展迈出新步伐。',
	'产业集群不断壮大，今年形势很好。'
];

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="report.html" source-language="zh-CN" target-language="en" datatype="html">
<body>
<trans-unit id="1"><source><g id="1">宜春</g>经开区<x id="2"/>发展</source><target><g id="1">Yichun</g> ETDZ<x id="2"/> grows</target></trans-unit>
<trans-unit id="2"><source>见<mrk mtype="protected">https://www.yc.gov.cn</mrk>和<g id="3">宁德时代</g></source></trans-unit>
<trans-unit id="3"><source>全年新签约<g id="4">重大项目</g>22个，总投资<ph id="5">&lt;b&gt;</ph>105亿元<ph id="6">&lt;/b&gt;</ph>。</source></trans-unit>
</body>
</file>
</xliff>
`;

const MT = ['宜春经开区深化改革。', '宜春经开区去年签约金额105亿元。', '开发区新引进企业30家。'];
const MT_TABLE: Record<string, string> = {
	[MT[0]]: 'Yichun ETDZ deepened its reforms.',
	// as an engine might: 105亿元 is 10.5 billion yuan, and the check says so
	[MT[1]]: 'Yichun ETDZ signed deals worth 1.05 billion yuan last year.',
	[MT[2]]: 'The zone brought in 30 new companies.'
};

/** What the fake engine answers to anything else (Settings' test paragraph among them). */
const FALLBACK = 'Yichun ETDZ brought in 30 new companies.';

/** Settings → Machine translation with the fake engine; tested, then saved. */
async function configureMt(page: Page, url: string): Promise<void> {
	await page.goto('/settings');
	await page.getByRole('combobox', { name: 'Engine in use' }).selectOption({
		label: 'OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)'
	});
	await page.getByRole('textbox', { name: 'Base URL (up to /v1)' }).fill(`${url}/v1`);
	await page.getByRole('textbox', { name: 'Model', exact: true }).fill('qwen2.5:7b');
	await page.getByRole('button', { name: 'Save machine-translation settings' }).click();
	await expect(page.getByText('Machine-translation settings saved.')).toBeVisible();
	await page.getByRole('button', { name: /Test connection to OpenAI-compatible/ }).click();
	await expect(page.getByText(/Connected: qwen2.5:7b answered/)).toBeVisible();
}

/** A real team server (duiyi serve, SQLite in a temp folder) with two members. */
async function teamServer() {
	const backend = { label: 'SQLite', data: tempDir(), env: { DATABASE_URL: '' } };
	for (const name of ['li', 'wang']) {
		const added = cli(['user', 'add', name], backend, `${TEAM_PASSWORD}\n`);
		if (added.status !== 0) throw new Error(`duiyi user add ${name}: ${added.stderr}`);
	}
	return startTeamServer(backend);
}
const TEAM_PASSWORD = 'a long team password';

/** What a screen started (a server) and stops once its screenshot is taken. */
const cleanups: (() => Promise<void>)[] = [];
const afterShot = (cleanup: () => Promise<void>) => cleanups.push(cleanup);

/** Each screen: its file name (docs/NAME.png) and how to get there from a fresh profile. */
const SCREENS: Record<string, (page: Page) => Promise<void>> = {
	'find-replace': async (page) => {
		await page.goto('/');
		await page.getByRole('link', { name: SEED }).click();
		await target(page, 1).fill('Yichun ETDZ: twenty years of growth');
		await target(page, 2).fill('Yichun ETDZ, founded in 2002, is one of the youngest zones.');
		await target(page, 3).fill('Today the Yichun ETDZ is home to CATL.');
		await target(page, 1).click();
		await page.keyboard.press('Control+H');
		const bar = page.getByRole('search', { name: 'Find and replace' });
		await bar.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'English' });
		await bar.getByRole('textbox', { name: 'Find' }).fill('Yichun ETDZ');
		await bar.getByRole('textbox', { name: 'Replace with' }).fill('Yichun Economic Zone');
		await bar.getByRole('textbox', { name: 'Find' }).press('Enter');
		await expect(bar.getByRole('status')).toHaveText('Hit 1 of 3');
	},
	tags: async (page) => {
		await openXliffProject(page, XLIFF, 'Tagged report');
		// Typing a tag's token is the same as inserting the tag.
		await target(page, 3).fill(
			'{1}Major projects{/1} signed: 22, worth {2/}10.5 billion yuan{3/}.'
		);
		await target(page, 2).click();
		await page.keyboard.press('F8');
		await page.keyboard.type(' and ');
		await page.keyboard.press('F8');
		await page.keyboard.type('CATL');
		await page.getByRole('tab', { name: 'QA' }).click();
		await page.getByRole('button', { name: 'Run checks' }).click();
		await expect(page.getByText(/Tag \{\/2\} of the source is missing/)).toBeVisible();
	},
	concordance: async (page) => {
		await memoryProject(page);
		await target(page, 1).blur();
		await selectInSource(page, 2, '产业集群');
		await page.keyboard.press('Control+k');
		await expect(page.getByRole('tabpanel').getByRole('status').first()).toHaveText(
			'2 units contain “产业集群”'
		);
	},
	'tm-sentences': async (page) => {
		await memoryProject(page);
		await target(page, 4).click();
		const sentences = page.getByRole('region', { name: 'Sentence by sentence' });
		await expect(sentences.getByText('Sentence 2')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Repetitions' })).toBeVisible();
	},
	analysis: async (page) => {
		await newProject(page, 'Investment fair', ANALYSIS);
		await confirm(page, 1, 'The fair signed 22 projects worth 10.5 billion yuan.');
		await confirm(page, 2, 'Yichun ETDZ is 20 years old.');
		await page.getByRole('link', { name: 'Analysis' }).click();
		await expect(page.getByRole('heading', { name: /^Analysis — / })).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'Total', exact: true })).toBeVisible();
	},
	share: async (page) => {
		const team = await teamServer();
		afterShot(async () => {
			await team.kill('SIGTERM');
			removeTempDirs();
		});
		await page.goto(`${team.url}/settings`);
		await page.getByRole('textbox', { name: 'User name' }).fill('li');
		await page.getByLabel('Password').fill(TEAM_PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByText('as li.')).toBeVisible();
		await page.goto(`${team.url}/`);
		await page.getByRole('link', { name: SEED }).click();
		await page.locator('.team-bar').getByRole('button', { name: 'Share with the team' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('button', { name: 'Share with the team' }).click();
		await expect(dialog.getByText('Shared. Add members below.')).toBeVisible();
		await dialog.getByRole('combobox', { name: 'User name' }).selectOption('wang');
		await dialog.getByRole('combobox', { name: 'Members' }).selectOption('translator');
		await dialog.getByRole('button', { name: 'Add' }).click();
		await expect(dialog.getByText('wang — translator')).toBeVisible();
		await expect(page.getByText('Team: connected')).toBeVisible();
	},
	'mt-settings': async (page) => {
		const engine = await openAiServer({ table: MT_TABLE, fallback: () => FALLBACK });
		afterShot(() => engine.close());
		await configureMt(page, engine.url);
		await page
			.getByRole('heading', { name: 'Machine translation', exact: true })
			.evaluate((h) => h.scrollIntoView({ block: 'start' }));
	},
	mt: async (page) => {
		const engine = await openAiServer({ table: MT_TABLE, fallback: () => FALLBACK });
		afterShot(() => engine.close());
		await newProject(page, 'Zone report', MT);
		const editor = page.url();
		await configureMt(page, engine.url);
		await page.goto(editor);
		await target(page, 2).click();
		await page.getByRole('tab', { name: 'MT' }).click();
		await page.getByRole('button', { name: 'Get suggestion' }).click();
		await expect(page.getByRole('group', { name: 'Suggestion from qwen2.5:7b' })).toContainText(
			'1.05 billion yuan'
		);
	}
};

/** Fonts loaded and the layout at rest (a panel that just rendered may still be growing). */
async function settle(page: Page): Promise<void> {
	await page.evaluate(() => document.fonts.ready);
	await page.waitForTimeout(800);
}

async function shoot(browser: Browser, url: string, name: string): Promise<string> {
	const context = await browser.newContext({ baseURL: url, viewport: VIEWPORT, locale: 'en-US' });
	try {
		const page = await context.newPage();
		await SCREENS[name](page);
		await settle(page);
		const file = join(ROOT, 'docs', `${name}.png`);
		await page.screenshot({ path: file, animations: 'disabled', caret: 'hide', scale: 'css' });
		return `${file} ${Math.round(statSync(file).size / 1024)} KB`;
	} finally {
		await context.close();
		for (const cleanup of cleanups.splice(0)) await cleanup();
	}
}

async function main(): Promise<void> {
	const problem = editorPrerequisiteProblem();
	if (problem) throw new Error(problem);
	const names = process.argv.slice(2);
	const unknown = names.filter((n) => !(n in SCREENS));
	if (unknown.length) {
		throw new Error(`No screen ${unknown.join(', ')}; known: ${Object.keys(SCREENS).join(', ')}`);
	}
	const server = await startServer(e2ePort());
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS
	});
	try {
		for (const name of names.length ? names : Object.keys(SCREENS)) {
			console.log(await shoot(browser, server.url, name));
		}
	} finally {
		await browser.close();
		server.stop();
	}
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
