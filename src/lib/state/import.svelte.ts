/**
 * The import screen's state: a file or pasted text read by the domain's import, the proposed
 * kinds, joins and moves with the translator's decision on each, the paragraphs they give, and
 * the creation of the project (segments and the decisions kept for later undo).
 */
import type { FormatIssue, Project, SegmentKind } from '$lib/domain/types.ts';
import { importDocument, importPasted, type ImportedDocument } from '$lib/domain/import/index.ts';
import { segmentBlocks, type SegmentedUnit } from '$lib/domain/import/segment-document.ts';
import {
	repairBlocks,
	type RepairItem,
	type RepairProposal
} from '$lib/domain/segmentation/repair.ts';
import type { TextBlock } from '$lib/domain/segmentation/blocks.ts';
import type { Repos } from '$lib/db/repos/index.ts';

/** What the project list's form hands to the import screen. */
export interface ImportHandOff {
	name: string;
	text?: string;
	file?: { name: string; bytes: Uint8Array };
}

let handed: ImportHandOff | null = null;

/** Leaves text or a file for the import screen (read once by {@link takeHandOff}). */
export function handOff(input: ImportHandOff): void {
	handed = input;
}

export function takeHandOff(): ImportHandOff | null {
	const value = handed;
	handed = null;
	return value;
}

/** A block as the screen lists it. */
export interface BlockView {
	index: number;
	text: string;
	kind: SegmentKind;
	/** The kind proposal for this block, if the import inferred a kind. */
	kindProposal?: RepairItem;
	/** Joins and moves that bring this block onto an earlier one (shown just before it). */
	links: RepairItem[];
}

export class ImportState {
	name = $state('');
	source = $state('');
	doc = $state.raw<ImportedDocument | null>(null);
	issues = $state.raw<FormatIssue[]>([]);
	proposal = $state.raw<RepairProposal>({ kinds: [], proposals: [] });
	decisions = $state.raw<Record<string, boolean>>({});
	kindOverrides = $state.raw<Record<number, SegmentKind>>({});
	busy = $state(false);

	blocks = $derived<readonly TextBlock[]>(this.doc?.blocks ?? []);
	links = $derived(this.proposal.proposals.filter((p) => p.kind !== 'kind'));
	acceptedLinks = $derived(this.links.filter((p) => this.decisions[p.id] !== false).length);

	/** Decisions as applied: a kind chosen by hand rejects the inferred one. */
	effectiveDecisions = $derived.by(() => {
		const d = { ...this.decisions };
		for (const i of Object.keys(this.kindOverrides)) d[`kind:${i}`] = false;
		return d;
	});

	units = $derived.by<SegmentedUnit[]>(() => {
		const blocks = this.blocks.map((b, i) =>
			this.kindOverrides[i] ? { ...b, kind: this.kindOverrides[i] } : b
		);
		return segmentBlocks(
			blocks,
			{ repair: true, decisions: this.effectiveDecisions },
			this.proposal
		);
	});

	views = $derived.by<BlockView[]>(() => {
		const kindOf = new Map<number, RepairItem>();
		const linksTo = new Map<number, RepairItem[]>();
		for (const p of this.proposal.proposals) {
			if (p.kind === 'kind') kindOf.set(p.blocks[0], p);
			else linksTo.set(p.blocks[1], [...(linksTo.get(p.blocks[1]) ?? []), p]);
		}
		return this.blocks.map((b, index) => ({
			index,
			text: b.text,
			kind: this.kindOverrides[index] ?? this.proposal.kinds[index] ?? b.kind ?? 'body',
			kindProposal: kindOf.get(index),
			links: linksTo.get(index) ?? []
		}));
	});

	/** Reads a file; on a bad file shows the domain's issues and keeps nothing. */
	openFile(bytes: Uint8Array, fileName: string): boolean {
		if (!this.name.trim()) this.name = fileName.replace(/\.[^.]+$/, '');
		this.source = fileName;
		return this.#load(importDocument(bytes, fileName));
	}

	/** Reads pasted text, or the HTML flavour of pasted rich text (text only comes through). */
	paste(text: string, type: 'text' | 'html' = 'text'): boolean {
		this.source = '';
		return this.#load(importPasted(text, type));
	}

	#load(result: { value: ImportedDocument | null; issues: FormatIssue[] }): boolean {
		this.issues = result.issues;
		this.doc = result.value;
		this.proposal = result.value ? repairBlocks(result.value.blocks) : { kinds: [], proposals: [] };
		this.decisions = {};
		this.kindOverrides = {};
		return result.value !== null;
	}

	setDecision(id: string, accepted: boolean): void {
		this.decisions = { ...this.decisions, [id]: accepted };
	}

	/** Accepts or rejects every join and move at once. */
	setAll(accepted: boolean): void {
		const next = { ...this.decisions };
		for (const p of this.links) next[p.id] = accepted;
		this.decisions = next;
	}

	setKind(index: number, kind: SegmentKind): void {
		this.kindOverrides = { ...this.kindOverrides, [index]: kind };
	}

	/** Creates the project: the repaired paragraphs as segments, the decisions kept. */
	async create(repos: Repos): Promise<Project | null> {
		const units = this.units;
		if (!this.doc || units.length === 0 || this.busy) return null;
		this.busy = true;
		try {
			return await repos.repairs.createProject(
				{
					name: this.name.trim() || units[0].text.slice(0, 40),
					segments: units.map((u) => ({ source: u.text, kind: u.kind, joined: u.joined }))
				},
				this.proposal.proposals,
				this.effectiveDecisions,
				this.blocks
			);
		} finally {
			this.busy = false;
		}
	}
}
