import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { serializeBilingualDocx, termsUsed } from './serialize-bilingual.ts';
import { serializeTargetDocx } from './serialize-target.ts';
import { applyBilingualReview, parseBilingualDocx, readBilingualRows } from './parse-bilingual.ts';
import { parseXliff } from '../xliff/parse.ts';
import {
	corpusProject,
	hasShared,
	needsShared,
	SHARED
} from '../../../../../tests/judges/corpus-project.ts';
import type { ProjectFile } from '../project/project-file.ts';

/** Edits word/document.xml (and comments.xml) of a DOCX as a reviewer's Word would. */
function edit(
	bytes: Uint8Array,
	change: (xml: string) => string,
	comments?: (xml: string) => string
): Uint8Array {
	const files = unzipSync(bytes);
	files['word/document.xml'] = strToU8(change(strFromU8(files['word/document.xml'])));
	if (comments)
		files['word/comments.xml'] = strToU8(comments(strFromU8(files['word/comments.xml'])));
	return zipSync(files);
}

describe('bilingual DOCX', async () => {
	const file = corpusProject();
	const bytes = await serializeBilingualDocx(file);
	const parts = unzipSync(bytes);
	const documentXml = strFromU8(parts['word/document.xml']);

	it('is A4 landscape with an East Asian font', () => {
		expect(documentXml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
		expect(strFromU8(parts['word/styles.xml'])).toMatch(/w:eastAsia="SimSun"/);
	});

	it('has each note as a Word comment anchored to its words', () => {
		expect(strFromU8(parts['word/comments.xml'])).toContain(
			'Use &quot;Yichun ETDZ&quot; after the first mention &lt;b&gt;&amp;'
		);
		expect(documentXml).toMatch(
			/<w:commentRangeStart w:id="0"\/><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">宜春经开区<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/
		);
	});

	it('reads back every row unchanged', () => {
		const rows = readBilingualRows(bytes).value!;
		expect(rows.length).toBe(file.segments.length);
		rows.forEach((r, i) => {
			expect(r.number).toBe(i + 1);
			expect(r.source).toBe(file.segments[i].source);
			expect(r.target).toBe(file.segments[i].target);
		});
		const review = parseBilingualDocx(bytes, file).value!;
		expect(review.changes).toEqual([]);
		expect(review.unchanged).toBe(file.segments.length);
	});

	it('brings back a reviewer’s edits, tracked or not, with a report', () => {
		const seg = file.segments[3];
		const reviewed = edit(bytes, (xml) =>
			xml
				.replace(`>${seg.target}<`, '>Attracting Top Investors to Grow Industrial Clusters<')
				.replace(
					'>Yichun ETDZ: Changing with Each Passing Day<',
					'>Yichun ETDZ: </w:t></w:r><w:del w:id="91" w:author="R"><w:r><w:delText>Changing</w:delText></w:r></w:del><w:ins w:id="92" w:author="R"><w:r><w:t>Transforming</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> with Each Passing Day<'
				)
		);
		const review = parseBilingualDocx(reviewed, file).value!;
		expect(review.changes.map((c) => [c.number, c.after])).toEqual([
			[3, 'Yichun ETDZ: Transforming with Each Passing Day'],
			[4, 'Attracting Top Investors to Grow Industrial Clusters']
		]);
		const applied = applyBilingualReview(file, review, 5, () => 'rev');
		expect(applied.segments[3].status).toBe('reviewed');
		expect(applied.revisions).toEqual([
			expect.objectContaining({
				segmentId: file.segments[2].id,
				target: file.segments[2].target,
				reason: 'review'
			}),
			expect.objectContaining({ segmentId: seg.id, target: seg.target, reason: 'review' })
		]);
		expect(file.segments[3].target).toBe(seg.target); // input untouched
	});

	it('brings back the reviewer’s own Word comments as notes, not ours', () => {
		const reviewed = edit(
			bytes,
			(xml) =>
				xml.replace(
					'>Yichun ETDZ: Changing with Each Passing Day<',
					'>Yichun ETDZ: </w:t></w:r><w:commentRangeStart w:id="50"/><w:r><w:t>Changing</w:t></w:r><w:commentRangeEnd w:id="50"/><w:r><w:commentReference w:id="50"/></w:r><w:r><w:t xml:space="preserve"> with Each Passing Day<'
				),
			(xml) =>
				xml.replace(
					'</w:comments>',
					'<w:comment w:id="50" w:author="Client" w:date="2024-01-02T03:04:05Z"><w:p><w:r><w:t>Too literal?</w:t></w:r></w:p></w:comment></w:comments>'
				)
		);
		const review = parseBilingualDocx(reviewed, file).value!;
		expect(review.changes).toEqual([]);
		expect(review.comments).toEqual([
			{
				number: 3,
				segmentId: file.segments[2].id,
				side: 'target',
				quote: 'Changing',
				author: 'Client',
				text: 'Too literal?',
				date: Date.UTC(2024, 0, 2, 3, 4, 5)
			}
		]);
		const applied = applyBilingualReview(file, review, 9, () => 'n2');
		const note = applied.annotations.find((a) => a.id === 'n2')!;
		expect(note).toMatchObject({
			side: 'target',
			body: 'Too literal?',
			author: 'Client',
			status: 'open',
			detached: false
		});
		expect(note.selector).toMatchObject({ exact: 'Changing', start: 13, end: 21 });
	});

	it('refuses a document of another project', async () => {
		const other = corpusProject();
		other.segments.forEach((s) => (s.source = 'x' + s.source));
		const r = parseBilingualDocx(bytes, other);
		expect(r.value).toBeNull();
		expect(r.issues[0].code).toBe('docx_other_document');
	});

	it.each([
		[new Uint8Array([1, 2, 3]), 'docx_not_zip'],
		[zipSync({ 'a.txt': strToU8('x') }), 'docx_no_document']
	])('refuses broken input %#', (input, code) => {
		expect(readBilingualRows(input).issues[0].code).toBe(code);
	});

	it('glossary appendix lists the terms the document uses', () => {
		expect(termsUsed(file).map((e) => e.id)).toEqual(['t1']);
		expect(documentXml).toContain('Glossary of terms used');
	});
});

describe.skipIf(!hasShared)(needsShared('inline codes in the bilingual DOCX'), () => {
	let imported: ProjectFile;
	let bytes: Uint8Array;
	beforeAll(async () => {
		imported = parseXliff(
			new Uint8Array(
				readFileSync(resolve(SHARED, 'fixtures/xliff1/memoq12_test_document_nl-en.mqxliff'))
			)
		).value!.file;
		imported.segments[1].target = '\uE000Van Wikipedia\uE001';
		bytes = await serializeBilingualDocx(imported);
	});
	it('the columns are headed with the project languages', () => {
		const doc = strFromU8(unzipSync(bytes)['word/document.xml']);
		expect(doc).toContain('>nl-NL<');
		expect(doc).toContain('>English 英文<');
		expect(doc).not.toContain('Chinese');
	});
	it('show as <1>…</1> and come back as the same placeholders', () => {
		const rows = readBilingualRows(bytes).value!;
		expect(rows[1].target).toBe('<1>Van Wikipedia</2>');
		const edited = edit(bytes, (xml) => xml.replace('>Van Wikipedia<', '>Uit Wikipedia<'));
		const review = parseBilingualDocx(edited, imported).value!;
		expect(review.changes[0].after).toBe('\uE000Uit Wikipedia\uE001');
	});
});

describe('English DOCX', async () => {
	const file = corpusProject();
	const xml = strFromU8(unzipSync(await serializeTargetDocx(file))['word/document.xml']);
	it('uses the document structure styles', () => {
		expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*In Its Prime, Striving to Lead/);
		expect(xml).toMatch(/<w:pStyle w:val="Subtitle"\/>/);
		expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
	});
	it('keeps an untranslated paragraph in Chinese, highlighted', () => {
		const fresh = file.segments.find((s) => !s.target)!;
		expect(xml).toMatch(new RegExp(`<w:highlight w:val="yellow"/>.*${fresh.source.slice(0, 8)}`));
	});
});

describe('replies to a note', async () => {
	const file = corpusProject();
	file.annotations[0].replies.push({
		id: 'r1',
		author: '译者',
		body: '已改为 Yichun ETDZ',
		createdAt: 1_700_000_100_000
	});
	const parts = unzipSync(await serializeBilingualDocx(file));
	it('become threaded Word comment replies on the same words', () => {
		const comments = strFromU8(parts['word/comments.xml']);
		expect(comments).toContain('w:author="译者"');
		expect(comments).toContain('已改为 Yichun ETDZ');
		expect(parts['word/commentsExtended.xml']).toBeDefined();
		expect(strFromU8(parts['word/commentsExtended.xml'])).toMatch(/w15:paraIdParent=/);
		const doc = strFromU8(parts['word/document.xml']);
		expect(doc).toMatch(/<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/>/);
	});
});

describe('a note written in Markdown', async () => {
	const file = corpusProject();
	file.annotations[0].body = '**Check** the [source](https://www.catl.com)\n\n- one\n- two';
	const bytes = await serializeBilingualDocx(file);
	const parts = unzipSync(bytes);
	it('is a Word comment of plain words, one line each, no markup', () => {
		const comments = strFromU8(parts['word/comments.xml']);
		expect(comments).toContain('>Check the source<');
		expect(comments).toContain('>• one<');
		expect(comments).not.toContain('**');
		expect(comments).not.toContain('](');
		expect(comments).toMatch(/<w:br\/>/);
	});
	it('is known as the project’s own note when the review comes back', () => {
		expect(parseBilingualDocx(bytes, file).value!.comments).toEqual([]);
	});
});
