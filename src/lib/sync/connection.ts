/**
 * One shared document's connection to the team server: the Hocuspocus provider the app, the
 * tests and the benchmark all use. Works in the browser and under Node (pass `ws` as
 * WebSocketPolyfill there). Reconnects by itself; on every (re)connect Y.js exchanges state
 * vectors, so whatever either side missed while apart is sent.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';

export interface SharedConnectionOptions {
	/** The server's address, http(s)://host:port; the sync endpoint is /sync on it. */
	server: string;
	/** Document name on the server: project:<id> or glossary:<id>. */
	name: string;
	token: string;
	doc?: Y.Doc;
	/** Node only: the `ws` WebSocket class. */
	WebSocketPolyfill?: unknown;
	onAuthenticationFailed?: (reason: string) => void;
	/** Called with the number of local changes the server has not acknowledged yet. */
	onUnsynced?: (count: number) => void;
	onStatus?: (status: 'connecting' | 'connected' | 'disconnected') => void;
}

/** ws(s)://host:port/sync for an http(s) server address. */
export function syncUrl(server: string): string {
	const url = new URL(server);
	url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
	url.pathname = url.pathname.replace(/\/+$/, '') + '/sync';
	url.search = '';
	return url.toString();
}

export function connectShared(options: SharedConnectionOptions): HocuspocusProvider {
	return new HocuspocusProvider({
		url: syncUrl(options.server),
		name: options.name,
		token: options.token,
		document: options.doc ?? new Y.Doc(),
		WebSocketPolyfill: options.WebSocketPolyfill,
		// Retry soon after a drop, then back off to at most 10 s.
		delay: 250,
		minDelay: 250,
		maxDelay: 10_000,
		onAuthenticationFailed: ({ reason }) => options.onAuthenticationFailed?.(reason),
		onUnsyncedChanges: ({ number }) => options.onUnsynced?.(number),
		onStatus: ({ status }) => options.onStatus?.(status)
	} as ConstructorParameters<typeof HocuspocusProvider>[0]);
}

/** Resolves once the server has acknowledged every local change (or rejects after `ms`). */
export function whenSynced(provider: HocuspocusProvider, ms = 30_000): Promise<void> {
	return new Promise((resolve, reject) => {
		const done = () => {
			if (provider.isSynced && !provider.hasUnsyncedChanges) {
				clearInterval(poll);
				clearTimeout(timer);
				resolve();
			}
		};
		const poll = setInterval(done, 20);
		const timer = setTimeout(() => {
			clearInterval(poll);
			reject(new Error(`${provider.configuration.name}: not synced after ${ms} ms`));
		}, ms);
		done();
	});
}
