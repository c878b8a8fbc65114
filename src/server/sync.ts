/**
 * The sync endpoint: a Hocuspocus instance over the store. It checks each connection's token,
 * membership and role; appends every update a writer sends to the store's log before the update
 * is applied and acknowledged; refuses oversized messages; and, with Redis, shares documents
 * with the other server processes.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import IORedis from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { TeamRole } from '../lib/domain/types.ts';
import { tokenHash } from './auth.ts';
import type { ServerStore } from './store.ts';

/** Hocuspocus message types (its MessageType) and y-protocols sync steps used below. */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export interface SyncOptions {
	store: ServerStore;
	/** redis://… joins the other server processes that use the same Redis and database. */
	redisUrl?: string;
	/** Key prefix in Redis (several teams, or test runs, on one Redis). */
	redisPrefix?: string;
	/** Largest message a client may send, in bytes. */
	maxMessageBytes: number;
	/** Milliseconds of quiet before a document's snapshot is written (the log keeps every update meanwhile). */
	storeDebounceMs?: number;
}

export interface ConnectionContext {
	user: string;
	role: TeamRole;
}

/** The update inside a sync message (step 2 or update), or null for any other message. */
export function updateInMessage(message: Uint8Array): Uint8Array | null {
	const decoder = decoding.createDecoder(message);
	decoding.readVarString(decoder); // document name
	const type = decoding.readVarUint(decoder);
	if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
	const step = decoding.readVarUint(decoder);
	if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
	return decoding.readVarUint8Array(decoder);
}

/** True when an update carries nothing (no structs, no deletions). */
function isEmptyUpdate(update: Uint8Array): boolean {
	const { structs, ds } = Y.decodeUpdate(update);
	return structs.length === 0 && ds.clients.size === 0;
}

/** Refusal of a connection or message; Hocuspocus closes the connection with this reason. */
class Refused extends Error {
	constructor(
		readonly reason: string,
		readonly code = 4403
	) {
		super(reason);
	}
}

export function createSync(options: SyncOptions): Hocuspocus {
	const { store } = options;

	const database = new Database({
		fetch: async ({ documentName }) => {
			const { snapshot, updates } = await store.loadState(documentName);
			const parts = [...(snapshot ? [snapshot] : []), ...updates.map((u) => u.data)];
			return parts.length === 0 ? null : Y.mergeUpdates(parts);
		},
		store: async ({ documentName, document, state }) => {
			// Taken in the same tick as `state` was encoded, so it describes exactly that state.
			const snapshot = Y.snapshot(document);
			await store.storeState(
				documentName,
				state,
				(old, fresh) => (old ? Y.mergeUpdates([old, fresh]) : fresh),
				(update) => Y.snapshotContainsUpdate(snapshot, update),
				Date.now()
			);
			// A rename a member made (viewers' changes never get this far) shows in every list.
			const title = document.getMap('meta').get('name');
			if (typeof title === 'string' && title.trim()) {
				await store.setTitle(documentName, title.slice(0, 200), Date.now());
			}
		}
	});

	const extensions: Extension[] = [database];
	if (options.redisUrl) {
		const url = options.redisUrl;
		extensions.push(
			new RedisExtension({
				createClient: () => new IORedis(url, { maxRetriesPerRequest: null }),
				prefix: options.redisPrefix ?? 'duiyi'
			})
		);
	}

	return new Hocuspocus({
		quiet: true,
		debounce: options.storeDebounceMs ?? 2000,
		maxDebounce: 10_000,
		extensions,

		async onAuthenticate({ token, documentName, connectionConfig }): Promise<ConnectionContext> {
			const user = token ? await store.sessionUser(tokenHash(token), Date.now()) : undefined;
			if (!user) throw new Refused('not signed in, or the sign-in has expired');
			const role = await store.roleOf(documentName, user);
			// The same answer for a document that does not exist: a non-member learns nothing.
			if (!role) throw new Refused('no such shared document, or you are not a member');
			connectionConfig.readOnly = role === 'viewer';
			return { user, role };
		},

		async beforeHandleMessage({ update: message, documentName, document, connection }) {
			if (message.byteLength > options.maxMessageBytes) {
				throw new Refused(
					`message of ${message.byteLength} bytes is over the limit of ${options.maxMessageBytes}`,
					4413
				);
			}
			const update = updateInMessage(message);
			if (!update || connection.readOnly) return; // a viewer's update is refused by Hocuspocus
			// Throws on a malformed update, which closes the connection before anything is applied.
			const fresh = Y.diffUpdate(update, Y.encodeStateVector(document));
			if (isEmptyUpdate(fresh)) return;
			await store.appendUpdate(documentName, fresh, Date.now());
		}
	});
}
