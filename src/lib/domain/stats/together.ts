/**
 * Paragraphs translated together (Segment.translatedWith): a draft merged several Chinese
 * paragraphs into one English paragraph that could not be split cleanly, so the group's English
 * sits in its first paragraph and the others point at it. Progress, QA and every export read
 * groups through these helpers, so a stale pointer (the first paragraph deleted or moved after
 * its members) counts as no group at all.
 */
import type { Segment, SegmentStatus } from '../types.ts';

type Member = Pick<Segment, 'id' | 'order' | 'translatedWith'> & { target?: string };

/**
 * The lead of every paragraph translated together with another, by member id. Kept only when
 * the lead exists, comes earlier in the document and is not itself a member, and the member has
 * no English of its own (text typed there is never hidden behind a group).
 *
 * @example
 * togetherLeads([{ id: 'a', order: 0 }, { id: 'b', order: 1, translatedWith: 'a' }]) // Map { 'b' => 'a' }
 */
export function togetherLeads(segments: readonly Member[]): Map<string, string> {
	const byId = new Map(segments.map((s) => [s.id, s]));
	const leads = new Map<string, string>();
	for (const s of segments) {
		const lead = s.translatedWith ? byId.get(s.translatedWith) : undefined;
		if (!lead || lead.order >= s.order || lead.translatedWith || s.target?.trim()) continue;
		leads.set(s.id, lead.id);
	}
	return leads;
}

/**
 * The groups of paragraphs translated together, lead first, members in document order.
 *
 * @example
 * togetherGroups(segments).get('a') // ['a', 'b', 'c']
 */
export function togetherGroups<T extends Member>(segments: readonly T[]): Map<string, T[]> {
	const leads = togetherLeads(segments);
	const byId = new Map(segments.map((s) => [s.id, s]));
	const groups = new Map<string, T[]>();
	for (const s of [...segments].sort((a, b) => a.order - b.order)) {
		const lead = leads.get(s.id);
		if (!lead) continue;
		const group = groups.get(lead) ?? [byId.get(lead)!];
		group.push(s);
		groups.set(lead, group);
	}
	return groups;
}

const RANK: Record<SegmentStatus, number> = { new: 0, draft: 1, translated: 2, reviewed: 3 };

/**
 * Whether status `a` is at least `b` (new < draft < translated < reviewed).
 *
 * @example
 * statusAtLeast('reviewed', 'translated') // true
 */
export function statusAtLeast(a: SegmentStatus, b: SegmentStatus): boolean {
	return RANK[a] >= RANK[b];
}

/**
 * The status a paragraph counts with: a member of a group counts as its lead does (the lead's
 * English covers it), any other paragraph as itself.
 *
 * @example
 * effectiveStatuses(segments).get('b') // 'translated' when its lead 'a' is translated
 */
export function effectiveStatuses(
	segments: readonly (Member & Pick<Segment, 'status'>)[]
): Map<string, SegmentStatus> {
	const leads = togetherLeads(segments);
	const byId = new Map(segments.map((s) => [s.id, s]));
	return new Map(
		segments.map((s) => {
			const lead = leads.get(s.id);
			return [s.id, lead ? byId.get(lead)!.status : s.status];
		})
	);
}

/**
 * How many paragraphs are confirmed (translated or reviewed), a paragraph translated together
 * with another counting as that one does.
 *
 * @example
 * confirmedCount(segments) // 18
 */
export function confirmedCount(segments: readonly (Member & Pick<Segment, 'status'>)[]): number {
	let n = 0;
	for (const status of effectiveStatuses(segments).values())
		if (statusAtLeast(status, 'translated')) n++;
	return n;
}

/**
 * A paragraph as the TM and QA see it: the first paragraph of a group translated together with
 * the Chinese of the whole group (its English covers all of it), any other paragraph as it is.
 *
 * @example
 * withGroupSource(lead, segments).source // '签约项目22个，金额105亿元。'
 */
export function withGroupSource<T extends Member & Pick<Segment, 'source'>>(
	segment: T,
	segments: readonly T[]
): T {
	const group = togetherGroups(segments).get(segment.id);
	return group ? { ...segment, source: group.map((g) => g.source).join('') } : segment;
}
