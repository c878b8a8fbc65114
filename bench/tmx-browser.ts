/**
 * `npx tsx bench/tmx-browser.ts`: the TM page of the built app in Chromium with a 100,000-unit
 * TMX (synthetic): the import's time with its progress bar, the longest main-thread task during
 * it, a cancel half-way (nothing kept), and a concordance search with its hits highlighted.
 * Needs `npm run build`; serves build/ on DUIYI_BENCH_PORT (4180 by default).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serializeTmx, tmUnitsToPairs } from '../src/lib/domain/formats/tmx/serialize.ts';
import { syntheticTm } from '../src/lib/domain/tm/index.ts';
import { startProfile } from './lib/profile.ts';
import { BENCH_PORT, CHROMIUM, startServer } from './lib/run-server.ts';
import { load, ms, table, uptime, type Figure } from './lib/run-stats.ts';

const UNITS = 100_000;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

/** Long tasks seen by the page since the last call (ms each). */
const WATCH = `window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

async function main(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-tmx-'));
	const file = join(dir, 'memory.tmx');
	writeFileSync(file, serializeTmx(tmUnitsToPairs(syntheticTm(UNITS))));
	const server = await startServer(Number(process.env.DUIYI_BENCH_PORT) || BENCH_PORT);
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ARGS,
		headless: true
	});
	const figures: Figure[] = [];
	const add = (figure: string, value: string, target = '', pass: boolean | null = null) =>
		figures.push({ area: 'TM', figure, value, target, pass, load: load() });
	try {
		const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
		await page.addInitScript({ content: WATCH });
		await page.goto(`${server.url}/tm`);
		const input = page.getByLabel('TMX file to add to the memory');
		const longest = () =>
			page.evaluate(() => {
				const all = (window as unknown as { __long: number[] }).__long.splice(0);
				return all.length ? Math.max(...all) : 0;
			});
		await longest();

		// A cancel once the store has begun: nothing of it is kept.
		let started = Date.now();
		await input.setInputFiles(file);
		const bar = page.getByRole('progressbar', { name: 'TMX import progress' });
		await page.waitForFunction(
			() => Number(document.querySelector('progress')?.getAttribute('value') ?? 0) > 0,
			null,
			{ timeout: 300_000, polling: 50 }
		);
		const storingAfter = Date.now() - started;
		started = Date.now();
		await page.getByRole('button', { name: 'Cancel the import' }).click();
		await page.getByText('The import was cancelled').waitFor({ timeout: 300_000 });
		const cancelMs = Date.now() - started;
		const left = await page.getByText(/^\d+ translation units$/).textContent();
		add(
			`Cancel during the store (store began ${ms(storingAfter)} after choosing the file): the page answers and rolls back in`,
			ms(cancelMs)
		);
		add(
			'Units left after the cancel',
			left ?? '?',
			'0 translation units',
			left === '0 translation units'
		);
		await longest();

		// The whole import.
		started = Date.now();
		await input.setInputFiles(file);
		await bar.waitFor({ timeout: 60_000 });
		let reports = 0;
		let last = '';
		const done = page.getByText(/of \d+ translation units imported/);
		while (!(await done.count())) {
			const now = (await bar.getAttribute('value').catch(() => null)) ?? '';
			if (now && now !== last) {
				reports++;
				last = now;
			}
			await page.waitForTimeout(100);
			if (Date.now() - started > 600_000) throw new Error('the import took over 10 minutes');
		}
		const importMs = Date.now() - started;
		add(
			`Import ${UNITS.toLocaleString('en')} units (synthetic TMX): file chosen → report shown; the progress bar seen at ${reports} values`,
			ms(importMs)
		);
		add('Longest main-thread task during the import', ms(await longest()));

		// Concordance on the page, hits highlighted.
		await page.getByRole('searchbox', { name: 'Search the memory' }).fill('产业集群');
		started = Date.now();
		await page.getByRole('button', { name: 'Search the memory' }).click();
		await page.getByText(/units contain “产业集群”/).waitFor({ timeout: 120_000 });
		add(
			'First search on the page (reads and indexes the memory, then concordance)',
			ms(Date.now() - started)
		);
		await page.getByRole('searchbox', { name: 'Search the memory' }).fill('industrial clusters');
		const profiler = process.env.SCALE_PROFILE ? await startProfile(page) : null;
		started = Date.now();
		await page.getByRole('button', { name: 'Search the memory' }).click();
		await page.getByText(/units contain “industrial clusters”/).waitFor({ timeout: 120_000 });
		const marks = await page
			.getByRole('list', { name: 'Concordance hits' })
			.locator('mark')
			.count();
		const searchMs = Date.now() - started;
		if (profiler) process.stderr.write(`profile tm-search: ${await profiler.stop('tm-search')}\n`);
		add(
			`Next search, click → count and ${marks} highlighted hits shown`,
			ms(searchMs),
			'< 100 ms',
			searchMs < 100
		);
		add('Longest main-thread task during the searches', ms(await longest()));
	} finally {
		await browser.close();
		server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
	process.stdout.write(
		`## TMX import and concordance in Chromium, ${UNITS.toLocaleString('en')} units\n\n- uptime: \`${uptime()}\`\n\n${table(figures)}\n`
	);
}

main().catch((error: unknown) => {
	process.stderr.write(
		`bench/tmx-browser: ${error instanceof Error ? error.message : String(error)}\n`
	);
	process.exit(1);
});
