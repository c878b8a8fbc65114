import { readFileSync } from 'node:fs';
import {
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocxDocument } from './parse-document.ts';
import { hasShared, needsShared, sharedPath } from '../../../../../tests/helpers/shared.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const pkg = (body: string, styles?: string) =>
	zipSync({
		'[Content_Types].xml': strToU8('<Types/>'),
		'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`),
		...(styles ? { 'word/styles.xml': strToU8(`<w:styles ${W}>${styles}</w:styles>`) } : {})
	});
const p = (text: string, style?: string) =>
	`<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('parseDocxDocument: Word XML as Word and WPS write it', () => {
	it.each([
		{
			name: 'paragraphs in order, runs joined',
			body:
				'<w:p><w:r><w:t>宜春</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>经开区</w:t></w:r></w:p>' +
				p('正文。'),
			blocks: [{ text: '宜春经开区' }, { text: '正文。' }]
		},
		{
			name: 'heading styles by name, in English and Chinese Word (ids 1, 2 …)',
			styles:
				'<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>' +
				'<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>' +
				'<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Subtitle"/></w:style>' +
				'<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="caption"/></w:style>' +
				'<w:style w:type="paragraph" w:styleId="outline"><w:name w:val="My head"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
			body:
				p('风华正茂勇争先', 'a3') +
				p('——解析', 'a5') +
				p('坚持招优引强', '1') +
				p('现场', 'a7') +
				p('自定义标题', 'outline') +
				p('正文。', 'Normal'),
			blocks: [
				{ text: '风华正茂勇争先', kind: 'title' },
				{ text: '——解析', kind: 'subtitle' },
				{ text: '坚持招优引强', kind: 'heading' },
				{ text: '现场', kind: 'caption' },
				{ text: '自定义标题', kind: 'heading' },
				{ text: '正文。' }
			]
		},
		{
			name: 'Heading2 style id without styles.xml, and an outline level on the paragraph',
			body:
				p('小标题', 'Heading2') +
				'<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>大纲</w:t></w:r></w:p>',
			blocks: [
				{ text: '小标题', kind: 'heading' },
				{ text: '大纲', kind: 'heading' }
			]
		},
		{
			name: 'a table read row by row, cell by cell, between paragraphs',
			body:
				p('表前。') +
				'<w:tbl><w:tr><w:tc>' +
				p('甲') +
				'</w:tc><w:tc>' +
				p('乙') +
				'</w:tc></w:tr><w:tr><w:tc>' +
				p('丙') +
				p('丁') +
				'</w:tc><w:tc>' +
				p('') +
				'</w:tc></w:tr></w:tbl>' +
				p('表后。'),
			blocks: ['表前。', '甲', '乙', '丙', '丁', '表后。'].map((text) => ({ text }))
		},
		{
			name: 'tracked changes read as accepted; field codes and drawings left out',
			body:
				'<w:p><w:r><w:t>保留</w:t></w:r><w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
				'<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>' +
				'<w:r><mc:AlternateContent><mc:Choice><w:drawing>图</w:drawing></mc:Choice><mc:Fallback><w:pict>图</w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
				'<w:r><w:tab/><w:t>末</w:t></w:r></w:p>',
			blocks: [{ text: '保留插入链接 末' }]
		},
		{
			name: 'a text box (DrawingML with its VML fallback) is read once, after its paragraph',
			body:
				'<w:p><w:r><w:t>正文。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx xmlns:wps="x"><w:txbxContent>' +
				p('宜春经开区招商推介会现场') +
				'</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="y"><w:txbxContent>' +
				p('宜春经开区招商推介会现场') +
				'</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
				p('下一段。'),
			blocks: [{ text: '正文。' }, { text: '宜春经开区招商推介会现场' }, { text: '下一段。' }]
		},
		{
			name: 'empty paragraphs count as blank lines before the next block',
			body: p('甲。') + '<w:p/><w:p/>' + p('乙'),
			blocks: [{ text: '甲。' }, { text: '乙' }],
			blank: [0, 2]
		},
		{
			name: 'entities, ideographic indents and non-breaking spaces',
			body: p('\u3000\u3000A &amp; B&#160;&lt;C&gt;'),
			blocks: [{ text: 'A & B <C>' }]
		},
		{
			name: 'content controls (w:sdt) are read',
			body: '<w:sdt><w:sdtContent>' + p('控件内容。') + '</w:sdtContent></w:sdt>',
			blocks: [{ text: '控件内容。' }]
		}
	])('$name', ({ name, body, styles, blocks, blank }) => {
		const result = parseDocxDocument(pkg(body, styles));
		expect(result.issues).toEqual([]);
		if (name.startsWith('a table')) {
			expect(result.value?.map((x) => x.boundary ?? null)).toEqual([
				null,
				'table-cell',
				'table-cell',
				'table-cell',
				'table-cell',
				null
			]);
		}
		expect(result.value?.map(({ text, kind }) => (kind ? { text, kind } : { text }))).toEqual(
			blocks
		);
		if (blank) expect(result.value?.map((b) => b.blankBefore)).toEqual(blank);
	});
});

describe('parseDocxDocument: files from other programs', () => {
	it('reads a document written by the docx library: title, headings, table, body in order', async () => {
		const doc = new Document({
			sections: [
				{
					children: [
						new Paragraph({ text: '风华正茂勇争先', heading: HeadingLevel.TITLE }),
						new Paragraph({
							text: '坚持招优引强 培育壮大产业集群',
							heading: HeadingLevel.HEADING_1
						}),
						new Paragraph({
							children: [
								new TextRun('推动高质量发展，'),
								new TextRun({ text: '国家级开发区如何作为？', bold: true })
							]
						}),
						new Table({
							rows: [
								new TableRow({
									children: [
										new TableCell({ children: [new Paragraph('指标')] }),
										new TableCell({ children: [new Paragraph('增幅')] })
									]
								}),
								new TableRow({
									children: [
										new TableCell({ children: [new Paragraph('工业增加值')] }),
										new TableCell({ children: [new Paragraph('18.1%')] })
									]
								})
							]
						}),
						new Paragraph({ text: '小标题', heading: HeadingLevel.HEADING_2 }),
						new Paragraph('正文结束。')
					]
				}
			]
		});
		const bytes = new Uint8Array(await Packer.toBuffer(doc));
		const result = parseDocxDocument(bytes);
		expect(result.issues).toEqual([]);
		expect(result.value?.map((b) => [b.text, b.kind ?? 'body'])).toEqual([
			['风华正茂勇争先', 'title'],
			['坚持招优引强 培育壮大产业集群', 'heading'],
			['推动高质量发展，国家级开发区如何作为？', 'body'],
			['指标', 'body'],
			['增幅', 'body'],
			['工业增加值', 'body'],
			['18.1%', 'body'],
			['小标题', 'heading'],
			['正文结束。', 'body']
		]);
	});

	it.skipIf(!hasShared)(
		needsShared('reads the memoQ bilingual table export in reading order'),
		() => {
			const bytes = new Uint8Array(
				readFileSync(sharedPath('fixtures/docx/memoq12_bilingual_table_nl-en.docx'))
			);
			const result = parseDocxDocument(bytes);
			expect(result.value).not.toBeNull();
			const texts = result.value!.map((b) => b.text);
			expect(texts.length).toBeGreaterThan(27);
			// The header row comes first, then row 1: its ID cell (number, line break, GUID), its
			// Dutch source, its status; then row 2.
			const row1 = texts.findIndex((t) => t.startsWith('1\n'));
			expect(texts.indexOf('ID')).toBeLessThan(row1);
			expect(texts.slice(row1 + 1, row1 + 3)).toEqual(['Biagio Pagano', 'Not started']);
			expect(texts.findIndex((t) => t.startsWith('2\n'))).toBe(row1 + 3);
			expect(texts.join('\n')).not.toMatch(/<w:|&lt;|&amp;/);
		}
	);
});
