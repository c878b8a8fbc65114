/**
 * A small stand-in number reader for alignment anchors: digits on both sides, Chinese numerals
 * and English number words. Values only; units and approximations do not matter for alignment.
 */

const ZH_DIGIT: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** Value of a run of Chinese numerals such as 三十五 or 一百二十万; NaN if it is not one. */
export function chineseNumeralValue(run: string): number {
	let total = 0;
	let section = 0;
	let digit = -1;
	for (const ch of run) {
		if (ch in ZH_DIGIT) {
			digit = ZH_DIGIT[ch];
			continue;
		}
		const unit = ZH_UNIT[ch];
		if (unit === undefined) return NaN;
		if (unit >= 1e4) {
			total = (total + section + Math.max(digit, 0)) * unit;
			section = 0;
		} else {
			section += (digit < 0 ? 1 : digit) * unit;
		}
		digit = -1;
	}
	return total + section + Math.max(digit, 0);
}

const ZH_NUMBER = /[0-9０-９][0-9０-９,.]*|[零〇一二两三四五六七八九十百千万亿]{2,}|[十百千万]/g;

/**
 * Numeric values written in a Chinese text (digits or numerals of two or more characters, so
 * that the article-like 一 is not read as a number).
 *
 * @example
 * chineseNumberValues('三十五个人，2022年') // [35, 2022]
 */
export function chineseNumberValues(text: string): number[] {
	const out: number[] = [];
	for (const m of text.matchAll(ZH_NUMBER)) {
		const s = m[0].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
		const v = /^[0-9]/.test(s)
			? Number(s.replace(/,/g, '').replace(/\.$/, ''))
			: chineseNumeralValue(s);
		if (Number.isFinite(v)) out.push(v);
	}
	return out;
}

const EN_WORDS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	thousand: 1000,
	million: 1e6,
	billion: 1e9
};

/**
 * Value of an English word or digit string, or NaN.
 *
 * @example
 * englishNumberValue('1,892') // 1892
 */
export function englishNumberValue(word: string): number {
	const w = word.toLowerCase();
	if (/^[0-9][0-9,]*(\.[0-9]+)?$/.test(w)) return Number(w.replace(/,/g, ''));
	return EN_WORDS[w] ?? NaN;
}
