/**
 * Where a renderer's memory goes: one Chromium memory-infra dump (the allocators Chromium itself
 * accounts for: v8, blink_gc, partition_alloc, malloc, cc, skia, …), for the scale bench's
 * SCALE_MEMORY_DETAIL=1. Sizes are the allocators' effective sizes in MB (shared ones counted once).
 */
import type { Browser } from '@playwright/test';

interface Allocator {
	attrs?: Record<string, { units: string; value: string }>;
}
interface TraceEvent {
	ph: string;
	pid: number;
	name?: string;
	args?: {
		dumps?: {
			allocators?: Record<string, Allocator>;
			process_totals?: Record<string, string>;
		};
		name?: string;
	};
}

const mb = (hex: string | undefined) => (hex ? parseInt(hex, 16) / 2 ** 20 : 0);

/** One line per renderer: its private footprint and its largest top-level allocators. */
export async function memoryDetail(browser: Browser): Promise<string[]> {
	const cdp = await browser.newBrowserCDPSession();
	const done = new Promise<string>((resolve) =>
		cdp.on('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? ''))
	);
	await cdp.send('Tracing.start', {
		traceConfig: {
			includedCategories: ['disabled-by-default-memory-infra'],
			excludedCategories: ['*'],
			memoryDumpConfig: { triggers: [] }
		},
		transferMode: 'ReturnAsStream'
	} as never);
	await cdp.send('Tracing.requestMemoryDump', { levelOfDetail: 'detailed' } as never);
	await cdp.send('Tracing.end');
	const stream = await done;
	let text = '';
	for (;;) {
		const chunk = (await cdp.send('IO.read', { handle: stream } as never)) as {
			data: string;
			eof: boolean;
			base64Encoded?: boolean;
		};
		text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
		if (chunk.eof) break;
	}
	await cdp.send('IO.close', { handle: stream } as never);
	await cdp.detach();
	const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
	const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
	const names = new Map<number, string>();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'process_labels') names.set(e.pid, String(e.args?.name ?? ''));
	for (const e of events)
		if (e.ph === 'M' && e.name === 'process_name' && !names.has(e.pid))
			names.set(e.pid, String(e.args?.name ?? ''));
	const lines: string[] = [];
	for (const e of events) {
		const dumps = e.args?.dumps;
		if (e.ph !== 'v' || !dumps?.allocators) continue;
		const top = new Map<string, number>();
		for (const [name, a] of Object.entries(dumps.allocators)) {
			const parts = name.split('/');
			const size = mb(a.attrs?.effective_size?.value ?? a.attrs?.size?.value);
			// Top-level allocators, and v8's and blink's first level (heaps, isolates).
			if (parts.length === 1 || (parts.length === 2 && /^(v8|partition_alloc)$/.test(parts[0])))
				top.set(name, size);
		}
		const footprint = mb(dumps.process_totals?.private_footprint_bytes);
		const biggest = [...top]
			.filter(([, v]) => v >= 1)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 16)
			.map(([k, v]) => `${k} ${v.toFixed(0)}`)
			.join(', ');
		lines.push(
			`pid ${e.pid} ${names.get(e.pid) ?? ''}: footprint ${footprint.toFixed(0)} MB; ${biggest}`
		);
	}
	return lines;
}
