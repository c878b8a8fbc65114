/**
 * The import screen's state: a file or pasted text read by the domain's import, the proposed
 * kinds, joins and moves with the translator's decision on each, the paragraphs they give, and
 * the creation of the project (segments and the decisions kept for later undo).
 */
import type { FormatIssue, Project, SegmentKind } from '$lib/domain/types.ts';
import type { ImportedDocument } from '$lib/domain/import/index.ts';
import type { InterchangeKind } from '$lib/domain/import/interchange.ts';
import { readImport, type ImportInput, type ImportRead } from '$lib/domain/import/read.ts';
import { segmentBlocks, type ImportedParagraph } from '$lib/domain/import/segment-document.ts';
import {
	manualJoin,
	type ManualJoinRefusal,
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
	/** The first block of the joined paragraph this caption or credit now follows. */
	movedAfter?: number;
}

/** What undo on the import screen puts back. */
interface ImportSnapshot {
	decisions: Record<string, boolean>;
	manual: RepairItem[];
	kindOverrides: Record<number, SegmentKind>;
}

/**
 * Reads a file or pasted text: the import screen hands in the import worker's client; the
 * default reads in place (tests under Node). Resolves null when a newer read replaced it.
 */
export type ImportReader = (input: ImportInput) => Promise<ImportRead | null>;

export class ImportState {
	#reader: ImportReader;
	#reads = 0;
	name = $state('');
	source = $state('');
	doc = $state.raw<ImportedDocument | null>(null);
	issues = $state.raw<FormatIssue[]>([]);
	/** The file opened is an XLIFF, TMX, TBX or Duiyi file: it belongs to another importer. */
	interchange = $state<InterchangeKind | null>(null);
	proposal = $state.raw<RepairProposal>({ kinds: [], proposals: [] });
	decisions = $state.raw<Record<string, boolean>>({});
	kindOverrides = $state.raw<Record<number, SegmentKind>>({});
	/** Joins the translator made by hand (any block onto any paragraph). */
	manual = $state.raw<RepairItem[]>([]);
	/** Earlier states, for undo (the last is the most recent). */
	history = $state.raw<ImportSnapshot[]>([]);
	busy = $state(false);
	/** Set while a file or pasted text is being read (in the worker). */
	reading = $state(false);

	constructor(reader: ImportReader = async (input) => readImport(input)) {
		this.#reader = reader;
	}

	blocks = $derived<readonly TextBlock[]>(this.doc?.blocks ?? []);
	/** The proposals and the joins made by hand, in the order they apply. */
	items = $derived<RepairItem[]>([...this.proposal.proposals, ...this.manual]);
	links = $derived(this.items.filter((p) => p.kind !== 'kind'));
	acceptedLinks = $derived(this.links.filter((p) => this.decisions[p.id] !== false).length);

	/** Decisions as applied: a kind chosen by hand rejects the inferred one. */
	effectiveDecisions = $derived.by(() => {
		const d = { ...this.decisions };
		for (const i of Object.keys(this.kindOverrides)) d[`kind:${i}`] = false;
		return d;
	});

	paragraphs = $derived.by<ImportedParagraph[]>(() => {
		const overrides = this.kindOverrides;
		const blocks = this.blocks.map((b, i) => (overrides[i] ? { ...b, kind: overrides[i] } : b));
		return segmentBlocks(
			blocks,
			{ repair: true, decisions: this.effectiveDecisions },
			{ kinds: this.proposal.kinds, proposals: this.items }
		);
	});

	views = $derived.by<BlockView[]>(() => {
		const kindOf = new Map<number, RepairItem>();
		const linksTo = new Map<number, RepairItem[]>();
		for (const p of this.items) {
			if (p.kind === 'kind') kindOf.set(p.blocks[0], p);
			else linksTo.set(p.blocks[1], [...(linksTo.get(p.blocks[1]) ?? []), p]);
		}
		const moved = new Map<number, number>();
		for (const u of this.paragraphs)
			if (u.movedAfter !== undefined) moved.set(u.joined[0], u.movedAfter);
		const overrides = this.kindOverrides;
		const kinds = this.proposal.kinds;
		return this.blocks.map((b, index) => ({
			index,
			text: b.text,
			kind: overrides[index] ?? kinds[index] ?? b.kind ?? 'body',
			kindProposal: kindOf.get(index),
			links: linksTo.get(index) ?? [],
			...(moved.has(index) ? { movedAfter: moved.get(index) } : {})
		}));
	});

	/** Reads a file; on a bad file shows the domain's issues and keeps nothing. */
	openFile(bytes: Uint8Array, fileName: string): Promise<boolean> {
		if (!this.name.trim()) this.name = fileName.replace(/\.[^.]+$/, '');
		this.source = fileName;
		return this.#load({ kind: 'file', bytes, fileName });
	}

	/** Reads pasted text, or the HTML flavour of pasted rich text (text only comes through). */
	paste(text: string, type: 'text' | 'html' = 'text'): Promise<boolean> {
		this.source = '';
		return this.#load({ kind: 'pasted', text, type });
	}

	async #load(input: ImportInput): Promise<boolean> {
		const token = ++this.#reads;
		this.reading = true;
		let read: ImportRead | null;
		try {
			read = await this.#reader(input);
		} finally {
			if (token === this.#reads) this.reading = false;
		}
		if (!read) return false; // a newer read replaced this one
		this.interchange = read.interchange;
		this.issues = read.issues;
		this.doc = read.doc;
		this.proposal = read.proposal;
		this.decisions = {};
		this.kindOverrides = {};
		this.manual = [];
		this.history = [];
		return read.doc !== null;
	}

	#remember(): void {
		const snapshot = {
			decisions: this.decisions,
			manual: this.manual,
			kindOverrides: this.kindOverrides
		};
		this.history = [...this.history.slice(-99), snapshot];
	}

	setDecision(id: string, accepted: boolean): void {
		this.#remember();
		this.decisions = { ...this.decisions, [id]: accepted };
	}

	/** Accepts or rejects every join and move at once. */
	setAll(accepted: boolean): void {
		this.#remember();
		const next = { ...this.decisions };
		for (const p of this.links) next[p.id] = accepted;
		this.decisions = next;
	}

	setKind(index: number, kind: SegmentKind): void {
		this.#remember();
		this.kindOverrides = { ...this.kindOverrides, [index]: kind };
	}

	/**
	 * Appends block `piece` (0-based) to the paragraph block `host` is in, whether or not a
	 * join was proposed; a link that brought `piece` elsewhere is undone. Returns why not, or null.
	 */
	joinByHand(host: number, piece: number): ManualJoinRefusal | null {
		const result = manualJoin(
			this.paragraphs,
			this.links,
			this.effectiveDecisions,
			host,
			piece,
			this.blocks.length
		);
		if ('refused' in result) return result.refused;
		this.#remember();
		this.#detach(result.detach);
		this.manual = [...this.manual.filter((m) => m.id !== result.item.id), result.item];
		this.decisions = { ...this.decisions, [result.item.id]: true };
		return null;
	}

	/** Cuts the paragraph before block `index`: the link that brought it there is undone. */
	splitBefore(index: number): void {
		const ids = this.links
			.filter((p) => p.blocks[1] === index && this.decisions[p.id] !== false)
			.map((p) => p.id);
		if (!ids.length) return;
		this.#remember();
		this.#detach(ids);
	}

	#detach(ids: string[]): void {
		const manual = new Set(this.manual.map((m) => m.id));
		this.manual = this.manual.filter((m) => !ids.includes(m.id));
		const next = { ...this.decisions };
		for (const id of ids) {
			if (manual.has(id)) delete next[id];
			else next[id] = false;
		}
		this.decisions = next;
	}

	/** Puts back the state before the last decision, join, split or kind change. */
	undo(): void {
		const last = this.history.at(-1);
		if (!last) return;
		this.history = this.history.slice(0, -1);
		this.decisions = last.decisions;
		this.manual = last.manual;
		this.kindOverrides = last.kindOverrides;
	}

	/** Creates the project: the repaired paragraphs as segments, the decisions kept. */
	async create(repos: Repos): Promise<Project | null> {
		const units = this.paragraphs;
		if (!this.doc || units.length === 0 || this.busy) return null;
		this.busy = true;
		try {
			return await repos.repairs.createProject(
				{
					name: this.name.trim() || units[0].text.slice(0, 40),
					segments: units.map((u) => ({ source: u.text, kind: u.kind, joined: u.joined }))
				},
				this.items,
				this.effectiveDecisions,
				this.blocks
			);
		} finally {
			this.busy = false;
		}
	}
}
