import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TermEntry } from '../../types.ts';
import { parseGlossaryCsv } from './parse.ts';
import { csvDroppedTerms, serializeGlossaryCsv } from './serialize.ts';
import { hasShared, needsShared, sharedPath } from '../../../../../tests/helpers/shared.ts';

const fixed = { now: 0 };

function brief(entries: TermEntry[]) {
	return entries.map((e) => e.terms.map((t) => `${t.lang}:${t.text}:${t.status}`));
}

/** Entries without ids and dates, terms in a stable order: what a round trip must keep. */
function content(entries: TermEntry[]) {
	return entries.map((e) => ({
		...e,
		id: undefined,
		createdAt: undefined,
		updatedAt: undefined,
		glossaryIds: undefined
	}));
}

describe('parseGlossaryCsv', () => {
	const omegat = needsShared(
		'reads the OmegaT quoting fixture: 7 rows, RFC 4180 quotes, no header'
	);
	it.skipIf(!hasShared)(omegat, () => {
		const text = readFileSync(sharedPath('fixtures/csv/omegat_glossary_quoting.csv'), 'utf8');
		const { value, issues } = parseGlossaryCsv(text, fixed);
		expect(value).not.toBeNull();
		expect(value!.entries.map((e) => [e.terms[0].text, e.terms[1].text])).toEqual([
			['kde', 'csv kde'],
			['question', 'csv q'],
			['kde; question', 'comma'],
			['kde, qu', 'comma dot'],
			['"kde","q"', 'cdk'],
			['""k', 'k'],
			['zz"zz', 'zz']
		]);
		// English on both sides: the parser says it assumed the languages
		expect(issues.map((i) => i.code)).toEqual(['csv_languages_assumed']);
	});

	it('reads the corpus glossary (zh,en,part_of_speech,note) and merges concepts', () => {
		const text = readFileSync('corpus/yichun-etdz-2023/glossary.csv', 'utf8');
		const { value, issues } = parseGlossaryCsv(text, fixed);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		const rows = text.trim().split('\n').length - 1;
		expect(value!.entries.length).toBeGreaterThan(50);
		expect(value!.entries.length).toBeLessThanOrEqual(rows);
		expect(value!.languages).toEqual(['zh', 'en']);
		const fgf = value!.entries.find((e) => e.terms.some((t) => t.text === '放管服'))!;
		const en = fgf.terms.filter((t) => t.lang === 'en');
		expect(en.length).toBeGreaterThanOrEqual(1);
		expect(en[0].status).toBe('preferred');
		expect(en.slice(1).every((t) => t.status === 'admitted')).toBe(true);
		expect(en[0].partOfSpeech).toBeTruthy();
	});

	it.each([
		['comma with header', 'zh,en\n放管服,streamline administration\n'],
		['tab', 'zh-CN\ten-US\n放管服\tstreamline administration\n'],
		['semicolon', 'Chinese;English\n放管服;streamline administration\n'],
		['Chinese header names', '中文,英文\n放管服,streamline administration\n'],
		['source/target', 'Source,Target\n放管服,streamline administration\n'],
		['memoQ-style names', 'Chinese_PRC,English_United_States\n放管服,streamline administration\n'],
		['no header', '放管服,streamline administration\n'],
		['no header, target first', 'streamline administration,放管服\n'],
		['CRLF and BOM', '\uFEFFzh,en\r\n放管服,streamline administration\r\n'],
		['blank lines', '\n\nzh,en\n\n放管服,streamline administration\n\n'],
		['Excel sep= hint', 'sep=;\r\nzh;en\r\n放管服;streamline administration\r\n']
	])('layout: %s', (_name, text) => {
		const { value } = parseGlossaryCsv(text, fixed);
		expect(value).not.toBeNull();
		const terms = value!.entries[0].terms;
		const zh = terms.find((t) => t.lang.startsWith('zh'));
		const en = terms.find((t) => t.lang.startsWith('en'));
		expect(zh?.text).toBe('放管服');
		expect(en?.text).toBe('streamline administration');
		expect(value!.entries).toHaveLength(1);
	});

	it.each([
		[
			'memoQ export (semicolons, Entry_ fields, language-level definitions, repeated language columns)',
			'Entry_ID;Entry_Subject;Entry_Note;Chinese_PRC_Def;Chinese_PRC;Term_Info;English_United_States_Def;English_United_States;Term_Info;English_United_States;Term_Info\n' +
				'12;经济;n;产业与城市融合发展;产城融合;x;def;industry-city integration;y;city-industry fusion;z\n',
			{ id: '12', domain: '经济', note: 'n', definition: '产业与城市融合发展' },
			[
				'zh:产城融合:preferred',
				'en:industry-city integration:preferred',
				'en:city-industry fusion:admitted'
			]
		],
		[
			'Crowdin (Term [lang], Translation [lang])',
			'Term [zh-CN],Description [zh-CN],Part of Speech [zh-CN],Translation [en],Part of Speech [en]\n产城融合,描述,noun,industry-city integration,noun\n',
			{ definition: '描述' },
			['zh-CN:产城融合:preferred', 'en:industry-city integration:preferred']
		],
		[
			'target language first, language-tied fields',
			'English,English note,Chinese,Chinese status\nindustry-city integration,n,产城融合,preferred\n',
			{},
			['en:industry-city integration:preferred', 'zh:产城融合:preferred']
		]
	])('other tools: %s', (_name, text, fields, terms) => {
		const { value } = parseGlossaryCsv(text, fixed);
		expect(value!.entries).toHaveLength(1);
		expect(value!.entries[0]).toMatchObject(fields);
		expect(brief(value!.entries)[0]).toEqual(terms);
	});

	it('keeps the language tags the header gives', () => {
		const { value } = parseGlossaryCsv('zh-CN\ten-US\n放管服\tx\n', fixed);
		expect(value!.languages).toEqual(['zh-CN', 'en-US']);
		expect(value!.entries[0].terms.map((t) => t.lang)).toEqual(['zh-CN', 'en-US']);
	});

	it('reads multi-column layouts with fields and statuses', () => {
		const text = [
			'Chinese,English,Status,Part of speech,Domain,Definition,Comment,Origin',
			'放管服,streamline administration,preferred,noun,governance,State Council reform,n1,gov.cn',
			'放管服,red tape cutting,deprecated,noun,,,,',
			'放管服,delegation reforms,,noun,,,,'
		].join('\n');
		const { value, issues } = parseGlossaryCsv(text, fixed);
		expect(issues).toEqual([]);
		const [e] = value!.entries;
		expect(brief([e])).toEqual([
			[
				'zh:放管服:preferred',
				'en:streamline administration:preferred',
				'en:red tape cutting:forbidden',
				'en:delegation reforms:admitted'
			]
		]);
		expect(e).toMatchObject({
			domain: 'governance',
			definition: 'State Council reform',
			note: 'n1',
			source: 'gov.cn'
		});
		expect(e.terms[1].partOfSpeech).toBe('noun');
	});

	it('takes the first row without a status as preferred when others say forbidden', () => {
		const { value } = parseGlossaryCsv('zh,en,status\n放管服,a,\n放管服,b,forbidden\n', fixed);
		expect(brief(value!.entries)).toEqual([
			['zh:放管服:preferred', 'en:a:preferred', 'en:b:forbidden']
		]);
	});

	it.each([
		['unterminated quote', 'zh,en\n放管服,"streamline\n产城融合,x\n', 'csv_unterminated_quote', 2],
		['empty file', '  \n', 'csv_empty', undefined],
		['header only', 'zh,en\n', 'csv_no_terms', undefined]
	])('broken file: %s', (_name, text, code, line) => {
		const { value, issues } = parseGlossaryCsv(text, fixed);
		expect(value).toBeNull();
		expect(issues[0]).toMatchObject({ severity: 'error', code });
		expect(issues[0].line).toBe(line);
	});

	it('warns about a row without Chinese and an unknown status, with their lines', () => {
		const { value, issues } = parseGlossaryCsv('zh,en,status\n,orphan,\n放管服,x,maybe\n', fixed);
		expect(value!.entries).toHaveLength(1);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['csv_row_without_source', 2],
			['csv_unknown_status', 3]
		]);
	});
});

describe('serializeGlossaryCsv', () => {
	const entries: TermEntry[] = [
		{
			id: 'a',
			glossaryIds: [],
			terms: [
				{ lang: 'zh', text: '放管服', status: 'preferred' },
				{
					lang: 'en',
					text: 'streamline administration, delegate power',
					status: 'preferred',
					partOfSpeech: 'noun'
				},
				{ lang: 'en', text: 'red "tape"', status: 'forbidden' }
			],
			domain: 'governance',
			definition: 'line one\nline two',
			note: 'n',
			source: 'State Council',
			createdAt: 0,
			updatedAt: 0
		},
		{
			id: 'b',
			glossaryIds: [],
			terms: [{ lang: 'zh', text: '产城融合', status: 'preferred' }],
			createdAt: 0,
			updatedAt: 0
		}
	];

	it('writes the canonical header, one row per English term, RFC 4180 quoting', () => {
		expect(serializeGlossaryCsv(entries)).toBe(
			'zh,en,status,part_of_speech,domain,definition,note,source\r\n' +
				'放管服,"streamline administration, delegate power",preferred,noun,governance,"line one\nline two",n,State Council\r\n' +
				'放管服,"red ""tape""",forbidden,,governance,"line one\nline two",n,State Council\r\n' +
				'产城融合,,,,,,,\r\n'
		);
	});

	it('round-trips what the model holds', () => {
		const back = parseGlossaryCsv(serializeGlossaryCsv(entries), fixed);
		expect(back.issues).toEqual([]);
		expect(content(back.value!.entries)).toEqual(content(entries));
	});

	it('round-trips synonyms, term notes, Chinese statuses and shared headwords through extra columns', () => {
		const tricky: TermEntry[] = [
			{
				id: 'c1',
				glossaryIds: [],
				terms: [
					{ lang: 'zh', text: '简政放权', status: 'preferred', note: '2013' },
					{ lang: 'zh', text: '放管服', status: 'admitted', partOfSpeech: 'noun' },
					{ lang: 'en', text: 'delegation', status: 'admitted', note: 'informal' }
				],
				createdAt: 0,
				updatedAt: 0
			},
			{
				id: 'c2',
				glossaryIds: [],
				terms: [
					{ lang: 'zh', text: '简政放权', status: 'forbidden' },
					{ lang: 'en', text: 'streamlining', status: 'preferred' }
				],
				createdAt: 0,
				updatedAt: 0
			}
		];
		const csv = serializeGlossaryCsv(tricky);
		expect(csv.split('\r\n')[0]).toBe(
			'zh,en,status,part_of_speech,domain,definition,note,source,term_note,zh_status,zh_part_of_speech,zh_note,id'
		);
		const back = parseGlossaryCsv(csv, fixed);
		expect(back.value!.entries.map((e) => e.id)).toEqual(['c1', 'c2']);
		expect(content(back.value!.entries)).toEqual(content(tricky));
		// the corpus glossary survives a round trip too
		const corpus = parseGlossaryCsv(
			readFileSync('corpus/yichun-etdz-2023/glossary.csv', 'utf8'),
			fixed
		);
		const again = parseGlossaryCsv(serializeGlossaryCsv(corpus.value!.entries), fixed);
		expect(content(again.value!.entries)).toEqual(content(corpus.value!.entries));
	});

	it('counts the terms a two-language CSV cannot hold', () => {
		const e = {
			...entries[1],
			terms: [...entries[1].terms, { lang: 'fr', text: 'x', status: 'preferred' as const }]
		};
		expect(csvDroppedTerms([e])).toBe(1);
	});
});
