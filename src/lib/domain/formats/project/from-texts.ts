/**
 * A project file from already-cut paragraphs: the last step of `duiyi new` (and of the tests,
 * which build projects from the corpus). Segmentation, repair and alignment happen before; this
 * only assembles records.
 */
import type { Bead, Draft, SegmentKind, SegmentStatus } from '../../types.ts';
import { emptyProjectFile, type ProjectFile } from './project-file.ts';

export interface ParagraphInput {
	source: string;
	kind?: SegmentKind;
	target?: string;
	status?: SegmentStatus;
	score?: number;
	joined?: number[];
	/** Index of the earlier paragraph this one is translated together with (its English is there). */
	translatedWith?: number;
}

export interface ProjectFromTextsOptions {
	name: string;
	newId: () => string;
	now: number;
	sourceLang?: string;
	targetLang?: string;
	/** The imported English draft, its paragraphs and the alignment (beads by segment index). */
	draft?: {
		name: string;
		text: string;
		paragraphs: string[];
		beads: { zh: number[]; en: number[]; score: number }[];
	};
}

/**
 * Builds a project file from paragraphs.
 *
 * @example
 * projectFromParagraphs([{ source: '风华正茂勇争先', kind: 'title' }], { name: 'x', newId: () => 'id', now: 0 }).segments[0].kind // 'title'
 */
export function projectFromParagraphs(
	paragraphs: ParagraphInput[],
	options: ProjectFromTextsOptions
): ProjectFile {
	const { now, newId } = options;
	const file = emptyProjectFile({
		id: newId(),
		name: options.name,
		sourceLang: options.sourceLang ?? 'zh-CN',
		targetLang: options.targetLang ?? 'en',
		glossaryIds: [],
		settings: { disabledChecks: [] },
		createdAt: now,
		updatedAt: now
	});
	file.segments = paragraphs.map((p, order) => {
		const target = p.target ?? '';
		return {
			id: newId(),
			projectId: file.project.id,
			order,
			kind: p.kind ?? 'body',
			source: p.source,
			target,
			status: p.status ?? (target ? 'draft' : 'new'),
			locked: false,
			provenance: target ? (options.draft ? 'aligned' : 'imported') : 'typed',
			...(p.score !== undefined ? { score: p.score } : {}),
			...(p.joined && p.joined.length > 1 ? { joined: p.joined } : {}),
			updatedAt: now
		};
	});
	paragraphs.forEach((p, order) => {
		const lead = p.translatedWith !== undefined ? file.segments[p.translatedWith] : undefined;
		if (lead && p.translatedWith! < order) file.segments[order].translatedWith = lead.id;
	});
	if (options.draft) {
		const ids = file.segments.map((s) => s.id);
		const beads: Bead[] = options.draft.beads.map((b) => ({
			source: b.zh.map((i) => ids[i]).filter((x): x is string => !!x),
			target: b.en,
			score: b.score
		}));
		const draft: Draft = {
			id: newId(),
			projectId: file.project.id,
			name: options.draft.name,
			text: options.draft.text,
			paragraphs: options.draft.paragraphs,
			beads,
			accepted: true,
			createdAt: now,
			updatedAt: now
		};
		file.drafts.push(draft);
	}
	return file;
}
