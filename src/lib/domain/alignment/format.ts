/**
 * Writing an alignment out: MAC's bead lines, tab-separated text pairs, and TMX 1.4b.
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

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * A TMX 1.4b document with one translation unit per bead that has both sides.
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
	const tus = beads
		.filter((b) => b.zh.length && b.en.length)
		.map((b) => {
			const source = escapeXml(b.zh.map((i) => zh[i]).join(''));
			const target = escapeXml(b.en.map((j) => en[j]).join(' '));
			return (
				`    <tu>\n      <prop type="x-score">${b.score}</prop>\n` +
				`      <tuv xml:lang="zh-CN"><seg>${source}</seg></tuv>\n` +
				`      <tuv xml:lang="en"><seg>${target}</seg></tuv>\n    </tu>\n`
			);
		})
		.join('');
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<tmx version="1.4">\n' +
		`  <header creationtool="duiyi" creationtoolversion="0.1.0" segtype="${segtype}" ` +
		'o-tmf="duiyi" adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n' +
		`  <body>\n${tus}  </body>\n</tmx>\n`
	);
}
