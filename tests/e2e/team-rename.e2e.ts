/**
 * Renaming a shared project or glossary is shared: the new name reaches the other member's
 * screens and the team lists; a viewer's rename is undone on their side and never reaches the
 * others (the server refuses a viewer's changes).
 */
import { expect, test } from '@playwright/test';
import {
	member,
	openTeamProject,
	shareSeedGlossary,
	shareSeedProject,
	useTeamServer
} from './team.ts';

const server = useTeamServer(['alice', 'bob', 'vera']);

test('a shared project and a shared glossary renamed by a member: renamed for all; a viewer’s rename stays theirs alone and is undone', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const alice = await member(browser, server.url, 'alice');
	await shareSeedProject(alice, server.url, { bob: 'translator', vera: 'viewer' });
	await shareSeedGlossary(alice, server.url, 'Team terms', { bob: 'translator', vera: 'viewer' });
	const bob = await member(browser, server.url, 'bob');
	await openTeamProject(bob, server.url);
	const title = (await bob.getByRole('heading', { level: 1 }).innerText()).trim();

	// Alice renames the project in her project list: Bob's open editor shows the new name.
	await alice.goto(`${server.url}/`);
	await alice.getByRole('button', { name: `Rename ${title}` }).click();
	await alice.getByRole('textbox', { name: /^New name/ }).fill('Yichun team edition');
	await alice.getByRole('button', { name: 'Save' }).click();
	await expect(bob.getByRole('heading', { level: 1, name: 'Yichun team edition' })).toBeVisible({
		timeout: 30_000
	});

	// Bob opens the team glossary, goes to his project list; Alice renames the glossary.
	await bob.goto(`${server.url}/glossaries`);
	await bob.getByRole('button', { name: 'Open the team glossary Team terms' }).click();
	await bob.goto(`${server.url}/`);
	await alice.goto(`${server.url}/glossaries`);
	await expect(alice.getByText('Team: connected')).toBeVisible({ timeout: 20_000 });
	await alice.getByRole('button', { name: 'Rename glossary Team terms' }).click();
	await alice.getByRole('textbox', { name: 'New name for glossary Team terms' }).fill('Park terms');
	await alice.getByRole('button', { name: 'Save' }).click();
	// The team lists say so too (the server takes the name from the document).
	const bobTeam = bob.getByRole('region', { name: 'Team projects' });
	await expect(async () => {
		await bob.reload();
		await expect(
			bobTeam.getByRole('button', { name: 'Open the team project Yichun team edition' })
		).toBeVisible({ timeout: 2_000 });
	}).toPass({ timeout: 30_000 });
	await bob.goto(`${server.url}/glossaries`);
	await expect(bob.getByRole('region', { name: 'Team glossaries' })).toBeVisible();
	await expect(bob.getByRole('button', { name: 'Open glossary Park terms' })).toBeVisible({
		timeout: 30_000
	});
	// The team list is the server's, read when the page opens (as the projects' list above): it
	// may have been read before the server stored the new name, so it is read again.
	await expect(async () => {
		await bob.reload();
		await expect(
			bob.getByRole('button', { name: 'Open the team glossary Park terms' })
		).toBeVisible({ timeout: 2_000 });
	}).toPass({ timeout: 30_000 });

	// Vera, a viewer, renames her copy of the project: it is undone, and nobody else sees it.
	const vera = await member(browser, server.url, 'vera');
	await openTeamProject(vera, server.url);
	await expect(vera.getByRole('heading', { level: 1, name: 'Yichun team edition' })).toBeVisible();
	await vera.goto(`${server.url}/`);
	await vera.getByRole('button', { name: 'Rename Yichun team edition' }).last().click();
	await vera.getByRole('textbox', { name: /^New name/ }).fill('Vera was here');
	await vera.getByRole('button', { name: 'Save' }).click();
	await expect(vera.getByRole('link', { name: /Open Yichun team edition/ })).toBeVisible({
		timeout: 20_000
	});
	await expect(vera.getByRole('link', { name: /Vera was here/ })).toHaveCount(0);
	await bob.goto(`${server.url}/`);
	await expect(
		bob.getByRole('button', { name: 'Open the team project Yichun team edition' })
	).toBeVisible();
	await expect(bob.getByText('Vera was here')).toHaveCount(0);
});
