/// <reference lib="webworker" />
/**
 * QA over a whole document off the main thread: a message switch over domain/qa runChecks.
 */
import { buildTermIndex } from '../domain/glossary/index.ts';
import { runChecks, type QaSegment } from '../domain/qa/index.ts';
import type { QaIssue, TermEntry } from '../domain/types.ts';

export type QaRequest = {
	id: number;
	units: QaSegment[];
	entries: TermEntry[];
	disabled: string[];
};
export type QaResponse = { id: number; issues: QaIssue[] } | { id: number; error: string };

self.onmessage = (event: MessageEvent<QaRequest>) => {
	const { id, units, entries, disabled } = event.data;
	try {
		const glossary = entries.length ? buildTermIndex(entries) : undefined;
		const issues = runChecks(units, { glossary, disabled });
		self.postMessage({ id, issues } satisfies QaResponse);
	} catch (error) {
		self.postMessage({ id, error: (error as Error).message } satisfies QaResponse);
	}
};
