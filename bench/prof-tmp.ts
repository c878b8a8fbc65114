import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { bigDocument, paragraphsOf, SEED_DIR } from './lib/run-corpus.ts';
import { CHROMIUM, startServer } from './lib/run-server.ts';
import { repeatParagraphs } from '../src/lib/domain/glossary/index.ts';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
function top(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }, label: string) {
	const self = new Map<string, number>();
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	profile.samples.forEach((id, i) => {
		const n = byId.get(id)!;
		const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
		self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	console.log(`--- ${label}`);
	for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(0).padStart(7), k);
}
const N = 20000;
const server = await startServer(4186);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await page.goto(server.url + '/');
await page.getByRole('textbox', { name: 'Project name', exact: true }).first().fill('P');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp.send('Profiler.start');
await page.getByLabel(/Open a (\.txt )?file/).first().setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(bigDocument(N).join('\n\n')) });
await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Create project' && !b.disabled), undefined, { timeout: 600000 });
await page.waitForTimeout(1000);
top((await cdp.send('Profiler.stop')).profile as never, 'import review');
const reject = page.getByRole('button', { name: 'Reject all', exact: true });
if (await reject.isEnabled()) await reject.click();
await page.getByRole('button', { name: 'Create project', exact: true }).click();
await page.waitForURL(/\/project\/[^/]+$/, { timeout: 600000 });
await page.getByRole('textbox', { name: 'English translation of paragraph 1', exact: true }).waitFor({ timeout: 600000 });
const url = page.url();
await page.goto(url + '/align');
const file = page.getByLabel('English draft file (.txt)');
await file.waitFor();
const cdp2 = await page.context().newCDPSession(page);
await cdp2.send('Profiler.enable');
await cdp2.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp2.send('Profiler.start');
const en = repeatParagraphs(paragraphsOf(join(SEED_DIR, 'en.txt')), N);
await file.setInputFiles({ name: 'd.txt', mimeType: 'text/plain', buffer: Buffer.from(en.join('\n\n')) });
await page.getByRole('listbox').waitFor({ timeout: 900000 });
await page.waitForTimeout(1500);
top((await cdp2.send('Profiler.stop')).profile as never, 'align');
await cdp2.send('Profiler.start');
await page.reload();
await page.getByRole('option').first().waitFor({ timeout: 600000 });
await page.waitForTimeout(1000);
const cdp3 = cdp2;
try { top((await cdp3.send('Profiler.stop')).profile as never, 'reopen (may be empty after reload)'); } catch (e) { console.log('reopen profile lost', String(e)); }
await browser.close();
server.stop();
