/**
 * Matches per sentence: a paragraph of several sentences gets the best TM match of each of its
 * sentences, since a memory of sentence pairs often holds the sentences and not the paragraph.
 */
import { splitSentences, type SentenceLang } from '../segmentation/sentences.ts';
import { searchTm, type TmIndex, type TmMatch, type TmSearchOptions } from './search.ts';

export interface SentenceMatch {
	/** The sentence of the paragraph, as split. */
	sentence: string;
	/** 0-based position of the sentence in the paragraph. */
	position: number;
	/** Its best match, or null when none reaches the lowest score. */
	match: TmMatch | null;
}

/**
 * The best match of each sentence of a paragraph; nothing for a paragraph of one sentence (its
 * matches are the paragraph's).
 *
 * @example
 * sentenceMatches(index, '宜春经开区设立20年。高质量发展迈出新步伐！', 'zh')
 * // [{ sentence: '宜春经开区设立20年。', position: 0, match: { percent: 100, … } }, …]
 */
export function sentenceMatches(
	index: TmIndex,
	paragraph: string,
	lang: SentenceLang,
	{ minScore = 0.5, accept }: Omit<TmSearchOptions, 'limit'> = {}
): SentenceMatch[] {
	const sentences = splitSentences(paragraph, lang);
	if (sentences.length < 2) return [];
	return sentences.map((sentence, position) => ({
		sentence,
		position,
		match: searchTm(index, sentence, { minScore, limit: 1, accept })[0] ?? null
	}));
}
