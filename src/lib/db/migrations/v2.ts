/**
 * Version 2: workspace settings (author name, UI preferences), QA false alarms a translator
 * dismissed, and import decisions (paragraph repairs) kept per project.
 * Upgrade: projects written by v1 get default settings fields they lacked.
 */
import type { Transaction } from 'dexie';

export const v2 = {
	settings: 'key',
	qaDismissals: 'id, projectId',
	repairDecisions: 'id, projectId'
};

export async function upgradeToV2(tx: Transaction): Promise<void> {
	await tx
		.table('projects')
		.toCollection()
		.modify((project: { settings?: { disabledChecks?: string[] } }) => {
			project.settings ??= {};
			project.settings.disabledChecks ??= [];
		});
}
