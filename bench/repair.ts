/**
 * `npx tsx bench/repair.ts [--docx|--lines|--clean] [--verbose]`: paragraph repair on the broken articles of
 * tests/fixtures/repair, scored against a reader's repair; held-out articles are reported apart
 * (and their errors never printed). `--docx` first writes each article as a plain Word file
 * (one paragraph per block, no styles, no empty paragraphs) and imports that; `--lines` lays
 * each article out one paragraph per line with no blank lines; `--clean` runs the repaired
 * article (one block per paragraph), where nothing should be joined.
 */
import { Document, Packer, Paragraph } from 'docx';
import { importDocument } from '../src/lib/domain/import/index.ts';
import {
	loadRepairArticles,
	scoreRepair,
	scoreRepairAsLines,
	scoreCleanCopy,
	type RepairArticle
} from '../tests/helpers/repair-score.ts';

const verbose = process.argv.includes('--verbose');
const asDocx = process.argv.includes('--docx');

async function viaDocx(a: RepairArticle): Promise<RepairArticle> {
	const doc = new Document({
		sections: [{ children: a.blocks.map((b) => new Paragraph(b.text)) }]
	});
	const bytes = new Uint8Array(await Packer.toBuffer(doc));
	const blocks = importDocument(bytes, `${a.name}.docx`).value?.blocks ?? [];
	return { ...a, blocks };
}

const articles = loadRepairArticles();
if (process.argv.includes('--clean')) {
	console.log('the articles as the reader repaired them (no false joins, kinds kept):');
	for (const a of articles) {
		const s = scoreCleanCopy(a);
		console.log(`  ${a.heldOut ? '(held out) ' : ''}${a.name}: ${s.right}/${s.total}`);
		if (verbose && !a.heldOut) for (const e of s.errors) console.log(`      ${e}`);
	}
	process.exit(0);
}
if (process.argv.includes('--lines')) {
	console.log('one paragraph per line (no blank lines), paragraphs compared by text and kind:');
	for (const a of articles) {
		const s = scoreRepairAsLines(a);
		console.log(`  ${a.heldOut ? '(held out) ' : ''}${a.name}: ${s.right}/${s.total}`);
		if (verbose && !a.heldOut) for (const e of s.errors) console.log(`      ${e}`);
	}
	process.exit(0);
}
const read = asDocx ? await Promise.all(articles.map(viaDocx)) : articles;
const rows = read.map((a) => ({ a, s: scoreRepair(a) }));
if (asDocx) console.log('as plain .docx files:');
for (const group of [false, true]) {
	const part = rows.filter((r) => r.a.heldOut === group);
	if (!part.length) continue;
	console.log(group ? 'held out (not used while tuning):' : 'tuning articles:');
	for (const { a, s } of part) {
		console.log(
			`  ${a.name}: paragraphs ${s.paragraphs}/${s.goldParagraphs} (made ${s.madeParagraphs}), kinds ${s.kindsRight}/${s.goldParagraphs}, captions+credits ${s.captionsCreditsRight}/${s.captionsCredits}, false captions/credits ${s.falseCaptionsCredits}, order ${s.orderRight ? 'right' : 'wrong'}`
		);
		// The held-out article is scored, never inspected: its errors are not printed.
		if (verbose && !a.heldOut) for (const e of s.errors) console.log(`      ${e}`);
	}
	const sum = (f: (s: (typeof part)[0]['s']) => number) => part.reduce((n, r) => n + f(r.s), 0);
	console.log(
		`  total: paragraphs ${sum((s) => s.paragraphs)}/${sum((s) => s.goldParagraphs)}, kinds ${sum((s) => s.kindsRight)}/${sum((s) => s.goldParagraphs)}, captions+credits ${sum((s) => s.captionsCreditsRight)}/${sum((s) => s.captionsCredits)}, false captions/credits ${sum((s) => s.falseCaptionsCredits)}`
	);
}
