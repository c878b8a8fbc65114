/**
 * The team server (`duiyi serve`): one HTTP port for the built app (build/), the JSON API
 * (sign-in, shared documents and their members) and the sync WebSocket (/sync).
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { TEAM_ROLES, type SharedKind, type TeamRole } from '../lib/domain/types.ts';
import { checkPassword, newToken, RateLimiter, tokenHash, USER_NAME } from './auth.ts';
import { DEEPL_PREFIX, proxyDeepL, proxyToken, type DeepLProxyOptions } from './deepl-proxy.ts';
import type { ServerStore } from './store.ts';
import { createSync } from './sync.ts';

export interface TeamServerOptions {
	store: ServerStore;
	port: number;
	host?: string;
	/** The built app to serve; the API and sync work without it. */
	buildDir?: string;
	redisUrl?: string;
	redisPrefix?: string;
	/** How long a sign-in lasts. */
	tokenTtlMs?: number;
	maxMessageBytes?: number;
	storeDebounceMs?: number;
	/** Sign-in attempts allowed per client address per minute. */
	signInPerMinute?: number;
	/** DeepL for signed-in members, with the team's key kept here. */
	deepl?: DeepLProxyOptions;
}

export interface TeamServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;
const MAX_JSON_BYTES = 64 * 1024;
const SHARED_KINDS: readonly SharedKind[] = ['project', 'glossary'];
/** Ids the app gives projects and glossaries: letters, digits, dash, underscore. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,80}$/;

class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function send(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store'
	});
	res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_JSON_BYTES) throw new HttpError(413, 'request body too large');
		chunks.push(chunk as Buffer);
	}
	try {
		const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		if (value && typeof value === 'object' && !Array.isArray(value)) return value;
	} catch {
		// fall through to the error below
	}
	throw new HttpError(400, 'the request body must be a JSON object');
}

function text(body: Record<string, unknown>, key: string): string {
	const value = body[key];
	if (typeof value !== 'string' || value === '') throw new HttpError(400, `"${key}" is missing`);
	return value;
}

function role(value: unknown): TeamRole {
	if (typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value)) {
		return value as TeamRole;
	}
	throw new HttpError(400, `"role" must be one of ${TEAM_ROLES.join(', ')}`);
}

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
	const { store } = options;
	const tokenTtl = options.tokenTtlMs ?? 7 * DAY;
	const maxMessageBytes = options.maxMessageBytes ?? 8 * 1024 * 1024;
	const signInLimit = new RateLimiter(options.signInPerMinute ?? 10, 60_000);
	const sync = createSync({
		store,
		redisUrl: options.redisUrl,
		redisPrefix: options.redisPrefix,
		maxMessageBytes,
		storeDebounceMs: options.storeDebounceMs
	});
	const app =
		options.buildDir && existsSync(options.buildDir)
			? sirv(options.buildDir, { single: true, etag: true })
			: null;

	async function signedIn(req: IncomingMessage): Promise<string> {
		const header = req.headers.authorization ?? '';
		const token = header.startsWith('Bearer ') ? header.slice(7) : '';
		const user = token ? await store.sessionUser(tokenHash(token), Date.now()) : undefined;
		if (!user) throw new HttpError(401, 'not signed in, or the sign-in has expired');
		return user;
	}

	/** The caller's role on a document; a non-member gets the same 404 as a missing document. */
	async function memberRole(name: string, user: string): Promise<TeamRole> {
		const found = await store.roleOf(name, user);
		if (!found) throw new HttpError(404, 'no such shared document, or you are not a member');
		return found;
	}

	async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
		const method = req.method ?? 'GET';
		if (path === '/api/signin' && method === 'POST') {
			const wait = signInLimit.attempt(req.socket.remoteAddress ?? '', Date.now());
			if (wait > 0) {
				res.setHeader('retry-after', String(Math.ceil(wait / 1000)));
				throw new HttpError(429, 'too many sign-in attempts; wait a minute and try again');
			}
			const body = await readJson(req);
			const name = text(body, 'name');
			const password = text(body, 'password');
			const user = await store.getUser(name);
			if (!user || !(await checkPassword(password, user.passwordHash))) {
				throw new HttpError(401, 'wrong user name or password');
			}
			const token = newToken();
			const expiresAt = Date.now() + tokenTtl;
			await store.addSession(tokenHash(token), user.name, expiresAt);
			return send(res, 200, { token, expiresAt, user: { name: user.name, admin: user.admin } });
		}
		if (path.startsWith(`${DEEPL_PREFIX}/`)) {
			const token = proxyToken(req);
			if (!token || !(await store.sessionUser(tokenHash(token), Date.now()))) {
				throw new HttpError(401, 'not signed in, or the sign-in has expired');
			}
			return proxyDeepL(req, res, path, options.deepl ?? {});
		}
		const user = await signedIn(req);
		if (path === '/api/signout' && method === 'POST') {
			await store.removeSession(tokenHash((req.headers.authorization ?? '').slice(7)));
			return send(res, 200, { ok: true });
		}
		if (path === '/api/me' && method === 'GET') {
			const row = await store.getUser(user);
			return send(res, 200, { name: user, admin: row?.admin ?? false });
		}
		if (path === '/api/users' && method === 'GET') {
			return send(res, 200, { users: (await store.listUsers()).map((u) => u.name) });
		}
		if (path === '/api/documents' && method === 'GET') {
			return send(res, 200, { documents: await store.documentsOf(user) });
		}
		if (path === '/api/documents' && method === 'POST') {
			const body = await readJson(req);
			const kind = text(body, 'kind') as SharedKind;
			if (!SHARED_KINDS.includes(kind))
				throw new HttpError(400, '"kind" must be project or glossary');
			const id = text(body, 'id');
			if (!DOCUMENT_ID.test(id)) throw new HttpError(400, '"id" has characters an id cannot have');
			const title = text(body, 'title').slice(0, 200);
			const name = `${kind}:${id}`;
			if (!(await store.createDocument({ name, kind, title }, user, Date.now()))) {
				throw new HttpError(409, 'this document is already shared');
			}
			return send(res, 201, { name, kind, title, role: 'owner' });
		}
		const members = /^\/api\/documents\/([^/]+)\/members(?:\/([^/]+))?$/.exec(path);
		if (members) {
			const name = decodeURIComponent(members[1]);
			const mine = await memberRole(name, user);
			if (!members[2] && method === 'GET') {
				return send(res, 200, { members: await store.members(name) });
			}
			if (members[2] && mine !== 'owner') {
				throw new HttpError(403, 'only an owner can change the members');
			}
			const member = decodeURIComponent(members[2] ?? '');
			if (members[2] && method === 'PUT') {
				const body = await readJson(req);
				const newRole = role(body.role);
				if (!USER_NAME.test(member) || !(await store.getUser(member))) {
					throw new HttpError(404, `there is no user "${member}" on this server`);
				}
				await lastOwnerCheck(name, member, newRole);
				await store.setMember(name, member, newRole);
				return send(res, 200, { members: await store.members(name) });
			}
			if (members[2] && method === 'DELETE') {
				await lastOwnerCheck(name, member, null);
				await store.removeMember(name, member);
				sync.closeConnections(name); // the removed member's open connection goes too
				return send(res, 200, { members: await store.members(name) });
			}
		}
		throw new HttpError(404, 'no such API endpoint');
	}

	async function lastOwnerCheck(name: string, member: string, next: TeamRole | null) {
		if (next === 'owner') return;
		const owners = (await store.members(name)).filter((m) => m.role === 'owner');
		if (owners.length === 1 && owners[0].user === member) {
			throw new HttpError(409, 'a shared document keeps at least one owner');
		}
	}

	const http: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		if (path === '/healthz') {
			return send(res, 200, {
				ok: true,
				documents: sync.getDocumentsCount(),
				connections: sync.getConnectionsCount()
			});
		}
		if (path.startsWith('/api/')) {
			api(req, res, path).catch((err) => {
				if (err instanceof HttpError) return send(res, err.status, { error: err.message });
				console.error(`duiyi serve: ${(err as Error).stack ?? err}`);
				send(res, 500, { error: 'the server failed; see its log' });
			});
			return;
		}
		if (app) return app(req, res, () => send(res, 404, { error: 'not found' }));
		send(res, 404, { error: 'the app is not built here: run npm run build first' });
	});

	const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
	http.on('upgrade', (req, socket, head) => {
		if (new URL(req.url ?? '/', 'http://x').pathname !== '/sync') return socket.destroy();
		sockets.handleUpgrade(req, socket, head, (ws) => {
			ws.on('error', (err) => console.error(`duiyi serve: websocket: ${err.message}`));
			sync.handleConnection(ws, req);
		});
	});

	await new Promise<void>((resolve, reject) => {
		http.once('error', reject);
		http.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
	});
	const port = (http.address() as AddressInfo).port;

	return {
		port,
		url: `http://${options.host ?? '127.0.0.1'}:${port}`,
		async close() {
			sync.closeConnections();
			sockets.close();
			const closed = new Promise<void>((resolve) => http.close(() => resolve()));
			http.closeAllConnections(); // browsers keep idle connections open
			await closed;
			// Pending snapshots are written now (the log already holds every update).
			await Promise.all(
				[...sync.documents.keys()].map((name) =>
					sync.debouncer.executeNow(`onStoreDocument-${name}`)
				)
			);
			await sync.hooks('onDestroy', { instance: sync });
		}
	};
}
