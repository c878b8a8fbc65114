/**
 * The scale bench's probes, run inside the page (JavaScript text, as run-page.ts explains).
 * Installs `window.__scale` with:
 *
 * - a long-task observer from the start of each document: every main-thread task over 50 ms,
 *   as [startTime, duration] in `window.__scale.tasks`;
 * - longest(since): the longest of those tasks that started after `since` (performance.now()),
 *   and how many of them passed 200 ms;
 * - keyProbe(): for each keydown, keydown → the task after the next frame (what the translator
 *   waits for before the ladder shows the move), in `window.__scale.keys`;
 * - rows(selector): how many elements match (the rows of a list in the DOM).
 */
export const SCALE_SCRIPT = String.raw`
(() => {
	if (window.__scale) return;
	const scale = (window.__scale = { tasks: [], keys: [] });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) scale.tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch (error) {
		scale.unsupported = String(error);
	}
	scale.longest = (since) => {
		const after = scale.tasks.filter((t) => t[0] >= since);
		return {
			max: after.reduce((m, t) => Math.max(m, t[1]), 0),
			over200: after.filter((t) => t[1] > 200).length,
			count: after.length
		};
	};
	scale.keyProbe = () => {
		addEventListener(
			'keydown',
			() => {
				const down = performance.now();
				requestAnimationFrame(() => setTimeout(() => scale.keys.push(performance.now() - down), 0));
			},
			true
		);
	};
	scale.rows = (selector) => document.querySelectorAll(selector).length;
})();
`;
