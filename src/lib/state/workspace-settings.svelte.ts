/**
 * The settings page: the author name written on notes and revisions, and backups of the whole
 * workspace (every project, glossary and the memory) as one JSON file.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import { parseBackup, serializeBackup, type Backup } from '$lib/domain/formats/project/backup.ts';
import { t } from '$lib/i18n/index.svelte';
import { issueText } from './exports.svelte.ts';
import { AUTHOR_KEY } from './settings.ts';

export class AuthorSettingState {
	#repos: Repos;
	#author = $state('');
	#saved = $state(false);

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	get author() {
		return this.#author;
	}
	/** True after a save, until the name is edited again. */
	get saved() {
		return this.#saved;
	}

	async load(): Promise<void> {
		this.#author = await this.#repos.settings.get(AUTHOR_KEY, '');
	}

	edited(): void {
		this.#saved = false;
	}

	async save(author: string): Promise<void> {
		this.#author = author.trim();
		await this.#repos.settings.set(AUTHOR_KEY, this.#author);
		this.#saved = true;
	}
}

export class BackupState {
	#repos: Repos;
	#message = $state('');
	#error = $state('');
	#pending = $state.raw<Backup | null>(null);

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	get message() {
		return this.#message;
	}
	get error() {
		return this.#error;
	}
	/** A backup read from a file, waiting for the user to confirm the restore. */
	get pending() {
		return this.#pending;
	}

	/**
	 * The whole workspace as backup JSON, and the file name to save it under; the
	 * machine-translation keys only when the translator ticked `includeKeys`.
	 */
	async backUp({ includeKeys = false } = {}): Promise<{ text: string; fileName: string }> {
		const backup = await this.#repos.workspace.backup(Date.now(), { includeKeys });
		const day = new Date(backup.createdAt).toISOString().slice(0, 10);
		this.#message = t('export.backup.made', { projects: backup.projects.length });
		return { text: serializeBackup(backup), fileName: `duiyi-backup-${day}.json` };
	}

	/** Reads a backup file; nothing changes until `restore`. */
	read(text: string): void {
		this.#message = '';
		this.#error = '';
		this.#pending = null;
		const parsed = parseBackup(text);
		if (!parsed.value)
			this.#error = t('export.backup.refused', { reason: issueText(parsed.issues) });
		else this.#pending = parsed.value;
	}

	cancel(): void {
		this.#pending = null;
	}

	/** Replaces the workspace with the backup read; on failure nothing is replaced. */
	async restore(): Promise<void> {
		const backup = this.#pending;
		if (!backup) return;
		this.#pending = null;
		try {
			await this.#repos.workspace.restore(backup);
			this.#message = t('export.backup.restored', { projects: backup.projects.length });
		} catch (err) {
			this.#error = t('export.backup.refused', {
				reason: err instanceof Error ? err.message : String(err)
			});
		}
	}
}
