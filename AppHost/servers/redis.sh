#!/usr/bin/env bash
# Redis for the AppHost's `redis` resource on 127.0.0.1 only; a server a killed earlier run left on this data directory
# is stopped first; then the server is exec'd so DCP's signals reach it.
# Usage: redis.sh DATA_DIRECTORY PORT [ephemeral]
set -euo pipefail
data=$1 port=$2 mode=${3:-persistent}
mkdir -p "$data"
if [ -f "$data/redis.pid" ]; then
  stale=$(cat "$data/redis.pid")
  if [ -n "$stale" ] && kill -0 "$stale" 2>/dev/null && grep -q redis-server "/proc/$stale/cmdline" 2>/dev/null; then
    echo "stopping the Redis server (pid $stale) an earlier run left on $data"
    kill -TERM "$stale"
    while kill -0 "$stale" 2>/dev/null; do sleep 0.2; done
  fi
fi
persistence=(--appendonly yes --save 60 1000)
[ "$mode" = ephemeral ] && persistence=(--appendonly no --save '')
exec redis-server --port "$port" --bind 127.0.0.1 --protected-mode yes --dir "$data" --pidfile "$data/redis.pid" \
  --daemonize no "${persistence[@]}"
