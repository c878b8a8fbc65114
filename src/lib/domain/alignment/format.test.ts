import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toAlignLines, toTsv } from './format.ts';
import { toTmx } from './tmx.ts';

const beads = [
	{ zh: [0, 1], en: [0], score: 0.93 },
	{ zh: [], en: [1], score: 0.5 },
	{ zh: [2], en: [], score: 0.5 },
	{ zh: [3], en: [2, 3], score: 0.8 }
];
const zh = ['甲。', '乙\n丙。', '丁。', '戊<&>。'];
const en = ['A and B.', 'Note.', 'D "one".', "E 'two'."];

describe('alignment output formats', () => {
	it('writes MAC bead lines', () => {
		expect(toAlignLines(beads)).toBe('[0,1]:[0]\n[]:[1]\n[2]:[]\n[3]:[2,3]\n');
	});

	it('writes one tab-separated line per bead, new lines folded', () => {
		expect(toTsv(beads, zh, en).split('\n')).toEqual([
			'甲。乙 丙。\tA and B.',
			'\tNote.',
			'丁。\t',
			'戊<&>。\tD "one". E \'two\'.',
			''
		]);
	});

	it('writes a TMX 1.4b document with one tu per two-sided bead', () => {
		const tmx = toTmx(beads, zh, en, 'sentence');
		const doc = new XMLParser({ ignoreAttributes: false }).parse(tmx);
		expect(doc.tmx['@_version']).toBe('1.4');
		expect(doc.tmx.header['@_srclang']).toBe('zh-CN');
		expect(doc.tmx.header['@_segtype']).toBe('sentence');
		const tus = doc.tmx.body.tu;
		expect(tus).toHaveLength(2);
		expect(tus[1].tuv[0]['@_xml:lang']).toBe('zh-CN');
		expect(tus[1].tuv[0].seg).toBe('戊<&>。');
		expect(tus[1].tuv[1].seg).toBe('D "one". E \'two\'.');
		expect(tus[0].prop['#text']).toBe(0.93);
		expect(toTmx(beads, ['\u0001甲。', '', '', ''], en)).not.toContain('\u0001');
	});
});
