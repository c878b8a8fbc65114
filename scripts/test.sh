#!/usr/bin/env bash
# Runs every test: gates (svelte-check, i18n keys, lint), unit tests (vitest, under Node) and
# browser tests (Playwright in Debian's Chromium against the built app). Ends with one line
# "N passed, N failed, N skipped" counting every unit and browser test; a failed gate, a failed
# build (the browser tests are then not run) and a report that was not written count as failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh || exit 1
bash scripts/ensure-services.sh || exit 1
mkdir -p test-results
# A run that writes no report must not be counted with the previous run's numbers.
rm -f test-results/unit.json test-results/e2e.json test-results/build.log
RUN_STARTED=$(node -e 'console.log(Date.now())')
export RUN_STARTED
status=0
gates_failed=0
build_failed=0

echo "== npm run check"
npm run check --silent || { status=1; gates_failed=$((gates_failed + 1)); echo "GATE FAILED: npm run check"; }
echo "== npm run lint"
npm run lint --silent || { status=1; gates_failed=$((gates_failed + 1)); echo "GATE FAILED: npm run lint"; }

echo "== unit tests (vitest)"
# The tests get a temp folder of their own: whatever they leave in it is a failed gate.
unit_tmp=$(mktemp -d "${TMPDIR:-/tmp}/duiyi-unit-tmp.XXXXXX")
TMPDIR=$unit_tmp npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
unit_exit=$?
[ "$unit_exit" = 0 ] || status=1
left=$(find "$unit_tmp" -mindepth 1 -maxdepth 1 ! -name 'tsx-*' | head -20)
if [ -n "$left" ]; then
	echo "GATE FAILED: the unit tests left files in the temp folder:"
	echo "$left"
	status=1
	gates_failed=$((gates_failed + 1))
fi
rm -rf "$unit_tmp"

echo "== build"
if ! npm run build --silent >test-results/build.log 2>&1; then
	cat test-results/build.log
	echo "BUILD FAILED: the browser tests are not run and count as failed"
	status=1
	build_failed=1
fi

if [ "$build_failed" = 0 ]; then
	echo "== browser tests (playwright)"
	# playwright.config.ts takes DUIYI_E2E_PORT if it is free, else chooses a free port.
	npx playwright test || status=1
fi

GATES_FAILED=$gates_failed BUILD_FAILED=$build_failed UNIT_EXIT=$unit_exit \
	node scripts/count-tests.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
