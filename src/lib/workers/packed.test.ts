import { describe, expect, it } from 'vitest';
import { packStrings, unpackStrings } from './packed.ts';

describe('packed strings', () => {
	it.each([
		[[]],
		[['']],
		[['风华正茂勇争先', '', 'In Its Prime', '😀 surrogate pairs 𠀀', '\n\n']],
		[Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} 第${i}段`)]
	])('gives back the same list (%#)', (list) => {
		const packed = packStrings(list);
		expect(packed.ends).toHaveLength(list.length);
		expect(unpackStrings(structuredClone(packed))).toEqual(list);
	});
});
