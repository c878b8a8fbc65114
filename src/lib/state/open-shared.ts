/**
 * Opening a team project or glossary from the team lists: one way for both kinds. A project
 * is brought in by a sync run once (the editor keeps it in sync while open); a glossary is
 * linked and kept in sync in the background from then on.
 */
import type { Repos } from '$lib/db/repos/index.ts';
import { glossarySyncs } from './glossary-syncs.svelte.ts';
import { openShared } from './sync.svelte.ts';
import type { TeamSession } from './team.svelte.ts';

/** Brings a shared document into this browser; returns the local project or glossary id. */
export function openSharedDocument(
	repos: Repos,
	session: TeamSession,
	document: string
): Promise<string> {
	return document.startsWith('glossary:')
		? glossarySyncs(repos).open(session, document)
		: openShared(repos, session, document);
}
