/**
 * Talking HTTP to a machine-translation engine: one JSON POST with bounded retries on 429/503
 * (honouring Retry-After), and every failure turned into a value with a reason code. Uses the
 * global `fetch` unless one is passed in, so it runs in the browser, a worker and Node alike.
 */

/** Why an engine gave no translation; the UI and the CLI put these into words. */
export const MT_REASONS = [
	'unreachable',
	'timeout',
	'auth',
	'not_found',
	'quota',
	'rate_limited',
	'too_long',
	'bad_request',
	'bad_response',
	'server'
] as const;
export type MtReason = (typeof MT_REASONS)[number];

export interface MtError {
	reason: MtReason;
	/** HTTP status, when the engine answered. */
	status?: number;
	/** The engine's own words (or the network error's), for the log and the CLI. */
	detail: string;
	/** Seconds the engine asked us to wait (rate limits). */
	retryAfter?: number;
}

export type MtResult<T> = { ok: true; value: T } | { ok: false; error: MtError };

export type MtFetch = typeof fetch;

export interface RetryPolicy {
	/** Attempts in all, the first included (default 4). */
	attempts: number;
	/** First back-off delay in ms, doubled on each retry (default 1000). */
	baseMs: number;
	/** Longest single wait in ms; a Retry-After beyond it is not waited for (default 60000). */
	maxMs: number;
}

export interface HttpOptions {
	fetch?: MtFetch;
	retry?: Partial<RetryPolicy>;
	/**
	 * Longest wait for one answer in ms (default 180000: a local model on a laptop can take a
	 * minute or two for a long paragraph).
	 */
	timeoutMs?: number;
	/** How to wait; tests may pass their own. It is handed `signal` and should honour it. */
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/**
	 * Aborts the request under way and any back-off wait at once (Cancel): the call then
	 * rejects with the signal's reason instead of returning a result, and is not retried.
	 */
	signal?: AbortSignal;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 1000, maxMs: 60_000 };

/** Waits `ms`, or rejects with the signal's reason as soon as it is aborted. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal!.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

/**
 * Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or undefined.
 *
 * @example
 * parseRetryAfter('2') // 2
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The engine's error message from a JSON or text body, shortened to one line. */
export function errorDetail(body: string): string {
	let detail = body;
	try {
		const json = JSON.parse(body) as Record<string, unknown>;
		const err = json.error ?? json.message ?? json.detail;
		if (typeof err === 'string') detail = err;
		else if (err && typeof err === 'object' && 'message' in err) {
			detail = String((err as { message: unknown }).message);
		}
	} catch {
		// not JSON: the text itself is the detail
	}
	return detail.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** The reason for an HTTP error status, common to the engines (each may refine it). */
export function reasonOfStatus(status: number): MtReason {
	if (status === 401 || status === 403) return 'auth';
	if (status === 404) return 'not_found';
	if (status === 429) return 'rate_limited';
	if (status === 456 || status === 402) return 'quota';
	if (status === 413 || status === 414) return 'too_long';
	if (status >= 500) return 'server';
	return 'bad_request';
}

export interface HttpAnswer {
	status: number;
	body: string;
}

/**
 * POSTs JSON and returns the successful answer's JSON, retrying 429 and 503 with exponential
 * back-off (or the engine's Retry-After) a bounded number of times. `classify` lets an engine
 * refine the reason of an error answer (DeepL's 456 is its quota, OpenAI's 429 may be one).
 */
export async function postJson(
	url: string,
	body: unknown,
	headers: Record<string, string>,
	options: HttpOptions = {},
	classify: (answer: HttpAnswer) => MtReason = (a) => reasonOfStatus(a.status)
): Promise<MtResult<unknown>> {
	const doFetch = options.fetch ?? globalThis.fetch;
	const policy = { ...DEFAULT_RETRY, ...options.retry };
	const sleep = options.sleep ?? wait;
	const cancel = options.signal;
	for (let attempt = 1; ; attempt++) {
		cancel?.throwIfAborted();
		const timeout = AbortSignal.timeout(options.timeoutMs ?? 180_000);
		let response: Response;
		let text: string;
		try {
			response = await doFetch(url, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
				body: JSON.stringify(body),
				signal: cancel ? AbortSignal.any([cancel, timeout]) : timeout
			});
			text = await response.text();
		} catch (err) {
			// Cancelled: not a failure of the engine, so no result and no retry.
			if (cancel?.aborted) throw cancel.reason;
			if ((err as Error).name === 'TimeoutError') {
				const seconds = (options.timeoutMs ?? 180_000) / 1000;
				return {
					ok: false,
					error: { reason: 'timeout', detail: `${url}: no answer within ${seconds} s` }
				};
			}
			const cause = (err as { cause?: { code?: string; message?: string } }).cause;
			const detail = cause?.code ?? cause?.message ?? (err as Error).message;
			return { ok: false, error: { reason: 'unreachable', detail: `${url}: ${detail}` } };
		}
		if (response.ok) {
			try {
				return { ok: true, value: JSON.parse(text) as unknown };
			} catch {
				return {
					ok: false,
					error: { reason: 'bad_response', status: response.status, detail: 'not JSON' }
				};
			}
		}
		const reason = classify({ status: response.status, body: text });
		const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
		const error: MtError = { reason, status: response.status, detail: errorDetail(text) };
		if (retryAfter !== undefined) error.retryAfter = retryAfter;
		const retryable = reason === 'rate_limited' || response.status === 503;
		if (!retryable || attempt >= policy.attempts) return { ok: false, error };
		const delay = retryAfter !== undefined ? retryAfter * 1000 : policy.baseMs * 2 ** (attempt - 1);
		if (delay > policy.maxMs) return { ok: false, error };
		await sleep(delay, cancel);
		cancel?.throwIfAborted();
	}
}
