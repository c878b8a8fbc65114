// Adds up the vitest and Playwright JSON reports into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [unitPath, e2ePath] = process.argv.slice(2);
if (existsSync(unitPath)) {
	const unit = JSON.parse(readFileSync(unitPath, 'utf8'));
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
	// A file that failed to load counts as a failure even though it ran no test.
	failed += unit.testResults.filter(
		(f) => f.status === 'failed' && f.assertionResults.length === 0
	).length;
} else {
	failed += 1;
	console.error(`no unit test report at ${unitPath}`);
}
if (existsSync(e2ePath)) {
	const stats = JSON.parse(readFileSync(e2ePath, 'utf8')).stats;
	passed += stats.expected + stats.flaky;
	failed += stats.unexpected;
	skipped += stats.skipped;
} else {
	failed += 1;
	console.error(`no browser test report at ${e2ePath}`);
}
// A failed gate (svelte-check, i18n keys, prettier, eslint) counts as a failed test.
const gates = Number(process.env.GATES_FAILED ?? 0);
if (gates > 0) console.error(`${gates} gate(s) failed: see "GATE FAILED" above`);
failed += gates;
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(failed > 0 ? 1 : 0);
