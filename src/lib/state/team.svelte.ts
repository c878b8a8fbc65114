/**
 * The team server as the app sees it: the address, the signed-in user and their token (kept in
 * the settings table), the shared documents the user is a member of, sharing a project and
 * choosing its members. The signed-in name becomes the author of notes.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import type { SharedKind, TeamRole } from '$lib/domain/types.ts';
import { AUTHOR_KEY } from './settings.ts';

const SESSION_KEY = 'team.session';

export interface TeamSession {
	server: string;
	user: string;
	token: string;
	expiresAt: number;
}

export interface TeamDocument {
	name: string;
	kind: SharedKind;
	title: string;
	role: TeamRole;
}

export interface TeamMember {
	user: string;
	role: TeamRole;
}

/** A failure the screen can name: the server's own words, or why it could not be reached. */
export class TeamError extends Error {
	constructor(
		readonly key: 'unreachable' | 'refused' | 'expired',
		message: string
	) {
		super(message);
	}
}

/** http(s)://host:port without a trailing slash; throws on something that is not an address. */
export function normaliseServer(address: string): string {
	const trimmed = address.trim();
	const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
	return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

export class TeamState {
	#repos: Repos;
	session = $state<TeamSession | null>(null);
	documents = $state.raw<TeamDocument[]>([]);
	loaded = $state(false);

	constructor(repos: Repos) {
		this.#repos = repos;
	}

	get signedIn(): boolean {
		return this.session !== null && this.session.expiresAt > Date.now();
	}

	async load(): Promise<void> {
		this.session = await this.#repos.settings.get<TeamSession | null>(SESSION_KEY, null);
		this.loaded = true;
	}

	async #call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
		const session = this.session;
		if (!session) throw new TeamError('expired', 'not signed in');
		return request<T>(session.server, path, { ...init, token: session.token });
	}

	async signIn(address: string, user: string, password: string): Promise<void> {
		const server = normaliseServer(address);
		const answer = await request<{ token: string; expiresAt: number; user: { name: string } }>(
			server,
			'/api/signin',
			{ method: 'POST', body: { name: user, password } }
		);
		this.session = {
			server,
			user: answer.user.name,
			token: answer.token,
			expiresAt: answer.expiresAt
		};
		await this.#repos.settings.set(SESSION_KEY, $state.snapshot(this.session));
		await this.#repos.settings.set(AUTHOR_KEY, answer.user.name);
		await this.refresh();
	}

	async signOut(): Promise<void> {
		if (this.session) await this.#call('/api/signout', { method: 'POST' }).catch(() => undefined);
		this.session = null;
		this.documents = [];
		await this.#repos.settings.set(SESSION_KEY, null);
	}

	/** The shared documents this user is a member of (kept as they were when offline). */
	async refresh(): Promise<void> {
		if (!this.signedIn) return;
		const { documents } = await this.#call<{ documents: TeamDocument[] }>('/api/documents');
		this.documents = documents;
	}

	async users(): Promise<string[]> {
		return (await this.#call<{ users: string[] }>('/api/users')).users;
	}

	async members(document: string): Promise<TeamMember[]> {
		return (
			await this.#call<{ members: TeamMember[] }>(
				`/api/documents/${encodeURIComponent(document)}/members`
			)
		).members;
	}

	async setMember(document: string, user: string, role: TeamRole | null): Promise<TeamMember[]> {
		const path = `/api/documents/${encodeURIComponent(document)}/members/${encodeURIComponent(user)}`;
		const answer = await this.#call<{ members: TeamMember[] }>(
			path,
			role ? { method: 'PUT', body: { role } } : { method: 'DELETE' }
		);
		return answer.members;
	}

	/**
	 * Registers a local project or glossary on the server (the caller becomes its owner). A
	 * project's link is kept under its id, a glossary's under its document name.
	 */
	async share(id: string, title: string, kind: SharedKind = 'project'): Promise<string> {
		const session = this.session;
		if (!session) throw new TeamError('expired', 'not signed in');
		const { name } = await this.#call<{ name: string }>('/api/documents', {
			method: 'POST',
			body: { kind, id, title }
		});
		const key = kind === 'project' ? id : name;
		await this.#repos.shared.setLink(key, { server: session.server, document: name });
		await this.refresh();
		return name;
	}
}

async function request<T>(
	server: string,
	path: string,
	init: { method?: string; body?: unknown; token?: string }
): Promise<T> {
	let response: Response;
	try {
		response = await fetch(server + path, {
			method: init.method ?? 'GET',
			headers: {
				'content-type': 'application/json',
				...(init.token ? { authorization: `Bearer ${init.token}` } : {})
			},
			body: init.body === undefined ? undefined : JSON.stringify(init.body)
		});
	} catch {
		throw new TeamError('unreachable', server);
	}
	const body = (await response.json().catch(() => ({}))) as { error?: string };
	if (response.status === 401 && init.token) throw new TeamError('expired', body.error ?? '');
	if (!response.ok) throw new TeamError('refused', body.error ?? `HTTP ${response.status}`);
	return body as T;
}

let shared: TeamState | null = null;

/** The app's one team state (loaded from the settings table on first use). */
export function teamState(repos: Repos): TeamState {
	if (!shared) {
		shared = new TeamState(repos);
		void shared.load();
	}
	return shared;
}
