/**
 * A write-ahead log for typed text. Every keystroke is recorded synchronously in localStorage
 * before the debounced IndexedDB write, so a reload or a crash the instant after a keystroke
 * loses nothing: on the next start the log is replayed into the database.
 */
const KEY = 'duiyi.pendingTargets';

export interface PendingTarget {
	target: string;
	at: number;
}

function read(): Record<string, PendingTarget> {
	try {
		return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, PendingTarget>;
	} catch {
		// A corrupt log cannot be replayed; starting a fresh one is all that can be done.
		return {};
	}
}

export function recordPending(segmentId: string, target: string): void {
	const log = read();
	log[segmentId] = { target, at: Date.now() };
	localStorage.setItem(KEY, JSON.stringify(log));
}

/** Forgets a pending write once the database holds it (unless a newer keystroke came since). */
export function clearPending(segmentId: string, target: string): void {
	const log = read();
	if (log[segmentId]?.target !== target) return;
	delete log[segmentId];
	localStorage.setItem(KEY, JSON.stringify(log));
}

export function allPending(): Record<string, PendingTarget> {
	return read();
}

/** Replays the log into the database; returns the number of targets restored. */
export async function replayPending(
	save: (segmentId: string, target: string) => Promise<unknown>
): Promise<number> {
	const log = read();
	let restored = 0;
	for (const [segmentId, pending] of Object.entries(log)) {
		await save(segmentId, pending.target);
		clearPending(segmentId, pending.target);
		restored++;
	}
	return restored;
}
