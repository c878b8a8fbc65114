/**
 * Quality checks for Chinese–English translation (issue 6): numbers compared by value, glossary
 * compliance, Chinese left in the English, paragraphs without English, punctuation, brackets
 * and quotes, doubled words, spacing, consistency and length. Pure; returns codes and
 * parameters that the UI and the CLI put into words (`qa.<code>` in the locale files).
 */
import { findTerms, type TermIndex } from '../glossary/index.ts';
import { togetherGroups, togetherLeads } from '../stats/together.ts';
import type { QaIssue, Segment, SegmentStatus } from '../types.ts';
import { QA_CODES, type QaCode } from './codes.ts';
import { checkConsistency, checkLength, documentLengthRatio } from './document.ts';
import type { Finding } from './finding.ts';
import { checkGlossary, type QaTermMatch } from './glossary.ts';
import { checkNumbers } from './numbers.ts';
import { numberContexts } from './number-context.ts';
import { checkTags } from './tags.ts';
import type { InlineTag } from '../formats/xliff/inline.ts';
import {
	checkBrackets,
	checkDoubledWords,
	checkPunctuation,
	checkSpacing,
	checkUntranslated
} from './text.ts';

export { QA_CHECKS, QA_CODES, QA_CODE_LIST, type QaCheck, type QaCode } from './codes.ts';
export { checkNumbers } from './numbers.ts';
export { numberContexts, type NumberContext } from './number-context.ts';
export { checkGlossary, englishHas, type QaTermMatch } from './glossary.ts';
export {
	checkBrackets,
	checkDoubledWords,
	checkPunctuation,
	checkSpacing,
	checkUntranslated
} from './text.ts';
export { checkConsistency, checkLength, documentLengthRatio } from './document.ts';
export { checkTags } from './tags.ts';
export type { Finding } from './finding.ts';

/** A segment as QA checks it: its Chinese, its English and, in the app, its status. */
export interface QaSegment {
	source: string;
	target: string;
	/** Set in the app: an empty confirmed (translated, reviewed) segment is an error, others a warning. */
	status?: SegmentStatus;
	/** Translated together with an earlier segment (its English is there): not empty, not checked. */
	together?: boolean;
	/** The unit's inline-code table (an imported XLIFF), to number and pair its tags. */
	tags?: readonly InlineTag[];
}

/**
 * A project's segments as QA checks them, in document order. A group translated together is
 * checked as one: its first paragraph with the Chinese of the whole group (so numbers and
 * length compare like with like), the others as covered by it.
 *
 * @example
 * qaSegments([{ id: 'a', order: 0, source: '甲。', target: 'A. B.', status: 'draft' },
 *   { id: 'b', order: 1, source: '乙。', target: '', status: 'draft', translatedWith: 'a' }])
 * // [{ source: '甲。乙。', target: 'A. B.', status: 'draft' }, { source: '乙。', target: '', status: 'draft', together: true }]
 */
export function qaSegments(
	segments: readonly Pick<
		Segment,
		'id' | 'order' | 'source' | 'target' | 'status' | 'translatedWith'
	>[]
): QaSegment[] {
	const leads = togetherLeads(segments);
	// Computed once: a document can have ten thousand paragraphs.
	const groups = togetherGroups(segments);
	return segments.map((s) => {
		const group = groups.get(s.id);
		const unit: QaSegment = {
			source: group ? group.map((g) => g.source).join('') : s.source,
			target: s.target,
			status: s.status
		};
		if (leads.has(s.id)) unit.together = true;
		return unit;
	});
}

export interface QaOptions {
	/** Glossary terms already recognised in each unit's source, by unit index. */
	termMatches?: (readonly QaTermMatch[] | undefined)[];
	/** Or a compiled glossary (domain/glossary `buildTermIndex`) to find them with. */
	glossary?: TermIndex;
	/** Checks or codes switched off ('number', 'spacing', 'double_space' …). */
	disabled?: readonly string[];
	/** English characters per Chinese character to judge lengths by; default: the document's. */
	lengthRatio?: number;
}

const CONFIRMED: readonly (SegmentStatus | undefined)[] = ['translated', 'reviewed'];

/**
 * Runs every enabled check over the units of a document, in order.
 *
 * @example
 * runChecks([{ source: '签约金额105亿元。', target: 'Deals worth 1.05 billion yuan were signed.' }])
 * // [{ unit: 0, check: 'number', code: 'number_different', severity: 'error',
 * //    params: { source: '105亿元', target: '1.05 billion yuan', … }, … }]
 */
export function runChecks(units: readonly QaSegment[], options: QaOptions = {}): QaIssue[] {
	const disabled = new Set(options.disabled ?? []);
	const enabled = (code: QaCode) => !disabled.has(code) && !disabled.has(QA_CODES[code][0]);
	const issues: QaIssue[] = [];
	const ratio = options.lengthRatio ?? documentLengthRatio(units);
	const consistency = checkConsistency(units);
	const contexts = numberContexts(units);

	units.forEach((unit, index) => {
		const findings: Finding[] = [];
		const hasTarget = unit.target.trim().length > 0;
		const hasSource = unit.source.trim().length > 0;
		if (unit.together) {
			// Its English is in the paragraph it was translated together with.
		} else if (!hasTarget) {
			if (hasSource) {
				findings.push({
					code: 'empty_target',
					params: {},
					severity: CONFIRMED.includes(unit.status) ? 'error' : 'warning'
				});
			}
		} else {
			findings.push(...checkNumbers(unit.source, unit.target, contexts[index]));
			const matches =
				options.termMatches?.[index] ??
				(options.glossary ? findTerms(options.glossary, unit.source) : undefined);
			if (matches) findings.push(...checkGlossary(unit.target, matches));
			findings.push(
				...checkUntranslated(unit.target),
				...checkPunctuation(unit.target),
				...checkBrackets(unit.target),
				...checkDoubledWords(unit.target),
				...checkSpacing(unit.target),
				...consistency[index],
				...checkLength(unit.source, unit.target, ratio),
				...checkTags(unit.source, unit.target, unit.tags)
			);
		}
		for (const f of findings) {
			if (!enabled(f.code)) continue;
			const [check, severity] = QA_CODES[f.code];
			const issue: QaIssue = {
				unit: index,
				check,
				code: f.code,
				severity: f.severity ?? severity,
				params: f.params
			};
			if (f.source !== undefined) issue.source = f.source;
			if (f.target !== undefined) issue.target = f.target;
			if (f.sourceSpan) issue.sourceSpan = f.sourceSpan;
			if (f.targetSpan) issue.targetSpan = f.targetSpan;
			issues.push(issue);
		}
	});
	return issues;
}
