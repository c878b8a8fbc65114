/**
 * CPU profiles of the page's main thread for the scale bench (`SCALE_PROFILE=DIR`): a step is
 * recorded with the CDP profiler, saved as DIR/<name>.cpuprofile (open it in Chromium's
 * DevTools), and summed up as the longest busy stretch with the functions that took its time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface Profiler {
	stop(name: string): Promise<string>;
}

/** Starts recording the page's main thread (100 µs samples). */
export async function startProfile(page: Page): Promise<Profiler> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	return {
		async stop(name) {
			const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
			const dir = process.env.SCALE_PROFILE;
			if (dir) writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
			await cdp.detach();
			return summarize(profile);
		}
	};
}

/** The longest stretch of samples without idle time, and the functions by self time in it. */
export function summarize(profile: Profile): string {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const idle = (id: number) => byId.get(id)?.callFrame.functionName === '(idle)';
	let best = { start: 0, end: 0, ms: 0 };
	let start = 0;
	let run = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		if (idle(profile.samples[i])) {
			start = i + 1;
			run = 0;
			continue;
		}
		run += (profile.timeDeltas[i] ?? 0) / 1000;
		if (run > best.ms) best = { start, end: i + 1, ms: run };
	}
	const self = new Map<string, number>();
	for (let i = best.start; i < best.end; i++) {
		const frame = byId.get(profile.samples[i])?.callFrame;
		if (!frame) continue;
		const file = frame.url.split('/').pop() ?? '';
		const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	}
	const top = [...self.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 12)
		.map(([key, ms]) => `${ms.toFixed(1)} ms ${key}`);
	return `longest busy stretch ${best.ms.toFixed(0)} ms; self time: ${top.join('; ')}`;
}
