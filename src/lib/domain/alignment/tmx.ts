/**
 * Writing an alignment out as TMX 1.4b (the other formats are in format.ts).
 */
import { serializeTmx, type TmxPair } from '../formats/tmx/serialize.ts';
import type { AlignmentBead } from './index.ts';

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
