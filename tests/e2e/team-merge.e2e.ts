/**
 * A member types into a paragraph while another merges it into the one before: the typed text
 * is carried into the merged paragraph, on both replicas and in the server's database after a
 * restart (it is never lost nor hidden).
 */
import { expect, test, type Page } from '@playwright/test';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import { readProject } from '../../src/lib/sync/project-doc.ts';
import { connect, signIn } from '../server/helpers.ts';
import { member, openTeamProject, shareSeedProject, TEAM_PASSWORD, useTeamServer } from './team.ts';

const server = useTeamServer(['alice', 'bob']);

const english = (page: Page, n: number) =>
	page.getByRole('textbox', { name: `English translation of paragraph ${n}` });
const source = (page: Page, n: number) =>
	page.locator(`.source[aria-label="Source of paragraph ${n}"]`);

test('text typed into ¶5 while another member merges ¶4 and ¶5 is carried into the merged paragraph', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const alice = await member(browser, server.url, 'alice');
	await shareSeedProject(alice, server.url, { bob: 'translator' });
	const bob = await member(browser, server.url, 'bob');
	await openTeamProject(bob, server.url);
	const [source4, source5] = [await source(bob, 4).innerText(), await source(bob, 5).innerText()];

	// Alice types into ¶5 with the network off, so Bob's merge cannot reach her first.
	await alice.context().setOffline(true);
	await expect(alice.getByText(/Team: offline/)).toBeVisible({ timeout: 20_000 });
	await english(alice, 5).click();
	await english(alice, 5).pressSequentially('Typed by alice');
	await english(bob, 4).click();
	await bob.getByRole('button', { name: 'Merge ¶ 4 with the next' }).click();
	await expect(source(bob, 4)).toHaveText(source4 + source5);
	await alice.context().setOffline(false);

	// Both end with the merged paragraph holding Alice's words.
	for (const page of [alice, bob]) {
		await expect(source(page, 4)).toHaveText(source4 + source5, { timeout: 30_000 });
		await expect(english(page, 4)).toHaveValue(/Typed by alice/, { timeout: 30_000 });
	}
	await expect(english(bob, 4)).toHaveValue(await english(alice, 4).inputValue());

	// At the same moment: Alice types into ¶5 (the old ¶6) while Bob merges ¶4 and ¶5 again.
	// Keys pressed after her paragraph left her screen reach no field; every character the
	// field showed must end in the merged paragraph.
	const source6 = await source(bob, 5).innerText();
	await english(alice, 5).click();
	await english(alice, 5).evaluate((field: HTMLTextAreaElement) =>
		field.addEventListener('input', () => (document.body.dataset.shown = field.value))
	);
	await english(bob, 4).click();
	await Promise.all([
		english(alice, 5).pressSequentially('At once', { delay: 30 }),
		bob.getByRole('button', { name: 'Merge ¶ 4 with the next' }).click()
	]);
	const shown = (await alice.evaluate(() => document.body.dataset.shown)) ?? '';
	expect(shown).not.toBe('');
	for (const page of [alice, bob]) {
		await expect(source(page, 4)).toHaveText(source4 + source5 + source6, { timeout: 30_000 });
		await expect
			.poll(() => english(page, 4).inputValue(), { timeout: 30_000 })
			.toMatch(new RegExp(`Typed by alice.*${shown}`));
	}
	const merged = await english(alice, 4).inputValue();
	await expect(english(bob, 4)).toHaveValue(merged);

	// The server restarts: its database has the words in the merged paragraph.
	const projectId = new URL(alice.url()).pathname.split('/').filter(Boolean).pop();
	await server.restart();
	const reader = connect(
		server.url,
		`project:${projectId}`,
		await signIn(server.url, 'bob', TEAM_PASSWORD)
	);
	await whenSynced(reader.provider);
	await expect
		.poll(() => readProject(reader.doc).segments[3]?.target, { timeout: 10_000 })
		.toBe(merged);
	reader.provider.destroy();
});
