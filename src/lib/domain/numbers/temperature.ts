/**
 * Temperatures in either language: 零下18摄氏度, -18℃, 零上3度 / minus 18 degrees Celsius,
 * -18°C, 18 degrees below zero, 3°C above zero. The readers find the figure; this gives it the
 * unit °C and its sign, so that a temperature on the wrong side of zero is another number.
 */
import { boundOf } from './shared.ts';
import type { NumberMention } from './types.ts';

interface Sign {
	/** -1 below zero, 1 above (said or not). */
	sign: 1 | -1;
	/** Characters taken before the figure (零下, minus, -) and after it (below zero). */
	before: number;
	after: number;
	/** Whether the sign was said (零上, minus, above zero), so that a bare 度 / degrees is a temperature. */
	said: boolean;
}

const ZH_UNIT = /^(?:摄氏度|℃|°C|°|度)/;
const EN_UNIT =
	/^\s*(?:°\s?C(?![A-Za-z])|℃|degrees?\s+(?:Celsius|centigrade)(?![A-Za-z])|°(?!\s?F)|degrees?(?![A-Za-z]))/i;

function chineseSign(text: string, m: NumberMention): Sign {
	const before = text.slice(Math.max(0, m.start - 2), m.start);
	if (before === '零下') return { sign: -1, before: 2, after: 0, said: true };
	if (before === '零上') return { sign: 1, before: 2, after: 0, said: true };
	// -18℃, －5℃: a minus sign, not a dash between two figures.
	if (/(?:^|[^\dA-Za-z.])[-－−]$/.test(text.slice(Math.max(0, m.start - 2), m.start)))
		return { sign: -1, before: 1, after: 0, said: true };
	return { sign: 1, before: 0, after: 0, said: false };
}

function englishSign(text: string, m: NumberMention, unitEnd: number): Sign {
	const zero = /^\s+(below|above)\s+zero(?![A-Za-z])/i.exec(text.slice(unitEnd));
	if (zero) {
		const sign = zero[1].toLowerCase() === 'below' ? -1 : 1;
		return { sign, before: 0, after: zero[0].length, said: true };
	}
	const minus = /(?:^|[^A-Za-z])(minus\s+)$/i.exec(text.slice(Math.max(0, m.start - 7), m.start));
	if (minus) return { sign: -1, before: minus[1].length, after: 0, said: true };
	if (/(?:^|[^\w.,])[-−]$/.test(text.slice(Math.max(0, m.start - 2), m.start)))
		return { sign: -1, before: 1, after: 0, said: true };
	return { sign: 1, before: 0, after: 0, said: false };
}

function plainFigure(m: NumberMention): boolean {
	return m.kind === 'quantity' && m.unit === undefined && m.high === undefined;
}

/**
 * Gives the temperatures among a Chinese reader's mentions their unit and sign, in place.
 *
 * @example
 * chineseTemperatures('零下18摄氏度', findChineseNumbers('零下18摄氏度'))
 * // [{ value: -18, unit: '°C', text: '零下18摄氏度', … }]
 */
export function chineseTemperatures(text: string, mentions: NumberMention[]): NumberMention[] {
	// From the last, so that the first end of 零下5至零上3摄氏度 finds its partner done.
	const sorted = [...mentions].sort((a, b) => b.start - a.start);
	for (const m of sorted) {
		if (!plainFigure(m)) continue;
		const sign = chineseSign(text, m);
		if (firstEnd(text, m, sorted, /^\s*(?:至|到|～|~|—|－|-)\s*$/)) {
			setTemperature(text, m, sign, m.end);
			continue;
		}
		const unit = ZH_UNIT.exec(text.slice(m.end));
		if (!unit) continue;
		// 度 and ° alone are a temperature only with a sign (零下18度): 1万度电 is kilowatt-hours.
		if (!sign.said && !/^(?:摄氏度|℃|°C)$/.test(unit[0])) continue;
		// 最高12℃, 最低-5℃: the day's high and low, not a cap or a floor on a figure.
		const extreme = /^最[高低]/.test(m.text) && m.approx;
		if (extreme) {
			m.start += 2;
			m.approx = false;
			delete m.bound;
		}
		setTemperature(text, m, extreme ? chineseSign(text, m) : sign, m.end + unit[0].length);
		// 零下18摄氏度以下, 35℃以上: a bound after the unit bounds the temperature.
		const after = /^(?:及以下|及以上|以下|以上|以内|左右)/.exec(text.slice(m.end));
		if (after && !m.bound) {
			m.bound = after[0] === '左右' ? 'about' : boundOf(after[0]);
			m.approx = true;
			m.end += after[0].length;
			m.text = text.slice(m.start, m.end);
		}
	}
	return mentions;
}

/**
 * Gives the temperatures among an English reader's mentions their unit and sign, and drops the
 * "zero" of "below zero".
 *
 * @example
 * englishTemperatures('18 degrees below zero', findEnglishNumbers('18 degrees below zero'))
 * // [{ value: -18, unit: '°C', text: '18 degrees below zero', … }]
 */
export function englishTemperatures(text: string, mentions: NumberMention[]): NumberMention[] {
	const taken: NumberMention[] = [];
	const sorted = [...mentions].sort((a, b) => b.start - a.start);
	for (const m of sorted) {
		if (!plainFigure(m)) continue;
		// minus 5 to 3 degrees Celsius, between -15 and -3°C: the first end of a span of temperatures.
		if (firstEnd(text, m, sorted, /^\s*(?:to|and|-|–|—|~)\s*$/i)) {
			setTemperature(text, m, englishSign(text, m, m.end), m.end);
			continue;
		}
		let unit = EN_UNIT.exec(text.slice(m.end));
		let unitEnd = m.end + (unit?.[0].length ?? 0);
		// "minus 18 degrees Celsius or below": a bound said after the noun holds the unit already.
		const figure = !unit && m.bound ? /^[\d.,]+/.exec(m.text) : null;
		if (figure) {
			unit = EN_UNIT.exec(m.text.slice(figure[0].length));
			unitEnd = m.start + figure[0].length + (unit?.[0].length ?? 0);
		}
		if (!unit) continue;
		const sign = englishSign(text, m, unitEnd);
		if (!sign.said && !/°|℃|celsius|centigrade/i.test(unit[0])) continue;
		setTemperature(text, m, sign, unitEnd);
		// -20°C or below: a bound said after the unit, when the reader did not take it.
		const bound =
			/^\s+(?:or|and)\s+(below|lower|under|less|colder|above|higher|over|more|warmer)(?![A-Za-z])/i.exec(
				text.slice(m.end)
			);
		if (bound && !m.bound) {
			m.bound = /^(?:below|lower|under|less|colder)$/i.test(bound[1]) ? 'atMost' : 'atLeast';
			m.approx = true;
			m.end += bound[0].length;
			m.text = text.slice(m.start, m.end);
		}
		taken.push(m);
	}
	return mentions.filter(
		(x) => !taken.some((m) => x !== m && x.start >= m.start && x.end <= m.end)
	);
}

/** Whether a temperature follows the figure across a range's joining word only. */
function firstEnd(
	text: string,
	m: NumberMention,
	mentions: NumberMention[],
	joiner: RegExp
): boolean {
	const next = mentions
		.filter((x) => x.start >= m.end)
		.reduce<NumberMention | undefined>((a, x) => (!a || x.start < a.start ? x : a), undefined);
	if (next?.unit !== '°C') return false;
	// The next one's sign is part of it (-3℃, 零上3度); what lies between must join the two.
	return joiner.test(text.slice(m.end, next.start));
}

function setTemperature(text: string, m: NumberMention, sign: Sign, unitEnd: number): void {
	m.start -= sign.before;
	m.end = Math.max(m.end, unitEnd + sign.after);
	m.value = sign.sign * m.value;
	m.unit = '°C';
	m.text = text.slice(m.start, m.end);
	m.weak = false;
}
