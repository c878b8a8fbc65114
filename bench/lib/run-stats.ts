/**
 * Small helpers for `npm run bench`: percentiles, medians of repeated runs, the machine load
 * printed beside every figure (the machine is shared, so a figure without its load means little).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

/** The p-th percentile (0..100) of the values, nearest-rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The 1-minute load average now, e.g. "3.42/2 cores". */
export function load(): string {
	return `${loadavg()[0].toFixed(2)}/${cpus().length} cores`;
}

/** What `uptime` prints (falls back to os.loadavg when uptime is missing). */
export function uptime(): string {
	try {
		return execFileSync('uptime', { encoding: 'utf8' }).trim();
	} catch {
		return `load average: ${loadavg()
			.map((x) => x.toFixed(2))
			.join(', ')}`;
	}
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
	if (!Number.isFinite(value)) return 'n/a';
	if (value >= 100) return `${Math.round(value)} ms`;
	if (value >= 10) return `${value.toFixed(1)} ms`;
	return `${value.toFixed(2)} ms`;
}

/** One line of a results table. */
export interface Figure {
	area: string;
	figure: string;
	value: string;
	target: string;
	/** true / false against the target; null when the figure has no target. */
	pass: boolean | null;
	/** The 1-minute load average when the figure was measured. */
	load: string;
}

/** A Markdown table of figures (the same text goes to the terminal and BENCHMARKS.md). */
export function table(figures: readonly Figure[]): string {
	const rows = [
		'| Figure | Value | Target | Pass | Load (1 min) |',
		'| --- | --- | --- | --- | --- |',
		...figures.map(
			(f) =>
				`| ${f.figure} | ${f.value} | ${f.target || '—'} | ${
					f.pass === null ? '—' : f.pass ? 'pass' : 'FAIL'
				} | ${f.load} |`
		)
	];
	return rows.join('\n');
}

/**
 * CPU time of this process in ms (user + system). On a loaded machine wall time counts the
 * time other processes held the core; CPU time does not, so the bench prints both.
 */
export function cpuNow(): number {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
}

/** Runs `fn` `runs` times; every duration in ms (wall and CPU), and the last result. */
export function repeat<T>(
	runs: number,
	fn: () => T
): { times: number[]; cpuTimes: number[]; result: T } {
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let result!: T;
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const cpuStarted = cpuNow();
		result = fn();
		times.push(performance.now() - started);
		cpuTimes.push(cpuNow() - cpuStarted);
	}
	return { times, cpuTimes, result };
}

/** "129 ms (CPU 40 ms)": wall time, and CPU time when it is known. */
export function wallCpu(wall: number, cpu?: number): string {
	return cpu === undefined ? ms(wall) : `${ms(wall)} (CPU ${ms(cpu)})`;
}
