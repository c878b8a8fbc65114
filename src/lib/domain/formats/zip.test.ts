import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { buildZip, deflateFilled } from '../../../../tests/helpers/zip.ts';
import { LIMITS } from './limits.ts';
import { unzipWithin } from './zip.ts';

const DOC = '<w:document><w:body><w:p><w:r><w:t>';
const END = '</w:t></w:r></w:p></w:body></w:document>';

describe('unzipWithin', () => {
	it('reads the parts asked for, as fflate writes them', () => {
		const zip = zipSync({
			'word/document.xml': strToU8(DOC + '风华正茂' + END),
			'word/styles.xml': strToU8('<w:styles/>'),
			'docProps/app.xml': strToU8('<x/>')
		});
		const r = unzipWithin(zip, (name) => name.startsWith('word/'));
		expect(Object.keys(r.files ?? {}).sort()).toEqual(['word/document.xml', 'word/styles.xml']);
		expect(new TextDecoder().decode(r.files?.['word/document.xml'])).toContain('风华正茂');
	});

	it('refuses an archive whose declared sizes pass the limit before inflating anything', () => {
		const data = deflateSync(strToU8(DOC + END));
		const zip = buildZip([
			{ name: 'word/document.xml', data, method: 8, declaredSize: LIMITS.zipUnpackedBytes + 1 }
		]);
		expect(unzipWithin(zip, () => true).refused?.code).toBe('limit.zip_unpacked_bytes');
	});

	it('stops inflating a bomb whose headers lie about its size', () => {
		// The same path as at the real limit, at 4 MB: inflating hundreds of MB cost 6 s of CPU.
		const limit = 4 * 1024 * 1024;
		const data = deflateFilled(DOC, limit + 1024 * 1024, END);
		expect(data.length).toBeLessThan(64 * 1024);
		const zip = buildZip([{ name: 'word/document.xml', data, method: 8, declaredSize: 1000 }]);
		expect(unzipWithin(zip, () => true, limit + 2 * 1024 * 1024).files).toBeDefined();
		const r = unzipWithin(zip, () => true, limit);
		expect(r.refused).toMatchObject({
			code: 'limit.zip_unpacked_bytes',
			path: 'word/document.xml'
		});
	});

	it('refuses more entries than the limit, from the directory alone', () => {
		const entries = Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({
			name: `word/media/${i}.bin`,
			data: new Uint8Array(0),
			method: 0 as const,
			declaredSize: 0
		}));
		expect(unzipWithin(buildZip(entries), () => true).refused?.code).toBe('limit.zip_entries');
	});

	it('throws on a damaged archive (the caller says it is damaged)', () => {
		const zip = zipSync({ 'word/document.xml': strToU8(DOC + END) });
		expect(() => unzipWithin(zip.subarray(0, zip.length - 30), () => true)).toThrow();
		expect(() => unzipWithin(strToU8('not a zip at all'), () => true)).toThrow();
	});
});
