/**
 * Long lists of strings across the thread boundary. postMessage clones a list of 20,000
 * paragraphs string by string, a main-thread task of 0.3–0.6 s at 20,000 (seen in a CPU
 * profile of the alignment page); one joined string and a typed array of ends clone as two
 * blocks of memory, and the ends' buffer is transferred.
 */

/** Strings as one text and where each ends. */
export interface PackedStrings {
	text: string;
	ends: Uint32Array;
}

/**
 * @example
 * unpackStrings(packStrings(['甲', '', 'B'])) // ['甲', '', 'B']
 */
export function packStrings(list: readonly string[]): PackedStrings {
	const ends = new Uint32Array(list.length);
	let at = 0;
	for (let i = 0; i < list.length; i++) {
		at += list[i].length;
		ends[i] = at;
	}
	return { text: list.join(''), ends };
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
	const out = new Array<string>(ends.length);
	let start = 0;
	for (let i = 0; i < ends.length; i++) {
		out[i] = text.slice(start, ends[i]);
		start = ends[i];
	}
	return out;
}

/** The buffers to transfer with a message holding these packs. */
export const transferOf = (...packs: PackedStrings[]): ArrayBuffer[] =>
	packs.map((p) => p.ends.buffer as ArrayBuffer);
