/**
 * DeepL through the team server (issue 17): DeepL does not answer browsers (no CORS) and a
 * team's key should stay on the server. A signed-in member's browser sends the DeepL requests
 * the app's own client makes (src/lib/domain/mt/deepl.ts) to /api/mt/deepl/…, with its team
 * token where the DeepL key would go; the server checks the token and forwards the request
 * with its own key (DEEPL_AUTH_KEY). Only the endpoints that client uses pass.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { deeplBaseUrl } from '../lib/domain/mt/deepl.ts';

export interface DeepLProxyOptions {
	/** The team's DeepL key; without it the proxy answers 503 saying so. */
	authKey?: string;
	/** DeepL's address when not the one the key implies (another proxy, a test server). */
	url?: string;
	timeoutMs?: number;
}

export const DEEPL_PREFIX = '/api/mt/deepl';
const MAX_BODY_BYTES = 256 * 1024;
const ALLOWED: [string, RegExp][] = [
	['POST', /^\/v2\/translate$/],
	['POST', /^\/v3\/glossaries$/],
	['DELETE', /^\/v3\/glossaries\/[A-Za-z0-9-]{1,100}$/]
];

/** The member's team token: sent as the DeepL key by the app's client, or as a Bearer token. */
export function proxyToken(req: IncomingMessage): string {
	const header = req.headers.authorization ?? '';
	const match = /^(?:DeepL-Auth-Key|Bearer) (.+)$/.exec(header);
	return match ? match[1].trim() : '';
}

function answer(res: ServerResponse, status: number, message: string): void {
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify({ message }));
}

/** Forwards one request (the caller has checked the member's sign-in). */
export async function proxyDeepL(
	req: IncomingMessage,
	res: ServerResponse,
	path: string,
	options: DeepLProxyOptions
): Promise<void> {
	const method = req.method ?? 'GET';
	const endpoint = path.slice(DEEPL_PREFIX.length);
	if (!ALLOWED.some(([m, pattern]) => m === method && pattern.test(endpoint))) {
		return answer(res, 404, `${method} ${endpoint} is not forwarded to DeepL`);
	}
	if (!options.authKey) {
		return answer(res, 503, 'this team server has no DeepL key (set DEEPL_AUTH_KEY where it runs)');
	}
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY_BYTES) return answer(res, 413, 'request too large');
		chunks.push(chunk as Buffer);
	}
	const base = (options.url ?? deeplBaseUrl(options.authKey)).replace(/\/+$/, '');
	let upstream: Response;
	try {
		upstream = await fetch(base + endpoint, {
			method,
			headers: {
				Authorization: `DeepL-Auth-Key ${options.authKey}`,
				...(chunks.length ? { 'Content-Type': 'application/json' } : {})
			},
			body: chunks.length ? Buffer.concat(chunks) : undefined,
			signal: AbortSignal.timeout(options.timeoutMs ?? 120_000)
		});
	} catch (err) {
		return answer(
			res,
			502,
			`DeepL cannot be reached from the team server: ${(err as Error).message}`
		);
	}
	const headers: Record<string, string> = {
		'content-type': upstream.headers.get('content-type') ?? 'application/json'
	};
	const retryAfter = upstream.headers.get('retry-after');
	if (retryAfter) headers['retry-after'] = retryAfter;
	res.writeHead(upstream.status, headers);
	res.end(Buffer.from(await upstream.arrayBuffer()));
}
