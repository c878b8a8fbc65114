/**
 * What a TM lookup compares: text with its white space and the width of its characters
 * normalised, and the character n-grams that shortlist fuzzy candidates.
 */

const CJK =
	/[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/u;
const WORD = /[\p{L}\p{N}]/u;

/** CJK script or CJK punctuation (。、「」…): a space beside one carries no meaning. */
function isWide(char: string): boolean {
	return isCjk(char) || /[\u3000-\u303f\ufe30-\ufe4f]/.test(char);
}

function lastChar(text: string): string {
	const chars = Array.from(text);
	return chars[chars.length - 1] ?? '';
}

/** Whether a character (one code point) is Chinese, Japanese or Korean script. */
function isCjk(char: string): boolean {
	return CJK.test(char);
}

/**
 * The form two texts are compared in: Unicode NFKC (full-width letters, digits and punctuation
 * become their ASCII forms: ２０２２ → 2022, ， → ,), curly quotes straightened, runs of white
 * space (including U+3000) made one space, and spaces next to Chinese characters dropped, since
 * they carry no meaning there. Case is kept: a CAT tool's 100% match keeps it too.
 *
 * @example
 * normaliseForMatch(' 坚持招优引强\u3000培育壮大产业集群 ') // '坚持招优引强培育壮大产业集群'
 * normaliseForMatch('增长１８．１％，') // '增长18.1%,'
 */
export function normaliseForMatch(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
		.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/ /g, (space, offset: number, whole: string) =>
			// Drop a space only when a CJK character touches it.
			isWide(lastChar(whole.slice(Math.max(0, offset - 2), offset))) ||
			isWide(String.fromCodePoint(whole.codePointAt(offset + 1) ?? 32))
				? ''
				: space
		);
}

/**
 * The distinct n-grams of a normalised text, as index keys: bigrams of characters inside runs of
 * Chinese (a lone character stands for itself), trigrams of lower-cased letters and digits
 * inside words padded with spaces; punctuation and spaces are left out.
 *
 * @example
 * textGrams('宜春时代 CATL') // ['宜春', '春时', '时代', ' ca', 'cat', 'atl', 'tl ']
 */
export function textGrams(normalised: string): string[] {
	const grams = new Set<string>();
	const chars = Array.from(normalised.toLowerCase());
	let i = 0;
	while (i < chars.length) {
		const char = chars[i];
		if (isCjk(char)) {
			let j = i;
			while (j < chars.length && isCjk(chars[j])) j++;
			if (j - i === 1) grams.add(char);
			for (let k = i; k + 1 < j; k++) grams.add(chars[k] + chars[k + 1]);
			i = j;
		} else if (WORD.test(char)) {
			let j = i;
			while (j < chars.length && WORD.test(chars[j]) && !isCjk(chars[j])) j++;
			const word = [' ', ...chars.slice(i, j), ' '];
			for (let k = 0; k + 2 < word.length; k++) grams.add(word[k] + word[k + 1] + word[k + 2]);
			i = j;
		} else {
			i++;
		}
	}
	return [...grams];
}
