/**
 * Numbers in another order in the English than in the Chinese: two percentages, sums, counts or
 * years that traded places (number_order), told from an English sentence that only moved a
 * clause with its figures.
 */
import { compareMentions, familyOf, type NumberMention } from '../numbers/index.ts';
import type { Finding } from './finding.ts';
import { measureOf } from './number-units.ts';

/** A number of the Chinese and the number of the English it was matched with. */
export interface Pair {
	s: NumberMention;
	t: NumberMention;
}

/** Sentence number of each offset of a Chinese text (split after 。！？；). */
function sentenceOf(text: string, offset: number): number {
	let n = 0;
	for (let i = 0; i < offset && i < text.length; i++) if ('。！？；!?;'.includes(text[i])) n++;
	return n;
}

/** Clause number of an offset of a Chinese text (split after ，、：, and the sentence ends). */
function clauseOf(text: string, offset: number): number {
	let n = 0;
	for (let i = 0; i < offset && i < text.length; i++)
		if ('，、：。！？；,:!?;'.includes(text[i])) n++;
	return n;
}

/** What can be swapped with what: percentages, sums, counts, years. */
function swapGroup(p: Pair): string | undefined {
	const { s } = p;
	if (s.weak || p.t.weak || s.high !== undefined || compareMentions(s, p.t) !== 'equal') return;
	if (familyOf(s) === 'percent') return 'percent';
	if (s.kind === 'money') return 'money';
	if (s.kind === 'year') return 'year';
	if (s.kind === 'quantity' && s.unit !== 'fraction' && s.unit !== 'top') return 'count';
	return undefined;
}

/**
 * Numbers of one kind in one Chinese sentence that come in the opposite order in the English,
 * each equal to the other's value: a swap (增长10%，其中…增长18.1% / grew 18.1% … 10%; 在校生38.7万人，
 * 专任教师2.6万人 / 26,000 students and 387,000 teachers). When numbers of another kind in the
 * sentence change order too, the English has moved a clause (rose to 14,600 yuan in 2022 from
 * 2,800 yuan in 2015), and nothing is reported. Also: two figures of different sentences
 * exchanged in an otherwise unchanged order, and figures that traded units of measure.
 *
 * @example
 * numberOrder('增长10%，其中锂电增长18.1%', 'up 18.1%, lithium batteries up 10%', pairs)
 * // [{ code: 'number_order', params: { first: '10%', second: '18.1%', … } }]
 */
export function numberOrder(source: string, target: string, pairs: Pair[]): Finding[] {
	const findings: Finding[] = [];
	const bySentence = new Map<number, Map<string, Pair[]>>();
	for (const p of pairs) {
		const group = swapGroup(p);
		if (!group) continue;
		const sentence = sentenceOf(source, p.s.start);
		const groups = bySentence.get(sentence) ?? new Map<string, Pair[]>();
		groups.set(group, [...(groups.get(group) ?? []), p]);
		bySentence.set(sentence, groups);
	}
	for (const groups of bySentence.values()) {
		const displacedByGroup = [...groups.values()]
			.map((group) => {
				const bySource = [...group].sort((a, b) => a.s.start - b.s.start);
				const byTarget = [...group].sort((a, b) => a.t.start - b.t.start);
				return bySource.filter(
					(p, rank) => byTarget[rank] !== p && compareMentions(byTarget[rank].s, p.s) !== 'equal'
				);
			})
			.filter((displaced) => {
				if (displaced.length < 2) return false;
				// Counts of one thing (38.7万人 … 2.6万人) or in clauses of their own (企业1.1万家、职工
				// 32万人); inside one clause the English may order them its own way (为3000余人开展
				// 培训48期 / 48 sessions for more than 3,000 people; 10方面40条 / 40 measures in 10 areas).
				if (displaced.some((p) => swapGroup(p) !== 'count')) return true;
				const units = new Set(displaced.map((p) => p.s.unit ?? ''));
				const clauses = new Set(displaced.map((p) => clauseOf(source, p.s.start)));
				if (partOfWhole(displaced, source)) return false;
				if (units.size === 1) return true;
				if (nounPhraseList(displaced, source)) return false;
				// Counts of different things in clauses of their own, unless the English nouns show
				// the sentence turned round with its figures ("85,000 students attend 120 schools").
				return (
					clauses.size === displaced.length &&
					!displaced.every((p) => nounAgrees(p, target) === true)
				);
			});
		if (displacedByGroup.length !== 1) continue;
		const displaced = displacedByGroup[0];
		const first = displaced[0];
		const last = displaced[displaced.length - 1];
		const inTarget = [...displaced].sort((a, b) => a.t.start - b.t.start);
		findings.push(orderFinding(first, last, inTarget));
	}
	for (const f of [...transpositions(source, pairs), ...unitSwaps(pairs)]) {
		if (!findings.some((g) => g.source === f.source && g.target === f.target)) findings.push(f);
	}
	return findings;
}

/**
 * Counts that each qualify the noun after them (14个部门、37项业务, 5家银行和3家保险公司), listed
 * with 、 or 和 and no comma between: one noun phrase, which English may turn round ("37
 * procedures handled by 14 departments"). Not counts said after their noun (企业1.1万家、职工32万人),
 * which state figures one by one.
 */
function nounPhraseList(displaced: Pair[], source: string): boolean {
	const sorted = [...displaced].sort((a, b) => a.s.start - b.s.start);
	const attributive = sorted.every(
		(p) => p.s.unit !== undefined && /^\p{Script=Han}/u.test(source.slice(p.s.end))
	);
	const between = source.slice(sorted[0].s.end, sorted[sorted.length - 1].s.start);
	return attributive && !/[，,；;。：:！？!?]/u.test(between) && /[、和与及]/u.test(between);
}

/**
 * A part of a whole said whole first (全部52个泊位中的49个, 120家企业中有35家): English says the part
 * first ("49 of its 52 berths", "35 of the 120 firms").
 */
function partOfWhole(displaced: Pair[], source: string): boolean {
	if (displaced.length !== 2) return false;
	const [whole, part] = [...displaced].sort((a, b) => a.s.start - b.s.start);
	const between = source.slice(whole.s.end, part.s.start);
	return !/[，,；;。：:！？!?]/u.test(between) && /(?:中的|之中的?|中有|当中有?)$/u.test(between);
}

/** What a Chinese counter counts, as the English nouns that may follow the figure. */
const COUNTED: [RegExp, RegExp][] = [
	[
		/^(人|名|位|人次)$/,
		/^(people|persons?|residents?|students?|pupils?|employees?|workers?|staff|teachers?|visitors?|tourists?|talents?|professionals?|entrepreneurs?|farmers?|villagers?|graduates?|volunteers?|patients?|researchers?|experts?|doctors?|officials?|jobseekers?|trainees?|visits?)$/i
	],
	[
		/^家$/,
		/^(companies|company|enterprises?|firms?|businesses|institutions?|banks?|hospitals?|stores?|shops?|exhibitors?|associations?)$/i
	],
	[/^所$/, /^(schools?|hospitals?|institutions?|universities|colleges?|kindergartens?)$/i],
	[/^张$/, /^(beds?|tickets?|cards?)$/i],
	[/^户$/, /^(households?|families|family|entities|entity|businesses|firms?|taxpayers?)$/i],
	[/^套$/, /^(homes?|units?|apartments?|houses?|flats?|sets?)$/i],
	[/^项$/, /^(projects?|items?|measures?|tasks?|patents?|services?|indicators?)$/i],
	[/^条$/, /^(measures?|lines?|roads?|policies|articles?|routes?)$/i],
	[/^辆$/, /^(vehicles?|cars?|buses|units?)$/i]
];

/**
 * Whether the English noun after a figure counts what the Chinese counter counts (students for
 * 人, schools for 所); undefined when the counter or the English says nothing specific.
 */
function nounAgrees(p: Pair, target: string): boolean | undefined {
	const counted = COUNTED.find(([counter]) => counter.test(p.s.unit ?? ''));
	if (!counted) return undefined;
	const words = (target.slice(p.t.end, p.t.end + 40).match(/[A-Za-z]+/g) ?? []).slice(0, 3);
	const known = words.find((w) => COUNTED.some(([, nouns]) => nouns.test(w)));
	return known === undefined ? undefined : counted[1].test(known);
}

/**
 * Two figures of one kind from different Chinese sentences whose places in the English are
 * exchanged while every other figure keeps its order (增长6.1%；…增长8.3% / up 8.3% … up 6.1%):
 * the English order is the Chinese order with just these two swapped.
 */
function transpositions(source: string, pairs: Pair[]): Finding[] {
	const findings: Finding[] = [];
	const bySource = [...pairs].sort((a, b) => a.s.start - b.s.start);
	const rank = new Map(bySource.map((p, i) => [p, i]));
	const byTarget = [...pairs].sort((a, b) => a.t.start - b.t.start);
	for (let i = 0; i < byTarget.length; i++) {
		for (let j = i + 1; j < byTarget.length; j++) {
			const q = byTarget[i];
			const p = byTarget[j];
			const group = swapGroup(p);
			if (!group || group !== swapGroup(q)) continue;
			if (rank.get(p)! > rank.get(q)!) continue;
			if (sentenceOf(source, p.s.start) === sentenceOf(source, q.s.start)) continue;
			if (compareMentions(p.s, q.s) === 'equal') continue;
			const order = [...byTarget];
			order[i] = p;
			order[j] = q;
			if (order.every((x, k) => rank.get(x) === k)) {
				findings.push(orderFinding(p, q, [q, p]));
			}
		}
	}
	return findings;
}

function orderFinding(first: Pair, last: Pair, inTarget: Pair[]): Finding {
	const target = inTarget.map((p) => p.t.text).join(' … ');
	return {
		code: 'number_order',
		params: { first: first.s.text, second: last.s.text, target },
		source: `${first.s.text} … ${last.s.text}`,
		target,
		sourceSpan: [first.s.start, last.s.end],
		targetSpan: [inTarget[0].t.start, inTarget[inTarget.length - 1].t.end]
	};
}

/**
 * Figures that traded places between units of measure: 10万吨 … 两千人 / 2,000 tonnes … 100,000
 * jobs. Each Chinese unit is found in the English, but on the other figure.
 */
function unitSwaps(pairs: Pair[]): Finding[] {
	const findings: Finding[] = [];
	const seen = new Set<Pair>();
	for (const p of pairs) {
		const unit = measureOf(p.s.unit);
		if (!unit || measureOf(p.t.unit) === unit || seen.has(p)) continue;
		const q = pairs.find(
			(x) => x !== p && !seen.has(x) && measureOf(x.t.unit) === unit && measureOf(x.s.unit) !== unit
		);
		if (!q) continue;
		seen.add(p);
		seen.add(q);
		const [first, last] = p.s.start < q.s.start ? [p, q] : [q, p];
		findings.push(orderFinding(first, last, p.t.start < q.t.start ? [p, q] : [q, p]));
	}
	return findings;
}
