/**
 * LibreOffice (headless) opens our DOCX exports: each converts to PDF and to text without
 * error, and the text holds every paragraph of both languages. Slow (a few seconds per
 * conversion), so one conversion run covers all files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusProject } from './corpus-project.ts';
import { missing, run, tempDir } from './tools.ts';
import { serializeBilingualDocx } from '../../src/lib/domain/formats/docx/serialize-bilingual.ts';
import { serializeTargetDocx } from '../../src/lib/domain/formats/docx/serialize-target.ts';
import { parseXliff } from '../../src/lib/domain/formats/xliff/parse.ts';
import { hasShared, needsShared, SHARED } from './corpus-project.ts';

const noSoffice = missing('soffice');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!!noSoffice)(
	`LibreOffice reads our DOCX${noSoffice ? ` (${noSoffice})` : ''}`,
	() => {
		const file = corpusProject();
		// memoQ's XLIFF with inline codes, from ../shared when it is there.
		const tagged = hasShared
			? parseXliff(
					new Uint8Array(
						readFileSync(join(SHARED, 'fixtures/xliff1/memoq12_test_document_nl-en.mqxliff'))
					)
				).value!.file
			: null;
		const dir = tempDir('duiyi-lo-');
		const docs = ['bilingual.docx', 'english.docx', ...(tagged ? ['tagged.docx'] : [])];
		const texts: Record<string, string> = {};
		let log = '';

		beforeAll(async () => {
			writeFileSync(join(dir, 'bilingual.docx'), await serializeBilingualDocx(file));
			writeFileSync(join(dir, 'english.docx'), await serializeTargetDocx(file));
			if (tagged) writeFileSync(join(dir, 'tagged.docx'), await serializeBilingualDocx(tagged));
			const profile = `-env:UserInstallation=file://${dir}/profile`;
			const paths = docs.map((d) => join(dir, d));
			for (const target of ['txt:Text', 'pdf']) {
				const r = run(
					'soffice',
					[profile, '--headless', '--convert-to', target, '--outdir', join(dir, 'out'), ...paths],
					{ timeout: 180_000 }
				);
				log += r.stdout + r.stderr;
				expect(r.status).toBe(0);
			}
			for (const d of docs) {
				const txt = join(dir, 'out', d.replace('.docx', '.txt'));
				texts[d] = existsSync(txt) ? norm(readFileSync(txt, 'utf8').replace(/^\uFEFF/, '')) : '';
			}
		}, 240_000);

		it.each(docs)('%s converts to PDF and text', (d) => {
			const pdf = join(dir, 'out', d.replace('.docx', '.pdf'));
			expect(existsSync(pdf), log).toBe(true);
			expect(statSync(pdf).size).toBeGreaterThan(5000);
			expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
			expect(texts[d].length).toBeGreaterThan(100);
			expect(log.replace(/.*javaldx.*\n?/g, '')).not.toMatch(/Error:|failed/i);
		});

		it('the bilingual table holds every Chinese and English paragraph', () => {
			const missingParas = file.segments.flatMap((s) =>
				[s.source, s.target].filter((t) => t && !texts['bilingual.docx'].includes(norm(t)))
			);
			expect(missingParas).toEqual([]);
			expect(texts['bilingual.docx']).toContain(
				'Use "Yichun ETDZ" after the first mention <b>&</b>'
			);
			expect(texts['bilingual.docx']).toContain('Glossary of terms used');
		});

		it('the English document holds every translation, and untranslated Chinese', () => {
			for (const s of file.segments) {
				expect(texts['english.docx']).toContain(norm(s.target || s.source));
			}
		});

		it.skipIf(!tagged)(needsShared('inline codes show as numbered tags'), () => {
			expect(texts['tagged.docx']).toContain('<1>From Wikipedia, the free encyclopaedia</2>');
		});
	}
);
