/**
 * The typing log: every keystroke is recorded synchronously in localStorage before the
 * debounced IndexedDB write, so a crash the instant after a keystroke loses nothing.
 *
 * Each tab keeps its own log (`duiyi.typing.<tab>`) and holds a Web Lock named after it for as
 * long as it lives. At start-up a tab replays only the logs of tabs that are gone (crashed,
 * closed, reloaded), and only what the database does not already have: an entry remembers the
 * stored text its typing started from, so text another tab wrote since is merged, not
 * overwritten. A full localStorage never stops typing: the entry stays in memory.
 */
import { mergeText } from '$lib/domain/text/merge.ts';
import type { Segment, SegmentStatus } from '$lib/domain/types.ts';
import type { TypedWrite } from '$lib/db/repos/segments.ts';
import { reportError } from './report.ts';

const PREFIX = 'duiyi.typing.';
const LOCK_PREFIX = 'duiyi.tab.';
/** The single shared log of earlier versions, replayed once and then removed. */
const LEGACY_KEY = 'duiyi.pendingTargets';

export interface PendingTarget {
	target: string;
	/** The stored text the typing started from (absent in logs written by older versions). */
	base?: string;
	/** A confirmation (Ctrl+Enter) of exactly this text, not yet stored. */
	status?: SegmentStatus;
	at: number;
}
type Log = Record<string, PendingTarget>;

const tab =
	typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: String(Math.random()).slice(2);
const key = PREFIX + tab;
const memory: Log = {};

function read(storageKey: string): Log {
	try {
		return JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Log;
	} catch {
		// A corrupt log cannot be replayed; starting a fresh one is all that can be done.
		return {};
	}
}

function write(): boolean {
	try {
		if (Object.keys(memory).length) localStorage.setItem(key, JSON.stringify(memory));
		else localStorage.removeItem(key);
		return true;
	} catch (error) {
		// localStorage full: the text stays in memory (and on screen) until it can be written.
		reportError(error);
		return false;
	}
}

/**
 * Records a keystroke's text for a paragraph, with the stored text it started from; with a
 * status, a confirmation of that text (so a tab closed before the confirmation is stored still
 * has it confirmed when it comes back).
 */
export function recordPending(
	segmentId: string,
	target: string,
	base: string,
	status?: SegmentStatus
): void {
	memory[segmentId] = status
		? { target, base, status, at: Date.now() }
		: { target, base, at: Date.now() };
	write();
}

/** Forgets a pending write once the database holds it (unless a newer keystroke came since). */
export function clearPending(segmentId: string, target: string): void {
	if (memory[segmentId]?.target !== target) return;
	delete memory[segmentId];
	write();
}

/** This tab's entries, including those taken over from a gone tab whose replay failed. */
export function ownPending(): Readonly<Log> {
	return { ...memory };
}

/** This tab's entries not yet in the database. */
export function pendingCount(): number {
	return Object.keys(memory).length;
}

/** Holds this tab's lock for its lifetime, so no other tab replays its log while it lives. */
function holdTabLock(): Promise<void> {
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	if (!locks) return Promise.resolve();
	return new Promise((resolve) => {
		locks
			.request(LOCK_PREFIX + tab, () => {
				resolve();
				return new Promise<void>(() => {});
			})
			.catch(reportError);
	});
}

async function liveTabs(): Promise<Set<string> | null> {
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	if (!locks) return null;
	const state = await locks.query();
	return new Set((state.held ?? []).map((l) => l.name ?? ''));
}

/** What replaying needs from the segments repository. */
export interface ReplayTarget {
	get(id: string): Promise<Segment | undefined>;
	saveTyped(id: string, target: string, base: string, status?: SegmentStatus): Promise<TypedWrite>;
}

/** Writes one logged entry unless the database already has it; merges with newer text. */
async function replayEntry(
	segments: ReplayTarget,
	id: string,
	entry: PendingTarget
): Promise<boolean> {
	const stored = await segments.get(id);
	if (!stored || stored.locked) return false;
	if (stored.target === entry.target) {
		// The text is there; a confirmation of it may not be.
		if (!entry.status || stored.status === entry.status) return false;
		return (
			(await segments.saveTyped(id, entry.target, stored.target, entry.status)).kind === 'saved'
		);
	}
	const base = entry.base ?? (stored.updatedAt <= entry.at ? stored.target : '');
	const text =
		stored.target === base ? entry.target : mergeText(base, entry.target, stored.target).text;
	// A confirmation holds only for the text confirmed, not for one merged with another tab's.
	const status = text === entry.target ? entry.status : undefined;
	return (await segments.saveTyped(id, text, stored.target, status)).kind === 'saved';
}

/**
 * Starts this tab's log and replays the logs of tabs that are gone. Returns the number of
 * paragraphs restored from them.
 */
export async function replayPending(segments: ReplayTarget): Promise<number> {
	await holdTabLock();
	const live = await liveTabs();
	const keys: string[] = [];
	for (let i = 0; i < localStorage.length; i++) {
		const k = localStorage.key(i);
		if (
			k === LEGACY_KEY ||
			(k?.startsWith(PREFIX) && k !== key && !live?.has(LOCK_PREFIX + k.slice(PREFIX.length)))
		)
			keys.push(k);
	}
	let restored = 0;
	let failure: unknown = null;
	for (const k of keys) {
		for (const [id, entry] of Object.entries(read(k))) {
			try {
				if (await replayEntry(segments, id, entry)) restored++;
			} catch (error) {
				// Not stored (a full disk): this tab takes the entry over, shows it and retries.
				memory[id] = entry;
				failure ??= error;
			}
		}
		if (write()) localStorage.removeItem(k);
	}
	if (failure) throw failure;
	return restored;
}
