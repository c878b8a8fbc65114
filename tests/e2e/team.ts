/**
 * Helpers for the browser tests against a real team server: a member signed in in a browser
 * context of their own, sharing from the Share dialog, capturing a term in the editor.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	addUsers,
	removeTempDirs,
	sqliteBackend,
	startServer,
	type RunningServer
} from '../server/helpers.ts';

export const TEAM_PASSWORD = 'team password 1';

/** The team server of one test file, as its tests see it. */
export interface TeamServer {
	readonly url: string;
	/** Stops the server (SIGTERM) and starts it again on the same port with the same database. */
	restart(): Promise<void>;
}

/**
 * One team server (SQLite) for the tests of a file: `users` are added with TEAM_PASSWORD and the
 * server started before the file's tests; it is stopped and its files removed after them.
 */
export function useTeamServer(users: string[]): TeamServer {
	const backend = sqliteBackend();
	let running: RunningServer | undefined;
	const server = (): RunningServer => {
		if (!running) throw new Error('the team server is not running (used outside a test?)');
		return running;
	};
	test.beforeAll(async () => {
		addUsers(backend, users, TEAM_PASSWORD);
		running = await startServer(backend);
	});
	test.afterAll(async () => {
		await running?.kill('SIGTERM');
		removeTempDirs();
	});
	return {
		get url() {
			return server().url;
		},
		async restart() {
			const { port } = server();
			await server().kill('SIGTERM');
			running = await startServer(backend, port);
		}
	};
}

/** A new browser context signed in to the team server as `name`. */
export async function member(browser: Browser, server: string, name: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${server}/settings`);
	await page.getByRole('textbox', { name: 'User name' }).fill(name);
	await page.getByLabel('Password').fill(TEAM_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByText(`as ${name}.`)).toBeVisible();
	return page;
}

/** In the open Share dialog: shares, adds each member with their role, closes. */
export async function shareWith(page: Page, members: Record<string, string>): Promise<void> {
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('button', { name: 'Share with the team' }).click();
	await expect(dialog.getByText('Shared. Add members below.')).toBeVisible();
	for (const [user, role] of Object.entries(members)) {
		await dialog.getByRole('combobox', { name: 'User name' }).selectOption(user);
		await dialog.getByRole('combobox', { name: 'Members' }).selectOption(role);
		await dialog.getByRole('button', { name: 'Add' }).click();
		await expect(dialog.getByText(`${user} — ${role}`)).toBeVisible();
	}
	await dialog.getByRole('button', { name: 'Close' }).click();
}

/** Renames the first glossary of the Glossaries page, opens it and shares it. */
export async function shareSeedGlossary(
	page: Page,
	server: string,
	name: string,
	members: Record<string, string>
): Promise<void> {
	await page.goto(`${server}/glossaries`);
	const own = page.getByRole('button', { name: /^Open glossary / }).first();
	const seedName = ((await own.getAttribute('aria-label')) ?? '').replace('Open glossary ', '');
	await page.getByRole('button', { name: `Rename glossary ${seedName}` }).click();
	await page.getByRole('textbox', { name: `New name for glossary ${seedName}` }).fill(name);
	await page.getByRole('button', { name: 'Save' }).click();
	await page.getByRole('button', { name: `Open glossary ${name}` }).click();
	await page.getByRole('button', { name: 'Share this glossary with the team' }).click();
	await shareWith(page, members);
	await expect(page.getByText('Team: connected')).toBeVisible({ timeout: 20_000 });
}

/**
 * Adds a glossary entry from the editor as a translator does: `zh` selected in the source of
 * paragraph `n`, then `en` typed into its English and selected (Ctrl+Shift+E each time).
 */
export async function captureTerm(page: Page, n: number, zh: string, en: string): Promise<void> {
	const source = page.getByLabel(`Source of paragraph ${n}`);
	await source.evaluate((element, term) => {
		const text = element.textContent ?? '';
		const start = text.indexOf(term);
		if (start < 0) throw new Error(`${term} is not in the source`);
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		let offset = 0;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const length = node.textContent?.length ?? 0;
			if (start < offset + length) {
				const range = document.createRange();
				range.setStart(node, start - offset);
				range.setEnd(node, start - offset + term.length);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				return;
			}
			offset += length;
		}
	}, zh);
	await page.keyboard.press('Control+Shift+E');
	await expect(page.getByText(/Source term picked/)).toBeVisible();
	const target = page.getByRole('textbox', { name: `English translation of paragraph ${n}` });
	await target.fill(en);
	await target.evaluate((field: HTMLTextAreaElement) => {
		field.focus();
		field.setSelectionRange(0, field.value.length);
	});
	await page.keyboard.press('Control+Shift+E');
	await expect(page.getByText('Entry added to the project glossary.')).toBeVisible();
}

/** Opens the seed project and shares it from the team bar. */
export async function shareSeedProject(
	page: Page,
	server: string,
	members: Record<string, string>
): Promise<void> {
	await page.goto(`${server}/`);
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	await page.locator('.team-bar').getByRole('button', { name: 'Share with the team' }).click();
	await shareWith(page, members);
	await expect(page.getByText('Team: connected')).toBeVisible({ timeout: 20_000 });
}

/** Opens the (first) team project from the home page's team list. */
export async function openTeamProject(page: Page, server: string): Promise<void> {
	await page.goto(`${server}/`);
	await page
		.getByRole('region', { name: 'Team projects' })
		.getByRole('button', { name: /^Open the team project/ })
		.first()
		.click();
	await expect(page.getByText('Team: connected')).toBeVisible({ timeout: 20_000 });
}
