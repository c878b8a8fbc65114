/**
 * Writing an alignment out: MAC's bead lines, tab-separated text pairs, and TMX 1.4b.
 */
import { serializeTmx, type TmxPair } from '../formats/tmx/serialize.ts';
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

/**
 * A TMX 1.4b document (formats/tmx serializeTmx) with one translation unit per bead that has
 * both sides, its score as an `x-score` property.
 *
 * @example
 * toTmx([{ zh: [0], en: [0], score: 1 }], ['你好'], ['Hello']) // '<?xml … <seg>你好</seg> … <seg>Hello</seg> …'
 */
export function toTmx(
	beads: AlignmentBead[],
	zh: string[],
	en: string[],
	segtype: 'sentence' | 'paragraph' = 'paragraph'
): string {
	const pairs: TmxPair[] = beads
		.filter((b) => b.zh.length && b.en.length)
		.map((b) => ({
			source: b.zh.map((i) => zh[i]).join(''),
			target: b.en.map((j) => en[j]).join(' '),
			sourceLang: 'zh-CN',
			targetLang: 'en',
			props: { 'x-score': String(b.score) }
		}));
	return serializeTmx(pairs, { segtype });
}
