#!/usr/bin/env bash
# Runs every test: gates (svelte-check, i18n keys, lint), unit tests (vitest, under Node) and
# browser tests (Playwright in Debian's Chromium against the built app). Ends with one line
# "N passed, N failed" counting every unit and browser test.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh || exit 1
bash scripts/ensure-services.sh || exit 1
mkdir -p test-results
status=0
gates_failed=0

echo "== npm run check"
npm run check --silent || { status=1; gates_failed=$((gates_failed + 1)); echo "GATE FAILED: npm run check"; }
echo "== npm run lint"
npm run lint --silent || { status=1; gates_failed=$((gates_failed + 1)); echo "GATE FAILED: npm run lint"; }

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

echo "== build"
npm run build --silent >test-results/build.log 2>&1 || { cat test-results/build.log; status=1; }

echo "== browser tests (playwright)"
npx playwright test || status=1

GATES_FAILED=$gates_failed node scripts/count-tests.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
