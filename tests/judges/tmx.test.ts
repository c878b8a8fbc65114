/**
 * Our TMX judged by the TMX 1.4b DTD (xmllint) and translate-toolkit; every TMX fixture imports.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusProject, hasShared, needsShared, SHARED } from './corpus-project.ts';
import { pairUp } from './corpus-project.ts';
import { missing, run, tempFile } from './tools.ts';
import {
	projectTmxPairs,
	serializeTmx,
	tmUnitsToPairs
} from '../../src/lib/domain/formats/tmx/serialize.ts';
import { parseTmx } from '../../src/lib/domain/formats/tmx/parse.ts';
import { parseXliff } from '../../src/lib/domain/formats/xliff/parse.ts';

const noXmllint = missing('xmllint');

function sentencePairs(source: string, target: string) {
	const zh = source.match(/[^。！？]+[。！？]?/g) ?? [source];
	const en = target.match(/[^.!?]+[.!?]?\s*/g) ?? [target];
	return pairUp(zh, en);
}

const file = corpusProject();
const byParagraph = serializeTmx(projectTmxPairs(file), { segtype: 'paragraph' });
const sentencePairsList = projectTmxPairs(file, (s) => sentencePairs(s.source, s.target));
const bySentence = serializeTmx(sentencePairsList, { segtype: 'sentence' });

// A project imported from OmegaT's XLIFF (in ../shared) carries inline codes: they must stay valid TMX.
const tagged = hasShared
	? parseXliff(
			new Uint8Array(
				readFileSync(resolve(SHARED, 'fixtures/xliff1/omegat_xliff11_inline_tags.xlf'))
			)
		).value!.file
	: null;
for (const s of tagged?.segments ?? []) s.status = 'translated';
const withCodes = tagged ? serializeTmx(projectTmxPairs(tagged)) : '';

// The DTD is in ../shared.
const dtdName = needsShared(`TMX 1.4b DTD${noXmllint ? ` (${noXmllint})` : ''}`);
describe.skipIf(!!noXmllint || !hasShared)(dtdName, () => {
	for (const [name, xml] of Object.entries({ byParagraph, bySentence, withCodes })) {
		it(`${name} validates`, () => {
			const path = tempFile('out.tmx', xml);
			const r = run('xmllint', [
				'--noout',
				'--nonet',
				'--dtdvalid',
				resolve(SHARED, 'schemas/tmx/tmx14.dtd'),
				path
			]);
			expect(r.stderr).not.toMatch(/error/i);
			expect(r.status).toBe(0);
		});
	}
	it('sentence export has more units than paragraph export', () => {
		expect(sentencePairsList.length).toBeGreaterThan(projectTmxPairs(file).length);
	});
});

const noTtk = missing('translate-toolkit');
describe.skipIf(!!noTtk)(`translate-toolkit reads our TMX${noTtk ? ` (${noTtk})` : ''}`, () => {
	for (const [name, xml, expected] of [
		['byParagraph', byParagraph, projectTmxPairs(file)],
		['bySentence', bySentence, sentencePairsList]
	] as const) {
		it(`${name}: unit count and texts`, () => {
			const path = tempFile('out.tmx', xml);
			const script = `
import json, sys
from translate.storage import factory
s = factory.getobject(sys.argv[1])
print(json.dumps([[u.source, u.target] for u in s.units if u.source], ensure_ascii=False))
`;
			const r = run('/usr/bin/python3', ['-c', script, path]);
			expect(r.stderr).toBe('');
			const units = JSON.parse(r.stdout) as [string, string][];
			expect(units).toEqual(expected.map((p) => [p.source, p.target]));
		});
	}
});

const fixturesName = needsShared(
	'every TMX fixture imports, and its units survive export and re-import'
);
describe.skipIf(!hasShared)(fixturesName, () => {
	// Without ../shared one named test stands for the fixtures, so the skip is counted.
	const names = hasShared ? readdirSync(resolve(SHARED, 'fixtures/tmx')) : ['the TMX fixtures'];
	for (const name of names) {
		it(name, () => {
			const bytes = new Uint8Array(readFileSync(resolve(SHARED, 'fixtures/tmx', name)));
			const first = parseTmx(bytes);
			expect(first.value).not.toBeNull();
			const [source, target] = first.value!.report.languages;
			const r = parseTmx(bytes, { sourceLang: source, targetLang: target });
			const units = r.value!.units;
			expect(units.length).toBe(r.value!.report.total);
			const again = serializeTmx(tmUnitsToPairs(units));
			const back = parseTmx(again, { sourceLang: source, targetLang: target }).value!.units;
			expect(back.map((u) => [u.source, u.target, u.createdAt])).toEqual(
				units.map((u) => [u.source, u.target, u.createdAt])
			);
			if (!noXmllint) {
				const path = tempFile('rt.tmx', again);
				const v = run('xmllint', [
					'--noout',
					'--nonet',
					'--dtdvalid',
					resolve(SHARED, 'schemas/tmx/tmx14.dtd'),
					path
				]);
				expect(v.status).toBe(0);
			}
		});
	}
});
