import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { serializeTargetText } from './serialize.ts';
import { serializeTargetDocx } from '../docx/serialize-target.ts';
import { parseXliff } from '../xliff/parse.ts';

/** An XLIFF 1.2 unit as Trados or Okapi write it: a URL and a name protected in both languages. */
const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.docx" source-language="zh-CN" target-language="en-US" datatype="plaintext"><body>
<trans-unit id="1"><source>详见<mrk mtype="protected">www.example.gov.cn</mrk>，联系<bpt id="1">&lt;b&gt;</bpt>东山县<ept id="1">&lt;/b&gt;</ept>。</source>
<target>See <mrk mtype="protected">www.example.gov.cn</mrk> or contact <bpt id="1">&lt;b&gt;</bpt>Dongshan County<ept id="1">&lt;/b&gt;</ept>.</target></trans-unit>
</body></file></xliff>`;

function projectWithProtected() {
	const parsed = parseXliff(new TextEncoder().encode(XLIFF));
	return parsed.value!.file;
}

describe('protected words in English deliverables', () => {
	it('the import keeps the protected URL as one code, so it cannot be edited', () => {
		const file = projectWithProtected();
		expect(file.segments[0].target).not.toContain('www.example.gov.cn');
	});

	it('plain text prints the protected words and drops the formatting codes', () => {
		const text = serializeTargetText(projectWithProtected());
		expect(text.split('\n\n')[0].trim()).toBe('See www.example.gov.cn or contact Dongshan County.');
	});

	it('the English Word document prints the protected words', async () => {
		const bytes = await serializeTargetDocx(projectWithProtected());
		const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
		const words = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
		expect(words).toContain('See www.example.gov.cn or contact');
	});
});
