/**
 * Segmentation: blocks in, kinds and repairs proposed, paragraphs and sentences out.
 *
 * @example
 * const { blocks } = importDocument(bytes, 'zh.txt').value!; // ../import/index.ts
 * const proposal = repairBlocks(blocks); // show proposal.proposals on the import screen
 * const units = applyRepairs(blocks, proposal.proposals, { 'join:9-10': false });
 * const sentences = splitSentences(units[0].text, 'zh');
 */
export { joinPieces, textToBlocks, isMostlyChinese, type TextBlock } from './blocks.ts';
export { classifyBlocks, type KindGuess, type KindReason } from './kinds.ts';
export {
	applyRepairs,
	repairBlocks,
	type RepairDecisions,
	type RepairedUnit,
	type RepairItem,
	type RepairProposal,
	type RepairReason
} from './repair.ts';
export {
	splitSentences,
	splitSentencesWithOffsets,
	type SentenceLang,
	type SentenceSpan
} from './sentences.ts';
