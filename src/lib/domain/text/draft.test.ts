import { describe, expect, it } from 'vitest';
import { readDraft } from './draft.ts';

describe('readDraft', () => {
	it('decodes GB18030 and cuts the text into paragraphs', () => {
		// "甲\n\nB" in GB18030: 甲 = 0xBC 0xD7.
		const bytes = new Uint8Array([0xbc, 0xd7, 0x0a, 0x0a, 0x42]);
		expect(readDraft(bytes)).toEqual({ ok: true, text: '甲\n\nB', paragraphs: ['甲', 'B'] });
	});

	it('refuses a binary file with its reason', () => {
		expect(readDraft(new Uint8Array([0, 1, 2, 0, 0, 3, 4, 0]))).toEqual({
			ok: false,
			reason: 'binary'
		});
	});
});
