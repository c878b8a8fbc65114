// Adds up the vitest and Playwright JSON reports into one closing line:
// "N passed, N failed, N skipped". Anything that kept a test from running counts as failed:
// a file that failed to load, a beforeAll that threw (vitest then reports the file's tests as
// skipped), a Playwright file that failed to load (all-zero stats and an entry in errors[]), a
// missing report, a failed build (the browser tests were not run), a failed gate, vitest ending
// in failure with every test passed (an unhandled error: its JSON report still says success).
//
//   node scripts/count-tests.mjs UNIT.json E2E.json
//   env: GATES_FAILED=N, BUILD_FAILED=1, UNIT_EXIT=vitest's exit status,
//        E2E_DIR=tests/e2e (counted when the build failed),
//        RUN_STARTED=epoch ms (an older report counts as missing)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Counts a vitest JSON report (or null when there is none), with vitest's exit status.
 * @returns {{ passed: number, failed: number, skipped: string[], problems: string[] }}
 */
export function countUnit(report, exitStatus = 0) {
	const out = { passed: 0, failed: 0, skipped: [], problems: [] };
	if (!report) {
		out.failed += 1;
		out.problems.push('no unit test report: vitest did not finish');
		return out;
	}
	for (const file of report.testResults ?? []) {
		const tests = file.assertionResults ?? [];
		const failedTests = tests.filter((t) => t.status === 'failed').length;
		const passedTests = tests.filter((t) => t.status === 'passed').length;
		const notRun = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed');
		out.passed += passedTests;
		out.failed += failedTests;
		if (file.status === 'failed' && failedTests === 0) {
			// The file failed outside any test: it did not load, or a hook threw. Its tests did not
			// run, so they are failures, not skips; a file with no test counts once.
			out.failed += Math.max(1, notRun.length);
			out.problems.push(`${file.name}: ${firstLine(file.message) || 'failed outside its tests'}`);
			continue;
		}
		const name = relative(process.cwd(), file.name);
		for (const t of notRun) out.skipped.push(`${name} › ${groupTitle(t)}`);
	}
	if (report.success === false && out.failed === 0) {
		out.failed += 1;
		out.problems.push('vitest reported failure (success: false) with no failed test');
	}
	if (exitStatus !== 0 && out.failed === 0) {
		// An error outside every test (an uncaught exception, an unhandled rejection): vitest
		// fails the run, but its JSON report says success.
		out.failed += 1;
		out.problems.push(
			`vitest exited with status ${exitStatus} though no test failed: an unhandled error (see its output)`
		);
	}
	return out;
}

/**
 * Counts a Playwright JSON report (or null when there is none).
 * @returns {{ passed: number, failed: number, skipped: string[], problems: string[] }}
 */
export function countE2e(report) {
	const out = { passed: 0, failed: 0, skipped: [], problems: [] };
	if (!report) {
		out.failed += 1;
		out.problems.push('no browser test report: Playwright did not finish');
		return out;
	}
	const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
	out.passed += expected + flaky;
	out.failed += unexpected;
	for (const spec of specs(report.suites ?? [])) {
		for (const t of spec.tests ?? []) {
			if (t.status === 'skipped') out.skipped.push(`${spec.file} › ${spec.title}`);
		}
	}
	// Errors outside tests: a file that failed to load, a web server that did not start.
	for (const e of report.errors ?? []) {
		out.failed += 1;
		out.problems.push(firstLine(e.message) || 'Playwright error outside a test');
	}
	if (out.passed + out.failed + out.skipped.length === 0) {
		out.failed += 1;
		out.problems.push('the browser test report holds no test');
	}
	return out;
}

/** The closing line and the exit status for a whole run. */
export function summarize({
	unit,
	unitExit = 0,
	e2e,
	buildFailed = false,
	e2eFiles = [],
	gatesFailed = 0
}) {
	const parts = [countUnit(unit, unitExit)];
	if (buildFailed) {
		const n = Math.max(1, e2eFiles.length);
		parts.push({
			passed: 0,
			failed: n,
			skipped: [],
			problems: [`the build failed: ${n} browser test file(s) not run`]
		});
	} else {
		parts.push(countE2e(e2e));
	}
	if (gatesFailed > 0) {
		parts.push({
			passed: 0,
			failed: gatesFailed,
			skipped: [],
			problems: [`${gatesFailed} gate(s) failed: see "GATE FAILED" above`]
		});
	}
	const passed = sum(parts, 'passed');
	const failed = sum(parts, 'failed');
	const skipped = parts.flatMap((p) => p.skipped);
	const problems = parts.flatMap((p) => p.problems);
	return {
		passed,
		failed,
		skipped,
		problems,
		line: `${passed} passed, ${failed} failed, ${skipped.length} skipped`,
		exitCode: failed > 0 ? 1 : 0
	};
}

function sum(parts, key) {
	return parts.reduce((n, p) => n + p[key], 0);
}

function* specs(suites) {
	for (const suite of suites) {
		for (const spec of suite.specs ?? []) yield { ...spec, file: spec.file ?? suite.file };
		yield* specs(suite.suites ?? []);
	}
}

/**
 * Where a skipped test's reason is: its own title when that says "skipped:", else its describe
 * block (one line for the block), else its title.
 */
function groupTitle(t) {
	const titles = t.ancestorTitles ?? [];
	if (!titles.length || /skipped:/.test(t.title)) return [...titles, t.title].join(' › ');
	return titles.join(' › ');
}

/** "name (N tests)" lines, one per group, in first-seen order. */
export function skippedGroups(names) {
	const counts = new Map();
	for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
	return [...counts].map(([n, c]) => (c > 1 ? `${n} (${c} tests)` : n));
}

function firstLine(message) {
	return String(message ?? '')
		.trim()
		.split('\n')[0];
}

/**
 * Reads a JSON report, or null when there is none, it is half-written, or it is older than this
 * run (RUN_STARTED, epoch ms): a run that wrote no report must not reuse an earlier run's numbers.
 */
export function readReport(path, runStarted = 0) {
	if (!path || !existsSync(path)) return null;
	if (statSync(path).mtimeMs < runStarted) return null;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null; // a half-written report counts as no report
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [unitPath, e2ePath] = process.argv.slice(2);
	const e2eDir = process.env.E2E_DIR ?? 'tests/e2e';
	const runStarted = Number(process.env.RUN_STARTED ?? 0);
	const result = summarize({
		unit: readReport(unitPath, runStarted),
		unitExit: Number(process.env.UNIT_EXIT ?? 0),
		e2e: readReport(e2ePath, runStarted),
		buildFailed: process.env.BUILD_FAILED === '1',
		e2eFiles: existsSync(e2eDir) ? readdirSync(e2eDir).filter((f) => f.endsWith('.e2e.ts')) : [],
		gatesFailed: Number(process.env.GATES_FAILED ?? 0)
	});
	for (const p of result.problems) console.error(`FAILED: ${p}`);
	for (const s of skippedGroups(result.skipped)) console.log(`skipped: ${s}`);
	console.log(result.line);
	process.exit(result.exitCode);
}
