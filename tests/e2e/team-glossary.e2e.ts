/**
 * A shared glossary syncs in the background, wherever its members are in the app: two members
 * in the editor, neither on the Glossaries page, each add terms from the text (one of them
 * with the network off for a while); each sees the other's terms in the editor's glossary
 * panel, and the server has them all after a restart.
 */
import { expect, test, type Page } from '@playwright/test';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import { readGlossary } from '../../src/lib/sync/glossary-doc.ts';
import { connect, signIn } from '../server/helpers.ts';
import { captureTerm, member, shareSeedGlossary, TEAM_PASSWORD, useTeamServer } from './team.ts';

const server = useTeamServer(['alice', 'bob']);

async function openSeedProject(page: Page) {
	await page.goto(`${server.url}/`);
	await page.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 1' })
	).toBeVisible();
}

const insertButton = (page: Page, en: string) =>
	page.getByRole('button', { name: `Insert “${en}”` });

test('terms added to a team glossary in the editor reach the other member’s editor, offline ones on reconnect', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const alice = await member(browser, server.url, 'alice');
	await shareSeedGlossary(alice, server.url, 'Team terms', { bob: 'translator' });

	// Bob opens the team glossary and makes it his project's glossary (in place of his own).
	const bob = await member(browser, server.url, 'bob');
	await bob.goto(`${server.url}/glossaries`);
	await bob.getByRole('button', { name: 'Open the team glossary Team terms' }).click();
	await bob
		.getByRole('checkbox', { name: /^Use glossary Team terms in project 风华正茂勇争先/ })
		.check();
	await bob.getByRole('button', { name: /^Open glossary 宜春经开区/ }).click();
	await bob
		.getByRole('checkbox', {
			name: /^Use glossary 宜春经开区 Yichun ETDZ in project 风华正茂勇争先/
		})
		.uncheck();

	// Both in the editor; Alice adds a term: it is in Bob's glossary panel.
	await openSeedProject(alice);
	await openSeedProject(bob);
	await captureTerm(alice, 1, '风华正茂', 'in their prime');
	await bob.getByRole('textbox', { name: 'English translation of paragraph 1' }).click();
	await expect(insertButton(bob, 'in their prime')).toBeVisible({ timeout: 20_000 });

	// Bob loses the network and adds a term; Alice adds one meanwhile.
	await bob.context().setOffline(true);
	await captureTerm(bob, 3, '日新月异', 'changing by the day');
	await captureTerm(alice, 2, '密码', 'secrets');
	await bob.getByRole('textbox', { name: 'English translation of paragraph 2' }).click();
	await expect(insertButton(bob, 'secrets')).toHaveCount(0);
	await bob.context().setOffline(false);

	// Back online, still in the editor: each has the other's term.
	await expect(insertButton(bob, 'secrets')).toBeVisible({ timeout: 30_000 });
	await alice.getByRole('textbox', { name: 'English translation of paragraph 3' }).click();
	await expect(insertButton(alice, 'changing by the day')).toBeVisible({ timeout: 30_000 });

	// The server restarts; its database has all three.
	await server.restart();
	const token = await signIn(server.url, 'bob', TEAM_PASSWORD);
	const [name] = await teamGlossaries(server.url, token);
	const reader = connect(server.url, name, token);
	await whenSynced(reader.provider);
	const english = () =>
		readGlossary(reader.doc).entries.flatMap((e) =>
			e.terms.filter((t) => t.lang === 'en').map((t) => t.text)
		);
	await expect
		.poll(english, { timeout: 10_000 })
		.toEqual(expect.arrayContaining(['in their prime', 'changing by the day', 'secrets']));
	reader.provider.destroy();
});

async function teamGlossaries(url: string, token: string): Promise<string[]> {
	const res = await fetch(`${url}/api/documents`, {
		headers: { authorization: `Bearer ${token}` }
	});
	const { documents } = (await res.json()) as { documents: { name: string; kind: string }[] };
	return documents.filter((d) => d.kind === 'glossary').map((d) => d.name);
}
