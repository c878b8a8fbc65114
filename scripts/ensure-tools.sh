#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the npm packages, Debian's Chromium for
# the browser tests, and the outside judges of our exports (LibreOffice, translate-toolkit,
# xmllint, jing), plus a CJK font. Packages are installed only when missing and we are root.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-npm.sh

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "== npm ci"
	npm ci --no-audit --no-fund
fi

need=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
[ -x /usr/bin/poconflicts ] || [ -x /usr/bin/tmx2po ] || need+=(translate-toolkit)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v jing >/dev/null 2>&1 || need+=(jing)
/usr/bin/python3 -c 'import docx' >/dev/null 2>&1 || need+=(python3-docx)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)

if [ ${#need[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "== apt-get install ${need[*]}"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
	else
		echo "warning: missing ${need[*]} and not root: tests that need them will fail" >&2
	fi
fi
