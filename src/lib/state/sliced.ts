/**
 * Long list work split over tasks, so a 100,000-item list never holds the page's thread for
 * long: the caller's `pause` (a timer in the page) runs between slices.
 */

/** Waits for the next task, letting the page paint and handle input meanwhile. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `items` sorted by `compare` (stably, like Array.prototype.sort): runs of `slice` items are
 * sorted one per task, then merged pairwise, pausing after every `slice` items placed.
 */
export async function sortInSlices<T>(
	items: readonly T[],
	compare: (a: T, b: T) => number,
	slice: number,
	pause: () => Promise<void> = nextTask
): Promise<T[]> {
	const n = items.length;
	let from: T[] = [];
	for (let lo = 0; lo < n; lo += slice) {
		for (const item of items.slice(lo, lo + slice).sort(compare)) from.push(item);
		if (lo + slice < n) await pause();
	}
	let to = new Array<T>(n);
	let placed = 0;
	for (let width = slice; width < n; width *= 2) {
		for (let lo = 0; lo < n; lo += 2 * width) {
			const mid = Math.min(lo + width, n);
			const hi = Math.min(lo + 2 * width, n);
			let i = lo;
			let j = mid;
			for (let k = lo; k < hi; k++) {
				to[k] = j >= hi || (i < mid && compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
				if (++placed % slice === 0) await pause();
			}
		}
		[from, to] = [to, from];
	}
	return from;
}
