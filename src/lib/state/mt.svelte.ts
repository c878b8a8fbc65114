/**
 * Machine translation in the app (issue 17): the engines configured in Settings (keys in their
 * own row, see MT_KEYS_KEY), a suggestion for the current paragraph checked by QA, and its
 * insertion with provenance 'mt'. The browser calls the engine itself (it must allow CORS).
 */
import type { Repos } from '$lib/db/repos/index.ts';
import { MT_KEYS_KEY, MT_SETTINGS_KEY } from '$lib/db/repos/workspace.ts';
import {
	EMPTY_MT_SETTINGS,
	mtClient,
	mtRequest,
	suggest,
	type MtClient,
	type MtError,
	type MtKeys,
	type MtRequest,
	type MtSettings
} from '$lib/domain/mt/index.ts';
import type { HttpOptions } from '$lib/domain/mt/http.ts';
import type { MtEngine, MtSuggestion, Segment } from '$lib/domain/types.ts';
import { t } from '$lib/i18n/index.svelte';
import type { EditorState } from './editor.svelte.ts';
import type { TermsState } from './terms.svelte.ts';

/** The engine's failure in the translator's words. */
export function mtErrorText(engineName: string, error: MtError): string {
	return t(`mt.error.${error.reason}`, {
		engine: engineName,
		status: error.status ?? '',
		detail: error.detail,
		wait: error.retryAfter ?? ''
	});
}

/** The settings and keys as stored (engines the translator has not configured are blank). */
export async function readMtSettings(
	repos: Repos
): Promise<{ settings: MtSettings; keys: MtKeys }> {
	const stored = await repos.settings.get<Partial<MtSettings>>(MT_SETTINGS_KEY, {});
	const settings: MtSettings = {
		engine: stored.engine ?? null,
		openai: { ...EMPTY_MT_SETTINGS.openai, ...stored.openai },
		deepl: { ...EMPTY_MT_SETTINGS.deepl, ...stored.deepl },
		libretranslate: { ...EMPTY_MT_SETTINGS.libretranslate, ...stored.libretranslate }
	};
	return { settings, keys: await repos.settings.get<MtKeys>(MT_KEYS_KEY, {}) };
}

/** The client for the engine in use, or null when none is configured. */
export async function currentMtClient(
	repos: Repos,
	http: HttpOptions = {}
): Promise<MtClient | null> {
	const { settings, keys } = await readMtSettings(repos);
	return mtClient(settings, keys, http);
}

/** A short paragraph sent by "Test connection". */
const TEST_PARAGRAPH = '宜春经济技术开发区新引进企业30家。';

export interface ConnectionResult {
	ok: boolean;
	text: string;
}

export class MtSettingsState {
	#repos: Repos;
	settings = $state<MtSettings>(structuredClone(EMPTY_MT_SETTINGS));
	keys = $state<MtKeys>({});
	saved = $state(false);
	testing = $state<MtEngine | null>(null);
	results = $state<Partial<Record<MtEngine, ConnectionResult>>>({});

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	async load(): Promise<void> {
		const { settings, keys } = await readMtSettings(this.#repos);
		this.settings = settings;
		this.keys = keys;
	}

	edited(): void {
		this.saved = false;
	}

	/** Stores the settings and the keys (each in its own row; blank keys are dropped). */
	async save(): Promise<void> {
		const keys = Object.fromEntries(
			Object.entries(this.keys).filter(([, key]) => key?.trim())
		) as MtKeys;
		await this.#repos.settings.set(MT_SETTINGS_KEY, $state.snapshot(this.settings));
		await this.#repos.settings.set(MT_KEYS_KEY, keys);
		this.saved = true;
	}

	/** Saves, then asks `engine` to translate one short paragraph and says what happened. */
	async test(engine: MtEngine): Promise<void> {
		await this.save();
		const client = mtClient(
			this.settings,
			this.keys,
			{ retry: { attempts: 1 }, timeoutMs: 60_000 },
			engine
		);
		if (!client) {
			this.results[engine] = { ok: false, text: t('mt.settings.incomplete') };
			return;
		}
		this.testing = engine;
		try {
			const answer = await client.translate({ source: TEST_PARAGRAPH, terms: [] });
			this.results[engine] = answer.ok
				? {
						ok: true,
						text: t('mt.settings.test_ok', { engine: client.engineName, text: answer.value })
					}
				: { ok: false, text: mtErrorText(client.engineName, answer.error) };
		} finally {
			this.testing = null;
		}
	}
}

/** The request for paragraph `index`: its neighbours as context and its recognised terms. */
export function paragraphRequest(
	segments: readonly Segment[],
	index: number,
	terms: TermsState
): MtRequest {
	const request = mtRequest(
		segments.map((s) => s.source),
		index
	);
	return { ...request, terms: terms.matches(request.source) };
}

export type InsertMode = 'replace' | 'append';

/** The suggestion panel of the editor: one paragraph asked at a time, inserted on request. */
export class MtSuggestState {
	#repos: Repos;
	#editor: EditorState;
	#terms: TermsState;
	suggestion = $state.raw<(MtSuggestion & { segmentId: string }) | null>(null);
	asking = $state(false);
	error = $state('');
	/** The current paragraph has text: the translator chooses Replace or Append (or neither). */
	choosing = $state(false);
	/** Whether an engine is configured (null until known). */
	configured = $state<boolean | null>(null);
	/** Aborts the request under way (Cancel request). */
	#abort: AbortController | null = null;

	constructor(repos: Repos, editor: EditorState, terms: TermsState) {
		this.#repos = repos;
		this.#editor = editor;
		this.#terms = terms;
	}

	/** The suggestion, when it is for the paragraph now current. */
	get current() {
		return this.suggestion?.segmentId === this.#editor.currentId ? this.suggestion : null;
	}

	async checkConfigured(): Promise<void> {
		this.configured = (await currentMtClient(this.#repos)) !== null;
	}

	/** Asks the engine in use for the current paragraph. */
	async ask(): Promise<void> {
		const segment = this.#editor.current;
		if (!segment || this.asking) return;
		this.error = '';
		this.choosing = false;
		const abort = new AbortController();
		const client = await currentMtClient(this.#repos, { signal: abort.signal });
		this.configured = client !== null;
		if (!client) {
			this.error = t('mt.not_configured');
			return;
		}
		this.asking = true;
		this.#abort = abort;
		try {
			const index = this.#editor.segments.findIndex((s) => s.id === segment.id);
			const request = paragraphRequest(this.#editor.segments, index, this.#terms);
			await client.prepare?.(request.terms);
			const answer = await suggest(client, request);
			abort.signal.throwIfAborted();
			if (answer.ok) this.suggestion = { ...answer.value, segmentId: segment.id };
			else this.error = mtErrorText(client.engineName, answer.error);
		} catch (err) {
			// Cancel request: the call rejects with the signal's reason; anything else is a fault.
			if (!abort.signal.aborted) throw err;
			this.error = t('mt.ask_cancelled');
		} finally {
			if (this.#abort === abort) this.#abort = null;
			this.asking = false;
			await client.close?.();
		}
	}

	/** Stops the request under way; nothing it would have answered is shown or inserted. */
	cancel(): void {
		this.#abort?.abort(new DOMException('Cancelled by the translator', 'AbortError'));
	}

	/**
	 * Ctrl+M: puts the suggestion into the current paragraph (asking for one first). Into an
	 * empty target at once; over text only with the translator's `mode`, else it asks.
	 */
	async insert(mode?: InsertMode): Promise<void> {
		const segment = this.#editor.current;
		if (!segment) return;
		if (!this.current) await this.ask();
		const suggestion = this.current;
		if (!suggestion || segment.locked) return;
		const shown = this.#editor.current;
		if (shown?.target.trim() && !mode) {
			this.choosing = true;
			return;
		}
		this.choosing = false;
		const written = await this.#editor.writeMachine(
			segment.id,
			suggestion.target,
			suggestion.engineName,
			mode ?? 'empty'
		);
		if (!written) this.error = t('mt.not_written');
	}

	cancelChoice(): void {
		this.choosing = false;
	}
}
