/**
 * The one place unexpected errors go: kept for the status line and logged for developers.
 * Expected failures (bad files, refused edits) are values with reason codes, not errors.
 */
type Listener = (message: string, error: unknown) => void;
const listeners = new Set<Listener>();

export function reportError(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	console.error('[duiyi]', error);
	for (const listener of listeners) listener(message, error);
}

export function onError(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
