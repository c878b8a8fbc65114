/**
 * Local HTTP servers (127.0.0.1, a free port) that speak each engine's documented protocol:
 * request shapes are checked, answers have the documented shape, keys are checked the way the
 * engine does, and the first N requests can be answered 429 with Retry-After. The "translation"
 * is looked up in a table the test provides, so tests can assert what the engine was sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
	method: string;
	path: string;
	headers: IncomingMessage['headers'];
	body: Record<string, unknown>;
}

export interface EngineServer {
	url: string;
	requests: Recorded[];
	close(): Promise<void>;
}

export interface ServerOptions {
	/** Chinese paragraph → English the "engine" answers with. */
	table: Record<string, string>;
	/** The key the server accepts; requests without it are refused. */
	key?: string;
	/** Answer this many requests 429 first (Retry-After as given). */
	rateLimited?: number;
	retryAfter?: string;
	/** LibreTranslate: source codes the server knows (default ['zh']). */
	sourceCodes?: string[];
	/** Requests (1-based, preflights not counted) answered 429 once, e.g. one in the middle. */
	rateLimitAt?: number[];
	/** Wait this long before each answer (a slow engine, to cancel a run in the middle). */
	delayMs?: number;
	/** The English for a paragraph not in the table (default: none, an empty answer). */
	fallback?: (zh: string) => string;
}

/**
 * What a browser needs to call the engine from a page on another origin (CORS): the engines
 * that allow it answer preflights and mark every answer this way.
 */
const CORS = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
	'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
	'Access-Control-Expose-Headers': 'Retry-After',
	'Access-Control-Max-Age': '600'
};

type Handler = (
	req: Recorded,
	res: ServerResponse,
	send: (status: number, body: unknown, headers?: Record<string, string>) => void
) => void;

async function start(options: ServerOptions, handle: Handler): Promise<EngineServer> {
	const requests: Recorded[] = [];
	let limited = options.rateLimited ?? 0;
	const server = createServer((req, res) => {
		if (req.method === 'OPTIONS') {
			res.writeHead(204, CORS).end();
			return;
		}
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			let body: Record<string, unknown> = {};
			const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
				const answer = () => {
					res.writeHead(status, { 'Content-Type': 'application/json', ...CORS, ...headers });
					res.end(JSON.stringify(value));
				};
				if (options.delayMs) setTimeout(answer, options.delayMs);
				else answer();
			};
			try {
				body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
			} catch {
				send(400, { error: 'body is not JSON' });
				return;
			}
			const recorded = {
				method: req.method ?? '',
				path: req.url ?? '',
				headers: req.headers,
				body
			};
			requests.push(recorded);
			if (options.rateLimitAt?.includes(requests.length)) {
				send(429, { error: 'Too many requests' }, { 'Retry-After': options.retryAfter ?? '1' });
				return;
			}
			if (limited > 0) {
				limited--;
				send(429, { error: 'Too many requests' }, { 'Retry-After': options.retryAfter ?? '1' });
				return;
			}
			handle(recorded, res, send);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((e) => (e ? reject(e) : resolve()));
				// a browser keeps its connections open; they must not hold the server up
				server.closeAllConnections();
			})
	};
}

/** The paragraph an LLM prompt asks for (after "Paragraph to translate:"). */
function promptParagraph(body: Record<string, unknown>): string {
	const messages = body.messages as { role: string; content: string }[];
	const user = messages.find((m) => m.role === 'user')?.content ?? '';
	return user.split('Paragraph to translate:\n')[1] ?? '';
}

/** OpenAI chat completions (also Ollama's, llama.cpp's and vLLM's /v1). */
export function openAiServer(options: ServerOptions): Promise<EngineServer> {
	return start(options, (req, _res, send) => {
		if (req.method !== 'POST' || req.path !== '/v1/chat/completions') {
			send(404, { error: { message: 'not found', type: 'invalid_request_error' } });
			return;
		}
		if (options.key && req.headers.authorization !== `Bearer ${options.key}`) {
			send(401, {
				error: {
					message: 'Incorrect API key provided.',
					type: 'invalid_request_error',
					code: 'invalid_api_key'
				}
			});
			return;
		}
		if (typeof req.body.model !== 'string' || !Array.isArray(req.body.messages)) {
			send(400, { error: { message: 'model and messages are required' } });
			return;
		}
		const paragraph = promptParagraph(req.body);
		const english = options.table[paragraph] ?? options.fallback?.(paragraph);
		send(200, {
			id: 'chatcmpl-1',
			object: 'chat.completion',
			model: req.body.model,
			choices: [
				{
					index: 0,
					message: { role: 'assistant', content: english ?? '' },
					finish_reason: 'stop'
				}
			]
		});
	});
}

/** DeepL: /v3/glossaries (create, delete) and /v2/translate. */
export function deeplServer(options: ServerOptions): Promise<EngineServer> {
	return start(options, (req, res, send) => {
		if (options.key && req.headers.authorization !== `DeepL-Auth-Key ${options.key}`) {
			send(403, { message: 'Wrong endpoint or authentication key' });
			return;
		}
		if (req.method === 'POST' && req.path === '/v3/glossaries') {
			const dictionaries = req.body.dictionaries as { entries: string }[];
			send(201, {
				glossary_id: 'g-1',
				name: req.body.name,
				dictionaries: dictionaries.map((d) => ({
					source_lang: 'zh',
					target_lang: 'en',
					entry_count: d.entries.split('\n').length
				})),
				creation_time: '2026-12-07T00:00:00Z'
			});
			return;
		}
		if (req.method === 'DELETE' && req.path === '/v3/glossaries/g-1') {
			res.writeHead(204, CORS).end();
			return;
		}
		if (req.method === 'POST' && req.path === '/v2/translate') {
			const text = req.body.text as string[];
			if (!Array.isArray(text) || typeof req.body.target_lang !== 'string') {
				send(400, { message: 'Parameter text or target_lang missing' });
				return;
			}
			send(200, {
				translations: text.map((t) => ({
					detected_source_language: 'ZH',
					text: options.table[t] ?? ''
				}))
			});
			return;
		}
		send(404, { message: 'Not found' });
	});
}

/** LibreTranslate: /translate. */
export function libreTranslateServer(options: ServerOptions): Promise<EngineServer> {
	const codes = options.sourceCodes ?? ['zh'];
	return start(options, (req, _res, send) => {
		if (req.method !== 'POST' || req.path !== '/translate') {
			send(404, { error: 'Not Found' });
			return;
		}
		if (options.key && req.body.api_key !== options.key) {
			send(403, { error: 'Invalid API key' });
			return;
		}
		const source = String(req.body.source);
		if (!codes.includes(source)) {
			send(400, { error: `${source} is not supported` });
			return;
		}
		const english = options.table[String(req.body.q)];
		send(200, { translatedText: english ?? '' });
	});
}
