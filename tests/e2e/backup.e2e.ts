import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a workspace backup restores a deleted project with its text', async ({ page }) => {
	await page.goto('/');
	const card = page.getByRole('article', { name: /风华正茂勇争先/ });
	await card.getByRole('link', { name: /Open/ }).click();
	await page.getByRole('textbox', { name: 'English translation of paragraph 1' }).click();
	await page.keyboard.type('In Its Prime, Striving to Lead');
	await page.keyboard.press('Control+Enter');

	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up the workspace' }).click();
	const backupPath = (await (await downloading).path()) as string;
	const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
	expect(backup.format).toBe('duiyi-backup');
	expect(backup.projects).toHaveLength(1);
	expect(backup.projects[0].segments).toHaveLength(28);

	await page.goto('/');
	await page.getByRole('button', { name: /^Delete 风华正茂勇争先/ }).click();
	await page.getByRole('dialog').getByRole('button').last().click();
	await expect(page.getByRole('article', { name: /风华正茂勇争先/ })).toHaveCount(0);

	await page.goto('/settings');
	// A damaged backup is refused, says where, and changes nothing.
	const damaged = JSON.parse(readFileSync(backupPath, 'utf8'));
	damaged.projects[0].segments[3].status = 'finished';
	await page.getByLabel('Backup file to restore').setInputFiles({
		name: 'damaged.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(damaged))
	});
	await expect(page.getByRole('alert')).toContainText('projects[0].segments[3].status');
	await expect(page.getByRole('button', { name: 'Restore from a backup' })).toHaveCount(0);
	await page.getByLabel('Backup file to restore').setInputFiles(backupPath);
	await page.getByRole('button', { name: 'Restore from a backup' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Workspace restored: 1 projects' })
	).toBeVisible();

	await page.goto('/');
	await page
		.getByRole('article', { name: /风华正茂勇争先/ })
		.getByRole('link', { name: /Open/ })
		.click();
	await expect(
		page.getByRole('textbox', { name: 'English translation of paragraph 1' })
	).toHaveValue('In Its Prime, Striving to Lead');
	await expect(page.getByLabel('Source of paragraph 2')).toContainText('高质量发展');
});
