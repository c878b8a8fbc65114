#!/usr/bin/env bash
# Builds the app and serves it on http://localhost:4173 (the seed article is loaded on first visit).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-npm.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
npm run build
echo "Duiyi is at http://localhost:4173"
exec npx sirv build --single --port "${PORT:-4173}" --host "${HOST:-0.0.0.0}"
