/**
 * Undo and redo over immutable snapshots: every correction pushes the new list of beads, and
 * undo steps back through them. Pure, so the state class stays small and the rules are tested.
 */

export interface History<T> {
	past: T[];
	present: T;
	future: T[];
}

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

/**
 * A history starting at `present`.
 *
 * @example
 * startHistory([1]) // { past: [], present: [1], future: [] }
 */
export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/**
 * Records a new present; the redo steps are dropped. Pushing the same object is a no-op, so an
 * operation that refused (and returned its input) leaves no empty undo step.
 *
 * @example
 * pushHistory(startHistory(1), 2) // { past: [1], present: 2, future: [] }
 */
export function pushHistory<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
	if (next === history.present) return history;
	const past = [...history.past, history.present];
	return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

/**
 * One step back, or the same history when there is nothing to undo.
 *
 * @example
 * undo({ past: [1], present: 2, future: [] }) // { past: [], present: 1, future: [2] }
 */
export function undo<T>(history: History<T>): History<T> {
	if (!history.past.length) return history;
	return {
		past: history.past.slice(0, -1),
		present: history.past[history.past.length - 1],
		future: [history.present, ...history.future]
	};
}

/**
 * One step forward again after an undo.
 *
 * @example
 * redo({ past: [], present: 1, future: [2] }) // { past: [1], present: 2, future: [] }
 */
export function redo<T>(history: History<T>): History<T> {
	if (!history.future.length) return history;
	return {
		past: [...history.past, history.present],
		present: history.future[0],
		future: history.future.slice(1)
	};
}
