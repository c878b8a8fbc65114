/**
 * Writing an alignment out: MAC's bead lines and tab-separated text pairs (TMX 1.4b is in
 * tmx.ts, apart: its XML writer brings the XML reader's library, which `align --batch` need not
 * load).
 */
import type { AlignmentBead } from './index.ts';

/**
 * One bead per line as in MAC's gold files.
 *
 * @example
 * toAlignLines([{ zh: [7, 8], en: [7], score: 1 }, { zh: [], en: [9], score: 0.5 }]) // '[7,8]:[7]\n[]:[9]\n'
 */
export function toAlignLines(beads: AlignmentBead[]): string {
	return beads.map((b) => `[${b.zh.join(',')}]:[${b.en.join(',')}]\n`).join('');
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * Chinese text TAB English text, one bead per line (Chinese units joined as they are, English ones by a space; line breaks folded to spaces).
 *
 * @example
 * toTsv([{ zh: [0], en: [0], score: 1 }], ['你好'], ['Hello']) // '你好\tHello\n'
 */
export function toTsv(beads: AlignmentBead[], zh: string[], en: string[]): string {
	return beads
		.map(
			(b) =>
				`${oneLine(b.zh.map((i) => zh[i]).join(''))}\t${oneLine(b.en.map((j) => en[j]).join(' '))}\n`
		)
		.join('');
}
