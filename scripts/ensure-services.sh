#!/usr/bin/env bash
# Makes sure the real PostgreSQL (127.0.0.1:5432, trust auth, database `test`) and Redis
# (127.0.0.1:6379) the team-server tests use are running: starts them when installed but
# stopped, installs them with apt when missing and we are root, and otherwise fails saying what
# is missing. It never lets the tests skip silently.
set -uo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { for _ in $(seq 1 50); do port_open "$1" && return 0; sleep 0.2; done; return 1; }
as_root() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
missing=()

if ! port_open 5432; then
	if ! command -v pg_ctlcluster >/dev/null 2>&1 && as_root; then
		echo "== apt-get install postgresql"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	fi
	if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
		version=$(ls /etc/postgresql | sort -V | tail -1)
		echo "== starting PostgreSQL $version"
		pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
	fi
	wait_port 5432 || missing+=("PostgreSQL on 127.0.0.1:5432 (install postgresql and start it)")
fi
if port_open 5432 && command -v psql >/dev/null 2>&1; then
	# The tests connect as postgres with trust authentication to the database `test`.
	if ! psql -h 127.0.0.1 -U postgres -d test -c 'select 1' >/dev/null 2>&1; then
		psql -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE test' >/dev/null 2>&1 ||
			missing+=("database test on 127.0.0.1:5432 for user postgres with trust authentication")
	fi
fi

if ! port_open 6379; then
	if ! command -v redis-server >/dev/null 2>&1 && as_root; then
		echo "== apt-get install redis-server"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
	fi
	if command -v redis-server >/dev/null 2>&1; then
		echo "== starting Redis"
		redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" >/dev/null
	fi
	wait_port 6379 || missing+=("Redis on 127.0.0.1:6379 (install redis-server)")
fi

if [ ${#missing[@]} -gt 0 ]; then
	printf 'error: the team-server tests need %s\n' "${missing[@]}" >&2
	exit 1
fi
