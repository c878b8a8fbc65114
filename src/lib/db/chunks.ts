/**
 * Many rows written inside the caller's transaction a chunk at a time: between chunks the
 * thread is free (a worker's cancel message, a progress bar), how far it got is reported, and an
 * aborted signal throws so the transaction rolls back and nothing of the rows is kept. TMX import
 * (tm.importUnits) and glossary import (glossaries.importEntries) write through it.
 */
import type { Table } from 'dexie';

export interface ChunkedWrite {
	signal?: AbortSignal;
	/** Rows written so far (the transaction may still roll back). */
	onProgress?: (written: number) => void;
	chunk?: number;
}

/**
 * Puts `rows` (each turned into a stored row by `toRow`) into `table`, `chunk` at a time; call
 * inside a 'rw' transaction on the table.
 *
 * @example
 * await db.transaction('rw', db.tmUnits, () => putInChunks(db.tmUnits, units, withHash, { signal }));
 */
export async function putInChunks<T, R>(
	table: Table<R>,
	rows: readonly T[],
	toRow: (row: T) => R,
	{ signal, onProgress, chunk = 2000 }: ChunkedWrite = {}
): Promise<void> {
	for (let from = 0; from < rows.length; from += chunk) {
		signal?.throwIfAborted();
		const part = rows.slice(from, from + chunk);
		await table.bulkPut(part.map(toRow));
		onProgress?.(from + part.length);
	}
	signal?.throwIfAborted();
}
