/**
 * Who else is on which paragraph of the open team project, for the rows to show it (the team bar
 * fills it from the sync's awareness; a row reads its own paragraph's entry).
 */
import type { Presence } from '$lib/state/sync.svelte.ts';

export interface RowPresence {
	user: string;
	typing: boolean;
}

export const presence = $state<{ bySegment: Record<string, RowPresence[]> }>({ bySegment: {} });

export function showPresence(others: Presence[]): void {
	const bySegment: Record<string, RowPresence[]> = {};
	for (const { user, segmentId, typing } of others) {
		if (!segmentId) continue;
		const row = (bySegment[segmentId] ??= []);
		const same = row.find((p) => p.user === user);
		if (same) same.typing ||= typing;
		else row.push({ user, typing });
	}
	presence.bySegment = bySegment;
}
