import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from './index.ts';
import { segmentBlocks } from './segment-document.ts';

/**
 * A broken article as a newsroom's Word file sets it: no blank lines to go by, captions in a
 * smaller italic type (one of them reads like a head), heads in bold or a Heading style, the
 * byline right-aligned, a caption in Word's Caption style between the halves of a paragraph.
 */
async function brokenDocx(): Promise<Uint8Array> {
	const body = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 24 })] });
	const caption = (text: string) =>
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [new TextRun({ text, italics: true, size: 18 })]
		});
	const head = (text: string) =>
		new Paragraph({ children: [new TextRun({ text, bold: true, size: 28 })] });
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ text: '产业升级跑出加速度', heading: HeadingLevel.TITLE }),
					body('近年来，该区聚焦新能源、新材料、'),
					body('电子信息三大主导产业，2019—'),
					caption('光伏产业园一角'),
					body('2023年，全区规上工业增加值年均增长9.6%。'),
					head('聚焦主业强链条'),
					body('该区今年引进重点项目12个，总投资186亿元。'),
					caption('智能制造产业园'),
					new Paragraph({ text: '创新引领添动能', heading: HeadingLevel.HEADING_2 }),
					body('“这条产线的转换效率比原来提高了'),
					new Paragraph({ text: '研发中心实验室', style: 'Caption' }),
					body('1.2个百分点。”公司负责人说。'),
					new Paragraph({
						alignment: AlignmentType.RIGHT,
						children: [new TextRun({ text: '刘晓峰 陈静', size: 24 })]
					})
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a broken article in Word', () => {
	it('is repaired by the look and style of its paragraphs, not by blank lines', async () => {
		const imported = importDocument(await brokenDocx(), 'broken.docx');
		expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const units = segmentBlocks(imported.value!.blocks, { repair: true });
		expect(units.map((u) => [u.joined, u.kind])).toEqual([
			[[0], 'title'],
			[[1, 2, 4], 'body'],
			[[3], 'caption'],
			[[5], 'heading'],
			[[6], 'body'],
			[[7], 'caption'],
			[[8], 'heading'],
			[[9, 11], 'body'],
			[[10], 'caption'],
			[[12], 'credit']
		]);
		expect(units[2].movedAfter).toBe(1);
		expect(units[8].movedAfter).toBe(9);
	});

	it('reads alignment, italics, bold and size of a paragraph', async () => {
		const blocks = importDocument(await brokenDocx(), 'broken.docx').value!.blocks;
		expect(blocks[3].layout).toEqual({ align: 'center', italic: true, size: 9 });
		expect(blocks[5].layout).toEqual({ bold: true, size: 14 });
		expect(blocks[12].layout).toEqual({ align: 'right', size: 12 });
	});
});
