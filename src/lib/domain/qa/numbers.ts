/**
 * The number check: the values of a paragraph's Chinese paired with the values of its English,
 * so 1.0602亿元 = 106.02 million yuan passes and 10.5 billion written as 1.05 billion does not.
 * Reports what is missing, added, different, approximate on one side only, bounded the other way
 * (more than / nearly), in another unit, or swapped (number-order.ts). Numerals that name things (5G, 12345, 1+2+N) and numbers a translation may
 * legitimately spell out or drop (两项, 第一, "two") are never demanded.
 */
import {
	compareMentions,
	describeValue,
	familyOf,
	findChineseNumbers,
	findEnglishNumbers,
	nameKey,
	numberKey,
	sameBound,
	type NumberMention
} from '../numbers/index.ts';
import type { Finding } from './finding.ts';
import { numberOrder, type Pair } from './number-order.ts';
import { measureOf, otherMeasure } from './number-units.ts';
import { inContext, type NumberContext } from './number-context.ts';

/**
 * Chinese words that make a year or month in the English a rendering, not an addition (今年 →
 * 2023, 前三季度 → January–September).
 */
const RELATIVE_TIME =
	/今年|去年|明年|本年|当年|同年|上年|前年|次年|翌年|年内|近年|今后|此前|目前|当前|季度|半年|个月|月份|年初|年底|年末|十[一二三四五]五/;

/** English that says 100% in words (100%的行政村 / all villages). */
const ALL_EN = /\b(?:all|every|each|fully|full|entire|entirely|complete|completely)\b/i;

/** English that says a year without its number (2023年 / this year). */
const RELATIVE_YEAR_EN = /\b(?:this|last|next|that|the same|the previous|the following) year\b/i;

function relative(m: NumberMention, length: number): number {
	return length ? (m.start + m.end) / 2 / length : 0;
}

function span(m: NumberMention): [number, number] {
	return [m.start, m.end];
}

/** The place of the last digit that is not a nought: 32,000 → 1000, 32,001 → 1, 85.45 → 0.01. */
function effectivePrecision(m: NumberMention): number {
	let p = m.precision ?? 1;
	if (!Number.isFinite(m.value) || m.value === 0) return p;
	while (p < 1e15 && Math.abs(m.value / (p * 10) - Math.round(m.value / (p * 10))) < 1e-9) p *= 10;
	return p;
}

/**
 * A rounded rendering may be coarser than the Chinese (8545.39万 / 85.45 million), never finer:
 * 2.3亿 is not 231 million, nor 3.2万 32,001.
 */
function roundsTo(s: NumberMention, t: NumberMention): boolean {
	if (compareMentions(s, t) !== 'rounded') return false;
	return t.high !== undefined || effectivePrecision(t) >= (s.precision ?? 1);
}

/**
 * 近五年来 / the past five years: 近 before a span of time says "recent", not "nearly", when the
 * span opens its clause or is followed by 来, 以来, 里, 中, 间 or 内, or when the translation says "the
 * past/last N years"; 提前近两个月 is "nearly".
 */
function recentSpan(s: NumberMention, t: NumberMention, source: string, target: string): boolean {
	if (
		s.bound !== 'under' ||
		!/^(?:近|最近)/.test(s.text) ||
		!['year', 'month', 'day', 'week', 'quarter'].includes(s.unit ?? '')
	)
		return false;
	const before = source[s.start - 1];
	return (
		// 对近3年无贷款记录的企业 / with no loan record in the past three years: the translation
		// reads the span as the recent past, as the genre mostly means it.
		(!t.bound &&
			/\b(?:the\s+)?(?:past|last|previous|recent)\s+$/i.test(target.slice(0, t.start))) ||
		before === undefined ||
		/[，。；：！？、“\s在这最]/.test(before) ||
		/^(?:来|以来|里|中|间|内)/.test(source.slice(s.end))
	);
}

/** 最快只需25天 / within 25 days: a time limit said as "within" is the same promise. */
function withinSpan(s: NumberMention, t: NumberMention): boolean {
	return (
		!s.approx &&
		t.bound === 'atMost' &&
		/^within\b/i.test(t.text) &&
		['year', 'month', 'day', 'week', 'hour', 'minute', 'workday'].includes(t.unit ?? '')
	);
}

/**
 * 用五年时间 / over five years, 两年平均增长 / an average of 8.7% over two years, 三年内 / over
 * three years: "over" before a span of time is "during" as often as "more than"; it is a bound
 * only against a Chinese that bounds the span upwards, or before "of" (over five years of
 * service) or after "for" (for over ten years).
 */
function overSpan(s: NumberMention, t: NumberMention, target: string): boolean {
	// over five years of service, for over ten years: more than.
	if (/^\s+of\b/.test(target.slice(t.end)) || /\bfor\s+$/i.test(target.slice(0, t.start)))
		return false;
	return (
		(!s.approx || (s.bound === 'atMost' && /内$/.test(s.text))) &&
		t.bound === 'over' &&
		/^over\b/i.test(t.text) &&
		['year', 'month', 'day', 'week', 'quarter'].includes(t.unit ?? '')
	);
}

/**
 * 单日接待量最高达到6.2万人次 / as many as 62,000 visits on its busiest day: the top a clause's
 * noun reached (最高…达到) may be said as a peak rather than a cap.
 */
function peak(s: NumberMention, t: NumberMention, source: string, target: string): boolean {
	return (
		s.bound === 'atMost' &&
		!t.approx &&
		/(?:最高|最多|最长)[^，。；！？]{0,8}$/.test(source.slice(0, s.start + 2)) &&
		/\b(?:as\s+(?:many|much|high|large)\s+as|peak(?:ed|ing|s)?\s+(?:at|of)|a\s+(?:peak|high|record)\s+of)\s+$/i.test(
			target.slice(0, t.start)
		)
	);
}

/**
 * Vague Chinese amounts (数十, 十几, 几百) said as vaguely in English (dozens of, hundreds of):
 * no bound to keep; a precise bound (more than 100) is another number's.
 */
function vague(s: NumberMention, t: NumberMention): boolean {
	return s.weak && s.bound === 'about' && /[数几]/.test(s.text) && (t.weak || t.bound === 'about');
}

/**
 * 两三万元 / 20,000 to 30,000 yuan, 七八个 / seven to eight: a guess between two neighbouring
 * numerals is a range already; the English range need not say "about" as well.
 */
function neighbours(s: NumberMention, t: NumberMention): boolean {
	return (
		s.high !== undefined &&
		t.high !== undefined &&
		s.bound === 'about' &&
		/^[一二两三四五六七八九]{2}/.test(s.text) &&
		(!t.approx || t.bound === 'about')
	);
}

/** 上百, 上万 / hundreds of, more than 100: reaching a round figure, said with any upward bound. */
function upTo(s: NumberMention, t: NumberMention): boolean {
	return (
		s.weak &&
		s.bound === 'atLeast' &&
		/^上/.test(s.text) &&
		t.approx &&
		t.bound !== 'under' &&
		t.bound !== 'atMost'
	);
}

/**
 * 七旬老人 / a woman in her seventies: an age in tens (旬) is the decade, which English says
 * "in her seventies" as readily as "70-year-old".
 */
function ageDecade(s: NumberMention, t: NumberMention): boolean {
	return (
		s.unit === '岁' &&
		/旬/.test(s.text) &&
		!s.approx &&
		t.bound === 'over' &&
		/(?:ties|0['’]?s)$/i.test(t.text)
	);
}

function valuesParams(s: NumberMention, t: NumberMention): Finding['params'] {
	return {
		source: s.text,
		target: t.text,
		sourceValue: describeValue(s),
		targetValue: describeValue(t)
	};
}

/**
 * A count of occurrences: 两次, 三回, 每周三次 in Chinese; once, twice, "three times (a week)" in
 * English, which its reader takes for a multiple unless a frequency follows.
 */
function timesCount(m: NumberMention): boolean {
	if (/^[次回遍趟]$/.test(m.unit ?? '')) return true;
	if (m.kind === 'multiple') return m.weak && /(?:times|once|twice)$/i.test(m.text);
	return m.unit === undefined && /(?:^|\s)(?:once|twice)$/i.test(m.text);
}

/** 两次 / "three times", 每周三次 / "twice a week": counts of occurrences on both sides. */
function sameCountOfTimes(s: NumberMention, t: NumberMention): boolean {
	return timesCount(s) && timesCount(t) && s.high === undefined && t.high === undefined;
}

/** Chinese counters (家, 个, 大) say nothing an English noun must echo. */
function sameUnit(s: NumberMention, t: NumberMention): boolean {
	if (s.unit === t.unit || (s.kind === 'multiple' && t.kind === 'multiple')) return true;
	if (sameCountOfTimes(s, t)) return true;
	// 第三届 / third: a rank need not name what it ranks.
	if (s.kind === 'ordinal' && t.kind === 'ordinal' && (!s.unit || !t.unit)) return true;
	const counter = (u: string | undefined) => u === undefined || /[\u3400-\u9fff]/.test(u);
	return counter(s.unit) && counter(t.unit);
}

/**
 * Two leftover numbers of which one is spelled out or small (三大 / "four leading", 第一 /
 * "second", 三年 / "four years"): one number translated wrongly when they are of one kind and
 * unit and sit at about the same place.
 */
function sameSlot(
	s: NumberMention,
	t: NumberMention,
	sl: number,
	tl: number,
	alone: boolean
): boolean {
	if ((s.kind !== t.kind && !sameCountOfTimes(s, t)) || familyOf(s) !== familyOf(t)) return false;
	if (!sameUnit(s, t)) return false;
	if ((s.high === undefined) !== (t.high === undefined)) return false;
	// 百亿 in a slogan is not the "one" of "three-in-one": small numbers, or one measured unit.
	const measured = s.unit === t.unit && s.unit !== undefined && !/[\u3400-\u9fff]/.test(s.unit);
	if (Math.max(s.value, t.value) >= 100 && !measured) return false;
	// "one of the", "one-stop", "a decade": a bare one is rarely a figure.
	if (t.value === 1 && t.weak && !measured && /^(?:one|a|an)\b/i.test(t.text)) return false;
	// The only two of their kind left over may sit far apart: English orders a sentence its own way.
	return alone || Math.abs(relative(s, sl) - relative(t, tl)) < 0.3;
}

/**
 * 一个, 一所, 一年: one thing, which English may say "one" or "a". It answers a count said in
 * words ("one", "two"), never a figure in digits left without a partner (45 students).
 */
function oneThing(m: NumberMention): boolean {
	return m.weak && m.value === 1 && /^一\p{Script=Han}$/u.test(m.text);
}

/**
 * Compares the numbers of one source/target pair; `context` is the table the pair is a row of
 * (number-context.ts), whose unit its bare figures take.
 *
 * @example
 * checkNumbers('签约金额105亿元', 'worth 1.05 billion yuan')
 * // [{ code: 'number_different', params: { source: '105亿元', target: '1.05 billion yuan', … } }]
 */
export function checkNumbers(source: string, target: string, context?: NumberContext): Finding[] {
	const src = inContext(findChineseNumbers(source), source, 'zh', context?.zh);
	const tgt = inContext(findEnglishNumbers(target), target, 'en', context?.en);
	const findings: Finding[] = [];
	const usedS = new Set<NumberMention>();
	const usedT = new Set<NumberMention>();
	const pairs: Pair[] = [];
	const sl = source.length;
	const tl = target.length;

	/**
	 * Units that say two equal values are different numbers: a count of things (3个) is no span
	 * of years (three years) nor a rank (top three); a figure with a unit of measure (三季度) pairs
	 * with a bare number ("new three") only when no figure in that unit is left to pair with it
	 * (four quarters). Only small numbers said in words are equal so cheaply; figures in digits
	 * that traded units (10万吨 … 两千人 / 2,000 tonnes … 100,000) are paired for number_order.
	 */
	const unitClash = (s: NumberMention, t: NumberMention) => {
		// 5A, 4G: a name of letters and digits is not a small count said in words (五级 / "five");
		// a figure in digits may be one (2800P / 2,800 petaflops).
		const lettered = (m: NumberMention) => m.kind === 'name' && /[A-Za-z]/.test(m.text);
		if (
			(lettered(s) && t.kind !== 'name' && t.weak) ||
			(lettered(t) && s.kind !== 'name' && s.weak)
		)
			return true;
		if (!s.weak && !t.weak) return false;
		if (oneThing(s) && !t.weak && compareMentions(s, t) !== 'equal') return true;
		const counter = (m: NumberMention) => m.unit !== undefined && /[\u3400-\u9fff]/.test(m.unit);
		const measure = (m: NumberMention) => measureOf(m.unit) !== undefined;
		if ((counter(s) && measure(t)) || (measure(s) && counter(t))) return true;
		const bareFor = (
			m: NumberMention,
			bare: NumberMention,
			others: NumberMention[],
			used: Set<NumberMention>
		) =>
			measure(m) &&
			bare.unit === undefined &&
			others.some((x) => x !== bare && !used.has(x) && measureOf(x.unit) === measureOf(m.unit));
		return bareFor(s, t, tgt, usedT) || bareFor(t, s, src, usedS);
	};

	const pairUp = (
		accept: (s: NumberMention, t: NumberMention) => boolean,
		onPair?: (p: Pair) => void
	) => {
		for (const s of src) {
			if (usedS.has(s)) continue;
			let best: NumberMention | undefined;
			let bestScore = Infinity;
			for (const t of tgt) {
				if (usedT.has(t) || unitClash(s, t) || !accept(s, t)) continue;
				const score =
					Math.abs(relative(s, sl) - relative(t, tl)) +
					(s.kind === t.kind ? 0 : 0.25) +
					(sameUnit(s, t) ? 0 : 0.15);
				if (score < bestScore) {
					best = t;
					bestScore = score;
				}
			}
			if (best) {
				usedS.add(s);
				usedT.add(best);
				const pair = { s, t: best };
				pairs.push(pair);
				onPair?.(pair);
			}
		}
	};

	// 1. The same value, both exact or both bounded the same way.
	const spanOrVague = (s: NumberMention, t: NumberMention) =>
		recentSpan(s, t, source, target) ||
		vague(s, t) ||
		neighbours(s, t) ||
		upTo(s, t) ||
		withinSpan(s, t) ||
		overSpan(s, t, target) ||
		peak(s, t, source, target) ||
		ageDecade(s, t);
	pairUp(
		(s, t) =>
			sameOrdinality(s, t) &&
			!otherMeasure(s, t) &&
			compareMentions(s, t) === 'equal' &&
			(s.approx === t.approx || spanOrVague(s, t)) &&
			(!s.approx || !t.approx || sameBound(s, t) || spanOrVague(s, t))
	);
	// 1b. 十几天 / a dozen days, 二十几人 / some 25 people: ten-and-some said as a value in its span.
	pairUp(
		(s, t) =>
			/十几/.test(s.text) &&
			s.high === undefined &&
			t.high === undefined &&
			s.kind === t.kind &&
			sameUnit(s, t) &&
			!otherMeasure(s, t) &&
			t.value >= s.value &&
			t.value < s.value + 10 &&
			(t.approx || /dozen/i.test(t.text))
	);
	// 2. The same value rounded (8545.39万 / 85.45 million), approximations aside.
	pairUp((s, t) => sameOrdinality(s, t) && !otherMeasure(s, t) && roundsTo(s, t));
	// 3. The same value, approximate on one side only (20余家 / 20) or bounded the other way
	// (20余家 / nearly 20).
	pairUp(
		(s, t) => sameOrdinality(s, t) && !otherMeasure(s, t) && compareMentions(s, t) === 'equal',
		({ s, t }) => {
			if (s.kind === 'name' || t.kind === 'name') return;
			if (familyOf(s) === 'time') return;
			findings.push({
				code: s.approx && t.approx ? 'number_bound' : 'number_approx',
				params: valuesParams(s, t),
				source: s.text,
				target: t.text,
				sourceSpan: span(s),
				targetSpan: span(t)
			});
		}
	);
	// 3b. The same value in another unit of measure: 480万亩 / 4.8 million jin.
	pairUp((s, t) => sameOrdinality(s, t) && compareMentions(s, t) === 'equal');
	// Same value, another unit: 5个百分点 / 5%, 480万亩 / 4.8 million jin.
	for (const { s, t } of pairs) {
		if (
			(familyOf(s) === 'percent' && familyOf(t) === 'percent' && s.kind !== t.kind) ||
			otherMeasure(s, t)
		) {
			findings.push({
				code: 'number_unit',
				params: {
					source: s.text,
					target: t.text,
					sourceValue: describeValue(s),
					targetValue: describeValue(t)
				},
				source: s.text,
				target: t.text,
				sourceSpan: span(s),
				targetSpan: span(t)
			});
		}
	}
	// 4. A range on one side written as its two ends on the other (从10家增加到20家 / 10 to 20).
	splitRanges(src, tgt, usedS, usedT);
	splitRanges(tgt, src, usedT, usedS);

	// 5. What is left: a value changed, missing or added.
	const demanded = (m: NumberMention) => m.kind !== 'name' && !m.weak;
	const leftS = src.filter((s) => !usedS.has(s) && s.kind !== 'name');
	const leftT = tgt.filter((t) => !usedT.has(t) && t.kind !== 'name');
	const changed = new Set<NumberMention>();
	for (const s of leftS) {
		let best: NumberMention | undefined;
		let bestScore = Infinity;
		for (const t of leftT) {
			if (changed.has(t)) continue;
			if (oneThing(s) && demanded(t)) continue;
			// A spelled-out small number (two, first) is evidence of a changed figure only in the
			// same slot: the same kind and unit at about the same place.
			if ((demanded(s) || s.value >= 100) && demanded(t)) {
				if (!comparable(s, t)) continue;
			} else {
				// "phases one and two": a spelled-out number that another Chinese figure explains; not
				// a rank (全市第一 / "second") by a count (两项) when the rank has a rank beside it.
				// Not a count of other things (两级 does not explain "two years").
				const explains = (x: NumberMention) =>
					x !== s &&
					!usedS.has(x) &&
					!unitClash(x, t) &&
					compareMentions(x, t) === 'equal' &&
					(sameOrdinality(x, t) || !sameOrdinality(s, t));
				if (leftS.some(explains)) continue;
				const alone =
					leftS.filter((x) => x.kind === s.kind && sameUnit(x, t)).length === 1 &&
					leftT.filter(
						(x) =>
							(x.kind === t.kind || sameCountOfTimes(s, x)) && !changed.has(x) && sameUnit(s, x)
					).length === 1;
				if (!sameSlot(s, t, sl, tl, alone)) continue;
			}
			const score =
				Math.abs(relative(s, sl) - relative(t, tl)) +
				(s.kind === t.kind ? 0 : 0.5) +
				(s.unit === t.unit ? 0 : 0.2);
			if (score < bestScore) {
				best = t;
				bestScore = score;
			}
		}
		if (!best) continue;
		changed.add(best);
		usedS.add(s);
		usedT.add(best);
		findings.push({
			code: 'number_different',
			params: {
				source: s.text,
				target: best.text,
				sourceValue: describeValue(s),
				targetValue: describeValue(best)
			},
			source: s.text,
			target: best.text,
			sourceSpan: span(s),
			targetSpan: span(best)
		});
	}
	// 5b. A name of letters and digits changed (4A级 / "5A-level", 5G / "4G"): the same letters
	// around other digits, both left over.
	const shape = (m: NumberMention) => nameKey(m.text).replace(/\d+(?:\.\d+)?/g, '#');
	for (const s of src) {
		if (usedS.has(s) || s.kind !== 'name' || !/[A-Z]/.test(shape(s)) || !/#/.test(shape(s)))
			continue;
		let best: NumberMention | undefined;
		for (const t of tgt) {
			if (usedT.has(t) || t.kind !== 'name' || shape(t) !== shape(s)) continue;
			if (nameKey(t.text) === nameKey(s.text)) continue;
			const d = (x: NumberMention) => Math.abs(relative(s, sl) - relative(x, tl));
			if (!best || d(t) < d(best)) best = t;
		}
		if (!best) continue;
		usedS.add(s);
		usedT.add(best);
		findings.push({
			code: 'number_different',
			params: valuesParams(s, best),
			source: s.text,
			target: best.text,
			sourceSpan: span(s),
			targetSpan: span(best)
		});
	}
	// 6. A rank said as a count or the other way round (第5位 / ranked 5), once no figure of its own
	// kind is left for it.
	pairUp((s, t) => compareMentions(s, t) === 'equal');
	const matchedKeys = new Set(pairs.map((p) => numberKey(p.s)));
	const yearInWords = RELATIVE_YEAR_EN.test(target);
	for (const s of src) {
		if (usedS.has(s) || !demanded(s)) continue;
		if (yearInWords && s.kind === 'year' && s.high === undefined && !s.date?.season) continue;
		// 保持100% / all of them
		if (s.kind === 'percent' && s.value === 100 && ALL_EN.test(target)) continue;
		const repeated = matchedKeys.has(numberKey(s));
		findings.push({
			code: repeated ? 'number_repeated' : 'number_missing',
			params: { source: s.text, sourceValue: describeValue(s) },
			source: s.text,
			sourceSpan: span(s)
		});
	}
	const relativeTime = RELATIVE_TIME.test(source);
	const sourceCurrencies = new Set(
		src.filter((s) => s.kind === 'money').map((s) => s.unit ?? 'CNY')
	);
	const matchedTargets = pairs.map((p) => p.t);
	for (const t of tgt) {
		if (usedT.has(t) || !demanded(t)) continue;
		// A year the Chinese says as 今年 / 去年; a number the English repeats.
		if (relativeTime && familyOf(t) === 'time') continue;
		if (matchedTargets.some((m) => compareMentions(m, t) === 'equal')) continue;
		// RMB 10.5 billion (about US$1.44 billion): a conversion into another currency.
		if (t.kind === 'money' && sourceCurrencies.size && !sourceCurrencies.has(t.unit ?? 'CNY'))
			continue;
		findings.push({
			code: 'number_added',
			params: { target: t.text, targetValue: describeValue(t) },
			target: t.text,
			targetSpan: span(t)
		});
	}
	findings.push(...numberOrder(source, target, pairs));
	return findings;
}

/** Ranks pair with ranks, counts with counts: 第二十届 is not the 20 projects of the English. */
function sameOrdinality(s: NumberMention, t: NumberMention): boolean {
	if (s.kind === 'name' || t.kind === 'name') return true;
	return (s.kind === 'ordinal') === (t.kind === 'ordinal');
}

/** Whether two leftover numbers are plausibly one number translated wrongly. */
function comparable(s: NumberMention, t: NumberMention): boolean {
	if (!sameOrdinality(s, t)) return false;
	const fs = familyOf(s);
	// 1892套 / "1982 homes": a bare four-digit number reads as a year but may be a count.
	const bareYear = (m: NumberMention) =>
		m.kind === 'year' && !m.date?.season && m.high === undefined;
	if (fs === 'count' && bareYear(t)) return s.high === undefined;
	if (fs !== familyOf(t)) return false;
	if (fs === 'time') return s.kind === t.kind;
	if (s.kind === 'money' && t.kind === 'money') return true;
	if ((s.high === undefined) !== (t.high === undefined)) return false;
	return true;
}

/**
 * The parts of a date range's upper end (6—7月 → July; 9月1日至3日 → September 3), read from
 * `high` as yyyymmdd; the year, when only the lower end says it, is shared.
 */
function highDate(r: NumberMention): NumberMention['date'] {
	if (r.kind !== 'date' || r.high === undefined || !r.date) return r.date;
	const year = Math.floor(r.high / 10000);
	const month = Math.floor(r.high / 100) % 100;
	const day = r.high % 100;
	return {
		...r.date,
		...(year ? { year } : {}),
		...(month ? { month } : {}),
		...(day ? { day } : {})
	};
}

function splitRanges(
	ranges: NumberMention[],
	singles: NumberMention[],
	usedR: Set<NumberMention>,
	usedS: Set<NumberMention>
): void {
	// 60%—80% is not "60 percentage points to 80%": an end keeps the range's kind.
	const sameKind = (m: NumberMention, r: NumberMention) =>
		familyOf(m) === familyOf(r) && (familyOf(r) !== 'percent' || m.kind === r.kind);
	for (const r of ranges) {
		if (usedR.has(r) || r.high === undefined) continue;
		const low = singles.find(
			(m) =>
				!usedS.has(m) &&
				m.high === undefined &&
				sameKind(m, r) &&
				compareMentions({ ...r, high: undefined }, m) !== 'different'
		);
		if (!low) continue;
		const high = singles.find(
			(m) =>
				m !== low &&
				!usedS.has(m) &&
				m.high === undefined &&
				sameKind(m, r) &&
				// 68% to 91.5%: each end to the precision it is written with on the other side.
				compareMentions(
					{
						...r,
						value: r.high!,
						high: undefined,
						date: highDate(r),
						precision: Math.min(r.precision ?? 1, m.precision ?? 1)
					},
					m
				) !== 'different'
		);
		if (!high) continue;
		usedR.add(r);
		usedS.add(low);
		usedS.add(high);
		// the years 2020, 2021 and 2022
		for (const m of singles) {
			if (usedS.has(m) || m.high !== undefined || familyOf(m) !== familyOf(r)) continue;
			if (m.value > low.value && m.value < high.value) usedS.add(m);
		}
	}
}
