import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossaryFile } from './file.ts';
import { hasShared, needsShared, sharedPath } from '../../../../tests/helpers/shared.ts';

const csv = 'zh,en\n放管服,streamline administration\n';

function utf16le(text: string, bom = true): Uint8Array {
	const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	if (bom) bytes.set([0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		bytes[(bom ? 2 : 0) + 2 * i] = c & 0xff;
		bytes[(bom ? 2 : 0) + 2 * i + 1] = c >> 8;
	}
	return bytes;
}

describe('parseGlossaryFile', () => {
	it.each([
		['UTF-8 CSV', new TextEncoder().encode(csv), 'g.csv', 'csv', 'utf-8'],
		['UTF-8 with BOM', new TextEncoder().encode('\uFEFF' + csv), 'g.csv', 'csv', 'utf-8'],
		['UTF-16 LE with BOM', utf16le(csv), 'g.csv', 'csv', 'utf-16le'],
		['tab-separated .txt from Excel', utf16le(csv.replace(/,/g, '\t')), 'g.txt', 'tsv', 'utf-16le'],
		[
			'GBK',
			new Uint8Array([
				...new TextEncoder().encode('zh,en\n'),
				0xb7,
				0xc5,
				0xb9,
				0xdc,
				0xb7,
				0xfe,
				...new TextEncoder().encode(',streamline administration\n')
			]),
			'g.csv',
			'csv',
			'gb18030'
		]
	])('%s', (_name, bytes, name, format, encoding) => {
		const { value, issues } = parseGlossaryFile(bytes, name);
		expect(issues).toEqual([]);
		expect(value).toMatchObject({ format, encoding });
		expect(value!.entries[0].terms.map((t) => t.text)).toEqual([
			'放管服',
			'streamline administration'
		]);
	});

	it.skipIf(!hasShared)(needsShared('reads TBX by content whatever the extension'), () => {
		const bytes = readFileSync(sharedPath('fixtures/tbx/tbx2008_martif_ibm_en_fr.tbx'));
		const { value } = parseGlossaryFile(new Uint8Array(bytes), 'terms.csv');
		expect(value!.format).toBe('tbx');
		expect(value!.entries).toHaveLength(5);
	});

	it('refuses a binary file with a clear code', () => {
		const { value, issues } = parseGlossaryFile(
			new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0, 0]),
			'g.csv'
		);
		expect(value).toBeNull();
		expect(issues[0].code).toBe('file_binary');
	});

	it('passes a broken TBX issue through with its line', () => {
		const { value, issues } = parseGlossaryFile(
			new TextEncoder().encode('<tbx>\n<text>\n</tbx>'),
			'g.tbx'
		);
		expect(value).toBeNull();
		expect(issues[0]).toMatchObject({ code: 'tbx_malformed', line: 3 });
	});
});
