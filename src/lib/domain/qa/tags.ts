/**
 * Inline tags (codes of an imported XLIFF or TMX): every tag of the source once in the target,
 * no tag the source does not have, a start before its end and pairs not crossing.
 */
import type { InlineTag } from '../formats/xliff/inline.ts';
import { numberTags, type TagChip } from '../tags/index.ts';
import type { Finding } from './finding.ts';

const TAG = /[\uE000-\uF8FF]/;

/**
 * @example
 * checkTags('\uE000Gandalf\uE001', 'Gandalf\uE001', [bpt, ept])
 * // [{ code: 'tag_missing', params: { tag: '{1}' }, sourceSpan: [0, 1] }]
 */
export function checkTags(source: string, target: string, tags?: readonly InlineTag[]): Finding[] {
	if (!TAG.test(source) && !TAG.test(target)) return [];
	const chips = numberTags(source, target, tags);
	const positions = (text: string) => {
		const at = new Map<string, number[]>();
		[...text].forEach((char, i) => {
			if (!chips.has(char)) return;
			const list = at.get(char) ?? [];
			list.push(i);
			at.set(char, list);
		});
		return at;
	};
	// Offsets by code point are UTF-16 offsets only before any astral character: convert.
	const utf16 = (text: string, index: number) => [...text].slice(0, index).join('').length;
	const inSource = positions(source);
	const inTarget = positions(target);
	const findings: Finding[] = [];
	for (const [char, at] of inSource) {
		const have = inTarget.get(char)?.length ?? 0;
		for (const i of at.slice(have)) {
			const start = utf16(source, i);
			findings.push({
				code: 'tag_missing',
				params: { tag: chips.get(char)!.token },
				sourceSpan: [start, start + 1]
			});
		}
	}
	for (const [char, at] of inTarget) {
		const want = inSource.get(char)?.length ?? 0;
		for (const i of at.slice(want)) {
			const start = utf16(target, i);
			findings.push({
				code: 'tag_extra',
				params: { tag: chips.get(char)!.token },
				targetSpan: [start, start + 1]
			});
		}
	}
	findings.push(...checkNesting(target, chips));
	return findings;
}

/** A pair's end before its start, or two pairs crossing ({1}{2}{/1}{/2}), in the target. */
function checkNesting(target: string, chips: Map<string, TagChip>): Finding[] {
	const findings: Finding[] = [];
	const open: TagChip[] = [];
	const seen = new Set<number>();
	let offset = 0;
	for (const char of target) {
		const chip = chips.get(char);
		const span: [number, number] = [offset, offset + char.length];
		offset += char.length;
		if (!chip) continue;
		if (chip.kind === 'open') {
			open.push(chip);
			seen.add(chip.n);
		} else if (chip.kind === 'close') {
			const top = open.at(-1);
			if (top?.n === chip.n) open.pop();
			else if (!seen.has(chip.n))
				findings.push({ code: 'tag_order', params: { tag: chip.token }, targetSpan: span });
			else {
				// Its start is open under another pair: they cross. (An end whose pair is already
				// closed is an extra tag, reported as such.)
				const at = open.findIndex((c) => c.n === chip.n);
				if (at >= 0) {
					findings.push({ code: 'tag_nesting', params: { tag: chip.token }, targetSpan: span });
					open.splice(at, 1);
				}
			}
		}
	}
	return findings;
}
