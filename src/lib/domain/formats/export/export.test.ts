import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { parseBilingualDocx } from '../docx/parse-bilingual.ts';
import { emptyProjectFile, type ProjectFile } from '../project/project-file.ts';
import type { Segment, SegmentStatus } from '../../types.ts';
import { exportReport, exportView, renderExport, type ExportOptions } from './index.ts';

function project(): ProjectFile {
	const file = emptyProjectFile({
		id: 'p',
		name: '宜春',
		sourceLang: 'zh-CN',
		targetLang: 'en',
		glossaryIds: [],
		settings: { disabledChecks: [] },
		createdAt: 0,
		updatedAt: 0
	});
	const seg = (
		order: number,
		source: string,
		target: string,
		status: SegmentStatus,
		extra: Partial<Segment> = {}
	): Segment => ({
		id: `s${order}`,
		projectId: 'p',
		order,
		kind: 'body',
		source,
		target,
		status,
		locked: false,
		provenance: 'aligned',
		updatedAt: 0,
		...extra
	});
	file.segments = [
		seg(0, '签约项目22个，', '22 projects worth 10.5 billion yuan were signed.', 'translated'),
		seg(1, '金额105亿元。', '', 'draft', { translatedWith: 's0' }),
		seg(2, '图为生产线。', '', 'new', { kind: 'caption' }),
		seg(3, '一段草稿。', 'A draft paragraph.', 'draft')
	];
	file.annotations = [
		{
			id: 'n1',
			projectId: 'p',
			segmentId: 's1',
			side: 'source',
			selector: { exact: '105亿元', prefix: '金额', suffix: '。', start: 2, end: 7 },
			detached: false,
			body: 'check',
			category: 'comment',
			status: 'open',
			author: 'me',
			replies: [],
			createdAt: 0,
			updatedAt: 0
		}
	];
	return file;
}

const options: ExportOptions = {
	by: 'paragraph',
	glossaryAppendix: false,
	comments: true,
	untranslated: 'skip'
};
const hasChinese = /[\u4e00-\u9fff]/;

describe('exportView', () => {
	it('makes a group translated together one unit and moves its notes along', () => {
		const view = exportView(project(), 'docx');
		expect(view.segments.map((s) => [s.id, s.source])).toEqual([
			['s0', '签约项目22个，\n金额105亿元。'],
			['s2', '图为生产线。'],
			['s3', '一段草稿。']
		]);
		const note = view.annotations[0];
		expect([
			note.segmentId,
			view.segments[0].source.slice(note.selector.start, note.selector.end)
		]).toEqual(['s0', '105亿元']);
	});

	it('leaves out English below the lowest status included', () => {
		const view = exportView(project(), 'tmx');
		expect(view.segments.map((s) => s.target !== '')).toEqual([true, false, false]);
		expect(exportView(project(), 'tmx', 'draft').segments.map((s) => s.target !== '')).toEqual([
			true,
			false,
			true
		]);
	});
});

describe('exportReport', () => {
	it('lists paragraphs without English for documents, not for a group member', () => {
		expect(exportReport(project(), 'docx-target', {})).toEqual({
			withoutEnglish: [{ number: 3, source: '图为生产线。' }],
			units: null
		});
		expect(exportReport(project(), 'xliff', {}).withoutEnglish).toEqual([]);
	});

	it('counts TMX units, 0 when nothing has the status asked for', () => {
		const file = project();
		file.segments[0].status = 'draft';
		expect(exportReport(file, 'tmx', {}).units).toBe(0);
		expect(exportReport(file, 'tmx', { status: 'draft' }).units).toBe(2);
	});
});

describe('renderExport', () => {
	it('writes the English DOCX without Chinese: the group once, the gap left out', async () => {
		const bytes = await renderExport({ file: project(), format: 'docx-target', options }, null);
		const xml = strFromU8(unzipSync(bytes as Uint8Array)['word/document.xml']);
		const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
		expect(text).not.toMatch(hasChinese);
		expect(text.match(/22 projects/g)).toHaveLength(1);
		expect(text).toContain('A draft paragraph.');
	});

	it('writes a group as one bilingual row numbered with all its paragraphs', async () => {
		const bytes = await renderExport({ file: project(), format: 'docx', options }, null);
		const xml = strFromU8(unzipSync(bytes as Uint8Array)['word/document.xml']);
		const cells = [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) =>
			[...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('|')
		);
		const row = cells.indexOf('1|2');
		expect(row).toBeGreaterThan(0);
		// Both paragraphs' Chinese, the note on 105亿元 still on its words (a run of its own).
		expect(cells[row + 1]).toBe('签约项目22个，|金额|105亿元|。');
		expect(cells).not.toContain('2');
	});

	it('reads its own bilingual DOCX back as reviewed, groups included', async () => {
		const file = project();
		const bytes = await renderExport({ file, format: 'docx', options }, null);
		const review = parseBilingualDocx(bytes as Uint8Array, exportView(file, 'docx')).value!;
		expect([review.sourceMismatches, review.missingNumbers, review.unknownNumbers]).toEqual([
			[],
			[],
			[]
		]);
		expect(review.unchanged).toBe(3);
	});

	it('keeps the Chinese marked when asked', async () => {
		const txt = await renderExport(
			{ file: project(), format: 'txt', options: { ...options, untranslated: 'source' } },
			null
		);
		expect(txt).toBe(
			'22 projects worth 10.5 billion yuan were signed.\n\n[UNTRANSLATED] 图为生产线。\n\nA draft paragraph.\n'
		);
	});

	it('writes one TMX unit for the group', async () => {
		const tmx = (await renderExport({ file: project(), format: 'tmx', options }, null)) as string;
		expect(tmx.match(/<tu\b/g)).toHaveLength(1);
		expect(tmx).toContain('<seg>签约项目22个，\n金额105亿元。</seg>');
	});
});
