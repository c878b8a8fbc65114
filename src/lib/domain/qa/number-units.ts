/** Units of measure in the number check: which ones both readers name, and which differ. */
import type { NumberMention } from '../numbers/index.ts';

/** Units of measure both readers name the same way; a day and a working day are one. */
const MEASURE_UNITS = new Set(
	'tonne jin kg g mu hectare km km2 m m2 m3 cm mm W kW MW GW kWh MWh GWh L hour minute second day week month quarter year °C'.split(
		' '
	)
);
/**
 * The unit of measure a mention is in, for telling units apart; undefined for counters (家, 个),
 * currencies and percentages, which other parts of the check compare.
 *
 * @example
 * measureOf('workday') // 'day'
 * measureOf('家') // undefined
 */
export function measureOf(unit: string | undefined): string | undefined {
	if (unit === 'workday') return 'day';
	// 18个月 / a year and a half: the comparison converts between them.
	if (unit === 'year' || unit === 'month') return 'months';
	return unit && (MEASURE_UNITS.has(unit) || unit === 'top') ? unit : undefined;
}

/** Both sides name a unit of measure, and not the same one (mu / jin, tonnes / km). */
export function otherMeasure(s: NumberMention, t: NumberMention): boolean {
	// The base of a rate (每万人口 / per 10,000 people) is never a count or a measure.
	if ((s.unit === 'per') !== (t.unit === 'per')) return true;
	const a = measureOf(s.unit);
	const b = measureOf(t.unit);
	return a !== undefined && b !== undefined && a !== b;
}
