/**
 * Importing an English draft and aligning it, from the bytes of a file (or pasted text) to the
 * draft stored with its alignment. The same steps run in the alignment worker, so a 20,000-
 * paragraph draft's text and the document's Chinese never cross to the page (cloning and packing
 * them were main-thread tasks of 0.3–0.6 s), and in the page when the aligner has no worker
 * (tests). The page then reads the stored draft a chunk at a time, as it does on a reload.
 */
import {
	cutParagraphs,
	type AlignmentBead,
	type CutParagraph,
	type GlossaryPair,
	type UnitKinds
} from '../domain/alignment/index.ts';
import {
	glossaryPairs,
	originalOrderUnits,
	segmentBeads,
	toStoredBeads,
	type MovedFragment
} from '../domain/alignment-edit/index.ts';
import { readDraft, readPastedDraft } from '../domain/text/draft.ts';
import type { FormatIssue, Segment } from '../domain/types.ts';
import type { Repos } from '../db/repos/index.ts';

/** A draft to import: a file's bytes (any document the import reads) or pasted text. */
export type DraftSource = { name: string; bytes: Uint8Array } | { name: string; text: string };

/**
 * Why an import was refused: the UI turns the code into words; an unreadable file carries the
 * import's issue (its code is translated as on the import screen).
 */
export type ImportProblem = 'unreadable' | 'empty' | 'no_segments';

/** What an import did: the draft stored (aligned, or not when the run was cancelled), or why not. */
export type DraftImport =
	| { ok: true; draftId: string; aligned: boolean }
	| { ok: false; reason: ImportProblem; issue?: FormatIssue };

/**
 * Aligns Chinese paragraphs (of these kinds, with the paragraphs the repair joined across
 * captions set inside them) with English ones; null when cancelled.
 */
export type RunAligner = (
	zh: string[],
	en: string[],
	glossary: GlossaryPair[],
	kinds: UnitKinds['zh'],
	cuts?: readonly CutParagraph[]
) => Promise<AlignmentBead[] | null>;

/** The project's glossaries as anchors for the aligner. */
export async function projectGlossaryPairs(
	repos: Repos,
	projectId: string
): Promise<GlossaryPair[]> {
	const project = await repos.projects.get(projectId);
	return glossaryPairs(await repos.glossaries.entries(project?.glossaryIds ?? []));
}

/**
 * Paragraphs the import's repair joined across captions or credits set inside them, from the
 * segments' blocks (Segment.joined) and the texts the repair kept of them.
 */
export async function projectCuts(
	repos: Repos,
	projectId: string,
	segments: readonly Segment[]
): Promise<CutParagraph[]> {
	if (!segments.some((s) => (s.joined?.length ?? 0) > 1)) return [];
	const texts = await repos.repairs.blockTexts(projectId);
	return cutParagraphs(
		segments.map((s) => ({ text: s.source, kind: s.kind, joined: s.joined })),
		(b) => texts.get(b)
	);
}

/** Displaced fragments the import's repair moved back into their paragraphs (accepted). */
async function movedFragments(repos: Repos, projectId: string): Promise<MovedFragment[]> {
	const rows = await repos.repairs.list(projectId);
	return rows
		.filter((r) => r.accepted && r.proposalId.startsWith('move-join:') && r.blocks?.length === 2)
		.map((r) => ({ host: r.blocks![0], fragment: r.blocks![1], text: r.texts?.[1] ?? '' }));
}

/** Decodes and stores a draft, then aligns it (see alignDraft). */
export async function importDraft(
	repos: Repos,
	projectId: string,
	source: DraftSource,
	run: RunAligner
): Promise<DraftImport> {
	const read =
		'bytes' in source ? readDraft(source.bytes, source.name) : readPastedDraft(source.text);
	if (!read.ok) {
		const empty = read.issue.code === 'import.empty';
		return empty
			? { ok: false, reason: 'empty' }
			: { ok: false, reason: 'unreadable', issue: read.issue };
	}
	if (!read.paragraphs.length) return { ok: false, reason: 'empty' };
	const segments = await repos.segments.list(projectId);
	if (!segments.length) return { ok: false, reason: 'no_segments' };
	const draft = await repos.drafts.create({
		projectId,
		name: source.name,
		text: read.text,
		paragraphs: read.paragraphs
	});
	const aligned = await alignDraft(repos, projectId, draft.id, run, segments, read.paragraphs);
	return { ok: true, draftId: draft.id, aligned };
}

/**
 * Runs the aligner over a stored draft's paragraphs and the project's segments and stores the
 * result as the draft's alignment, replacing any. Returns false when the run was cancelled.
 */
export async function alignDraft(
	repos: Repos,
	projectId: string,
	draftId: string,
	run: RunAligner,
	known?: Segment[],
	knownParagraphs?: string[]
): Promise<boolean> {
	const segments = known ?? (await repos.segments.list(projectId));
	const paragraphs = knownParagraphs ?? (await repos.drafts.get(draftId))?.paragraphs;
	if (!paragraphs) return false;
	const glossary = await projectGlossaryPairs(repos, projectId);
	// Fragments a repair moved are aligned where they stood in the imported document.
	const units = originalOrderUnits(segments, await movedFragments(repos, projectId));
	let beads: AlignmentBead[] | null = null;
	if (units) {
		const raw = await run(
			units.map((u) => u.text),
			paragraphs,
			glossary,
			units.map((u) => (u.fragment ? 'body' : segments[u.segment].kind))
		);
		if (!raw) return false;
		beads = segmentBeads(raw, units, segments.length, paragraphs.length);
	}
	if (!beads) {
		const raw = await run(
			segments.map((s) => s.source),
			paragraphs,
			glossary,
			segments.map((s) => s.kind),
			await projectCuts(repos, projectId, segments)
		);
		if (!raw) return false;
		beads = raw;
	}
	const plain = beads.map((b) => ({ zh: b.zh, en: b.en, score: b.score }));
	await repos.drafts.saveBeads(
		draftId,
		toStoredBeads(
			plain,
			segments.map((s) => s.id)
		)
	);
	return true;
}
