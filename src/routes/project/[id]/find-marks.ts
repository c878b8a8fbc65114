import type { Mark } from '$lib/domain/spans/index.ts';

/** Find-and-replace hits as marks for a text's pieces (the one looked at marked apart). */
export function findMarks(
	found: readonly [number, number][],
	current?: [number, number]
): Mark<'find' | 'find-current'>[] {
	return found.map(([start, end], i) => ({
		start,
		end,
		kind: current && current[0] === start && current[1] === end ? 'find-current' : 'find',
		id: `find-${i}`
	}));
}
