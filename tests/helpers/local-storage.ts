/**
 * localStorage for Node tests (the typing log in src/lib/state/pending-writes.ts writes to it):
 * one in memory, installed on import where the runtime has none.
 */
export const storedItems = new Map<string, string>();

globalThis.localStorage ??= {
	getItem: (k: string) => storedItems.get(k) ?? null,
	setItem: (k: string, v: string) => void storedItems.set(k, v),
	removeItem: (k: string) => void storedItems.delete(k),
	clear: () => storedItems.clear(),
	key: (i: number) => [...storedItems.keys()][i] ?? null,
	get length() {
		return storedItems.size;
	}
};
