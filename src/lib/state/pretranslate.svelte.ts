/**
 * Pre-translation of a document by the engine in use: first what it would send (paragraphs,
 * requests, characters), then one paragraph at a time as a draft with provenance 'mt', with a
 * progress bar and Cancel. Each request is awaited in turn, so the editor stays usable; rate
 * limits are waited out with back-off (domain/mt), a failure stops the run and keeps what was
 * done, and a target with text in it is never written over.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import type { Segment } from '$lib/domain/types.ts';
import { t } from '$lib/i18n/index.svelte';
import type { EditorState } from './editor.svelte.ts';
import { currentMtClient, mtErrorText, paragraphRequest } from './mt.svelte.ts';
import type { TermsState } from './terms.svelte.ts';

/** 'empty': paragraphs with no English; 'all': those and earlier machine drafts, redone. */
export type PretranslateScope = 'empty' | 'all';

export interface PretranslateEstimate {
	paragraphs: number;
	requests: number;
	/** Chinese characters to translate. */
	characters: number;
	/** Characters sent in all, the neighbouring paragraphs given as context included. */
	sent: number;
}

/** Whether a paragraph is pre-translated: never one with text the translator wrote. */
export function wanted(segment: Segment, scope: PretranslateScope): boolean {
	if (segment.locked || segment.translatedWith || !segment.source.trim()) return false;
	if (!segment.target.trim()) return true;
	return scope === 'all' && segment.provenance === 'mt' && segment.status === 'draft';
}

export class PretranslateState {
	#repos: Repos;
	#editor: EditorState;
	#terms: TermsState;
	#cancelled = false;
	scope = $state<PretranslateScope>('empty');
	running = $state(false);
	done = $state(0);
	total = $state(0);
	/** Seconds the engine asked us to wait (a rate limit), while waiting. */
	waiting = $state(0);
	error = $state('');
	message = $state('');

	constructor(repos: Repos, editor: EditorState, terms: TermsState) {
		this.#repos = repos;
		this.#editor = editor;
		this.#terms = terms;
	}

	estimate(segments: readonly Segment[] = this.#editor.segments): PretranslateEstimate {
		let paragraphs = 0;
		let characters = 0;
		let sent = 0;
		segments.forEach((s, i) => {
			if (!wanted(s, this.scope)) return;
			paragraphs++;
			characters += s.source.length;
			sent += s.source.length + (segments[i - 1]?.source.length ?? 0);
			sent += segments[i + 1]?.source.length ?? 0;
		});
		return { paragraphs, requests: paragraphs, characters, sent };
	}

	cancel(): void {
		this.#cancelled = true;
	}

	async run(): Promise<void> {
		if (this.running) return;
		this.error = '';
		this.message = '';
		const client = await currentMtClient(this.#repos, {
			sleep: async (ms) => {
				this.waiting = Math.ceil(ms / 1000);
				await new Promise((resolve) => setTimeout(resolve, ms));
				this.waiting = 0;
			}
		});
		if (!client) {
			this.error = t('mt.not_configured');
			return;
		}
		const segments = this.#editor.segments;
		const ids = segments.filter((s) => wanted(s, this.scope)).map((s) => s.id);
		this.#cancelled = false;
		this.running = true;
		this.done = 0;
		this.total = ids.length;
		let written = 0;
		try {
			if (client.prepare) {
				const terms = ids.flatMap((id) =>
					this.#terms.matches(segments.find((s) => s.id === id)!.source)
				);
				const prepared = await client.prepare(terms);
				if (!prepared.ok) {
					this.error = t('mt.pretranslate.failed_glossary', {
						reason: mtErrorText(client.engineName, prepared.error)
					});
					return;
				}
			}
			for (const id of ids) {
				if (this.#cancelled) break;
				const now = this.#editor.segments;
				const index = now.findIndex((s) => s.id === id);
				// Typed into (or removed) since the run began: left as it is.
				if (index < 0 || !wanted(now[index], this.scope)) {
					this.done++;
					continue;
				}
				const answer = await client.translate(paragraphRequest(now, index, this.#terms));
				if (!answer.ok) {
					this.error = t('mt.pretranslate.failed', {
						n: index + 1,
						reason: mtErrorText(client.engineName, answer.error),
						count: written
					});
					return;
				}
				const mode = now[index].target.trim() ? 'redo' : 'empty';
				if (await this.#editor.writeMachine(id, answer.value, client.engineName, mode)) written++;
				this.done++;
			}
			this.message = t(this.#cancelled ? 'mt.pretranslate.cancelled' : 'mt.pretranslate.finished', {
				count: written
			});
		} finally {
			this.running = false;
			this.waiting = 0;
			await client.close?.();
		}
	}
}
