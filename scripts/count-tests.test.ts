/**
 * The closing line must not say "0 failed" when something kept tests from running. Each report
 * below has the shape vitest 4 and Playwright 1.65 write (taken from real runs of a failing file).
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countE2e, countUnit, readReport, summarize } from './count-tests.mjs';
import { e2ePort, probePort } from './e2e-port.mjs';

const passing = (title: string, ancestorTitles: string[] = []) => ({
	title,
	ancestorTitles,
	status: 'passed'
});

const unitOk = {
	success: true,
	numPassedTests: 2,
	numFailedTests: 0,
	numPendingTests: 1,
	testResults: [
		{
			name: `${process.cwd()}/src/a.test.ts`,
			status: 'passed',
			message: '',
			assertionResults: [
				passing('one'),
				passing('two'),
				{ title: 'three', ancestorTitles: ['needs ../shared (absent)'], status: 'skipped' }
			]
		}
	]
};

const e2eOk = {
	stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 0 },
	errors: [],
	suites: [
		{
			file: 'editor.e2e.ts',
			specs: [{ title: 'types', tests: [{ status: 'expected' }] }],
			suites: []
		}
	]
};

describe('the unit test report', () => {
	it('counts passed and skipped tests, each skip under its describe name', () => {
		const c = countUnit(unitOk);
		expect([c.passed, c.failed]).toEqual([2, 0]);
		expect(c.skipped).toEqual(['src/a.test.ts › needs ../shared (absent)']);
	});

	it('counts an unhandled error as a failure when vitest failed but its report says success', () => {
		const c = countUnit(unitOk, 1);
		expect([c.passed, c.failed]).toEqual([2, 1]);
		expect(c.problems[0]).toMatch(/unhandled error/);
		expect(countUnit(unitOk, 0).failed).toBe(0);
	});

	it('counts a beforeAll that threw as failures, not skips (vitest reports the tests skipped)', () => {
		const c = countUnit({
			success: false,
			numPassedTests: 0,
			numFailedTests: 0,
			numPendingTests: 2,
			testResults: [
				{
					name: '/r/tests/ba.test.ts',
					status: 'failed',
					message: '',
					assertionResults: [
						{ title: 'a', ancestorTitles: ['x'], status: 'skipped' },
						{ title: 'b', ancestorTitles: ['x'], status: 'skipped' }
					]
				}
			]
		});
		expect([c.passed, c.failed, c.skipped.length]).toEqual([0, 2, 0]);
	});

	it('counts a file that failed to load as a failure', () => {
		const c = countUnit({
			success: false,
			numFailedTests: 0,
			testResults: [
				{
					name: '/r/tests/load.test.ts',
					status: 'failed',
					message: "Cannot find module './does-not-exist'",
					assertionResults: []
				}
			]
		});
		expect(c.failed).toBe(1);
		expect(c.problems[0]).toContain('does-not-exist');
	});

	it('counts success:false with nothing failed as one failure', () => {
		expect(countUnit({ ...unitOk, success: false }).failed).toBe(1);
	});

	it('counts a missing report as a failure', () => {
		expect(countUnit(null).failed).toBe(1);
	});
});

describe('the browser test report', () => {
	it('counts expected and flaky as passed', () => {
		const c = countE2e({ ...e2eOk, stats: { ...e2eOk.stats, flaky: 1 } });
		expect([c.passed, c.failed]).toEqual([4, 0]);
	});

	it('counts a file that failed to load (all-zero stats, an entry in errors[]) as failed', () => {
		const c = countE2e({
			stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
			errors: [{ message: "Error: Cannot find module './does-not-exist'\nRequire stack:" }],
			suites: []
		});
		expect(c.failed).toBe(1);
		expect(c.problems).toEqual(["Error: Cannot find module './does-not-exist'"]);
	});

	it('counts an error beside passing tests as a failure', () => {
		expect(countE2e({ ...e2eOk, errors: [{ message: 'web server exited' }] }).failed).toBe(1);
	});

	it('counts a report with no test at all as a failure', () => {
		const c = countE2e({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 } });
		expect(c.failed).toBe(1);
	});

	it('names skipped browser tests', () => {
		const c = countE2e({
			...e2eOk,
			suites: [
				{
					file: 'glossary.e2e.ts',
					specs: [{ title: 'imports a CSV (needs ../shared)', tests: [{ status: 'skipped' }] }]
				}
			]
		});
		expect(c.skipped).toEqual(['glossary.e2e.ts › imports a CSV (needs ../shared)']);
	});
});

describe('the closing line', () => {
	it('reads "N passed, N failed, N skipped" and exits 0 when all is well', () => {
		const r = summarize({ unit: unitOk, e2e: e2eOk });
		expect(r.line).toBe('5 passed, 0 failed, 1 skipped');
		expect(r.exitCode).toBe(0);
	});

	it('counts a failed build as every browser test file failed, ignoring any e2e report', () => {
		const r = summarize({
			unit: unitOk,
			e2e: e2eOk,
			buildFailed: true,
			e2eFiles: ['a.e2e.ts', 'b.e2e.ts']
		});
		expect(r.line).toBe('2 passed, 2 failed, 1 skipped');
		expect(r.exitCode).toBe(1);
	});

	it('counts a failed gate', () => {
		const r = summarize({ unit: unitOk, e2e: e2eOk, gatesFailed: 1 });
		expect(r.line).toBe('5 passed, 1 failed, 1 skipped');
		expect(r.exitCode).toBe(1);
	});
});

describe('the counter as a command', () => {
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-count-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const unitPath = join(dir, 'unit.json');
	const e2ePath = join(dir, 'e2e.json');
	writeFileSync(unitPath, JSON.stringify(unitOk));
	writeFileSync(e2ePath, JSON.stringify(e2eOk));

	const count = (env: Record<string, string> = {}, paths = [unitPath, e2ePath]) =>
		spawnSync(process.execPath, ['scripts/count-tests.mjs', ...paths], {
			encoding: 'utf8',
			env: { ...process.env, E2E_DIR: dir, ...env }
		});

	it('prints the closing line last and exits 0', () => {
		const r = count();
		expect(r.stdout.trim().split('\n').at(-1)).toBe('5 passed, 0 failed, 1 skipped');
		expect(r.stdout).toContain('skipped: src/a.test.ts › needs ../shared (absent)');
		expect(r.status).toBe(0);
	});

	it('fails when a report is missing', () => {
		const r = count({}, [unitPath, join(dir, 'none.json')]);
		expect(r.stdout.trim().split('\n').at(-1)).toBe('2 passed, 1 failed, 1 skipped');
		expect(r.stderr).toContain('no browser test report');
		expect(r.status).toBe(1);
	});

	it('ignores a report older than the run (a run that wrote none must not reuse old numbers)', () => {
		const stale = join(dir, 'stale.json');
		writeFileSync(stale, JSON.stringify(e2eOk));
		const hourAgo = Date.now() / 1000 - 3600;
		utimesSync(stale, hourAgo, hourAgo);
		expect(readReport(stale, Date.now() - 60_000)).toBeNull();
		const r = count({ RUN_STARTED: String(Date.now() - 60_000) }, [unitPath, stale]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('no browser test report');
	});

	it('fails on a failed build or a failed gate', () => {
		expect(count({ BUILD_FAILED: '1' }).status).toBe(1);
		expect(count({ GATES_FAILED: '2' }).stdout).toContain('5 passed, 2 failed');
	});
});

describe('the browser tests’ server port', () => {
	it('never reuses a server already running', async () => {
		// Loading the config chooses a port; say one was chosen, so none is probed here.
		process.env.DUIYI_E2E_PORT_CHECKED ??= '4173';
		const { default: config } = await import('../playwright.config.ts');
		const server = config.webServer as { reuseExistingServer: boolean; url: string };
		expect(server.reuseExistingServer).toBe(false);
		expect(server.url).toBe(`http://127.0.0.1:${process.env.DUIYI_E2E_PORT_CHECKED}`);
	});

	it('refuses a requested port that is taken, and chooses a free one when none is asked', async () => {
		const busy = createServer();
		await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
		const port = (busy.address() as { port: number }).port;
		try {
			expect(probePort(port)).toBeNull();
			expect(() => e2ePort({ DUIYI_E2E_PORT: String(port) })).toThrow(/in use/);
			const env: Record<string, string> = {};
			const chosen = e2ePort(env);
			expect(chosen).not.toBe(port);
			expect(probePort(chosen)).toBe(chosen);
			expect(env.DUIYI_E2E_PORT_CHECKED).toBe(String(chosen));
		} finally {
			busy.close();
		}
	});
});
