import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseLang } from '../languages.ts';
import { parseTmx } from './parse.ts';
import { projectTmxPairs, serializeTmx, tmxDate } from './serialize.ts';
import {
	corpusProject,
	hasShared,
	needsShared,
	SHARED
} from '../../../../../tests/judges/corpus-project.ts';

const fixture = (p: string) => new Uint8Array(readFileSync(resolve(SHARED, 'fixtures/tmx', p)));

describe('TMX import from other tools', () => {
	it.skipIf(!hasShared).each([
		// file, pair, total, imported, skipped, languages, inline
		['omegat204_mytm_en-US_fr-FR.tmx', ['en', 'fr'], 25, 25, 0, ['en-US', 'fr-FR'], 11],
		['omegat204_mytm_en-US_fr-FR.tmx', ['zh', 'en'], 25, 0, 25, ['en-US', 'fr-FR'], 11],
		['trados_tw4win_utf16_test01.tmx', ['en', 'fr'], 4, 4, 0, ['en-US', 'fr-FR'], 1],
		['omegat_test-level2_inline.tmx', ['en', 'be'], 4, 4, 0, ['en', 'be'], 3]
	] as const)(
		needsShared('%s as %s'),
		(name, [s, t], total, imported, skipped, languages, inline) => {
			const r = parseTmx(fixture(name), { sourceLang: s, targetLang: t });
			expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
			const { report, units } = r.value!;
			expect([report.total, report.imported, report.skipped]).toEqual([total, imported, skipped]);
			expect(report.languages).toEqual(languages);
			expect(report.withInlineCodes).toBe(inline);
			expect(units.length).toBe(imported);
		}
	);

	it.skipIf(!hasShared)(
		needsShared('UTF-16 Trados text comes out clean, codes removed, dates read'),
		() => {
			const { units } = parseTmx(fixture('trados_tw4win_utf16_test01.tmx'), {
				sourceLang: 'en',
				targetLang: 'fr'
			}).value!;
			expect(units[1].source).toBe('A simple sentence with nothing special.');
			expect(units[1].target).toBe('Une phrase simple sans rien de spécial.');
			expect(units[0].createdAt).toBe(Date.UTC(2010, 9, 20, 20, 7, 24));
		}
	);

	it.skipIf(!hasShared)(needsShared('unbalanced and empty bpt do not break the text'), () => {
		const { units } = parseTmx(fixture('omegat_test-level2_inline.tmx'), {
			sourceLang: 'en',
			targetLang: 'be'
		}).value!;
		expect(units.map((u) => u.source)).toEqual(['entuv', 'First part end.', '2 zz xx', '3 xx']);
	});

	it.skipIf(!hasShared)(needsShared('skipped units are counted by pair'), () => {
		const { report } = parseTmx(fixture('omegat204_mytm_en-US_fr-FR.tmx')).value!;
		expect(report.skippedPairs).toEqual({ 'en-US→fr-FR': 25 });
	});

	it.each([
		[
			'<tmx version="1.4"><header/><body><tu><tuv xml:lang="zh"><seg>a</seg></tu></body></tmx>',
			'xml_mismatched_tag'
		],
		['<xliff/>', 'tmx_not_tmx'],
		['<tmx version="1.4"><header/></tmx>', 'tmx_no_body']
	])('refuses %s', (text, code) => {
		const r = parseTmx(text);
		expect(r.value).toBeNull();
		expect(r.issues[0].code).toBe(code);
	});
});

describe('TMX export', () => {
	it('round-trips the confirmed translations of the corpus project', () => {
		const file = corpusProject();
		const pairs = projectTmxPairs(file);
		const confirmed = file.segments.filter(
			(s) => (s.status === 'translated' || s.status === 'reviewed') && s.target
		);
		expect(pairs.length).toBe(confirmed.length);
		const back = parseTmx(serializeTmx(pairs, { segtype: 'paragraph' })).value!;
		expect(back.units.map((u) => [u.source, u.target])).toEqual(
			confirmed.map((s) => [s.source, s.target])
		);
	});

	it('by sentence pair', () => {
		const file = corpusProject();
		const pairs = projectTmxPairs(file, (s) =>
			s.source.split('。').length === 3
				? [
						{ source: 'a', target: 'b' },
						{ source: 'c', target: '' }
					]
				: null
		);
		expect(pairs.some((p) => p.source === 'a')).toBe(true);
		expect(pairs.some((p) => p.source === 'c')).toBe(false);
	});

	it.each([
		['EN-US', 'en-US'],
		['zh-hans-cn', 'zh-Hans-CN'],
		['zh_CN', 'zh-CN']
	])('normaliseLang(%s)', (a, b) => expect(normaliseLang(a)).toBe(b));

	it('dates', () => expect(tmxDate(Date.UTC(2023, 0, 2, 3, 4, 5))).toBe('20230102T030405Z'));
});
