/**
 * From imported blocks to the paragraphs (and sentences) a project is made of: kinds always,
 * repairs when asked, sentences when asked. What `duiyi segment` prints and what the import
 * screen shows after "accept all".
 */
import type { SegmentKind } from '../types.ts';
import type { TextBlock } from '../segmentation/blocks.ts';
import { isMostlyChinese } from '../segmentation/blocks.ts';
import {
	applyRepairs,
	repairBlocks,
	type RepairDecisions,
	type RepairProposal
} from '../segmentation/repair.ts';
import { splitSentences } from '../segmentation/sentences.ts';

export interface ImportedParagraph {
	kind: SegmentKind;
	text: string;
	/** Sentences of the paragraph (only when asked for). */
	sentences?: string[];
	/** Input blocks (0-based) the paragraph was made from, in text order; one for most. */
	joined: number[];
	/** A caption or credit set inside a paragraph now joined: the block it now follows. */
	movedAfter?: number;
}

export interface SegmentOptions {
	/** Apply joins and moves (kinds are always inferred). */
	repair?: boolean;
	sentences?: boolean;
	/** The translator's decisions on the proposals; unlisted ones count as accepted. */
	decisions?: RepairDecisions;
}

/** The sentence language of a paragraph: Chinese when Han characters dominate. */
export function paragraphLang(text: string): 'zh' | 'en' {
	return isMostlyChinese(text) ? 'zh' : 'en';
}

/**
 * Segments imported blocks into paragraphs.
 *
 * @example
 * segmentBlocks([{ text: '较为完善的产业' }, { text: '配套。围绕主导产业。' }], { repair: true, sentences: true })
 * // [{ kind: 'body', text: '较为完善的产业配套。围绕主导产业。', sentences: ['较为完善的产业配套。', '围绕主导产业。'], joined: [0, 1] }]
 */
export function segmentBlocks(
	blocks: readonly TextBlock[],
	options: SegmentOptions = {},
	proposal: RepairProposal = repairBlocks(blocks)
): ImportedParagraph[] {
	const items = options.repair
		? proposal.proposals
		: proposal.proposals.filter((p) => p.kind === 'kind');
	return applyRepairs(blocks, items, options.decisions).map((u) => ({
		kind: u.kind,
		text: u.text,
		...(options.sentences ? { sentences: splitSentences(u.text, paragraphLang(u.text)) } : {}),
		joined: u.joined,
		...(u.movedAfter !== undefined ? { movedAfter: u.movedAfter } : {})
	}));
}
