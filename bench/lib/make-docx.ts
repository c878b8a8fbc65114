/**
 * `npx tsx bench/lib/make-docx.ts corpus/<slug> [styled|direct]`: writes corpus/<slug>/zh.docx,
 * the same broken document as zh.txt (one Word paragraph per blank-line block, in the same
 * order, halves of broken paragraphs as separate paragraphs), formatted the way newspaper
 * exports arrive. The kind of each block comes from reading.json (the paragraph it belongs to):
 *
 * - `styled`: title in Title, headings in Heading 2, captions in Caption (italic, centred,
 *   9 pt), credits right-aligned;
 * - `direct`: no heading styles at all — title and headings are bold Normal paragraphs (title
 *   larger and centred), the subtitle centred; captions still in Caption, credits right-aligned.
 *
 * Body halves are Normal with a two-character first-line indent. The zip's dates are fixed, so
 * running it again gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readBlocks, type GoldParagraph } from './genre-corpus.ts';

type Look = 'styled' | 'direct';
const FIXED_DATE = '2023-11-20T08:00:00Z';
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };

function paragraphFor(text: string, kind: GoldParagraph['kind'], look: Look): Paragraph {
	const run = (extra: Record<string, unknown> = {}) => [
		new TextRun({ text, font: FONT, ...extra })
	];
	switch (kind) {
		case 'title':
			return look === 'styled'
				? new Paragraph({
						heading: HeadingLevel.TITLE,
						alignment: AlignmentType.CENTER,
						children: run()
					})
				: new Paragraph({
						alignment: AlignmentType.CENTER,
						children: run({ bold: true, size: 44 })
					});
		case 'subtitle':
			return new Paragraph({ alignment: AlignmentType.CENTER, children: run({ size: 28 }) });
		case 'heading':
			return look === 'styled'
				? new Paragraph({ heading: HeadingLevel.HEADING_2, children: run() })
				: new Paragraph({ children: run({ bold: true }) });
		case 'caption':
			return new Paragraph({ style: 'Caption', alignment: AlignmentType.CENTER, children: run() });
		case 'credit':
			return new Paragraph({ alignment: AlignmentType.RIGHT, children: run({ size: 18 }) });
		default:
			return new Paragraph({ indent: { firstLine: 480 }, children: run() });
	}
}

async function main(): Promise<void> {
	const [folder, lookArg] = process.argv.slice(2);
	if (!folder) throw new Error('usage: tsx bench/lib/make-docx.ts corpus/<slug> [styled|direct]');
	const look: Look = lookArg === 'direct' ? 'direct' : 'styled';
	const blocks = readBlocks(readFileSync(join(folder, 'zh.txt'), 'utf8'));
	const gold = JSON.parse(readFileSync(join(folder, 'reading.json'), 'utf8')) as GoldParagraph[];
	const kindOfBlock = new Map<number, GoldParagraph['kind']>();
	for (const p of gold) for (const b of p.blocks) kindOfBlock.set(b, p.kind);
	const doc = new Document({
		creator: 'Duiyi corpus',
		styles: {
			default: { document: { run: { font: FONT, size: 24 } } },
			paragraphStyles: [
				{
					id: 'Caption',
					name: 'caption',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: { italics: true, size: 18, color: '404040' },
					paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 120 } }
				}
			]
		},
		sections: [
			{ children: blocks.map((text, i) => paragraphFor(text, kindOfBlock.get(i) ?? 'body', look)) }
		]
	});
	const packed = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
	const core = 'docProps/core.xml';
	if (packed[core]) {
		packed[core] = strToU8(
			strFromU8(packed[core]).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, FIXED_DATE)
		);
	}
	const bytes = zipSync(packed, { mtime: new Date(FIXED_DATE) });
	writeFileSync(join(folder, 'zh.docx'), bytes);
	process.stdout.write(`${join(folder, 'zh.docx')}: ${blocks.length} paragraphs (${look})\n`);
}

await main();
