import { describe, expect, it } from 'vitest';
import { readDraft, readPastedDraft } from './draft.ts';
import { wordFile } from '../../../../tests/helpers/word-file.ts';

describe('readDraft', () => {
	it('decodes GB18030 and cuts the text into paragraphs', () => {
		// "甲\n\nB" in GB18030: 甲 = 0xBC 0xD7.
		const bytes = new Uint8Array([0xbc, 0xd7, 0x0a, 0x0a, 0x42]);
		expect(readDraft(bytes, 'draft.txt')).toEqual({
			ok: true,
			text: '甲\n\nB',
			paragraphs: ['甲', 'B']
		});
	});

	it('reads a Word draft paragraph by paragraph, an English byline kept apart from the lead', () => {
		const read = readDraft(
			wordFile([
				'Staff reporter Li Ming, correspondent Wang Fang',
				'The county opened its new port on Monday.'
			]),
			'draft.docx'
		);
		expect(read).toEqual({
			ok: true,
			text: 'Staff reporter Li Ming, correspondent Wang Fang\n\nThe county opened its new port on Monday.',
			paragraphs: [
				'Staff reporter Li Ming, correspondent Wang Fang',
				'The county opened its new port on Monday.'
			]
		});
	});

	it('reads Markdown and HTML drafts as the import does', () => {
		const md = readDraft(new TextEncoder().encode('# Title\n\nFirst paragraph.\n'), 'd.md');
		expect(md.ok && md.paragraphs).toEqual(['Title', 'First paragraph.']);
		const html = readDraft(new TextEncoder().encode('<p>One.</p><p>Two.</p>'), 'd.html');
		expect(html.ok && html.paragraphs).toEqual(['One.', 'Two.']);
	});

	it('refuses a binary file, a PDF and an interchange file with the import issue', () => {
		const binary = readDraft(new Uint8Array([0, 1, 2, 0, 0, 3, 4, 0]), 'x.txt');
		expect(binary.ok === false && binary.issue.code).toBe('import.binary');
		const pdf = readDraft(new TextEncoder().encode('%PDF-1.4'), 'x.pdf');
		expect(pdf.ok === false && pdf.issue.code).toBe('import.unsupported_format');
		const tmx = readDraft(
			new TextEncoder().encode('<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>'),
			'x.txt'
		);
		expect(tmx.ok === false && tmx.issue.code).toBe('import.interchange');
	});

	it('calls an empty file empty', () => {
		const read = readDraft(new TextEncoder().encode(' \n\n '), 'x.txt');
		expect(read.ok === false && read.issue.code).toBe('import.empty');
	});

	it('cuts pasted text at blank lines', () => {
		expect(readPastedDraft('One.\n\nTwo.')).toEqual({
			ok: true,
			text: 'One.\n\nTwo.',
			paragraphs: ['One.', 'Two.']
		});
	});
});
