/**
 * Our XLIFF exports judged by the OASIS schemas (xmllint) and by translate-toolkit.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { corpusProject, hasShared, needsShared, SHARED } from './corpus-project.ts';
import { pairUp } from './corpus-project.ts';
import { missing, run, tempFile } from './tools.ts';
import { serializeXliff12, serializeXliff2 } from '../../src/lib/domain/formats/xliff/serialize.ts';
import { parseXliff } from '../../src/lib/domain/formats/xliff/parse.ts';
import { readdirSync, readFileSync } from 'node:fs';

const SCHEMAS = resolve(SHARED, 'schemas');
const noXmllint = missing('xmllint');

function sentencePairs(source: string, target: string) {
	const zh = source.match(/[^。！？]+[。！？]?/g) ?? [source];
	const en = target.match(/[^.!?]+[.!?]?\s*/g) ?? [target];
	return pairUp(zh, en);
}

// The schemas are in ../shared.
describe.skipIf(!!noXmllint || !hasShared)(
	needsShared(`XLIFF 2.1 against the OASIS schemas${noXmllint ? ` (${noXmllint})` : ''}`),
	() => {
		const file = corpusProject();
		const variants = {
			paragraphs: serializeXliff2(file),
			sentences: serializeXliff2(file, { sentencePairs: (s) => sentencePairs(s.source, s.target) })
		};
		for (const [name, xml] of Object.entries(variants)) {
			for (const schema of [
				'xliff2/2.1/xliff_core_2.0.xsd',
				'xliff2/xliff20_core_and_modules.xsd'
			]) {
				it(`${name} validates against ${schema}`, () => {
					const path = tempFile('out.xlf', xml);
					const r = run('xmllint', [
						'--noout',
						'--nonet',
						'--schema',
						resolve(SCHEMAS, schema),
						path
					]);
					expect(r.stderr).toContain('validates');
					expect(r.status).toBe(0);
				});
			}
		}
		it('sentence export really has several segments in a unit', () => {
			expect((variants.sentences.match(/<segment /g) ?? []).length).toBeGreaterThan(
				(variants.paragraphs.match(/<segment /g) ?? []).length
			);
		});
	}
);

describe.skipIf(!!noXmllint || !hasShared)(
	needsShared(`XLIFF 1.2 against the strict OASIS schema${noXmllint ? ` (${noXmllint})` : ''}`),
	() => {
		const file = corpusProject();
		for (const [name, xml] of Object.entries({
			paragraphs: serializeXliff12(file),
			sentences: serializeXliff12(file, { sentencePairs: (s) => sentencePairs(s.source, s.target) })
		})) {
			it(`${name} validates`, () => {
				const path = tempFile('out.xlf', xml);
				const r = run(
					'xmllint',
					[
						'--noout',
						'--nonet',
						'--schema',
						resolve(SCHEMAS, 'xliff12/xliff-core-1.2-strict.xsd'),
						path
					],
					{ env: { XML_CATALOG_FILES: resolve(SCHEMAS, 'catalog.xml') } }
				);
				expect(r.stderr).toContain('validates');
				expect(r.status).toBe(0);
			});
		}
	}
);

const noTtk = missing('translate-toolkit');
describe.skipIf(!!noTtk)(
	`translate-toolkit reads our XLIFF 1.2${noTtk ? ` (${noTtk})` : ''}`,
	() => {
		it('with the right unit count and texts', () => {
			const file = corpusProject();
			const path = tempFile('out.xlf', serializeXliff12(file));
			const script = `
import json, sys
from translate.storage import factory
s = factory.getobject(sys.argv[1])
units = [u for u in s.units if u.source]
print(json.dumps([[u.source, u.target or "", u.istranslated(), u.isapproved() if hasattr(u, "isapproved") else None] for u in units], ensure_ascii=False))
`;
			const r = run('/usr/bin/python3', ['-c', script, path]);
			expect(r.stderr).toBe('');
			const units = JSON.parse(r.stdout) as [string, string, boolean, boolean | null][];
			expect(units.length).toBe(file.segments.length);
			units.forEach(([source, target], i) => {
				expect(source).toBe(file.segments[i].source);
				expect(target).toBe(file.segments[i].target);
			});
			// reviewed → signed-off/approved; new → untranslated
			const reviewed = file.segments.findIndex((s) => s.status === 'reviewed' && s.target);
			expect(units[reviewed][2]).toBe(true);
			const fresh = file.segments.findIndex((s) => s.status === 'new');
			expect(units[fresh][2]).toBe(false);
		});
	}
);

const fixturesName = needsShared('every XLIFF fixture imports, and survives export and re-import');
describe.skipIf(!hasShared)(fixturesName, () => {
	const dir = resolve(SHARED, 'fixtures');
	const names = !hasShared
		? []
		: [
				...readdirSync(resolve(dir, 'xliff1')).map((f) => `xliff1/${f}`),
				...readdirSync(resolve(dir, 'xliff2')).map((f) => `xliff2/${f}`)
			];
	for (const f of names) {
		it(f, () => {
			const r = parseXliff(new Uint8Array(readFileSync(resolve(dir, f))));
			if (!r.value) {
				// refused: then with a message a person can act on
				expect(r.issues[0].message.length).toBeGreaterThan(10);
				return;
			}
			const { file } = r.value;
			expect(file.segments.length).toBeGreaterThan(0);
			const again = f.startsWith('xliff2') ? serializeXliff2(file) : serializeXliff12(file);
			const back = parseXliff(again).value!.file;
			const view = (x: typeof file) =>
				x.segments.map((s) => [s.source, s.target, s.status, s.locked, s.kind]);
			expect(view(back)).toEqual(view(file));
			if (f.startsWith('xliff1') && !noXmllint) {
				// With strictCodes, what other tools wrote becomes valid XLIFF 1.2 too.
				const strict = serializeXliff12(file, { strictCodes: true });
				const path = tempFile('rt12.xlf', strict);
				const v = run(
					'xmllint',
					[
						'--noout',
						'--nonet',
						'--schema',
						resolve(SCHEMAS, 'xliff12/xliff-core-1.2-strict.xsd'),
						path
					],
					{ env: { XML_CATALOG_FILES: resolve(SCHEMAS, 'catalog.xml') } }
				);
				expect(v.stderr).toContain('validates');
				expect(parseXliff(strict).value!.file.segments.map((s) => s.source)).toEqual(
					file.segments.map((s) => s.source)
				);
			}
			if (f.startsWith('xliff2') && !noXmllint) {
				const path = tempFile('rt.xlf', again);
				const v = run('xmllint', [
					'--noout',
					'--nonet',
					'--schema',
					resolve(SCHEMAS, 'xliff2/xliff20_core_and_modules.xsd'),
					path
				]);
				expect(v.status).toBe(0);
			}
		});
	}
});
