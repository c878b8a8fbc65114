/**
 * Sentence pairs of the genre (Chinese policy and economic news with a correct English
 * translation) that the number check is measured on, apart from any article in corpus/.
 */
export interface NumberPair {
	zh: string;
	/** A correct translation: the number check must raise nothing on it. */
	en: string;
	/**
	 * The number phrases of the English, exactly as written (bound words and units included), in
	 * which errors are injected. Each must occur in `en`, standing alone (not inside a longer number or word) where it is meant.
	 */
	numbers: string[];
}
