import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { inspect } from './inspect.ts';
import { LIMITS } from './limits.ts';
import { parseXml } from './xliff/xml.ts';

const xliff12 = (files: string) => `<?xml version="1.0"?><xliff version="1.2">${files}</xliff>`;
const file = (src: string, tgt: string, units = '') =>
	`<file source-language="${src}" target-language="${tgt}" original="a"><body>${
		units || '<trans-unit id="1"><source>经开区</source><target>the zone</target></trans-unit>'
	}</body></file>`;
const codes = (name: string, text: string) =>
	inspect(strToU8(text), name).issues.map((i) => i.code);

describe('nesting depth', () => {
	it('reads a document nested to the limit and refuses one level more', () => {
		const nested = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
		expect(parseXml(nested(LIMITS.xmlDepth)).value?.root).toBeTruthy();
		const deeper = parseXml(nested(LIMITS.xmlDepth + 1));
		expect(deeper.value).toBeNull();
		expect(deeper.issues[0]).toMatchObject({ code: 'limit.xml_depth', line: 1 });
	});

	it('refuses 100,000 nested <g> in XLIFF and 20,000 nested tables in DOCX without overflowing the stack', () => {
		const g = xliff12(
			file(
				'zh-CN',
				'en',
				`<trans-unit id="1"><source>${'<g id="1">'.repeat(1e5)}x${'</g>'.repeat(1e5)}</source></trans-unit>`
			)
		);
		expect(codes('g.xlf', g)).toContain('limit.xml_depth');
		const body =
			'<w:tbl><w:tr><w:tc>'.repeat(2e4) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(2e4);
		const docx = zipSync({
			'word/document.xml': strToU8(`<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`)
		});
		const r = inspect(docx, 'tables.docx');
		expect(r.format).toBe('unknown');
		expect(r.issues.map((i) => i.code)).toContain('limit.xml_depth');
	});
});

describe('inspect: XLIFF languages', () => {
	it('says nothing when the languages agree', () => {
		expect(codes('a.xlf', xliff12(file('zh-CN', 'en') + file('zh-CN', 'en')))).toEqual([]);
	});

	it('reports files that disagree', () => {
		expect(codes('a.xlf', xliff12(file('zh-CN', 'en') + file('de', 'en')))).toContain(
			'inspect_xliff_files_disagree'
		);
	});

	it('reports source and target in the same language', () => {
		expect(codes('a.xlf', xliff12(file('en', 'EN')))).toContain('inspect_xliff_same_language');
		const v2 = `<xliff version="2.0" srcLang="zh" trgLang="zh"><file id="f"><unit id="1"><segment><source>经开区</source></segment></unit></file></xliff>`;
		expect(codes('a.xlf', v2)).toContain('inspect_xliff_same_language');
	});

	it('reports units whose xml:lang contradicts their file, but not a more precise tag', () => {
		const unit = (s: string, t: string) =>
			`<trans-unit id="1"><source xml:lang="${s}">经开区</source><target xml:lang="${t}">zone</target></trans-unit>`;
		expect(codes('a.xlf', xliff12(file('zh', 'en', unit('zh-CN', 'en-US'))))).toEqual([]);
		expect(codes('a.xlf', xliff12(file('zh', 'en', unit('zh-CN', 'fr-FR'))))).toContain(
			'inspect_xliff_unit_language'
		);
	});
});
