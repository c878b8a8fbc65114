import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseXliff } from './parse.ts';
import { serializeXliff12, serializeXliff2, cutLike } from './serialize.ts';
import { parseXml } from './xml.ts';
import {
	corpusProject,
	hasShared,
	needsShared,
	SHARED
} from '../../../../../tests/judges/corpus-project.ts';

const fixture = (p: string) => new Uint8Array(readFileSync(resolve(SHARED, 'fixtures', p)));

describe('round trip of our own XLIFF', () => {
	const file = corpusProject();
	for (const [name, write] of [
		['2.1', serializeXliff2],
		['1.2', serializeXliff12]
	] as const) {
		it(`XLIFF ${name} gives back every source, target, kind and status`, () => {
			const r = parseXliff(write(file));
			expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
			const segs = r.value!.file.segments;
			expect(segs.length).toBe(file.segments.length);
			segs.forEach((s, i) => {
				const o = file.segments[i];
				expect([s.source, s.target, s.kind, s.status, s.locked]).toEqual([
					o.source,
					o.target,
					o.kind,
					o.status,
					o.locked
				]);
			});
			const note = r.value!.file.annotations[0];
			expect(note.body).toBe(file.annotations[0].body);
			expect(note.selector.exact).toBe('宜春经开区');
			expect(note.side).toBe('source');
		});
	}
	it('sentence segments join back into the paragraph', () => {
		const split = (t: string) => t.match(/[^。]+。?/g) ?? [t];
		const xml = serializeXliff2(file, {
			sentencePairs: (s) => {
				const zh = split(s.source);
				const en = s.target.match(/[^.]+\.?\s*/g) ?? [];
				return zh.length === en.length ? zh.map((z, i) => ({ source: z, target: en[i] })) : null;
			}
		});
		const segs = parseXliff(xml).value!.file.segments;
		segs.forEach((s, i) => expect(s.source).toBe(file.segments[i].source));
	});
});

describe('cutLike', () => {
	it.each([
		['A b. C d.', ['A b.', 'C d.'], ['A b. ', 'C d.']],
		['甲。乙。', ['甲。', '乙。'], ['甲。', '乙。']],
		['A b. C d.', ['A b.', 'X'], null]
	])('%s', (text, pieces, expected) => expect(cutLike(text, pieces)).toEqual(expected));
});

describe.skipIf(!hasShared)(needsShared('XLIFF from other tools'), () => {
	it('memoQ mqxliff with BOM and mq: namespace: 27 units, tags as placeholders, NotStarted = new', () => {
		const r = parseXliff(fixture('xliff1/memoq12_test_document_nl-en.mqxliff'));
		expect(r.value).not.toBeNull();
		const { file, report } = r.value!;
		expect(report.version).toBe('1.2');
		expect(report.units).toBe(27);
		// memoQ writes nl-nl, en-gb: read as BCP 47 writes them
		expect([report.sourceLang, report.targetLang]).toEqual(['nl-NL', 'en-GB']);
		expect(file.segments.every((s) => s.status === 'new')).toBe(true);
		const tagged = file.segments.find((s) => s.source.includes('From Wikipedia'))!;
		expect(tagged.source).toBe('\uE000From Wikipedia, the free encyclopaedia\uE001');
		expect(file.inlineTags![tagged.id][0].xml).toBe('<bpt id="1" ctype="italic">{}</bpt>');
		// written back unchanged
		const again = serializeXliff12(file);
		expect(again).toContain(
			'<bpt id="1" ctype="italic">{}</bpt>From Wikipedia, the free encyclopaedia<ept id="1">{}</ept>'
		);
	});

	it('OmegaT XLIFF 1.1: every inline code survives a round trip byte for byte', () => {
		const bytes = fixture('xliff1/omegat_xliff11_inline_tags.xlf');
		const original = new TextDecoder().decode(bytes);
		const r = parseXliff(bytes);
		const { file, report } = r.value!;
		expect(report.version).toBe('1.1');
		expect(report.units).toBe(10);
		const out = serializeXliff12(file);
		const targets = (x: string) => {
			const root = parseXml(x).value!;
			const src = root.source;
			const list: string[] = [];
			const walk = (e: typeof root.root) => {
				for (const c of e!.children) {
					if (c.type !== 'element') continue;
					if (c.local === 'target') list.push(src.slice(c.openEnd, c.closeStart));
					else walk(c);
				}
			};
			walk(root.root);
			return list;
		};
		expect(targets(out)).toEqual(targets(original));
		expect(file.segments[0].target).toBe('Link to \uE000.');
	});

	it('translate-toolkit states, including the invalid "fake"', () => {
		const r = parseXliff(fixture('xliff1/ttk_states_xliff11.xlf'));
		const { file } = r.value!;
		expect(file.segments.map((s) => s.status)).toEqual([
			'translated',
			'draft',
			'draft',
			'draft',
			'translated',
			'reviewed',
			'translated',
			'draft'
		]);
		expect(r.issues).toEqual([
			expect.objectContaining({ severity: 'warning', code: 'xliff_unknown_state', line: 35 })
		]);
	});

	it('OASIS 2.0 example: nested groups, mda ignored, translate="no" locked, isolated sc kept', () => {
		const r = parseXliff(fixture('xliff2/oasis_spec_ex9.5_groups_mda.xlf'));
		const { file, report } = r.value!;
		expect(report.version).toBe('2.0');
		expect(report.units).toBe(8);
		expect(report.untranslatable).toBe(1);
		expect(file.segments[1].source).toBe(
			'Oregon is a mostly temperate state. There are many different kinds of birds that thrive'
		);
		const high = file.segments[2];
		expect(high.source).toBe('\uE000High Altitude Birds');
		expect(high.target).toBe('\uE000Oiseaux de haute altitude');
		expect(serializeXliff2(file)).toContain(
			"<target><sc id='1' isolated='yes'/>Oiseaux de haute altitude</target>"
		);
		expect(file.segments[7].locked).toBe(true);
	});
});

describe('broken files are refused with a place', () => {
	it.each([
		[
			'<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source></body></file></xliff>',
			'xliff_mismatched_tag',
			1
		],
		['<xliff version="3.0"><file/></xliff>', 'xliff_unsupported_version', 1],
		['<tmx version="1.4"/>', 'xliff_not_xliff', 1],
		[
			'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file>\n<body>\n<trans-unit id="1"><source>a',
			'xml_unclosed_element',
			4
		]
	])('%#', (text, code, line) => {
		const r = parseXliff(text);
		expect(r.value).toBeNull();
		expect(
			r.issues[0].code.replace(/^xml_/, 'xliff_').replace('xliff_unclosed', 'xml_unclosed')
		).toBe(code);
		expect(r.issues[0].line).toBe(line);
	});
});
