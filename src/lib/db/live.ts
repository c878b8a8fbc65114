/**
 * Live queries for state classes: re-run a repository read whenever the tables it read change,
 * in this tab or another (Dexie liveQuery), without state code importing Dexie.
 */
import { liveQuery } from 'dexie';

export interface LiveSubscription {
	unsubscribe(): void;
}

export function observe<T>(
	query: () => Promise<T>,
	onValue: (value: T) => void,
	onError: (error: unknown) => void
): LiveSubscription {
	return liveQuery(query).subscribe({ next: onValue, error: onError });
}
