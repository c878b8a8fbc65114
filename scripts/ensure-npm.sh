#!/usr/bin/env bash
# Vite 8 installs only with npm 11. On machines where the start-up upgrade of npm failed,
# `npm --version` prints 10: upgrade it before installing anything.
set -euo pipefail
major=$(npm --version 2>/dev/null | cut -d. -f1)
if [ -n "$major" ] && [ "$major" -lt 11 ]; then
	echo "== npm $major found: npm i -g npm@11"
	npm i -g npm@11 --no-audit --no-fund
fi
