/**
 * Aligning a draft with the document as it was imported. When paragraph repair moved a
 * displaced fragment (a paragraph's tail set elsewhere on the page) back to the paragraph it
 * ends, a draft translated from the original layout still has the fragment's English where the
 * fragment stood. The Chinese is then aligned in the original order — each moved fragment a unit
 * of its own at its old place — and the links are mapped back onto the segments, so that the
 * fragment's English is linked to the paragraph the fragment went to instead of left unlinked.
 */
import type { AlignmentBead } from '../types.ts';
import { coversExactly } from './beads.ts';

/** A fragment a repair moved: its block, the block of the paragraph it went to, its text. */
export interface MovedFragment {
	host: number;
	fragment: number;
	text: string;
}

/** A Chinese unit to align: a segment's text, or a moved fragment of it. */
export interface AlignUnit {
	text: string;
	/** Segment position the unit belongs to. */
	segment: number;
	fragment?: true;
}

type Placed = AlignUnit & { at: number };

/**
 * The Chinese units in the imported order, or null when no fragment was moved or the segments no
 * longer match the import (split or merged since): then the segments are aligned as they are.
 * Block positions of single-block segments are the positions no join holds, in order.
 *
 * @example
 * originalOrderUnits([{ source: '甲乙' , joined: [0, 2] }, { source: '丙' }], [{ host: 0, fragment: 2, text: '乙' }])
 * // [{ text: '甲', segment: 0 }, { text: '丙', segment: 1 }, { text: '乙', segment: 0, fragment: true }]
 */
export function originalOrderUnits(
	segments: readonly { source: string; joined?: number[] }[],
	moves: readonly MovedFragment[]
): AlignUnit[] | null {
	if (!moves.length) return null;
	const used = new Set(segments.flatMap((s) => s.joined ?? []));
	const singles = segments.filter((s) => !s.joined?.length).length;
	const total = used.size + singles;
	const free: number[] = [];
	for (let i = 0; i < total; i++) if (!used.has(i)) free.push(i);
	if (free.length !== singles) return null;
	let next = 0;
	const heads = segments.map((s) => (s.joined?.length ? s.joined[0] : free[next++]));
	if (heads.some((h, i) => i > 0 && h <= heads[i - 1])) return null;
	const units: Placed[] = segments.map((s, i) => ({ text: s.source, segment: i, at: heads[i] }));
	let moved = 0;
	for (const move of moves) {
		const i = segments.findIndex(
			(s) => s.joined?.includes(move.host) && s.joined.includes(move.fragment)
		);
		const text = move.text.trim();
		const cut = i < 0 || !text ? -1 : units[i].text.lastIndexOf(text);
		if (cut <= 0) continue;
		units[i] = {
			...units[i],
			text: units[i].text.slice(0, cut) + units[i].text.slice(cut + text.length)
		};
		units.push({ text, segment: i, fragment: true, at: move.fragment });
		moved++;
	}
	if (!moved) return null;
	return units.sort((a, b) => a.at - b.at).map(({ at: _at, ...unit }) => unit);
}

/**
 * Links over the units of originalOrderUnits as links over segments: a fragment's link, when it
 * holds nothing else of the Chinese, gives its English to the link of the fragment's paragraph
 * (out of order, shown as crossing); otherwise the fragment just leaves it. Null when the
 * result would not cover every segment and draft paragraph once.
 *
 * @example
 * segmentBeads([{ zh: [0], en: [0], score: 0.9 }, { zh: [1], en: [1], score: 0.9 }, { zh: [2], en: [2], score: 0.8 }], units, 2, 3)
 * // [{ zh: [0], en: [0, 2], score: 0.9 }, { zh: [1], en: [1], score: 0.9 }]
 */
export function segmentBeads(
	beads: readonly AlignmentBead[],
	units: readonly AlignUnit[],
	segmentCount: number,
	enCount: number
): AlignmentBead[] | null {
	const out: AlignmentBead[] = [];
	const home = new Map<number, AlignmentBead>();
	const orphans: { segment: number; en: number[] }[] = [];
	for (const bead of beads) {
		const main = bead.zh.filter((u) => !units[u]?.fragment).map((u) => units[u].segment);
		if (!main.length && bead.zh.length) {
			orphans.push(...bead.zh.map((u) => ({ segment: units[u].segment, en: [] as number[] })));
			orphans[orphans.length - 1].en = [...bead.en];
			continue;
		}
		const made: AlignmentBead = { zh: [...new Set(main)], en: [...bead.en], score: bead.score };
		for (const s of made.zh) home.set(s, made);
		out.push(made);
	}
	for (const orphan of orphans) {
		const bead = home.get(orphan.segment);
		if (!bead) return null;
		bead.en = [...bead.en, ...orphan.en].sort((a, b) => a - b);
	}
	return coversExactly(out, segmentCount, enCount) ? out : null;
}
