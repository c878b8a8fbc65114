/**
 * The editor bench's probes, run inside the page. Kept as JavaScript text (not functions of a
 * module) because tsx decorates named functions with a `__name` helper the page lacks.
 * Installs `window.__bench` with:
 *
 * - watchFirstRow(label): from the start of an editor load, records in `window.__firstRowAt`
 *   the performance.now() (ms since navigation start) when that textarea is visible and editable.
 * - installLatencyProbe(): for each keystroke in a textarea, keydown → app input handler done,
 *   → next animation frame, → the task after that frame (paint), in `window.__lat`.
 * - waitStored({ id, text, timeout }): polls IndexedDB 'duiyi', table 'segments', every 5 ms
 *   until the segment holds `text`; ms since the last keydown, or -1 after `timeout`.
 * - countSegments(projectId): how many segments the project has in IndexedDB.
 * - scrollThrough(): scrolls the segment list to the end and back, three viewports a frame, and
 *   returns the frame intervals, the most rows seen in the DOM and the last row's label.
 */
export const PAGE_SCRIPT = String.raw`
(() => {
	if (window.__bench) return;
	const openDb = () =>
		new Promise((resolve, reject) => {
			const request = indexedDB.open('duiyi');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	const ask = (request) =>
		new Promise((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	const fields = () => document.querySelectorAll('textarea[data-segment-id]');

	window.__bench = {
		watchFirstRow(label) {
			if (!location.pathname.includes('/project/')) return;
			const check = () => {
				const field = document.querySelector('textarea[aria-label="' + label + '"]');
				if (field && !field.readOnly && !field.disabled && field.getClientRects().length > 0) {
					window.__firstRowAt = performance.now();
					return;
				}
				requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		},

		installLatencyProbe() {
			const lat = (window.__lat = { down: 0, frame: [], handler: [], paint: [] });
			addEventListener(
				'keydown',
				(e) => {
					if (e.target instanceof HTMLTextAreaElement) lat.down = performance.now();
				},
				true
			);
			// Bubbling on window: after the app's own (delegated) input handler has run.
			addEventListener('input', (e) => {
				if (!(e.target instanceof HTMLTextAreaElement) || !lat.down) return;
				const down = lat.down;
				lat.handler.push(performance.now() - down);
				requestAnimationFrame(() => {
					lat.frame.push(performance.now() - down);
					setTimeout(() => lat.paint.push(performance.now() - down), 0);
				});
			});
		},

		async waitStored({ id, text, timeout }) {
			const db = await openDb();
			try {
				const lastKey = window.__lat.down;
				while (performance.now() - lastKey < timeout) {
					const row = await ask(db.transaction('segments', 'readonly').objectStore('segments').get(id));
					if (row && row.target === text) return performance.now() - lastKey;
					await new Promise((resolve) => setTimeout(resolve, 5));
				}
				return -1;
			} finally {
				db.close();
			}
		},

		async countSegments(projectId) {
			const db = await openDb();
			try {
				const store = db.transaction('segments', 'readonly').objectStore('segments');
				return await ask(store.index('projectId').count(projectId));
			} finally {
				db.close();
			}
		},

		async scrollThrough() {
			let el = fields()[0]?.parentElement ?? null;
			while (
				el &&
				!(el.scrollHeight > el.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(el).overflowY))
			) {
				el = el.parentElement;
			}
			const scroller = el ?? document.scrollingElement;
			let maxRows = 0;
			const run = (direction) =>
				new Promise((resolve) => {
					const frames = [];
					let last = -1;
					let settled = 0;
					const step = scroller.clientHeight * 3;
					const frame = (now) => {
						if (last >= 0) frames.push(now - last);
						last = now;
						maxRows = Math.max(maxRows, fields().length);
						const atEnd =
							direction > 0
								? scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2
								: scroller.scrollTop <= 0;
						settled = atEnd ? settled + 1 : 0;
						if (settled >= 3 || frames.length >= 1500) return resolve(frames);
						scroller.scrollTop += direction * step;
						requestAnimationFrame(frame);
					};
					requestAnimationFrame(frame);
				});
			const down = await run(1);
			const all = fields();
			const lastLabel = all.length ? all[all.length - 1].getAttribute('aria-label') : '';
			const up = await run(-1);
			return { down, up, maxRows, lastLabel };
		}
	};
})();
`;
