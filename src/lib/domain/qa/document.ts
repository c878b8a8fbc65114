/**
 * Checks across the units of a document: consistency of repeated sources and targets, and the
 * length of each target against the document's own ratio of English to Chinese.
 */
import type { Finding } from './finding.ts';

export interface UnitText {
	source: string;
	target: string;
}

function normaliseSource(text: string): string {
	return text.replace(/\s+/g, '').replace(/[。．.！!？?；;，,]+$/u, '');
}

function normaliseTarget(text: string): string {
	return text
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[.!?;,:\s]+$/u, '')
		.trim();
}

/**
 * The same source translated differently (reported on the later units, pointing at the first),
 * and different sources translated the same way.
 *
 * @example
 * checkConsistency([{ source: '现场', target: 'The scene' }, { source: '现场', target: 'On site' }])
 * // [[], [{ code: 'inconsistent_target', params: { otherUnit: 0, … } }]]
 */
export function checkConsistency(units: readonly UnitText[]): Finding[][] {
	const out: Finding[][] = units.map(() => []);
	const bySource = new Map<string, number>();
	const byTarget = new Map<string, number>();
	units.forEach((u, i) => {
		const src = normaliseSource(u.source);
		const tgt = normaliseTarget(u.target);
		if (!src || !tgt) return;
		const first = bySource.get(src);
		if (first === undefined) bySource.set(src, i);
		else if (normaliseTarget(units[first].target) !== tgt) {
			out[i].push({
				code: 'inconsistent_target',
				params: {
					otherUnit: first,
					otherNumber: first + 1,
					otherTarget: units[first].target.slice(0, 80)
				},
				source: u.source,
				target: u.target
			});
		}
		const same = byTarget.get(tgt);
		if (same === undefined) byTarget.set(tgt, i);
		else if (normaliseSource(units[same].source) !== src) {
			out[i].push({
				code: 'inconsistent_source',
				params: {
					otherUnit: same,
					otherNumber: same + 1,
					otherSource: units[same].source.slice(0, 40)
				},
				source: u.source,
				target: u.target
			});
		}
	});
	return out;
}

/** English characters per Chinese character in a typical translation, when the document is too short to say. */
export const DEFAULT_LENGTH_RATIO = 3.2;
/** How far a unit may stray from the document's ratio, as a factor either way. */
export const LENGTH_TOLERANCE = 2;
/** Units shorter than this (in Chinese characters) are not judged: titles, captions. */
export const LENGTH_MIN_SOURCE = 20;

function visible(text: string): number {
	return text.replace(/\s+/g, '').length;
}

/** English characters per Chinese character over the document: the median of its units. */
export function documentLengthRatio(units: readonly UnitText[]): number {
	const ratios = units
		.filter((u) => visible(u.source) >= LENGTH_MIN_SOURCE && visible(u.target) > 0)
		.map((u) => visible(u.target) / visible(u.source))
		.sort((a, b) => a - b);
	if (ratios.length < 3) return DEFAULT_LENGTH_RATIO;
	const mid = ratios.length >> 1;
	return ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
}

/**
 * A target far shorter or longer than its source predicts under the document's ratio.
 *
 * @example
 * checkLength('设立20年的宜春经济技术开发区用实际行动给出了答案。', 'Yes.', 3.2)
 * // [{ code: 'length_short', params: { ratio: 0.16, expected: 3.2 } }]
 */
export function checkLength(source: string, target: string, ratio: number): Finding[] {
	const zh = visible(source);
	const en = visible(target);
	if (zh < LENGTH_MIN_SOURCE || en === 0) return [];
	const actual = en / zh;
	const params = {
		ratio: Math.round(actual * 100) / 100,
		expected: Math.round(ratio * 100) / 100,
		sourceLength: zh,
		targetLength: en
	};
	if (actual < ratio / LENGTH_TOLERANCE) return [{ code: 'length_short', params }];
	if (actual > ratio * LENGTH_TOLERANCE) return [{ code: 'length_long', params }];
	return [];
}
