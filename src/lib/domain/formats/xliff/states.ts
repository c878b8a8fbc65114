/**
 * Duiyi statuses ↔ the states XLIFF 1.2 and 2.x define. Duiyi has new, draft, translated,
 * reviewed plus a locked flag; XLIFF 2 has initial/translated/reviewed/final, XLIFF 1.2 a longer
 * list (and tools such as memoQ their own attribute).
 */
import type { SegmentStatus } from '../../types.ts';

export interface StatusInfo {
	status: SegmentStatus;
	locked: boolean;
}

/** XLIFF 2.x `state` (and a `subState` for what 2.x cannot say). */
export function toXliff2State(
	status: SegmentStatus,
	locked: boolean
): {
	state: 'initial' | 'translated' | 'reviewed' | 'final';
	subState?: string;
} {
	if (locked && status === 'reviewed') return { state: 'final' };
	if (status === 'reviewed')
		return { state: 'reviewed', subState: locked ? 'duiyi:locked' : undefined };
	if (status === 'translated')
		return { state: 'translated', subState: locked ? 'duiyi:locked' : undefined };
	if (status === 'draft') return { state: 'initial', subState: 'duiyi:draft' };
	return { state: 'initial', subState: locked ? 'duiyi:locked' : undefined };
}

/** Reads a 2.x state; unknown values give null (the caller reports them). */
export function fromXliff2State(
	state: string | undefined,
	subState: string | undefined,
	hasTarget: boolean
): StatusInfo | null {
	const locked = subState === 'duiyi:locked';
	switch (state) {
		case undefined:
		case 'initial':
			if (subState === 'duiyi:draft') return { status: 'draft', locked };
			return { status: hasTarget ? 'draft' : 'new', locked };
		case 'translated':
			return { status: 'translated', locked };
		case 'reviewed':
			return { status: 'reviewed', locked };
		case 'final':
			return { status: 'reviewed', locked: true };
		default:
			return null;
	}
}

/** XLIFF 1.2 `state` and `approved`. */
export function toXliff12State(
	status: SegmentStatus,
	locked: boolean
): { state: string; approved: boolean } {
	if (status === 'reviewed') return { state: locked ? 'final' : 'signed-off', approved: true };
	if (status === 'translated') return { state: 'translated', approved: false };
	if (status === 'draft') return { state: 'needs-review-translation', approved: false };
	return { state: 'needs-translation', approved: false };
}

const XLIFF12_STATES: Record<string, SegmentStatus | 'by-target'> = {
	new: 'by-target',
	'needs-translation': 'by-target',
	'needs-adaptation': 'draft',
	'needs-l10n': 'draft',
	'needs-review-translation': 'draft',
	'needs-review-adaptation': 'draft',
	'needs-review-l10n': 'draft',
	translated: 'translated',
	'signed-off': 'reviewed',
	final: 'reviewed',
	// XLIFF 1.1 / translate-toolkit values seen in the wild
	'needs-work': 'draft',
	rejected: 'draft',
	'needs-review': 'draft',
	unreviewed: 'translated'
};

/** memoQ's own status attribute (mq:status). */
const MEMOQ_STATES: Record<string, SegmentStatus | 'by-target'> = {
	NotStarted: 'by-target',
	Editing: 'draft',
	PartiallyEdited: 'draft',
	Pretranslated: 'draft',
	AssembledFromFragments: 'draft',
	MachineTranslated: 'draft',
	ManuallyConfirmed: 'translated',
	Confirmed: 'translated',
	Rejected: 'draft',
	Reviewer1Confirmed: 'reviewed',
	Reviewer2Confirmed: 'reviewed'
};

/**
 * Reads a 1.x state (or memoQ's status); null for a value no standard or known tool uses.
 *
 * @example
 * fromXliff12State('signed-off', undefined, undefined, true) // { status: 'reviewed', locked: false }
 */
export function fromXliff12State(
	state: string | undefined,
	approved: string | undefined,
	memoq: string | undefined,
	hasTarget: boolean
): StatusInfo | null {
	const byTarget: SegmentStatus = hasTarget ? 'draft' : 'new';
	let mapped: SegmentStatus | 'by-target' | undefined;
	if (state !== undefined) {
		mapped = XLIFF12_STATES[state] ?? (state.startsWith('x-') ? 'by-target' : undefined);
		if (mapped === undefined) return null;
	} else if (memoq !== undefined) {
		mapped = MEMOQ_STATES[memoq] ?? 'by-target';
	} else {
		mapped = approved === 'yes' ? 'reviewed' : hasTarget ? 'translated' : 'new';
	}
	let status: SegmentStatus = mapped === 'by-target' ? byTarget : mapped;
	if (approved === 'yes' && status !== 'reviewed' && hasTarget) status = 'reviewed';
	return { status, locked: state === 'final' };
}

/** Trados Studio's confirmation levels (`conf` of an sdl:seg). */
const SDL_LEVELS: Record<string, SegmentStatus | 'by-target'> = {
	Unspecified: 'by-target',
	Draft: 'draft',
	Translated: 'translated',
	RejectedTranslation: 'draft',
	ApprovedTranslation: 'reviewed',
	RejectedSignOff: 'draft',
	ApprovedSignOff: 'reviewed'
};

/**
 * Reads a Trados Studio segment definition (`<sdl:seg conf="…" locked="true"/>`): a sentence
 * with no confirmation level is new, or a draft when it has words.
 *
 * @example
 * fromSdlSegment('ApprovedSignOff', 'true', true) // { status: 'reviewed', locked: true }
 */
export function fromSdlSegment(
	conf: string | undefined,
	locked: string | undefined,
	hasTarget: boolean
): StatusInfo {
	const mapped = SDL_LEVELS[conf ?? 'Unspecified'] ?? 'by-target';
	const status: SegmentStatus = mapped === 'by-target' ? (hasTarget ? 'draft' : 'new') : mapped;
	return { status, locked: locked === 'true' };
}

/**
 * Reads Phrase (Memsource) MXLIFF's own marks on a trans-unit: `m:confirmed="1"` is a confirmed
 * translation, anything else with words a draft; `m:locked="true"` a locked segment. Null when
 * the unit carries neither.
 *
 * @example
 * fromPhraseUnit('0', 'true', true) // { status: 'draft', locked: true }
 */
export function fromPhraseUnit(
	confirmed: string | undefined,
	locked: string | undefined,
	hasTarget: boolean
): StatusInfo | null {
	if (confirmed === undefined && locked === undefined) return null;
	const status: SegmentStatus =
		confirmed === '1' || confirmed === 'true' ? 'translated' : hasTarget ? 'draft' : 'new';
	return { status, locked: locked === 'true' };
}
