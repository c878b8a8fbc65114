/**
 * Reading numbers in Chinese text: Arabic and full-width digits, Chinese numerals (二十,
 * 一千八百九十二, 两, 二〇二三), 万 and 亿 with either (1.0602亿, 八千万), approximations (余, 多,
 * 近, 约, 左右, 以上, 超过), percentages and 个百分点, multiples (倍), ranges (2020—2022年, 3至5),
 * dates (9月22日, 2023年秋季), ordinals (第一, 二十大, 五届四次全会, 一期) and numerals that are
 * names rather than quantities (5G, 12345热线, “1+2+N”). Numerals inside set phrases (三位一体,
 * 一带一路, 千方百计) and the article-like 一 (一批, 一体化, 新一代) are not read as numbers.
 */
import { chineseTemperatures } from './temperature.ts';
import {
	boundOf,
	clean,
	foldDigits,
	isoDates,
	placeValue,
	ratioMention,
	scaled
} from './shared.ts';
import type { DateParts, NumberBound, NumberKind, NumberMention } from './types.ts';

const DIGIT: Record<string, number> = {
	〇: 0,
	零: 0,
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
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

const NUMERAL_START = new Set('0123456789〇零一二两三四五六七八九十百千万亿');
const ANY_NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万亿半]/;

/** Set phrases whose numerals count nothing. */
const IDIOMS = [
	'三位一体',
	'四位一体',
	'五位一体',
	'一带一路',
	'一国两制',
	'千家万户',
	'千方百计',
	'千丝万缕',
	'千军万马',
	'千变万化',
	'千载难逢',
	'千锤百炼',
	'万紫千红',
	'万无一失',
	'万众一心',
	'一心一意',
	'三心二意',
	'一五一十',
	'三番五次',
	'三令五申',
	'接二连三',
	'四面八方',
	'五湖四海',
	'七上八下',
	'七嘴八舌',
	'十全十美',
	'九牛一毛',
	'九死一生',
	'一举两得',
	'一石二鸟',
	'独一无二',
	'百花齐放',
	'百家争鸣',
	'百尺竿头',
	'百折不挠',
	'百年大计',
	'五花八门',
	'四通八达',
	'四平八稳',
	'半斤八两',
	'成千上万',
	'成百上千',
	'三三两两',
	'一马当先',
	'一鼓作气',
	'一帆风顺',
	'一针见血',
	'一目了然',
	'一丝不苟',
	'第一时间',
	'长三角',
	'珠三角',
	'千万不',
	'千万要',
	'千万别',
	'十分',
	'万一',
	'一一',
	'一成不变',
	'亿万',
	'两岸',
	'之一',
	// Slogans of the genre: names of policies, not counts a translation must give.
	'一网通办',
	'一站式',
	'一次性',
	'一门式',
	'一窗受理',
	'一件事',
	'一盘棋',
	'一张网',
	'一张图',
	'一码通',
	'最多跑一次',
	'两不愁三保障',
	'两不愁',
	'三保障',
	'三农',
	'两会',
	'两新',
	'两个维护',
	'两个确立',
	'四个意识',
	'四个自信',
	'四个全面',
	'六稳',
	'六保',
	'三去一降一补',
	'双一流',
	'一把手',
	'五险一金',
	// Holidays named by their date.
	'十一黄金周',
	'十一长假',
	'十一假期',
	'五一假期',
	'五一劳动节'
];

/** Counters and measure words: a Chinese numeral followed by one of these counts something. */
const COUNTERS = new Set(
	[
		...'个名家项次件条套所座台辆架艘位人户口批期届场轮支组份间栋幢层部篇本张处片株棵枚种类级款门节段例起宗笔单道步大强佳区县镇村省市国班遍趟回代串对副岁周档列头只匹根块箱袋盒瓶桩',
		'季度',
		'方面',
		// 80周岁以上: years of age, not weeks; the bound after it still binds.
		'周岁',
		// 2万人次左右, 1500人次以上: visits counted per person; the bound after them still binds.
		'人次',
		'家次',
		'户次',
		'架次'
	].filter((c) => c.length > 0)
);

/** Measures and currencies, longest first: [written form, kind, unit]. */
const MEASURES: [string, NumberKind, string][] = [
	['元人民币', 'money', 'CNY'],
	['人民币', 'money', 'CNY'],
	['美元', 'money', 'USD'],
	['欧元', 'money', 'EUR'],
	['港元', 'money', 'HKD'],
	['港币', 'money', 'HKD'],
	['英镑', 'money', 'GBP'],
	['日元', 'money', 'JPY'],
	['元', 'money', 'CNY'],
	['个百分点', 'points', 'pp'],
	['百分点', 'points', 'pp'],
	['个基点', 'points', 'bp'],
	['基点', 'points', 'bp'],
	['%', 'percent', '%'],
	['‰', 'percent', '‰'],
	['倍', 'multiple', 'times'],
	['个多月', 'quantity', 'month'],
	['个多小时', 'quantity', 'hour'],
	['个多钟头', 'quantity', 'hour'],
	['个多星期', 'quantity', 'week'],
	['个钟头', 'quantity', 'hour'],
	['钟头', 'quantity', 'hour'],
	['个月', 'quantity', 'month'],
	['个工作日', 'quantity', 'workday'],
	['工作日', 'quantity', 'workday'],
	['个季度', 'quantity', 'quarter'],
	['季度', 'quantity', 'quarter'],
	['个小时', 'quantity', 'hour'],
	['小时', 'quantity', 'hour'],
	['分钟', 'quantity', 'minute'],
	['秒钟', 'quantity', 'second'],
	['秒', 'quantity', 'second'],
	['天', 'quantity', 'day'],
	['周年', 'quantity', 'year'],
	['星期', 'quantity', 'week'],
	['平方公里', 'quantity', 'km2'],
	['平方千米', 'quantity', 'km2'],
	['平方米', 'quantity', 'm2'],
	['平米', 'quantity', 'm2'],
	['立方米', 'quantity', 'm3'],
	['公里', 'quantity', 'km'],
	['千米', 'quantity', 'km'],
	['厘米', 'quantity', 'cm'],
	['毫米', 'quantity', 'mm'],
	['米', 'quantity', 'm'],
	['公顷', 'quantity', 'hectare'],
	['亩', 'quantity', 'mu'],
	['吨', 'quantity', 'tonne'],
	['斤', 'quantity', 'jin'],
	['公斤', 'quantity', 'kg'],
	['千克', 'quantity', 'kg'],
	['克', 'quantity', 'g'],
	['千瓦时', 'quantity', 'kWh'],
	['千瓦', 'quantity', 'kW'],
	['兆瓦', 'quantity', 'MW'],
	['吉瓦', 'quantity', 'GW'],
	['瓦', 'quantity', 'W'],
	['升', 'quantity', 'L'],
	['世纪', 'ordinal', 'century']
];

/** Latin unit abbreviations that may follow digits directly (10GWh, 5km); others make a name. */
const LATIN_UNITS: Record<string, string> = {
	GWh: 'GWh',
	MWh: 'MWh',
	kWh: 'kWh',
	GW: 'GW',
	MW: 'MW',
	kW: 'kW',
	km: 'km',
	cm: 'cm',
	mm: 'mm',
	m: 'm',
	kg: 'kg',
	t: 'tonne',
	s: 'second',
	h: 'hour',
	min: 'minute',
	ha: 'hectare',
	nm: 'nm',
	TWh: 'TWh',
	EB: 'EB',
	PB: 'PB',
	TB: 'TB',
	GB: 'GB',
	MB: 'MB',
	EFLOPS: 'EFLOPS',
	PFLOPS: 'PFLOPS',
	TFLOPS: 'TFLOPS',
	Gbps: 'Gbps',
	Mbps: 'Mbps',
	Tbps: 'Tbps',
	mAh: 'mAh',
	Ah: 'Ah'
};

/** Words before a number that make it approximate, longest first. */
const APPROX_BEFORE = [
	'不超过',
	'不少于',
	'不低于',
	'不高于',
	'不多于',
	'不大于',
	'不小于',
	'最起码',
	'起码',
	'至少',
	'最少',
	'最低',
	'最高',
	'最多',
	'最长',
	'将近',
	'接近',
	'近乎',
	'大约',
	'约合',
	'约为',
	'超过',
	'不到',
	'不足',
	'突破',
	'近',
	'约',
	'逾',
	'超',
	'过',
	'上',
	'数',
	'几'
];
/** Characters that, before 约 / 近 / 超 / 上, show it belongs to another word (签约, 最近, 赶超). */
const NOT_APPROX_AFTER: Record<string, string> = {
	约: '签合节预制公条契邀相特履违解守盟婚赴誓',
	近: '最附邻亲靠贴就将接',
	超: '赶高',
	过: '经通超不度跨越错穿走看跑飞渡闯再难路放',
	上: '以之向往马早晚线网北南东西楼地桌台会路市'
};
/** A length unit raised to a power, its superscript flattened (m3, km2, hm2). */
const UNIT_POWER = /^(?:k|c|d|h)?m[23]$/;
/** Characters after 时 that make it another word than the clock's hour (时间, 时期, 时代, 时速). */
const CLOCK_NOT = '间期代候段刻节速效空尚光长差';
/** Words after a number and its counter that make it approximate (200亿元左右, 亿元以上). */
const APPROX_AFTER = ['及以上', '及以下', '左右', '上下', '以上', '以下', '以内', '之内'];

const SEASONS: [string, string][] = [
	['上半年', 'first-half'],
	['下半年', 'second-half'],
	['春季', 'spring'],
	['夏季', 'summer'],
	['秋季', 'autumn'],
	['冬季', 'winter'],
	['春天', 'spring'],
	['夏天', 'summer'],
	['秋天', 'autumn'],
	['冬天', 'winter'],
	['年初', 'early'],
	['年中', 'mid'],
	['年底', 'late'],
	['年末', 'late'],
	['初', 'early'],
	['底', 'late'],
	['末', 'late'],
	['春', 'spring'],
	['夏', 'summer'],
	['秋', 'autumn'],
	['冬', 'winter']
];

/** Units of spans of time, after which 内 means "within". */
const DURATIONS = ['year', 'month', 'day', 'workday', 'hour', 'minute', 'week', 'quarter'];

/**
 * Counters after which 一 counts one thing (一个, 一家, 一座) rather than standing for an
 * article inside a word (统一部署, 一体化, 一批).
 */
const ONE_COUNTERS = ['个', '家', '座', '所', '名', '位', '台', '辆', '项', '件', '条', '张', '处'];

/** What 成 must not be followed by for N成 to mean N×10% (成为, 成立, 成功 …). */
const NOT_PERCENT_AFTER_CHENG = '为立功果效本长熟员交就都品型绩套了片群年人绩';

interface Core {
	start: number;
	end: number;
	value: number;
	precision: number;
	/** Written with Arabic digits. */
	arabic: boolean;
	/** A Chinese numeral read digit by digit (二〇二三), or plain digits (2023). */
	digitwise: boolean;
	/** Number of digit characters (for years). */
	digitCount: number;
	/** Carries 万 or 亿 (or 千/百 after Arabic digits). */
	magnitude: number;
	/** A run of Chinese numerals that is a single character (一, 两, 十). */
	single: boolean;
	/** 余 or 多 between the digits and the magnitude (3000余万). */
	inner?: string;
	/** A power of ten written without a digit: 百, 千, 万, 百亿, 千亿. */
	round?: boolean;
	/** 两三万: the upper of two neighbouring numerals before a unit numeral (30000). */
	pairHigh?: number;
}

/**
 * Digits, grouped by thousands with commas (3,200) or, as an OCR-ed scan or a typesetter's thin
 * space leaves them, with one space between groups of three (3 200亩): a space inside Chinese text
 * never parts two figures.
 */
const ARABIC =
	/\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.,])(?=\p{Script=Han}|[%‰])|\d+(?:\.\d+)?/uy;
const HAN_RUN = /[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?/y;

/**
 * Value of a Chinese numeral: 一千八百九十二 → 1892, 两万五 → 25000, 二〇二三 → 2023 (digit by
 * digit), 百亿 → 1e10. Null when the characters do not form a number (亿万, 千千).
 *
 * @example
 * chineseNumeral('一亿五千万') // { value: 150000000, precision: 10000, digitwise: false }
 */
export function chineseNumeral(
	run: string
): { value: number; precision: number; digitwise: boolean } | null {
	const point = run.indexOf('点');
	if (point >= 0) {
		const whole = chineseNumeral(run.slice(0, point));
		const frac = run.slice(point + 1);
		if (!whole || !/^[〇零一二三四五六七八九]+$/.test(frac)) return null;
		const decimals = [...frac].map((c) => DIGIT[c]).join('');
		return {
			value: Number(`${whole.value}.${decimals}`),
			precision: Number(`1e-${decimals.length}`),
			digitwise: false
		};
	}
	if (!/[十百千万亿]/.test(run)) {
		if ([...run].some((c) => !(c in DIGIT))) return null;
		return { value: Number([...run].map((c) => DIGIT[c]).join('')), precision: 1, digitwise: true };
	}
	let total = 0;
	let section = 0;
	let digit = -1;
	let zero = false;
	let lastUnit = 0;
	let lastSmall = Infinity;
	let bigSeen = Infinity;
	let precision = 1;
	for (let i = 0; i < run.length; i++) {
		const ch = run[i];
		if (ch in DIGIT) {
			if (DIGIT[ch] === 0) {
				zero = true;
				continue;
			}
			if (digit >= 0) return null;
			digit = DIGIT[ch];
			continue;
		}
		const unit = UNIT[ch];
		if (unit < 1e4) {
			if (unit >= lastSmall) return null;
			section += (digit < 0 ? 1 : digit) * unit;
			lastSmall = unit;
			precision = 1;
		} else {
			if (digit >= 0) section += digit;
			if (section === 0 && total === 0 && i === 0) section = 1;
			if (section === 0) {
				// 万亿: the 万 already scaled the section; 亿 scales it again.
				if (!(unit === 1e8 && lastUnit === 1e4)) return null;
			}
			if (unit === 1e8) {
				if (unit > bigSeen && lastUnit !== 1e4) return null;
				total = (total + section) * 1e8;
				section = 0;
			} else {
				if (bigSeen === 1e4) return null;
				section *= 1e4;
			}
			bigSeen = Math.min(bigSeen, unit);
			precision = unit === 1e4 && lastUnit === 1e8 ? 1e12 : unit;
			lastSmall = Infinity;
		}
		lastUnit = unit;
		digit = -1;
		zero = false;
	}
	let value = total + section;
	if (digit >= 0) {
		// 两万五 = 25000, 一百二 = 120, 十一 = 11, 一百零二 = 102.
		const place = zero || lastUnit <= 10 ? 1 : lastUnit / 10;
		value += digit * place;
		if (place > 1) precision = place;
		else precision = 1;
	}
	return { value, precision, digitwise: false };
}

function startsWithAt(text: string, at: number, word: string): boolean {
	return text.startsWith(word, at);
}

function firstOf(text: string, at: number, words: readonly string[]): string | undefined {
	return words.find((w) => text.startsWith(w, at));
}

/** Reads the numeral at `at` (digits or Chinese numerals, with 万/亿 and an inner 余/多). */
function readCore(text: string, at: number): Core | null {
	ARABIC.lastIndex = at;
	const arabic = ARABIC.exec(text);
	if (arabic) {
		let end = at + arabic[0].length;
		let inner: string | undefined;
		let exponent = 0;
		const tail = /^([余多])?([十百千万亿]+)/.exec(text.slice(end, end + 8));
		if (tail) {
			let units = tail[2];
			// 千米, 千瓦, 千克, 百分点 belong to what follows.
			const after = text[end + (tail[1]?.length ?? 0) + units.length];
			if (/[千]$/.test(units) && after && '米瓦克'.includes(after)) units = units.slice(0, -1);
			if (/[百]$/.test(units) && after === '分') units = units.slice(0, -1);
			if (/[十]$/.test(units)) units = units.slice(0, -1);
			if (units) {
				for (const u of units) exponent += Math.log10(UNIT[u]);
				inner = tail[1];
				end += (inner?.length ?? 0) + units.length;
			}
		}
		const digits = arabic[0].replace(/[, \u2009\u202f\u00a0]/g, '');
		return {
			start: at,
			end,
			value: scaled(digits, exponent),
			precision: placeValue(digits, exponent),
			arabic: true,
			digitwise: exponent === 0 && !digits.includes('.'),
			digitCount: digits.replace('.', '').length,
			magnitude: 10 ** exponent,
			single: false,
			inner
		};
	}
	HAN_RUN.lastIndex = at;
	const han = HAN_RUN.exec(text);
	if (!han) return null;
	let run = han[0];
	// 两三万元, 七八千人: two neighbouring numerals before a unit numeral, a guess between two
	// round figures (20,000 to 30,000 yuan).
	const pairRun = /^([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]+)/.exec(run);
	const pairUnit = pairRun ? chineseNumeral(pairRun[3]) : null;
	if (
		pairRun &&
		pairUnit &&
		!pairUnit.digitwise &&
		DIGIT[pairRun[2]] > DIGIT[pairRun[1]] &&
		DIGIT[pairRun[2]] - DIGIT[pairRun[1]] <= 2 &&
		!/^[一二两三四五六七八九]/.test(text.slice(at + pairRun[0].length))
	) {
		return {
			start: at,
			end: at + pairRun[0].length,
			value: clean(DIGIT[pairRun[1]] * pairUnit.value),
			precision: pairUnit.value,
			arabic: false,
			digitwise: false,
			digitCount: 0,
			magnitude: /[万亿]/.test(pairRun[3]) ? 1e4 : 1,
			single: false,
			pairHigh: clean(DIGIT[pairRun[2]] * pairUnit.value)
		};
	}
	// 每千瓦时, 千米, 千克: 千 is part of the unit.
	if (/^千$/.test(run) && /[瓦米克]/.test(text[at + 1] ?? '')) return null;
	// Only one leading 十/百/千/万/亿 may stand for 一 (百亿, 十万); 万万 or 亿万 is not a number.
	let parsed = chineseNumeral(run);
	while (!parsed && run.length > 1) {
		run = run.slice(0, -1);
		parsed = chineseNumeral(run);
	}
	if (!parsed) return null;
	// 零部件, 零售: 零 on its own is a word, not a nought.
	if (/^[零〇]/.test(run) && !parsed.digitwise) return null;
	if (/^[零〇]+$/.test(run) || (/^零/.test(run) && run.length < 3)) return null;
	let end = at + run.length;
	let value = parsed.value;
	let precision = parsed.precision;
	let inner: string | undefined;
	const tail = /^([余多])([万亿]+)/.exec(text.slice(end, end + 4));
	if (tail) {
		inner = tail[1];
		for (const u of tail[2]) {
			value *= UNIT[u];
			precision = UNIT[u];
		}
		end += tail[0].length;
	}
	return {
		start: at,
		end,
		value: clean(value),
		precision,
		arabic: false,
		digitwise: parsed.digitwise,
		digitCount: parsed.digitwise ? run.length : 0,
		magnitude: /[万亿]/.test(run) || tail ? 1e4 : 1,
		single: run.length === 1,
		round: /^[十百千万亿]+$/.test(run) && !tail,
		inner
	};
}

interface Draft {
	start: number;
	end: number;
	value: number;
	kind: NumberKind;
	unit?: string;
	bound?: NumberBound;
	high?: number;
	date?: DateParts;
	precision?: number;
	weak: boolean;
	/** Whether something besides the bare numeral tells it is a number (a counter, 第, 余 …). */
	anchored: boolean;
	core: Core;
}

/** Month and day after a month numeral: 9月22日 → { month: 9, day: 22 }, end after 日. */
function readMonthDay(
	text: string,
	month: Core
): { end: number; parts: DateParts; anchored: boolean } | null {
	if (month.value < 1 || month.value > 12 || !Number.isInteger(month.value)) return null;
	if (text[month.end] !== '月') return null;
	let end = month.end + 1;
	const parts: DateParts = { month: month.value };
	const day = readCore(text, end);
	if (day && Number.isInteger(day.value) && day.value >= 1 && day.value <= 31) {
		const mark = text[day.end];
		if (mark === '日' || mark === '号') {
			parts.day = day.value;
			end = day.end + 1;
		}
	}
	return { end, parts, anchored: true };
}

/** Reads what follows a numeral and decides what kind of number it is. */
function interpret(text: string, core: Core): Draft | null {
	const draft: Draft = {
		start: core.start,
		end: core.end,
		value: core.value,
		kind: 'quantity',
		precision: core.precision,
		// A small Chinese numeral (两项, 三大, 五届) may be left implicit or spelled out; a larger
		// one (三百二十余家, 两万余户) is a figure a translation must give.
		// 百亿, 千亿 (“千亿产业”) are round slogans more than figures.
		weak: !core.arabic && (core.value <= 10 || core.round === true),
		anchored: core.arabic,
		core
	};
	if (core.inner) {
		draft.bound = 'over';
		draft.anchored = true;
	}
	// 七八个, 两三家, 三五年: "seven or eight", a guess between two neighbours.
	const pair = /^[一二两三四五六七八九]{2}$/.test(text.slice(core.start, core.end))
		? [DIGIT[text[core.start]], DIGIT[text[core.start + 1]]]
		: null;
	if (pair && !core.arabic && pair[1] > pair[0] && pair[1] - pair[0] <= 2) {
		draft.value = pair[0];
		draft.high = pair[1];
		draft.bound = 'about';
		draft.weak = true;
		draft.precision = 1;
	}
	if (core.pairHigh !== undefined) {
		draft.high = core.pairHigh;
		draft.bound = 'about';
		draft.anchored = true;
	}
	let at = core.end;
	// 只有一个, 仅一家: "only one", a count and not an article.
	const only =
		core.single &&
		core.value === 1 &&
		/(?:只有|仅有|只剩|仅剩|唯有|只|仅)$/.test(text.slice(Math.max(0, core.start - 2), core.start));

	// Before: 第, 百分之, approximations.
	const before = text[core.start - 1];
	if (before === '第') {
		draft.kind = 'ordinal';
		draft.start -= 1;
		draft.anchored = true;
	} else if (text.slice(core.start - 3, core.start) === '百分之') {
		draft.kind = 'percent';
		draft.unit = '%';
		draft.start -= 3;
		draft.anchored = true;
	} else {
		for (const word of APPROX_BEFORE) {
			const from = core.start - word.length;
			if (from < 0 || !startsWithAt(text, from, word)) continue;
			const guard = NOT_APPROX_AFTER[word];
			const prev = text[from - 1];
			if (guard && prev && guard.includes(prev)) continue;
			if ((word === '上' || word === '数' || word === '几') && core.arabic) continue;
			if (word === '上' && !/^[十百千万亿]/.test(text.slice(core.start))) continue;
			// 过亿元, 过10万人: past a round figure; 过5年 is "after five years".
			if (word === '过' && !(core.magnitude >= 1e4 || /^[百千万亿]/.test(text.slice(core.start))))
				continue;
			draft.bound = boundOf(word);
			draft.start = from;
			draft.anchored = true;
			if (word === '上' || word === '数' || word === '几') draft.weak = true;
			// 逾千件, 超百亿元, 近万人: a round figure with a bound is a figure to give.
			else if (core.round) draft.weak = false;
			break;
		}
	}

	// 十来分钟, 二十来岁, 百来人: 来 after a round numeral and before what it counts is "or so".
	if (
		!core.inner &&
		!core.arabic &&
		text[at] === '来' &&
		core.value >= 10 &&
		core.value % 10 === 0 &&
		(COUNTERS.has(text[at + 1] ?? '') ||
			MEASURES.some(([w]) => startsWithAt(text, at + 1, w)) ||
			/^[年岁]/.test(text.slice(at + 1)))
	) {
		draft.bound = 'about';
		draft.anchored = true;
		at += 1;
	}
	// 20余家, 100多家, 二十多, 十几: 余, 多 or 几 straight after the numeral.
	if (
		!core.inner &&
		(text[at] === '余' || text[at] === '多' || (text[at] === '几' && !core.arabic))
	) {
		if (text[at] === '几') draft.weak = true;
		draft.bound = 'over';
		draft.anchored = true;
		at += 1;
	}

	// The year, the month, the day.
	if (
		text[at] === '年' &&
		draft.kind === 'quantity' &&
		!draft.bound &&
		core.digitwise &&
		core.digitCount === 4
	) {
		draft.kind = 'year';
		draft.anchored = true;
		draft.weak = false;
		at += 1;
		if (text[at] === '度') at += 1;
		draft.date = { year: core.value };
		const month = readCore(text, at);
		const md = month && month.start === at ? readMonthDay(text, month) : null;
		if (md) {
			draft.kind = 'date';
			draft.date = { year: core.value, ...md.parts };
			at = md.end;
		} else {
			const season = SEASONS.find(([w]) => startsWithAt(text, at, w));
			if (season) {
				draft.date.season = season[1];
				if (!['early', 'mid', 'late', 'first-half', 'second-half'].includes(season[1])) {
					draft.kind = 'date';
				}
				at += season[0].length;
			}
		}
		draft.value = dateValue(draft.date);
		if (draft.kind === 'year') draft.value = core.value;
		draft.precision = undefined;
	} else if (
		text[at] === '月' &&
		draft.kind === 'quantity' &&
		!draft.bound &&
		text[core.start - 1] !== '个'
	) {
		const md = readMonthDay(text, core);
		if (md) {
			draft.kind = 'date';
			draft.date = md.parts;
			draft.value = dateValue(md.parts);
			draft.precision = undefined;
			draft.anchored = true;
			at = md.end;
		}
	} else if (
		(text[at] === '日' || text[at] === '号') &&
		draft.kind === 'quantity' &&
		Number.isInteger(core.value) &&
		core.value >= 1 &&
		core.value <= 31 &&
		!(text[at] === '日' && text[at + 1] === '元')
	) {
		draft.kind = text[at] === '日' ? 'date' : 'ordinal';
		if (draft.kind === 'date') {
			draft.date = { day: core.value };
			draft.value = core.value;
			draft.precision = undefined;
		} else {
			draft.unit = 'No.';
		}
		draft.anchored = true;
		at += 1;
	} else if (
		text[at] === '时' &&
		draft.kind === 'quantity' &&
		!draft.bound &&
		Number.isInteger(core.value) &&
		core.value >= 0 &&
		core.value <= 24 &&
		!(at + 1 < text.length && CLOCK_NOT.includes(text[at + 1]))
	) {
		// 13日17时, 8时30分: an hour of the clock (5 p.m.), kept as hours past midnight.
		const minutes = /^(\d{1,2})分/.exec(text.slice(at + 1, at + 4));
		draft.unit = 'clock';
		// 下午5时 is 17 hours past midnight.
		const afternoon = /(?:下午|晚上|傍晚|夜间|晚)$/.test(
			text.slice(Math.max(0, core.start - 2), core.start)
		);
		const hour = afternoon && core.value < 12 ? core.value + 12 : core.value;
		draft.value = hour + (minutes ? Number(minutes[1]) / 60 : 0);
		draft.precision = undefined;
		draft.anchored = true;
		at += 1 + (minutes ? minutes[0].length : 0);
	} else if (text[at] === '年') {
		// 设立20年, 二十年来: a duration.
		draft.unit = 'year';
		draft.anchored = true;
		at += 1;
	}

	// 100km, 10GWh: a Latin unit glued to the digits.
	if (core.arabic && draft.kind === 'quantity' && !draft.unit) {
		// 58万m3, 12km2: a page that lost its superscript still means cubic or square metres.
		const power = /^(k|c|d|h)?m([23²³])(?![\d.])/.exec(text.slice(at, at + 4));
		const latin = /^[A-Za-z]+/.exec(text.slice(at, at + 8));
		if (power) {
			const exponent = power[2] === '²' ? '2' : power[2] === '³' ? '3' : power[2];
			draft.unit =
				power[1] === 'h' && exponent === '2' ? 'hectare' : `${power[1] ?? ''}m${exponent}`;
			at += power[0].length;
		} else if (latin && latin[0] in LATIN_UNITS) {
			draft.unit = LATIN_UNITS[latin[0]];
			at += latin[0].length;
		}
	}

	// A measure, a currency, a counter, or an ordinal marker.
	if (draft.kind === 'quantity' || draft.kind === 'ordinal' || draft.kind === 'percent') {
		const measure =
			draft.kind === 'percent' ? undefined : MEASURES.find(([w]) => startsWithAt(text, at, w));
		if (measure && !(measure[0] === '元' && draft.unit === 'year')) {
			const [word, kind, unit] = measure;
			if (draft.kind !== 'ordinal' || kind === 'ordinal') draft.kind = kind;
			draft.unit = unit;
			if (unit === 'bp') draft.value = clean(draft.value / 100);
			if (unit === '‰') draft.value = clean(draft.value / 10);
			// 两个多月, 一个多小时: more than two months, more than an hour.
			if (word.startsWith('个多')) draft.bound ??= 'over';
			if (kind === 'multiple') {
				draft.unit = multipleReading(text, draft.start);
				// 1倍多, 两倍多: more than double.
				if (text[at + word.length] === '多' || text[at + word.length] === '余') {
					draft.bound ??= 'over';
					at += 1;
				}
			}
			// 一季度, 三季度: the first, the third quarter; 前三季度, 两个季度: a number of quarters.
			if (word === '季度' && draft.kind === 'quantity' && text[draft.start - 1] !== '前') {
				draft.kind = 'ordinal';
				draft.weak = true;
			}
			// 亿元以上, 百亿元: a sum of money in 万 or 亿 is a figure a translation must give.
			if (kind === 'money' && core.magnitude >= 1e4) draft.weak = false;
			draft.anchored = true;
			at += word.length;
		} else if (text[at] === '成' && draft.kind === 'quantity' && core.value <= 10) {
			const next = text[at + 1] ?? '';
			if (!NOT_PERCENT_AFTER_CHENG.includes(next) || next === '') {
				draft.kind = 'percent';
				draft.unit = '%';
				draft.weak = false;
				draft.value = clean(core.value * 10);
				draft.precision = core.precision * 10;
				draft.anchored = true;
				at += 1;
				// 三成多, 一成余: more than 30%, 10%.
				if (text[at] === '多' || text[at] === '余') {
					draft.bound ??= 'over';
					at += 1;
				}
			}
		} else if (text[at] === '届' || text.startsWith('中全会', at)) {
			draft.kind = 'ordinal';
			draft.unit = text[at] === '届' ? 'session' : 'plenum';
			draft.anchored = true;
			at += text[at] === '届' ? 1 : 3;
		} else if (
			text[at] === '次' &&
			/^次(?:全会|会议|党代会|代表大会|全体会议|大会)/.test(text.slice(at))
		) {
			draft.kind = 'ordinal';
			draft.unit = 'plenum';
			draft.anchored = true;
			at += 1;
		} else if (
			text[at] === '大' &&
			!core.arabic &&
			draft.kind === 'quantity' &&
			core.value >= 11 &&
			core.value <= 40
		) {
			// 十九大, 二十大: the Party congress; a numbered name, so a translation must keep it.
			draft.kind = 'ordinal';
			draft.unit = 'congress';
			draft.weak = false;
			draft.anchored = true;
			at += 1;
		} else if (text[at] === '期' && !core.arabic && draft.kind === 'quantity') {
			// 一期, 二期: phase one, phase two.
			draft.kind = 'ordinal';
			draft.unit = 'phase';
			draft.anchored = true;
			at += 1;
		} else if (text[at] === '强') {
			draft.unit = 'top';
			draft.anchored = true;
			at += 1;
		} else {
			const counter = COUNTERS.has(text.slice(at, at + 2))
				? text.slice(at, at + 2)
				: COUNTERS.has(text[at] ?? '')
					? text[at]
					: undefined;
			// 连续三年位居: 位 belongs to 位居, not to the years.
			const duration = draft.unit === 'year';
			const article = core.single && core.value === 1 && draft.kind === 'quantity' && !only;
			if (counter && !duration && !article) {
				if (draft.kind === 'quantity') draft.unit ??= counter;
				draft.anchored = true;
				at += counter.length;
			} else if (counter && article && ONE_COUNTERS.includes(counter)) {
				// 一个中央厨房, 一家企业: English may say "one" (a count) or "a"; kept, weak, so
				// that "one" pairs with it and "two" does not.
				draft.unit = counter;
				draft.weak = true;
				draft.anchored = true;
				at += counter.length;
			}
		}
	}

	// 三年多, 五天多, 两斤多, 一米多: 多 after the measure word is a 概数 (a little more than);
	// not when 多 opens a word of its own (三年多次, 两天多个).
	if (
		!draft.bound &&
		draft.unit !== undefined &&
		(draft.kind === 'quantity' || draft.kind === 'money') &&
		at > core.end &&
		(text[at] === '多' || text[at] === '余') &&
		!COUNTERS.has(text[at + 1] ?? '') &&
		!/^[多余](?:少|样|元|种|措|方|次|头|彩|层|家|项|名|位|个|部|重|条|处|所|年|月|天|日|万|亿|于|达|人|数|半|是|为|余)/.test(
			text.slice(at)
		)
	) {
		draft.bound = 'over';
		draft.anchored = true;
		at += 1;
	}
	// 年过八旬, 年逾七旬, 九旬老人: 旬 is ten years of age.
	if (
		text[at] === '旬' &&
		!core.arabic &&
		draft.kind === 'quantity' &&
		!draft.unit &&
		core.value <= 12
	) {
		draft.value = core.value * 10;
		draft.precision = 10;
		draft.unit = '岁';
		draft.weak = false;
		draft.anchored = true;
		const age = /年(过|逾|近|届|超)$/.exec(text.slice(Math.max(0, core.start - 2), core.start));
		if (age && age[1] !== '届') {
			draft.bound = age[1] === '近' ? 'under' : 'over';
			draft.start = core.start - 1;
		}
		at += 1;
	}

	// 前三, 前10强: the top three, the top ten.
	if (text[draft.start - 1] === '前' && draft.kind === 'quantity' && !draft.unit && !draft.bound) {
		draft.unit = 'top';
		draft.anchored = true;
		draft.start -= 1;
	}

	// Approximations after the number and its counter: 200亿元左右, 亿元以上, 5年以上.
	if (draft.kind !== 'year' && draft.kind !== 'date' && draft.kind !== 'ordinal') {
		// 10万吨级以上泊位, 8兆瓦级及以上风机: a size class of ships or machines, bounded all the same.
		const sizeClass =
			text[at] === '级' && draft.unit !== undefined && firstOf(text, at + 1, APPROX_AFTER) ? 1 : 0;
		const after = firstOf(text, at + sizeClass, APPROX_AFTER);
		if (after) {
			draft.bound ??= boundOf(after);
			draft.anchored = true;
			at += sizeClass + after.length;
		} else if (text[at] === '内' && DURATIONS.includes(draft.unit ?? '')) {
			// 三年内, 5个工作日内: within a span of time.
			draft.bound ??= 'atMost';
			at += 1;
		}
	}
	// 每万人口, 每千名老人, 每百户: the base of a rate, not a count of the things counted.
	// 每56秒, 每3年: every 56 seconds, every three years — a span of time, kept as such.
	if (
		draft.kind === 'quantity' &&
		text[core.start - 1] === '每' &&
		draft.value >= 10 &&
		!['second', ...DURATIONS].includes(draft.unit ?? '')
	) {
		draft.unit = 'per';
		draft.anchored = true;
	}
	// 至少…一次: once, bounded by a word earlier in its clause; 每年一次, 每周检查一次: once a
	// year, a frequency (a rate of 每 and a span of time shortly before).
	if (
		core.single &&
		!core.arabic &&
		core.value === 1 &&
		draft.kind === 'quantity' &&
		!draft.bound &&
		'次回遍'.includes(text[at] ?? '-') &&
		(clauseBound(text, core.start, 0) ||
			/每(?:个)?(?:年|月|季度?|周|星期|天|日|小时|分钟)[^，。；！？、]{0,6}$/.test(
				text.slice(Math.max(0, core.start - 10), core.start)
			))
	) {
		draft.unit = text[at];
		at += 1;
		draft.anchored = true;
		const bound = clauseBound(text, core.start, 0);
		if (bound) draft.bound = bound;
	}
	if (
		core.single &&
		!core.arabic &&
		core.value === 1 &&
		draft.kind === 'quantity' &&
		!draft.bound &&
		!(only && draft.anchored) &&
		!(draft.unit && (ONE_COUNTERS.includes(draft.unit) || DURATIONS.includes(draft.unit))) &&
		!/^[次回遍]$/.test(draft.unit ?? '')
	) {
		// The article-like 一 (一批, 一个, 一体化): not a number a translation must keep; 只有一个
		// (only one) counts.
		return null;
	}
	draft.end = at;
	if (!draft.anchored) {
		// A lone numeral character (六和电子, 三优先) or digits read one by one (五四) is a number
		// only with a counter or the like; a composed numeral (二十, 一千八百九十二, 百亿) is one.
		if (core.single || core.digitwise) return null;
	}
	return draft;
}

/** Verbs of growth before N倍 (增长2倍, 提高近一倍): the growth, not the new total, is N times. */
const GROWTH_BEFORE = /(?:增长|增加|提高|提升|扩大|上升|上涨|增)(?:了)?(?:近|约|将近|超过)?$/;

/** 增长2倍 is an `increase` of 200%; 是上年的2倍 and 2倍于 a `total` of two times. */
function multipleReading(text: string, start: number): string {
	return GROWTH_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ? 'increase' : 'total';
}

function dateValue(d: DateParts): number {
	return (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

/** Joins "A—B" into one range mention when both sides read as numbers. */
function tryRange(text: string, first: Draft, taken: Uint8Array): Draft | null {
	const m =
		/^(?:——|—|–|-|~|～|至|到)/.exec(text.slice(first.end, first.end + 2)) ??
		// 2023一2025年: an OCR-ed scan reads a dash as 一, which between two figures in digits is
		// never the numeral one.
		(first.core.arabic && /^一\d/.test(text.slice(first.end, first.end + 2)) ? ['一'] : null);
	if (!m) return null;
	const at = first.end + m[0].length;
	if (taken[at]) return null;
	const core = readCore(text, at);
	if (!core || core.start !== at) return null;
	const second = interpret(text, core) ?? {
		...first,
		start: core.start,
		end: core.end,
		value: core.value,
		core
	};
	if (second.kind === 'date' && first.kind === 'date' && second.date?.day && !second.date.month) {
		second.date = { ...first.date, day: second.date.day };
		second.value = dateValue(second.date);
	}
	// 1—9月, 1至6月: January to September, a span of months.
	if (
		second.kind === 'date' &&
		second.date?.month !== undefined &&
		second.date.day === undefined &&
		second.date.year === undefined &&
		first.kind === 'quantity' &&
		!first.unit &&
		!first.bound &&
		Number.isInteger(first.value) &&
		first.value >= 1 &&
		first.value < second.date.month
	) {
		return {
			...second,
			start: first.start,
			value: first.value * 100,
			high: second.date.month * 100,
			date: { month: first.value },
			weak: false,
			precision: undefined
		};
	}
	// 12日8时至14日8时: an hour of the clock runs to another hour, not to a day.
	if ((first.unit === 'clock') !== (second.unit === 'clock')) return null;
	let low = first.value;
	const lowKind = first.kind;
	if (lowKind === 'quantity' && !first.unit && second.kind !== 'quantity') {
		if (second.kind === 'year' && !(first.core.digitwise && first.core.digitCount === 4))
			return null;
		if (second.kind === 'date' || second.kind === 'ordinal') return null;
	}
	// 两至三成: 20% to 30%.
	if (second.kind === 'percent' && text[second.core.end] === '成' && !first.unit) {
		low = clean(low * 10);
	}
	if (first.core.magnitude === 1 && second.core.magnitude > 1 && !first.unit) {
		const scale = second.core.magnitude >= 1e8 ? 1e8 : second.core.magnitude;
		if (low * scale <= second.value) low = clean(low * scale);
	}
	if (second.kind === 'year' && first.core.digitwise && first.core.digitCount === 4)
		low = first.value;
	if (low >= second.value && second.kind !== 'date') return null;
	if (first.kind !== 'quantity' && first.kind !== second.kind) return null;
	return {
		...second,
		start: first.start,
		value: low,
		high: second.value,
		bound: first.bound ?? second.bound,
		weak: first.weak && second.weak,
		date: second.kind === 'date' ? first.date : second.date,
		precision: Math.max(first.precision ?? 1, second.precision ?? 1)
	};
}

/** Numerals that name things: 5G, G20, COVID-19, “1+2+N”, the 12345 hotline, quoted “1”. */
const HALF_UNITS: Record<string, string> = {
	年: 'year',
	月: 'month',
	天: 'day',
	日: 'day',
	小时: 'hour',
	周: 'week'
};

/**
 * Prices said as the share paid: 八折 (80% of the price, "20% off"), 7.5折, 七五折, 半价, 对折.
 * Kept as a percentage of the price, unit `price`; compare.ts sets it against a discount. Not
 * 折合, 折算, 折旧 (converted, depreciated) nor 一波三折 (twists and turns).
 */
function findPriceShares(
	text: string,
	folded: string,
	taken: Uint8Array,
	out: NumberMention[]
): void {
	for (const m of folded.matchAll(
		/(?<![波曲])(?:打)?(?:(\d{1,2}(?:\.\d)?)|([一二三四五六七八九])(点|)([一二三四五六七八九]?))折(?![合算旧射线叠腾中服扣价现])|半价|对折/g
	)) {
		const end = m.index + m[0].length;
		if (taken.subarray(m.index, end).some((x) => x)) continue;
		let value = 50;
		if (m[1]) {
			const n = Number(m[1]);
			// 75折 is 7.5折; 8.8折 is 88%.
			value = n < 10 ? n * 10 : n;
		} else if (m[2]) {
			value = DIGIT[m[2]] * 10 + (m[4] ? DIGIT[m[4]] : 0);
		}
		if (!(value > 0 && value < 100)) continue;
		taken.fill(1, m.index, end);
		out.push({
			value: clean(value),
			kind: 'percent',
			unit: 'price',
			approx: false,
			start: m.index,
			end,
			text: text.slice(m.index, end),
			weak: false
		});
	}
}

/** 个把小时, 个把月: an hour or so, a month or so; one of the unit, give or take. */
function findRoughOnes(text: string, taken: Uint8Array, out: NumberMention[]): void {
	for (const m of text.matchAll(/个把(小时|钟头|月|星期|礼拜)/g)) {
		if (taken[m.index]) continue;
		taken.fill(1, m.index, m.index + m[0].length);
		out.push({
			value: 1,
			kind: 'quantity',
			unit: { 小时: 'hour', 钟头: 'hour', 月: 'month', 星期: 'week', 礼拜: 'week' }[m[1]],
			approx: true,
			bound: 'about',
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			weak: false
		});
	}
}

/**
 * Spans of time with a half: 半年 (six months), 半个月, 半天, 一年半, 两个半月, 三天半. Not the
 * halves of a calendar year (上半年, 下半年, 前半年), nor 半年度 / 半年报 (semi-annual), nor 多半
 * (mostly).
 */
function findHalfSpans(
	text: string,
	folded: string,
	taken: Uint8Array,
	out: NumberMention[]
): void {
	const spans =
		/(?:(\d+|[一两二三四五六七八九十]+)(个)?(年|月|天|日|小时|周)?)?(?<![上下前后多大])半(个)?(多)?(年|月|天|日|小时|周)?(?![年度报期导径])/g;
	for (const m of folded.matchAll(spans)) {
		const [, whole, , unitBefore, , more, unitAfter] = m;
		// 半个多月: more than half a month; the 多 needs a unit after it.
		if (more && !unitAfter) continue;
		// 一年半 / 两个半月: a whole count, then the half; 半年 / 半个月: the half alone.
		const unit = unitBefore && !unitAfter ? unitBefore : unitAfter;
		if (!unit || (unitBefore && unitAfter)) continue;
		let start = m.index;
		let value = 0.5;
		if (whole) {
			const n = /^\d+$/.test(whole) ? Number(whole) : chineseNumeral(whole)?.value;
			if (n === undefined) continue;
			value += n;
		} else start = m.index + m[0].indexOf('半');
		let end = m.index + m[0].length;
		if (unit === '日' && !whole) continue;
		let free = true;
		for (let i = start; i < end; i++) if (taken[i]) free = false;
		if (!free) continue;
		// 不到一个半小时, 近两年半, 一年半以上, 半年内: bounded like any span of time.
		const word = APPROX_BEFORE.find(
			(w) =>
				!['上', '数', '几', '过'].includes(w) &&
				folded.startsWith(w, start - w.length) &&
				!(NOT_APPROX_AFTER[w] ?? '').includes(folded[start - w.length - 1] ?? '-')
		);
		if (word) start -= word.length;
		const after = firstOf(folded, end, APPROX_AFTER) ?? (folded[end] === '内' ? '内' : undefined);
		const bound =
			boundOf(word) ?? (after === '内' ? 'atMost' : boundOf(after)) ?? (more ? 'over' : undefined);
		if (after) end += after.length;
		taken.fill(1, start, end);
		out.push({
			value,
			kind: 'quantity',
			unit: HALF_UNITS[unit],
			approx: bound !== undefined,
			...(bound ? { bound } : {}),
			start,
			end,
			text: text.slice(start, end),
			weak: false
		});
	}
}

/**
 * List labels: （一）, (1), ①, 一、 or 1、/1. at the start of a line or after a sentence ends, 其一.
 * They number the items of a list, not things counted: weak ordinals, so an English "1." or
 * "First," pairs with them by value and neither side is ever demanded.
 */
function findListLabels(
	text: string,
	folded: string,
	taken: Uint8Array,
	out: NumberMention[]
): void {
	const numeral = (s: string) =>
		/^\d+$/.test(s) ? Number(s) : (chineseNumeral(s)?.value ?? undefined);
	const label = (start: number, end: number, written: string) => {
		const value = numeral(written);
		if (value === undefined || value === 0 || value > 99) return;
		for (let i = start; i < end; i++) if (taken[i]) return;
		taken.fill(1, start, end);
		out.push({
			value,
			kind: 'ordinal',
			approx: false,
			start,
			end,
			text: text.slice(start, end),
			weak: true
		});
	};
	// （一）, (一), （1）: a small numeral alone in brackets, anywhere.
	for (const m of folded.matchAll(/[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]/g))
		label(m.index, m.index + m[0].length, m[1]);
	// ①…⑳
	for (const m of folded.matchAll(/[\u2460-\u2473]/g))
		label(m.index, m.index + 1, String(m[0].charCodeAt(0) - 0x2460 + 1));
	// 一、 1、 1. 1． at the start of a line or after a sentence end; 其一，其二.
	const opening = /(^|[\n。；！？：]\s*)([一二三四五六七八九十]{1,3}、|\d{1,2}(?:、|\.(?!\d)))/g;
	for (const m of folded.matchAll(opening)) {
		const start = m.index + m[1].length;
		label(start, start + m[2].length, m[2].slice(0, m[2].length - 1));
	}
	for (const m of folded.matchAll(/其([一二三四五六七八九十])(?=[，,：:；。是])/g))
		label(m.index, m.index + 2, m[1]);
}

function findNames(text: string, taken: Uint8Array, out: NumberMention[]): void {
	const emit = (start: number, end: number, value: number) => {
		for (let i = start; i < end; i++) if (taken[i]) return;
		taken.fill(1, start, end);
		out.push({
			value,
			kind: 'name',
			approx: false,
			start,
			end,
			text: text.slice(start, end),
			weak: false
		});
	};
	const digitsValue = (s: string) => {
		const groups = s.match(/\d+(?:\.\d+)?/g) ?? [];
		return groups.length === 1 ? Number(groups[0]) : 0;
	};
	for (const m of text.matchAll(
		/(?<![0-9A-Za-z])[0-9A-Za-z]+(?:\s*\+\s*[0-9A-Za-z]+)+(?![0-9A-Za-z])/g
	)) {
		if (/\d/.test(m[0])) emit(m.index, m.index + m[0].length, digitsValue(m[0]));
	}
	for (const m of text.matchAll(
		/(?<![0-9A-Za-z.])([A-Za-z]*)(\d+(?:\.\d+)?)([A-Za-z][0-9A-Za-z]*)?/g
	)) {
		const [whole, lead, , trail] = m;
		if (!lead && !trail) continue;
		if (!lead && trail && (trail in LATIN_UNITS || UNIT_POWER.test(trail))) continue;
		emit(m.index, m.index + whole.length, digitsValue(whole));
	}
	// 08:35 of a web page's meta line: a time of day, as the English reader reads it.
	for (const m of text.matchAll(/(?<![\d.:：])([01]?\d|2[0-4])[:：]([0-5]\d)(?![\d.:：])/g)) {
		const [whole, hours, minutes] = m;
		// 比例为1:10, 按1:20配比: a ratio named just before is no time of day.
		if (/比(?:例|值|率)?[^，。；！？]{0,6}$/.test(text.slice(Math.max(0, m.index - 8), m.index)))
			continue;
		let free = true;
		for (let i = m.index; i < m.index + whole.length; i++) if (taken[i]) free = false;
		if (!free) continue;
		taken.fill(1, m.index, m.index + whole.length);
		out.push({
			value: clean(Number(hours) + Number(minutes) / 60),
			kind: 'quantity',
			unit: 'clock',
			approx: false,
			start: m.index,
			end: m.index + whole.length,
			text: whole,
			weak: false
		});
	}
	// 2.8∶1, 1:1: ratios, read by value.
	for (const m of text.matchAll(/(?<![\d.])\d+(?:\.\d+)?\s*[:∶：]\s*\d+(?:\.\d+)?(?![\d.])/g)) {
		const end = m.index + m[0].length;
		const ratio = ratioMention(text, m.index, end);
		if (!ratio || taken.subarray(m.index, end).some((x) => x)) continue;
		// 约为15:1, 接近1:1: a bound just before the ratio.
		const word = /(?:约为|大约|约|接近|将近|近|超过)$/.exec(
			text.slice(Math.max(0, m.index - 2), m.index)
		);
		if (word) {
			ratio.bound = boundOf(word[0]);
			ratio.approx = true;
			ratio.start -= word[0].length;
			ratio.text = text.slice(ratio.start, end);
		}
		taken.fill(1, ratio.start, end);
		out.push(ratio);
	}
	for (const m of text.matchAll(/[A-Za-z]+-\d+/g))
		emit(m.index, m.index + m[0].length, digitsValue(m[0]));
	for (const m of text.matchAll(/[“"‘'「『]\s*(\d+)\s*[”"’'」』]/g)) {
		const start = m.index + m[0].indexOf(m[1]);
		emit(start, start + m[1].length, Number(m[1]));
	}
	for (const m of text.matchAll(
		/(?<![\d.])\d{3,}(?![\d.])(?=(?:服务)?热线|专窗|专线|便民|报警|急救|火警)|(?<![\d.,])12345(?![\d.])/g
	)) {
		emit(m.index, m.index + m[0].length, Number(m[0]));
	}
}

/**
 * Every number in a Chinese text, in order, with its value, kind, unit, approximation and
 * UTF-16 offsets.
 *
 * @example
 * findChineseNumbers('签约项目22个，签约金额105亿元')
 * // [{ value: 22, kind: 'quantity', unit: '个', text: '22个', … },
 * //  { value: 10500000000, kind: 'money', unit: 'CNY', text: '105亿元', … }]
 * findChineseNumbers('邀请20余家行业协会')[0] // { value: 20, approx: true, bound: 'over', text: '20余家', … }
 */
export function findChineseNumbers(text: string): NumberMention[] {
	if (!ANY_NUMERAL.test(text) && !/[首俩\u2460-\u2473]|个把/.test(text)) return [];
	const folded = foldDigits(text);
	const taken = new Uint8Array(folded.length + 1);
	const out: NumberMention[] = [];
	for (const idiom of IDIOMS) {
		for (let i = folded.indexOf(idiom); i >= 0; i = folded.indexOf(idiom, i + 1)) {
			// 十分钟 is ten minutes, 十分之一 a tenth; 十分 alone is "very".
			if (idiom === '十分' && (folded[i + 2] === '钟' || folded[i + 2] === '之')) continue;
			if (idiom === '之一' && /^之一[至到—-]/.test(folded.slice(i))) continue;
			taken.fill(1, i, i + idiom.length);
		}
	}
	// “千万工程”, “百千万工程”: unit numerals run together with no digit before them, opening a
	// quoted name and no counter after them, abbreviate several counts (千村示范、万村整治): a
	// name, not one number (“千万元” is a sum).
	for (const m of folded.matchAll(
		/[“"「]([十百千万]{2,3})(?![元亩吨人户家个件项台辆座套条名位次米斤克瓦])(?=\p{Script=Han}{1,6}[”"」])/gu
	)) {
		if (new Set(m[1]).size === m[1].length) taken.fill(1, m.index + 1, m.index + 1 + m[1].length);
	}
	// 十四五: the 14th Five-Year Plan.
	for (const m of folded.matchAll(/十([一二三四五六七八九])五(?![十百千万亿年个%])/g)) {
		if (taken[m.index]) continue;
		taken.fill(1, m.index, m.index + 3);
		out.push({
			value: 10 + DIGIT[m[1]],
			kind: 'ordinal',
			unit: 'five-year-plan',
			approx: false,
			start: m.index,
			end: m.index + 3,
			text: text.slice(m.index, m.index + 3),
			weak: false
		});
	}
	// 2024-01-12: a web page's date.
	for (const d of isoDates(folded)) {
		taken.fill(1, d.start, d.end);
		out.push({
			value: d.year * 10000 + d.month * 100 + d.day,
			kind: 'date',
			date: { year: d.year, month: d.month, day: d.day },
			approx: false,
			start: d.start,
			end: d.end,
			text: text.slice(d.start, d.end),
			weak: false
		});
	}
	// 20世纪80年代, 八十年代, 1990年代: a decade, the 1980s (two digits alone are of the 1900s).
	for (const m of folded.matchAll(
		/(?:([0-9]{2}|[一二]?十[一二三四五六七八九]?)世纪)?([0-9]{4}|[1-9]0|[一二三四五六七八九]十)年代/g
	)) {
		if (taken[m.index]) continue;
		const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : (chineseNumeral(w)?.value ?? NaN));
		const decade = num(m[2]);
		const century = m[1] ? num(m[1]) : decade >= 1000 ? undefined : 20;
		const value = century === undefined ? decade : (century - 1) * 100 + decade;
		if (!Number.isInteger(value) || value % 10 !== 0) continue;
		taken.fill(1, m.index, m.index + m[0].length);
		out.push({
			value,
			kind: 'year',
			unit: 'decade',
			approx: false,
			start: m.index,
			end: m.index + m[0].length,
			text: '',
			weak: false
		});
	}
	findNames(folded, taken, out);
	findListLabels(text, folded, taken, out);
	// 一是…二是…: first, second; 首批, 首套: the first batch, set; 俩: two.
	const small = (at: number, length: number, value: number, kind: NumberKind) => {
		if (taken[at]) return;
		taken.fill(1, at, at + length);
		out.push({ value, kind, approx: false, start: at, end: at + length, text: '', weak: true });
	};
	for (const m of folded.matchAll(/(^|[，。；：！？、“\s])([一二三四五六七八九十])是/g))
		small(m.index + m[1].length, 2, DIGIT[m[2]] ?? 10, 'ordinal');
	for (const m of folded.matchAll(/首(?=[套批家个款台条届期轮座单笔例站趟班列])/g))
		small(m.index, 1, 1, 'ordinal');
	// 居全省首位, 位列首位: ranked first; not 摆在首位 (a priority) nor 首位产业 (the leading industry).
	for (const m of folded.matchAll(/(?<=(?:居|列|排名|排在)[^，。；！？、“”]{0,8})首位(?!产业)/g))
		small(m.index, 2, 1, 'ordinal');
	for (const m of folded.matchAll(/(?<!伎)俩/g)) small(m.index, 1, 2, 'quantity');
	// 翻一番: doubled; 翻两番: quadrupled.
	// 翻了一番还多, 翻一番多: more than doubled.
	for (const m of folded.matchAll(/(近|将近|接近)?翻(?:了)?([一两二三]?)番(还多|多)?/g)) {
		if (taken[m.index]) continue;
		taken.fill(1, m.index, m.index + m[0].length);
		const bound = boundOf(m[1]) ?? (m[3] ? 'over' : undefined);
		out.push({
			value: 2 ** (m[2] ? DIGIT[m[2]] : 1),
			kind: 'multiple',
			unit: 'total',
			approx: bound !== undefined,
			...(bound ? { bound } : {}),
			start: m.index,
			end: m.index + m[0].length,
			text: '',
			weak: true
		});
	}
	findHalfSpans(text, folded, taken, out);
	findRoughOnes(folded, taken, out);
	findPriceShares(text, folded, taken, out);
	// 每五名就业人员中就有一名: one in five.
	for (const m of folded.matchAll(
		/每([0-9]+|[二两三四五六七八九十]+)(?:个|名|位|家|人|户|件)[^，。；！？]{0,16}?有(?:1|一)(?:个|名|位|家|人|户|件)/g
	)) {
		if (taken[m.index]) continue;
		const n = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseNumeral(m[1])?.value;
		if (!n || n < 2) continue;
		taken.fill(1, m.index, m.index + m[0].length);
		out.push({
			value: clean(1 / n),
			kind: 'quantity',
			unit: 'fraction',
			approx: false,
			start: m.index,
			end: m.index + m[0].length,
			text: '',
			// 每4个人里就有1个: written in digits, a figure to give; 每五名…一名 may be left vague.
			weak: !/^\d+$/.test(m[1])
		});
	}
	// 一半, 半数, 过半: a half.
	for (const m of folded.matchAll(/(超过|近|约|将近|接近)?(?:一半|半数)(以上|左右|以下)?|过半/g)) {
		if (taken[m.index]) continue;
		taken.fill(1, m.index, m.index + m[0].length);
		const bound = m[0].startsWith('过') ? 'over' : boundOf(m[1] ?? m[2]);
		out.push({
			value: 0.5,
			kind: 'quantity',
			unit: 'fraction',
			approx: bound !== undefined,
			...(bound ? { bound } : {}),
			start: m.index,
			end: m.index + m[0].length,
			text: text.slice(m.index, m.index + m[0].length),
			weak: true
		});
	}
	for (const m of out) m.text = text.slice(m.start, m.end);

	let i = 0;
	while (i < folded.length) {
		if (taken[i] || !NUMERAL_START.has(folded[i])) {
			i++;
			continue;
		}
		const core = readCore(folded, i);
		if (!core || core.end <= i) {
			i++;
			continue;
		}
		let clear = true;
		for (let k = core.start; k < core.end; k++) if (taken[k]) clear = false;
		if (!clear) {
			i++;
			continue;
		}
		const fraction = readFraction(text, folded, core);
		if (fraction) {
			taken.fill(1, fraction.start, fraction.end);
			out.push(fraction);
			i = fraction.end;
			continue;
		}
		// Long digit strings with nothing after them are codes and numbers of things, not amounts.
		let draft = interpret(folded, core);
		if (
			draft &&
			core.arabic &&
			core.digitwise &&
			core.digitCount >= 5 &&
			!draft.unit &&
			!draft.bound
		) {
			draft = { ...draft, kind: 'name' };
		}
		if (!draft && !core.arabic && /^(?:到|至|—|-|～|~)/.test(folded.slice(core.end))) {
			// 两到三年, 三至五个: a lone numeral that opens a range counted by the second one.
			const bare: Draft = {
				start: core.start,
				end: core.end,
				value: core.value,
				kind: 'quantity',
				precision: core.precision,
				weak: true,
				anchored: false,
				core
			};
			const range = tryRange(folded, bare, taken);
			if (range && range.anchored && range.unit) draft = range;
		}
		if (!draft) {
			i = core.end;
			continue;
		}
		const range = tryRange(folded, draft, taken);
		if (range) draft = range;
		let end = draft.end;
		while (end > draft.start && taken[end - 1]) end--;
		taken.fill(1, draft.start, end);
		out.push(toMention(text, { ...draft, end }));
		i = end;
	}
	chineseTemperatures(text, out);
	out.sort((a, b) => a.start - b.start);
	// 约占全省3.6万吨总量的十分之一: 约占 bounds the share the phrase ends with, not a total named
	// on the way to it; the share looks back past that total for its bound.
	const share = (x: NumberMention | undefined) => x?.unit === 'fraction' || x?.kind === 'percent';
	let carried: NumberBound | undefined;
	out.forEach((m, k) => {
		const carriedBound = carried;
		carried = undefined;
		if (m.approx || m.kind === 'date' || m.kind === 'year' || m.kind === 'name') return;
		if (m.kind === 'ordinal') return;
		const from = k > 0 ? out[k - 1].end : 0;
		const next = out[k + 1];
		const total = SHARE_BEFORE.exec(folded.slice(Math.max(0, from, m.start - 16), m.start));
		if (
			total &&
			!share(m) &&
			share(next) &&
			/^[^，。；、！？：“”]{0,12}的$/.test(folded.slice(m.end, next.start))
		) {
			carried = boundOf(total[1]);
			return;
		}
		const bound =
			carriedBound ??
			clauseBound(folded, m.start, from) ??
			(m.unit === 'fraction' ? shareBound(folded, m.start, from) : undefined);
		if (bound) {
			m.bound = bound;
			m.approx = true;
		}
	});
	return out;
}

/** 三分之一 = 1/3, 百分之五十 = 50%, 千分之五 = 0.5%. */
function readFraction(text: string, folded: string, denominator: Core): NumberMention | null {
	if (!folded.startsWith('分之', denominator.end)) return null;
	const numerator = readCore(folded, denominator.end + 2);
	if (!numerator || numerator.start !== denominator.end + 2 || denominator.value === 0) return null;
	const percent = denominator.value === 100 || denominator.value === 1000;
	let end = numerator.end;
	const after = firstOf(folded, end, ['左右', '以上', '以下', '以内']);
	if (after) end += after.length;
	const m: NumberMention = {
		value: percent
			? clean((numerator.value * 100) / denominator.value)
			: clean(numerator.value / denominator.value),
		kind: percent ? 'percent' : 'quantity',
		unit: percent ? '%' : 'fraction',
		approx: !!after,
		start: denominator.start,
		end,
		text: text.slice(denominator.start, end),
		weak: !denominator.arabic && !numerator.arabic
	};
	if (after) m.bound = boundOf(after);
	else {
		// 接近三分之一, 超过百分之五十
		const word = APPROX_BEFORE.find((w) => folded.startsWith(w, denominator.start - w.length));
		if (word && !['上', '数', '几'].includes(word)) {
			m.bound = boundOf(word);
			m.approx = true;
			m.start = denominator.start - word.length;
			m.text = text.slice(m.start, end);
		}
	}
	if (percent) m.precision = numerator.precision;
	return m;
}

/**
 * A bound said earlier in the clause than the number it bounds, with no other number between
 * (`from` is where the previous number ends): 约占全省的五分之一 and 近占一半 (约 or 近 before
 * 占); 至少为企业节约成本3000万元, 至少联系5家, 不到全市10%的土地 (至少, 起码, 最少, 最多, 不到, 不足
 * before a verb or a noun); 最高可获得50万元 (最高, 最低, 最长 before a verb of granting);
 * 最高降幅达到96% (最高, 最长 and a short noun before 可 or 达).
 */
const SHARE_BEFORE = /(约|大约|近|将近|接近)占[^，。；、！？：]{0,9}$/;

function clauseBound(folded: string, start: number, from: number): NumberBound | undefined {
	const before = folded.slice(Math.max(0, from, start - 16), start);
	const share = SHARE_BEFORE.exec(before);
	if (share) return boundOf(share[1]);
	const adverb = /(至少|最起码|起码|最少|最多|不到|不足)[^，。；、！？：“”]{1,14}$/.exec(before);
	if (adverb) return boundOf(adverb[1]);
	const granted =
		/(最高|最低|最长)(?:可|给予|补贴|奖励|资助|支持|享受|达)[^，。；、！？：“”]{0,12}$/.exec(
			before
		) ??
		// 最高降幅达到96%, 最长期限可达3年: the top of what the clause's noun reaches.
		/(最高|最长)[^的，。；、！？：“”\d]{1,3}?(?:可|达)[^，。；、！？：“”]{0,12}$/.exec(before);
	return granted ? boundOf(granted[1]) : undefined;
}

/**
 * 超过去年全年交易额的一半, 不到全省的三分之一: a comparison verb before the whole "X的" phrase
 * bounds the share it ends with (more than half of last year's turnover).
 */
function shareBound(folded: string, start: number, from: number): NumberBound | undefined {
	const before = folded.slice(Math.max(0, from, start - 20), start);
	const m =
		/(超过|超出|高于|多于|大于|逾|接近|将近|低于|少于|不到|不足)[^，。；、！？：“”]{1,16}的$/.exec(
			before
		);
	if (!m) return undefined;
	return (
		(
			{
				高于: 'over',
				多于: 'over',
				大于: 'over',
				超出: 'over',
				低于: 'under',
				少于: 'under'
			} as Record<string, NumberBound>
		)[m[1]] ?? boundOf(m[1])
	);
}

function toMention(text: string, d: Draft): NumberMention {
	const m: NumberMention = {
		value: d.value,
		kind: d.kind,
		approx: d.bound !== undefined,
		start: d.start,
		end: d.end,
		text: text.slice(d.start, d.end),
		weak: d.weak
	};
	if (d.unit) m.unit = d.unit;
	if (d.bound) m.bound = d.bound;
	if (d.high !== undefined) m.high = d.high;
	if (d.date) m.date = d.date;
	if (d.precision !== undefined && d.kind !== 'date' && d.kind !== 'year')
		m.precision = d.precision;
	return m;
}
