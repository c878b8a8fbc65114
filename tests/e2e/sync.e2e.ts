/**
 * Two members in two browser contexts on one team project, through a real `duiyi serve` (the
 * built app and the sync endpoint on one port): the owner shares the seed project and adds a
 * translator; both type into the same paragraph at the same time, one of them for a while with
 * the network off; every keystroke ends up in both browsers and in the server's database after
 * a restart.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readProject } from '../../src/lib/sync/project-doc.ts';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import { connect, signIn } from '../server/helpers.ts';
import { member as teamMember, TEAM_PASSWORD, useTeamServer } from './team.ts';

const PASSWORD = TEAM_PASSWORD;
const server = useTeamServer(['alice', 'bob']);

const member = (browser: Browser, name: string) => teamMember(browser, server.url, name);

/** Types one character per call at the end of the field (as a person typing on). */
async function typeAtEnd(page: Page, field: string, ch: string) {
	const target = page.getByRole('textbox', { name: field });
	await target.press('Control+End');
	await target.pressSequentially(ch);
}

test('two members type into one paragraph at the same time, one offline for a while: nothing is lost', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const alice = await member(browser, 'alice');
	await alice.goto(`${server.url}/`);
	await alice.getByRole('link', { name: /Open 风华正茂勇争先/ }).click();
	await alice.locator('.team-bar').getByRole('button', { name: 'Share with the team' }).click();
	const dialog = alice.getByRole('dialog');
	await dialog.getByRole('button', { name: 'Share with the team' }).click();
	await expect(dialog.getByText('Shared. Add members below.')).toBeVisible();
	// the user select has a visible label
	await expect(dialog.locator('label', { hasText: 'User name' })).toBeVisible();
	await dialog.getByRole('combobox', { name: 'User name' }).selectOption('bob');
	await dialog.getByRole('combobox', { name: 'Members' }).selectOption('translator');
	await dialog.getByRole('button', { name: 'Add' }).click();
	await expect(dialog.getByText('bob — translator')).toBeVisible();
	// the last user added: no empty select left, a sentence says why
	await expect(dialog.getByText('Everyone on the team server is a member already.')).toBeVisible();
	await expect(dialog.getByRole('combobox', { name: 'User name' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(alice.getByText('Team: connected')).toBeVisible();

	const bob = await member(browser, 'bob');
	await bob.goto(`${server.url}/`);
	const teamList = bob.getByRole('region', { name: 'Team projects' });
	await teamList.getByRole('button', { name: 'Open' }).click();
	await expect(bob.getByText('Team: connected')).toBeVisible();

	const field = 'English translation of paragraph 2';
	const initial = await alice.getByRole('textbox', { name: field }).inputValue();
	await expect(bob.getByRole('textbox', { name: field })).toHaveValue(initial);
	const segmentId = await alice
		.getByRole('textbox', { name: field })
		.getAttribute('data-segment-id');

	// Every character each of them typed, in order.
	let typed = '';
	const fromAlice = ' alice was here';
	const fromBob = ' bob wrote this';
	for (let i = 0; i < fromAlice.length; i++) {
		await typeAtEnd(alice, field, fromAlice[i]);
		await typeAtEnd(bob, field, fromBob[i]);
		typed += fromAlice[i] + fromBob[i];
	}
	// Presence: each sees where the other is typing.
	await expect(alice.getByText('bob is typing in ¶2')).toBeVisible();
	await expect(bob.getByText('alice is typing in ¶2')).toBeVisible();
	// …and on the row itself, with who is in the project in the bar.
	await expect(
		alice.getByRole('group', { name: 'Paragraph 2' }).getByText('bob is typing here')
	).toBeVisible();
	await expect(alice.getByText('In this project: bob')).toBeVisible();
	// Bob loses the network and goes on typing; Alice too.
	await bob.context().setOffline(true);
	await expect(bob.getByText(/Team: offline/)).toBeVisible();
	const offlineBob = ' offline words';
	const moreAlice = ' and on it goes';
	for (let i = 0; i < offlineBob.length; i++) {
		await typeAtEnd(bob, field, offlineBob[i]);
		await typeAtEnd(alice, field, moreAlice[i]);
		typed += offlineBob[i] + moreAlice[i];
	}
	await bob.context().setOffline(false);

	const sorted = (s: string) => [...s].sort().join('');
	const expectedLength = initial.length + typed.length;
	await expect
		.poll(async () => (await alice.getByRole('textbox', { name: field }).inputValue()).length, {
			timeout: 30_000
		})
		.toBe(expectedLength);
	await expect
		.poll(async () => (await bob.getByRole('textbox', { name: field }).inputValue()).length, {
			timeout: 30_000
		})
		.toBe(expectedLength);
	const merged = await alice.getByRole('textbox', { name: field }).inputValue();
	await expect(bob.getByRole('textbox', { name: field })).toHaveValue(merged);
	// Every keystroke of both is there (interleaving may differ, no character is missing).
	expect(sorted(merged)).toBe(sorted(initial + typed));
	await expect(alice.getByText(/not yet on the server/)).toHaveCount(0);
	await expect(bob.getByText(/not yet on the server/)).toHaveCount(0);

	// A note Alice makes on the shared English reaches Bob.
	const aliceField = alice.getByRole('textbox', { name: field });
	await aliceField.evaluate((el: HTMLTextAreaElement) => {
		el.focus();
		el.setSelectionRange(0, 4);
	});
	await alice.keyboard.press('Control+Alt+M');
	const noteDialog = alice.getByRole('dialog', { name: 'Add note' });
	await noteDialog.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Question' });
	await noteDialog.getByRole('textbox').fill('Shared note from alice');
	await noteDialog.getByRole('button', { name: 'Save' }).click();
	await bob.getByRole('tab', { name: 'Notes' }).click();
	await expect(bob.getByText('Shared note from alice')).toBeVisible({ timeout: 20_000 });

	// Alice's caret sits inside the paragraph while Bob types at its end: it stays where it was,
	// so what she types next lands there.
	const before = await aliceField.inputValue();
	await aliceField.evaluate((el: HTMLTextAreaElement) => {
		el.focus();
		el.setSelectionRange(4, 4);
	});
	await typeAtEnd(bob, field, ' tail');
	await expect(aliceField).toHaveValue(before + ' tail', { timeout: 20_000 });
	expect(await aliceField.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(4);
	// Bob inserts at the very start: Alice's caret moves with her characters.
	const bobField = bob.getByRole('textbox', { name: field });
	await bobField.press('Control+Home');
	await bobField.pressSequentially('>> ');
	await expect(aliceField).toHaveValue('>> ' + before + ' tail', { timeout: 20_000 });
	expect(await aliceField.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(7);
	await alice.keyboard.type('!');
	const withMark = '>> ' + before.slice(0, 4) + '!' + before.slice(4) + ' tail';
	await expect(aliceField).toHaveValue(withMark);
	await expect(bobField).toHaveValue(withMark, { timeout: 20_000 });
	const final = withMark;

	// Alice merges ¶3 with ¶4: Bob gets the same paragraphs, and the History tab says who did it.
	const source = (page: Page, n: number) =>
		page.locator(`.source[aria-label="Source of paragraph ${n}"]`);
	const [source3, source4] = [
		await source(alice, 3).innerText(),
		await source(alice, 4).innerText()
	];
	const english3 = alice.getByRole('textbox', { name: 'English translation of paragraph 3' });
	await english3.press('Control+End');
	await english3.pressSequentially(' Third.');
	const third = await english3.inputValue();
	await expect(
		bob.getByRole('textbox', { name: 'English translation of paragraph 3' })
	).toHaveValue(third, { timeout: 20_000 });
	await alice.getByRole('button', { name: 'Merge ¶ 3 with the next' }).click();
	await expect(source(alice, 3)).toHaveText(source3 + source4);
	await expect(source(bob, 3)).toHaveText(source3 + source4, { timeout: 20_000 });
	await expect(source(bob, 4)).not.toHaveText(source4);
	const merged3 = await alice
		.getByRole('textbox', { name: 'English translation of paragraph 3' })
		.inputValue();
	await expect(
		bob.getByRole('textbox', { name: 'English translation of paragraph 3' })
	).toHaveValue(merged3);
	await bob.getByRole('textbox', { name: 'English translation of paragraph 3' }).focus();
	await bob.getByRole('tab', { name: 'History' }).click();
	await expect(bob.getByText('by alice').first()).toBeVisible({ timeout: 20_000 });
	// Bob adds words, then restores the version from before the merge: Alice gets it too.
	const bob3 = bob.getByRole('textbox', { name: 'English translation of paragraph 3' });
	await bob3.press('Control+End');
	await bob3.pressSequentially(' More.');
	await expect(english3).toHaveValue(third + ' More.', { timeout: 20_000 });
	await bob
		.getByRole('button', { name: /^Restore the version of/ })
		.first()
		.click();
	await expect(
		bob.getByRole('textbox', { name: 'English translation of paragraph 3' })
	).toHaveValue(third);
	await expect(english3).toHaveValue(third, { timeout: 20_000 });

	// Alice deletes her note: it goes from Bob's list too.
	await alice.getByRole('tab', { name: 'Notes' }).click();
	await alice
		.getByRole('listitem')
		.filter({ hasText: 'Shared note from alice' })
		.getByRole('button', { name: 'Delete' })
		.click();
	await bob.getByRole('tab', { name: 'Notes' }).click();
	await expect(bob.getByText('Shared note from alice')).toHaveCount(0, { timeout: 20_000 });

	// The server restarts; what it reads from its database has everything.
	await server.restart();
	const reader = connect(
		server.url,
		'project:' + (await projectId(alice)),
		await signIn(server.url, 'alice', PASSWORD)
	);
	await whenSynced(reader.provider);
	await expect
		.poll(() => readProject(reader.doc).segments.find((s) => s.id === segmentId)?.target, {
			timeout: 10_000
		})
		.toBe(final);
	expect(readProject(reader.doc).annotations.map((n) => n.body)).not.toContain(
		'Shared note from alice'
	);
	expect(readProject(reader.doc).segments[2].source).toBe(source3 + source4);
	reader.provider.destroy();
});

async function projectId(page: Page): Promise<string> {
	return new URL(page.url()).pathname.split('/').filter(Boolean).pop() ?? '';
}

test('a glossary shared with the team: a member opens it from the team list and gets its entries', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const alice = await member(browser, 'alice');
	await alice.goto(`${server.url}/glossaries`);
	const own = alice.getByRole('button', { name: /^Open glossary / }).first();
	const seedName = ((await own.getAttribute('aria-label')) ?? '').replace('Open glossary ', '');
	await alice.getByRole('button', { name: `Rename glossary ${seedName}` }).click();
	await alice
		.getByRole('textbox', { name: `New name for glossary ${seedName}` })
		.fill('Team terms');
	await alice.getByRole('button', { name: 'Save' }).click();
	await alice.getByRole('button', { name: 'Open glossary Team terms' }).click();
	await alice.getByRole('button', { name: 'Share this glossary with the team' }).click();
	const dialog = alice.getByRole('dialog');
	await dialog.getByRole('button', { name: 'Share with the team' }).click();
	await expect(dialog.getByText('Shared. Add members below.')).toBeVisible();
	await dialog.getByRole('combobox', { name: 'User name' }).selectOption('bob');
	await dialog.getByRole('combobox', { name: 'Members' }).selectOption('translator');
	await dialog.getByRole('button', { name: 'Add' }).click();
	await expect(dialog.getByText('bob — translator')).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(alice.getByText('Team: connected')).toBeVisible({ timeout: 20_000 });
	const entries = alice.getByRole('table', { name: 'Entries of glossary Team terms' });
	const rows = await entries.getByRole('row').count();
	expect(rows).toBeGreaterThan(1);

	const bob = await member(browser, 'bob');
	await bob.goto(`${server.url}/glossaries`);
	await bob.getByRole('button', { name: 'Open the team glossary Team terms' }).click();
	await bob.getByRole('button', { name: 'Open glossary Team terms' }).click();
	await expect(
		bob.getByRole('table', { name: 'Entries of glossary Team terms' }).getByRole('row')
	).toHaveCount(rows, { timeout: 20_000 });
	await expect(bob.getByText('Team: connected')).toBeVisible({ timeout: 20_000 });

	// DeepL through the team server: one click fills the proxy address (the key stays on it).
	await bob.goto(`${server.url}/settings`);
	await bob.getByRole('button', { name: /^Use DeepL through the team server/ }).click();
	await expect(bob.getByRole('textbox', { name: 'Proxy address (optional)' })).toHaveValue(
		`${server.url}/api/mt/deepl`
	);
});
