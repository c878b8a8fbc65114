/** Words for links, shared by the ladder's accessible names and its visible flags. */
import { t } from '$lib/i18n/index.svelte';
import { isDoubtful } from '$lib/domain/alignment-edit/index.ts';
import type { AlignmentBead } from '$lib/domain/types.ts';

/** 1-based paragraph numbers with runs folded: [2, 3, 4, 7] → "3–5, 8". */
export function numberList(units: number[]): string {
	const sorted = [...units].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		parts.push(j > i ? `${sorted[i] + 1}–${sorted[j] + 1}` : `${sorted[i] + 1}`);
		i = j;
	}
	return parts.join(', ');
}

/** The flags of a link, as translation keys: missing, extra, doubtful, locked, out of order. */
export function beadFlags(bead: AlignmentBead, crossing: boolean): string[] {
	const flags: string[] = [];
	if (bead.zh.length && !bead.en.length) flags.push('align.ladder.missing');
	if (!bead.zh.length && bead.en.length) flags.push('align.ladder.extra');
	if (isDoubtful(bead)) flags.push('align.ladder.doubtful');
	if (bead.locked) flags.push('align.ladder.locked');
	if (crossing) flags.push('align.ladder.crossing');
	return flags;
}

/** A link's accessible name: "Link 4: Chinese 4–5 ↔ English 4 (score 0.62), doubtful". */
export function beadLabel(bead: AlignmentBead, index: number, crossing: boolean): string {
	const zh = bead.zh.length
		? t('align.ladder.zh_units', { list: numberList(bead.zh) })
		: t('align.ladder.nothing');
	const en = bead.en.length
		? t('align.ladder.en_units', { list: numberList(bead.en) })
		: t('align.ladder.nothing');
	const base = t('align.ladder.bead', { n: index + 1, zh, en, score: bead.score.toFixed(2) });
	const flags = beadFlags(bead, crossing).map((key) => t(key));
	return flags.length ? `${base}, ${flags.join(', ')}` : base;
}
