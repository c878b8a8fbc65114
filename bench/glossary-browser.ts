/**
 * `npx tsx bench/glossary-browser.ts`: the glossary page of the built app in Chromium importing
 * a TBX of 100,000 concept entries (bench/lib/big-xml.ts): the time from the file chosen to the
 * preview, the longest main-thread task meanwhile (the file is read and planned in the glossary
 * worker), the same for the import itself, then for the page's list catching up (the live query
 * re-reading the glossary, its warnings scanned between tasks). Needs `npm run build`; serves build/ on DUIYI_BENCH_PORT
 * (4180 by default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { bigTbx } from './lib/big-xml.ts';
import { BENCH_PORT, CHROMIUM, startServer } from './lib/run-server.ts';
import { load, ms, table, uptime, type Figure } from './lib/run-stats.ts';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

/** Long tasks seen by the page since the last call (ms each). */
const WATCH = `window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

async function main(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-tbx-'));
	const file = join(dir, 'big.tbx');
	bigTbx(file);
	const server = await startServer(Number(process.env.DUIYI_BENCH_PORT) || BENCH_PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
	const figures: Figure[] = [];
	const add = (figure: string, value: string, target = '', pass: boolean | null = null) =>
		figures.push({ area: 'glossary', figure, value, target, pass, load: load() });
	try {
		const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
		await page.addInitScript({ content: WATCH });
		await page.goto(`${server.url}/glossaries`);
		await page.getByLabel('New glossary name').fill('Big');
		await page.getByRole('button', { name: 'Create glossary' }).click();
		await page.getByRole('heading', { name: 'Big', level: 2, exact: true }).waitFor();
		const longest = () =>
			page.evaluate(() => {
				const all = (window as unknown as { __long: number[] }).__long.splice(0);
				return all.length ? Math.max(...all) : 0;
			});
		await page.waitForTimeout(1000);
		await longest();

		let started = Date.now();
		await page.getByLabel('Import a glossary file (CSV, TSV, TBX)').setInputFiles(file);
		await page.getByText(/100,?000 entries read/).waitFor({ timeout: 600_000 });
		add('TBX of 100,000 entries: file chosen → preview shown', ms(Date.now() - started));
		const readLongest = await longest();
		add('Longest main-thread task while reading', ms(readLongest), '< 200 ms', readLongest < 200);

		started = Date.now();
		await page.getByRole('button', { name: /^Import 100,?000 entries$/ }).click();
		await page.getByText(/^Imported big\.tbx/).waitFor({ timeout: 600_000 });
		add('Import of the 100,000 entries: click → report', ms(Date.now() - started));
		const storeLongest = await longest();
		add(
			'Longest main-thread task while importing',
			ms(storeLongest),
			'< 200 ms',
			storeLongest < 200
		);

		started = Date.now();
		await page
			.getByText(/of 100,?000 entries/)
			.first()
			.waitFor({ timeout: 600_000 });
		add('After the report: the list shows all 100,000', ms(Date.now() - started));
		await page.waitForTimeout(2000); // the warnings' scan, 2,000 entries a task
		const listLongest = await longest();
		add(
			'Longest main-thread task while the list catches up (+2 s)',
			ms(listLongest),
			'< 200 ms',
			listLongest < 200
		);
	} finally {
		await browser.close();
		server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
	process.stdout.write(
		`## Glossary TBX import in Chromium\n\n- uptime: \`${uptime()}\`\n\n${table(figures)}\n`
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
