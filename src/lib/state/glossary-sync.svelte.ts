/**
 * A shared glossary kept in sync (see SharedDocSync): its entries as the document holds them are
 * fed into the Dexie tables the glossary screens and the editor read; entries added, changed or
 * deleted here (with the network off too) go into the document.
 */
import { observe } from '$lib/db/live.ts';
import {
	applyEntries,
	hasGlossary,
	readGlossary,
	writeGlossary,
	type SharedGlossary
} from '$lib/sync/glossary-doc.ts';
import { carryRename } from '$lib/sync/name.ts';
import { reportError } from './report.ts';
import { SharedDocSync } from './shared-doc.svelte.ts';

export class GlossarySync extends SharedDocSync {
	/** What the document last gave this browser's tables. */
	#fed: SharedGlossary | null = null;

	get glossaryId(): string {
		return this.link.document.replace(/^glossary:/, '');
	}

	/**
	 * The tables hold what the document last fed them (kept with the local copy; a copy from
	 * before that was kept stands in for it): whatever differs in them now was edited here
	 * meanwhile (the glossary screen, an import) and is carried over.
	 */
	protected override async opened(): Promise<void> {
		this.#fed =
			(await this.storedFed<SharedGlossary>()) ??
			(this.hasContent() ? readGlossary(this.doc) : null);
	}

	protected hasContent(): boolean {
		return hasGlossary(this.doc);
	}

	protected async seed(): Promise<void> {
		const local = await this.repos.shared.readGlossary(this.glossaryId);
		if (local) writeGlossary(this.doc, local, this.user);
	}

	/** Follows the glossary's entries in the tables (edits made in the glossary screen). */
	follow(): void {
		this.subscriptions.push(
			observe(
				() => this.repos.shared.readGlossary(this.glossaryId),
				() => this.schedule(),
				reportError
			)
		);
	}

	protected async exchange(): Promise<void> {
		// One transaction: an edit made here cannot land between the read and the write.
		this.#fed = await this.repos.shared.exchangeGlossary(async () => {
			if (this.#fed && !this.readOnly) {
				const here = await this.repos.shared.readGlossary(this.glossaryId);
				if (here) {
					carryRename(this.doc, this.#fed.glossary.name, here.glossary.name);
					applyEntries(this.doc, this.#fed.entries, here.entries, this.user);
				}
			}
			const shared = readGlossary(this.doc);
			await this.repos.shared.applyGlossary(shared, this.#fed ?? undefined);
			return shared;
		});
		this.storeFed(this.#fed);
	}
}
