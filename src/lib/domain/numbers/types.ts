/**
 * What the Chinese and English number readers return: one mention per number written in a text,
 * with its value, what kind of number it is, and where it is.
 */

/**
 * What a number measures. Ranges keep the kind of their ends (2020—2022年 is a `year` with
 * `high`); `name` is a numeral that names something instead of counting it (5G, the 12345
 * hotline, "1+2+N").
 */
export type NumberKind =
	'quantity' | 'money' | 'percent' | 'points' | 'multiple' | 'year' | 'date' | 'ordinal' | 'name';

/**
 * Which side of the value an approximation or a bound lies on: 20余 / more than 20 is `over`,
 * 不少于20 / at least 20 `atLeast`, 近20 / nearly 20 `under`, 不超过20 / up to 20 `atMost`,
 * 约20 / about 20 `about`. `over` and `atLeast` point the same way, as do `under` and `atMost`.
 */
export type NumberBound = 'over' | 'atLeast' | 'under' | 'atMost' | 'about';

/** The parts of a date that the text gives (9月22日: month 9, day 22). */
export interface DateParts {
	year?: number;
	month?: number;
	day?: number;
	/** spring, summer, autumn, winter; early, mid, late (2024年初 → early). */
	season?: string;
}

export interface NumberMention {
	/**
	 * The value: 105亿 → 10500000000, 18.1% → 18.1, 二十大 → 20. A date is yyyymmdd with zeros
	 * for the parts not given (9月22日 → 922); a name made of digits and letters is 0.
	 */
	value: number;
	kind: NumberKind;
	/**
	 * A unit both readers spell the same way: currencies as ISO codes (CNY, USD …), durations
	 * (year, month, day, hour, minute, second), measures (tonne, km, m2, mu, kW …). Chinese
	 * counters with no English equivalent are kept as written (家, 个). Some units carry how
	 * to read the value: `°C` (signed: 零下18摄氏度 → -18), `ratio` (first term over second: 1:2 →
	 * 0.5), `price` (the share of a price paid: 八折, half price → 80, 50) and `off` (what is
	 * taken off it: 20% off → 20).
	 */
	unit?: string;
	/** Marked as approximate or as a bound: 余, 多, 近, 约, 左右, 以上; more than, nearly, about. */
	approx: boolean;
	bound?: NumberBound;
	/** UTF-16 offsets of the whole mention, its modifiers and unit included. */
	start: number;
	end: number;
	text: string;
	/** Upper end of a range (2020—2022年, 10%—20%, 3至5); `value` is the lower end. */
	high?: number;
	/** For dates: the parts given. */
	date?: DateParts;
	/**
	 * The place value of the last digit written (85.45 million → 10000; 1.0602亿 → 10000), so
	 * that a rounded rendering can be told from a different number.
	 */
	precision?: number;
	/**
	 * Written in a way a translation may legitimately leave out or render without a numeral: a
	 * Chinese numeral counting a few things (两项, 五届), a spelled-out English one ("two",
	 * "first"), a vague amount (上百, hundreds of). Checks never demand these.
	 */
	weak: boolean;
}
