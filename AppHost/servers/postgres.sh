#!/usr/bin/env bash
# PostgreSQL for the AppHost's `postgres` resource: initdb on first use, then exec the server (so DCP's signals reach it)
# on 127.0.0.1 only, as the postgres user when run as root (PostgreSQL refuses root).
# Usage: postgres.sh DATA_DIRECTORY PORT [ephemeral] -- [extra postgres arguments]
set -euo pipefail
data=$1 port=$2 mode=${3:-persistent}
shift 3 || shift $#
[ "${1:-}" = "--" ] && shift

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/postgres" ] || { echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): run ./run.sh to install it." >&2; exit 1; }

as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
  mkdir -p "$data"
  chown -R postgres:postgres "$data"
  # The postgres user must be able to reach the data directory: ancestors that others may not traverse get o+x, nothing more.
  dir=$(dirname "$(realpath "$data")")
  while [ "$dir" != "/" ]; do
    [ "$(( 0$(stat -c %a "$dir") & 1 ))" -eq 0 ] && chmod o+x "$dir"
    dir=$(dirname "$dir")
  done
fi

if [ ! -f "$data/PG_VERSION" ]; then
  init=(-D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8)
  [ "$mode" = ephemeral ] && init+=(--no-sync)
  "${as_postgres[@]}" "$bin/initdb" "${init[@]}" >/dev/null
fi

# A server a killed earlier run left on this data directory is stopped first.
if [ -f "$data/postmaster.pid" ]; then
  stale=$(head -n 1 "$data/postmaster.pid")
  if [ -n "$stale" ] && kill -0 "$stale" 2>/dev/null && grep -q postgres "/proc/$stale/cmdline" 2>/dev/null; then
    echo "stopping the PostgreSQL server (pid $stale) an earlier run left on $data"
    kill -INT "$stale"
    while kill -0 "$stale" 2>/dev/null; do sleep 0.2; done
  fi
fi

settings=(-c listen_addresses=127.0.0.1 -p "$port" -c unix_socket_directories="$data" -c max_connections=300)
[ "$mode" = ephemeral ] && settings+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
exec "${as_postgres[@]}" "$bin/postgres" -D "$data" "${settings[@]}" "$@"
