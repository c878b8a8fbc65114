/**
 * Counts as translators and their clients count: Chinese by characters, English by words.
 *
 * How a mixed text counts (the convention of memoQ and Trados, which clients are billed by):
 * - every Han character is one (`chineseCharacters`); punctuation, digits, Latin letters and
 *   spaces are not Chinese characters;
 * - every run of Latin letters or digits is one word (`englishWords`): in an English text that
 *   is its word count; inside Chinese text, `5G`, `CATL`, `2022` and `18.1%` are one word each.
 *   A word may hold inner apostrophes, hyphens and the dots and commas of numbers:
 *   `don't`, `high-quality`, `10.5`, `1,892` are one word each;
 * - kana and hangul syllables count one each, like Han;
 * - `words` is the CAT-tool total: chineseCharacters + englishWords + kana/hangul.
 */

export interface TextCounts {
	/** Han characters, punctuation excluded. */
	chineseCharacters: number;
	/** Latin / number tokens: English words, and Latin words or numbers inside Chinese. */
	englishWords: number;
	/** The CAT-tool word count: Han + kana + hangul characters + Latin / number tokens. */
	words: number;
	/** Characters other than white space (code points). */
	characters: number;
	/** All characters, white space included (code points). */
	charactersWithSpaces: number;
}

const HAN = /\p{Script=Han}/u;
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A Latin or number token, with inner ' ’ - . , when letters or digits follow them. */
const TOKEN = /[\p{Script=Latin}\p{Nd}]+(?:['’\-.,·][\p{Script=Latin}\p{Nd}]+)*%?/gu;

/**
 * Counts one text.
 *
 * @example
 * countText('宜春经开区2022年增长18.1%，引进CATL。')
 * // { chineseCharacters: 10, englishWords: 3, words: 13, characters: 25, charactersWithSpaces: 25 }
 */
export function countText(text: string): TextCounts {
	let chineseCharacters = 0;
	let other = 0;
	let characters = 0;
	let charactersWithSpaces = 0;
	for (const ch of text) {
		charactersWithSpaces++;
		if (/\s/u.test(ch)) continue;
		characters++;
		if (HAN.test(ch)) chineseCharacters++;
		else if (KANA_HANGUL.test(ch)) other++;
	}
	// Han characters are neither Latin nor digits, so they split tokens: 2022年 → 2022.
	const englishWords = (text.match(TOKEN) ?? []).length;
	return {
		chineseCharacters,
		englishWords,
		words: chineseCharacters + englishWords + other,
		characters,
		charactersWithSpaces
	};
}

/** Counts of a whole document: totals and one entry per paragraph. */
export interface DocumentCounts extends TextCounts {
	paragraphs: number;
	perParagraph: TextCounts[];
}

/**
 * Counts each paragraph and the document.
 *
 * @example
 * countDocument(['风华正茂勇争先', 'In its prime.']).chineseCharacters // 7
 */
export function countDocument(paragraphs: readonly string[]): DocumentCounts {
	const perParagraph = paragraphs.map(countText);
	const total: TextCounts = {
		chineseCharacters: 0,
		englishWords: 0,
		words: 0,
		characters: 0,
		charactersWithSpaces: 0
	};
	for (const c of perParagraph) {
		for (const key of Object.keys(total) as (keyof TextCounts)[]) total[key] += c[key];
	}
	return { paragraphs: paragraphs.length, ...total, perParagraph };
}
