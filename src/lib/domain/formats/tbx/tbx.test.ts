import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, needsShared, sharedPath } from '../../../../../tests/helpers/shared.ts';
import { tempDir } from '../../../../../tests/helpers/temp.ts';
import { has, missing } from '../../../../../tests/judges/tools.ts';
import type { TermEntry } from '../../types.ts';
import { parseTbx } from './parse.ts';
import { serializeTbx } from './serialize.ts';

const read = (name: string) => readFileSync(sharedPath('fixtures/tbx', name), 'utf8');
// The TBX v3 core schema is in ../shared (LTAC publishes it with no licence, so it is not copied).
const RNG = sharedPath('schemas/tbx/TBXcoreStructV03.rng');
const validator = has('jing') ? 'jing' : has('xmllint') ? 'xmllint' : null;
const noValidator = validator ? '' : missing('jing');
const canValidate = hasShared && !!validator;

/** Validates with jing, else xmllint --relaxng: exit status and output. */
function validate(xml: string): { ok: boolean; output: string } {
	const file = join(tempDir('duiyi-tbx-'), 'out.tbx');
	writeFileSync(file, xml);
	const r =
		validator === 'jing'
			? spawnSync('jing', [RNG, file], { encoding: 'utf8' })
			: spawnSync('xmllint', ['--noout', '--relaxng', RNG, file], { encoding: 'utf8' });
	return { ok: r.status === 0, output: r.stdout + r.stderr };
}

const chinese: TermEntry[] = [
	{
		id: 'fgf',
		glossaryIds: ['g'],
		terms: [
			{ lang: 'zh-CN', text: '放管服', status: 'preferred', partOfSpeech: 'noun' },
			{ lang: 'zh-CN', text: '简政放权', status: 'admitted' },
			{
				lang: 'en',
				text: 'reforms to streamline administration & delegate power',
				status: 'preferred',
				partOfSpeech: 'noun',
				note: 'State Council wording\nsince 2015'
			},
			{ lang: 'en', text: 'red <tape>', status: 'forbidden' }
		],
		domain: 'governance',
		definition: '"Delegate, regulate, serve": the 2015 reform package.',
		note: 'first line\n\tindented second line',
		source: 'gov.cn',
		createdAt: Date.UTC(2023, 0, 2, 3, 4, 5),
		updatedAt: Date.UTC(2023, 5, 6, 7, 8, 9)
	},
	{
		id: '2-starts-with-digit',
		glossaryIds: [],
		terms: [
			{ lang: 'zh-CN', text: '产城融合', status: 'preferred' },
			{ lang: 'en', text: 'industry-city integration', status: 'preferred' }
		],
		createdAt: Date.UTC(2024, 0, 1),
		updatedAt: Date.UTC(2024, 0, 1)
	}
];

function withoutGlossaries(entries: TermEntry[]) {
	return entries.map((e) => ({ ...e, glossaryIds: [] }));
}

describe('parseTbx', () => {
	it.skipIf(!hasShared)(
		needsShared('reads the TBX v3 TBX-Basic DCA astronomy sample: 45 concepts'),
		() => {
			const { value, issues } = parseTbx(read('tbx3_basic_dca_astronomy_en_es_zu.tbx'), { now: 0 });
			expect(value).not.toBeNull();
			expect(value!.version).toBe('tbx-v3');
			expect(value!.dialect).toBe('TBX-Basic');
			expect(value!.entries).toHaveLength(45);
			expect(value!.languages).toEqual(['en', 'es', 'zu']);
			const c1 = value!.entries[0];
			expect(c1).toMatchObject({
				id: 'c1',
				domain: 'General',
				definition: 'A group of stars formed together in the spiral arms of a galaxy.',
				source: 'Oxford2007',
				note: 'G-Source: http://www.physics.drexel.edu/observatory/dump.shtml',
				createdAt: Date.UTC(2010, 3, 17),
				updatedAt: Date.UTC(2010, 4, 1)
			});
			expect(c1.terms.slice(0, 2)).toMatchObject([
				{ lang: 'en', text: 'open cluster', status: 'preferred', partOfSpeech: 'noun' },
				{ lang: 'en', text: 'galactic cluster', status: 'forbidden', partOfSpeech: 'noun' }
			]);
			expect(c1.terms[1].note).toMatch(
				/^Another name for an open star cluster\. .*\nN-Source: http/s
			);
			// what is not kept is said, not silently dropped
			expect(issues.map((i) => i.code)).toEqual(['tbx_data_not_kept']);
			expect(issues[0].message).toContain('termType');
		}
	);

	it.skipIf(!hasShared)(
		needsShared('reads the TBX 2008 martif sample: 5 termEntry with tig/ntig'),
		() => {
			const { value, issues } = parseTbx(read('tbx2008_martif_ibm_en_fr.tbx'), { now: 0 });
			expect(value!.version).toBe('tbx-2008');
			expect(value!.entries).toHaveLength(5);
			expect(value!.languages).toEqual(['en', 'fr']);
			expect(value!.entries[0]).toMatchObject({ id: 'c1', domain: 'Software' });
			expect(value!.entries[0].terms).toEqual([
				{ lang: 'en', text: 'navigation trail', status: 'preferred', partOfSpeech: 'noun' },
				{ lang: 'en', text: 'branch', status: 'admitted', partOfSpeech: 'noun' },
				{ lang: 'fr', text: 'historique de navigation', status: 'preferred', partOfSpeech: 'nom' }
			]);
			// multi-line subject fields collapse their indentation
			expect(value!.entries[1].domain).toBe(
				'Hardware \\ Other Processing Units and Specialized Devices'
			);
			expect(issues.every((i) => i.severity === 'warning')).toBe(true);
		}
	);

	it('reads the DCT style (<basic:…> elements) of TBX-Basic v3', () => {
		const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="zh-CN" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="e1">
      <min:subjectField>经济</min:subjectField>
      <langSec xml:lang="zh-CN">
        <basic:definition>产业与城市融合发展</basic:definition>
        <termSec><term>产城融合</term><basic:partOfSpeech>noun</basic:partOfSpeech>
          <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>industry-city integration</term>
          <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec>
        <termSec><term>city-industry fusion</term>
          <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
		const { value, issues } = parseTbx(xml, { now: 0 });
		expect(issues).toEqual([]);
		expect(value!.entries[0]).toMatchObject({
			id: 'e1',
			domain: '经济',
			definition: '产业与城市融合发展'
		});
		expect(value!.entries[0].terms).toEqual([
			{ lang: 'zh-CN', text: '产城融合', status: 'preferred', partOfSpeech: 'noun' },
			{ lang: 'en', text: 'industry-city integration', status: 'preferred' },
			{ lang: 'en', text: 'city-industry fusion', status: 'forbidden' }
		]);
	});

	it('reads a Chinese martif as CAT tools export it (tig, normativeAuthorization, langSet notes)', () => {
		const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="zh-CN">
<martifHeader><fileDesc><sourceDesc><p>export</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="_1">
  <descrip type="subjectField">经济</descrip>
  <langSet xml:lang="zh-CN">
    <tig><term>产城融合</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="en-US">
    <descrip type="definition">Developing industry and the city together.</descrip>
    <note>State Council usage</note>
    <tig><term>industry-city integration</term><termNote type="partOfSpeech">noun</termNote></tig>
    <tig><term>city-industry fusion</term><termNote type="normativeAuthorization">deprecated</termNote></tig>
  </langSet>
</termEntry>
</body></text></martif>`;
		const { value, issues } = parseTbx(xml, { now: 0 });
		expect(issues).toEqual([]);
		expect(value!.entries[0]).toMatchObject({
			id: '_1',
			domain: '经济',
			definition: 'Developing industry and the city together.',
			note: 'State Council usage'
		});
		expect(value!.entries[0].terms).toEqual([
			{ lang: 'zh-CN', text: '产城融合', status: 'preferred' },
			{
				lang: 'en-US',
				text: 'industry-city integration',
				status: 'preferred',
				partOfSpeech: 'noun'
			},
			{ lang: 'en-US', text: 'city-industry fusion', status: 'forbidden' }
		]);
	});

	it.each([
		[
			'unclosed element',
			'<tbx>\n<text>\n<body>\n<conceptEntry id="c1">\n<langSec xml:lang="en"><termSec><term>a</term></langSec>\n</conceptEntry></body></text></tbx>',
			'tbx_malformed',
			5
		],
		['not XML at all', 'zh,en\n放管服,x', 'tbx_malformed', 1],
		[
			'another XML vocabulary',
			'<?xml version="1.0"?><tmx version="1.4"><body/></tmx>',
			'tbx_not_tbx',
			undefined
		],
		['no body', '<tbx type="TBX-Basic"><tbxHeader/></tbx>', 'tbx_no_body', undefined],
		[
			'no terms',
			'<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"/></conceptEntry></body></text></tbx>',
			'tbx_no_terms',
			undefined
		]
	])('broken file: %s', (_name, xml, code, line) => {
		const { value, issues } = parseTbx(xml);
		expect(value).toBeNull();
		const error = issues.find((i) => i.severity === 'error')!;
		expect(error.code).toBe(code);
		expect(error.line).toBe(line);
		if (code !== 'tbx_malformed') expect(error.path).toMatch(/^\//);
	});

	it('points at the element of a term section without a term', () => {
		const xml =
			'<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term></termSec><termSec><note>n</note></termSec></langSec></conceptEntry></body></text></tbx>';
		const { value, issues } = parseTbx(xml);
		expect(value!.entries).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			code: 'tbx_empty_term',
			path: '/tbx/text/body/conceptEntry[1]/langSec[1]/termSec[2]'
		});
	});
});

describe('serializeTbx', () => {
	it('writes TBX-Basic v3 that the TBX core schema accepts', () => {
		const xml = serializeTbx(chinese);
		expect(xml).toContain('<tbx type="TBX-Basic" style="dca"');
		expect(xml).toContain(
			'<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'
		);
		expect(xml).toContain('<descrip type="subjectField">governance</descrip>');
		expect(xml).toContain('<conceptEntry id="c-2-starts-with-digit">');
	});

	it('round-trips the model: model → TBX → model', () => {
		const { value, issues } = parseTbx(serializeTbx(chinese));
		expect(issues).toEqual([]);
		const back = value!.entries;
		expect(back[1].id).toBe('c-2-starts-with-digit');
		expect(withoutGlossaries(back)).toEqual(
			withoutGlossaries(chinese).map((e, i) =>
				i === 1 ? { ...e, id: 'c-2-starts-with-digit' } : e
			)
		);
	});

	it('carries the corpus glossary CSV → TBX → CSV unchanged', async () => {
		const { parseGlossaryCsv } = await import('../csv/parse.ts');
		const { serializeGlossaryCsv } = await import('../csv/serialize.ts');
		const text = readFileSync('corpus/yichun-etdz-2023/glossary.csv', 'utf8');
		const entries = parseGlossaryCsv(text, { now: 0 }).value!.entries;
		const tbx = serializeTbx(entries);
		const back = parseTbx(tbx, { now: 0 });
		expect(back.issues).toEqual([]);
		expect(back.value!.entries).toEqual(
			entries.map((e) => ({
				...e,
				id: back.value!.entries.find((b) => b.terms[0].text === e.terms[0].text)!.id
			}))
		);
		expect(serializeGlossaryCsv(back.value!.entries)).toBe(serializeGlossaryCsv(entries));
	});

	it
		.skipIf(!hasShared)
		.each(['tbx3_basic_dca_astronomy_en_es_zu.tbx', 'tbx2008_martif_ibm_en_fr.tbx'])(
		needsShared('round-trips %s: TBX → model → TBX → model'),
		(name) => {
			const first = parseTbx(read(name), { now: 0 }).value!.entries;
			const xml = serializeTbx(first, { lang: 'en' });
			const second = parseTbx(xml, { now: 0 }).value!.entries;
			expect(second).toEqual(first);
		}
	);
});

const schemaName = `serializeTbx against the TBX v3 core schema${noValidator ? ` (${noValidator})` : ''}`;
describe.skipIf(!canValidate)(needsShared(schemaName), () => {
	it('accepts TBX-Basic v3 with Chinese terms, statuses and notes', () => {
		const result = validate(serializeTbx(chinese));
		expect(result.output).not.toMatch(/error/i);
		expect(result.ok).toBe(true);
	});

	it('refuses a wrong structure (the validator can fail)', () => {
		const broken = serializeTbx(chinese).replace('<termSec>', '<termSec><note>x</note>');
		expect(validate(broken).ok).toBe(false);
	});

	it('accepts the corpus glossary', async () => {
		const { parseGlossaryCsv } = await import('../csv/parse.ts');
		const text = readFileSync('corpus/yichun-etdz-2023/glossary.csv', 'utf8');
		const entries = parseGlossaryCsv(text, { now: 0 }).value!.entries;
		expect(validate(serializeTbx(entries)).ok).toBe(true);
	});

	it.each(['tbx3_basic_dca_astronomy_en_es_zu.tbx', 'tbx2008_martif_ibm_en_fr.tbx'])(
		'accepts %s written back',
		(name) => {
			const entries = parseTbx(read(name), { now: 0 }).value!.entries;
			expect(validate(serializeTbx(entries, { lang: 'en' })).ok).toBe(true);
		}
	);
});
