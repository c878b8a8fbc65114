/**
 * What differs between the paragraph being translated and a TM match's source, character by
 * character, so the TM panel can mark it as CAT tools do.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

/** A run of characters: equal in both, only in the new text (insert), or only in the old. */
export interface DiffPart {
	op: DiffOp;
	text: string;
}

/** Above this many DP cells the middle is reported as one replacement. */
const MAX_CELLS = 4_000_000;

function push(parts: DiffPart[], op: DiffOp, text: string): void {
	if (!text) return;
	const last = parts[parts.length - 1];
	if (last && last.op === op) last.text += text;
	else parts.push({ op, text });
}

/**
 * A character diff from `from` (a TM match's source) to `to` (the paragraph being translated):
 * a longest common subsequence over code points, after trimming the common prefix and suffix.
 * Joining the equal and delete parts gives `from`; the equal and insert parts give `to`.
 *
 * @example
 * diffChars('同比增长10%', '同比增长18.1%')
 * // [{ op: 'equal', text: '同比增长1' }, { op: 'delete', text: '0' }, { op: 'insert', text: '8.1' }, { op: 'equal', text: '%' }]
 */
export function diffChars(from: string, to: string): DiffPart[] {
	const a = Array.from(from);
	const b = Array.from(to);
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (
		tail < a.length - head &&
		tail < b.length - head &&
		a[a.length - 1 - tail] === b[b.length - 1 - tail]
	) {
		tail++;
	}
	const parts: DiffPart[] = [];
	push(parts, 'equal', a.slice(0, head).join(''));
	const x = a.slice(head, a.length - tail);
	const y = b.slice(head, b.length - tail);
	if (x.length * y.length > MAX_CELLS) {
		push(parts, 'delete', x.join(''));
		push(parts, 'insert', y.join(''));
	} else {
		// lcs[i][j]: the LCS length of x[i..] and y[j..], in one flat array.
		const width = y.length + 1;
		const lcs = new Uint32Array((x.length + 1) * width);
		for (let i = x.length - 1; i >= 0; i--) {
			for (let j = y.length - 1; j >= 0; j--) {
				lcs[i * width + j] =
					x[i] === y[j]
						? lcs[(i + 1) * width + j + 1] + 1
						: Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
			}
		}
		let i = 0;
		let j = 0;
		while (i < x.length && j < y.length) {
			if (x[i] === y[j]) {
				push(parts, 'equal', x[i]);
				i++;
				j++;
			} else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
				push(parts, 'delete', x[i++]);
			} else {
				push(parts, 'insert', y[j++]);
			}
		}
		push(parts, 'delete', x.slice(i).join(''));
		push(parts, 'insert', y.slice(j).join(''));
	}
	push(parts, 'equal', a.slice(a.length - tail).join(''));
	return parts;
}
