/**
 * The origin's storage as the translator sees it: how much is used of what the browser allows,
 * whether the data is kept, and — when the disk is full — what uses the space, a backup to
 * download and projects to delete to make room. Text typed meanwhile stays in memory (the
 * editor retries its writes), so deleting or backing up never loses it.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import type { StorageEstimate, StorageUse } from '$lib/db/repos/storage.ts';
import { serializeBackup } from '$lib/domain/formats/project/backup.ts';
import { download } from '$lib/ui/download.ts';
import { pendingCount } from './pending-writes.ts';

export class StorageState {
	#repos: Repos;
	/** True once a write failed because the storage is full, until room is made. */
	full = $state(false);
	estimate = $state<StorageEstimate | null>(null);
	uses = $state.raw<StorageUse[]>([]);
	/** Paragraphs typed in this tab whose text is not stored yet. */
	unsaved = $state(0);

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	/** Asks the browser once to keep the data (no prompt in Chromium; Firefox may ask). */
	async persist(): Promise<void> {
		if (!(await this.#repos.storage.estimate()).persisted) await this.#repos.storage.persist();
	}

	async refresh(): Promise<void> {
		this.estimate = await this.#repos.storage.estimate();
		this.unsaved = pendingCount();
	}

	/** A write failed for lack of space: find out what uses it. */
	async markFull(): Promise<void> {
		this.full = true;
		await this.refresh();
		this.uses = await this.#repos.storage.uses();
	}

	/** Downloads the whole workspace (reading needs no space). */
	async backUp(): Promise<number> {
		const backup = await this.#repos.workspace.backup();
		const day = new Date(backup.createdAt).toISOString().slice(0, 10);
		download(serializeBackup(backup), `duiyi-backup-${day}.json`, 'application/json');
		return backup.projects.length;
	}

	/** Deletes a project to make room (deleting frees space even on a full disk). */
	async deleteProject(id: string): Promise<void> {
		await this.#repos.projects.remove(id);
		this.uses = await this.#repos.storage.uses();
		await this.refresh();
	}

	/** Empties the translation memory to make room. */
	async clearTm(): Promise<void> {
		await this.#repos.workspace.clearTm();
		this.uses = await this.#repos.storage.uses();
		await this.refresh();
	}

	/** The translator made room (or wants to try again): the editor's next write will tell. */
	dismiss(): void {
		this.full = false;
	}
}

/** Bytes as a person reads them: 1.2 MB, 640 KB. */
export function formatBytes(bytes: number | null): string {
	if (bytes === null) return '?';
	if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
	if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} B`;
}
