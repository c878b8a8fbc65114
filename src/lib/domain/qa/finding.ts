/** What a single check returns for one segment, before the segment index and severity are added. */
import type { Severity } from '../types.ts';
import type { QaCode } from './codes.ts';

export interface Finding {
	code: QaCode;
	params: Record<string, string | number>;
	/** Overrides the code's default severity. */
	severity?: Severity;
	source?: string;
	target?: string;
	sourceSpan?: [number, number];
	targetSpan?: [number, number];
}
