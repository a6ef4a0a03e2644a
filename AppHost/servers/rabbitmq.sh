#!/usr/bin/env bash
# RabbitMQ for the AppHost's `eventbus` resource, run directly (no systemd) so that it runs as root, listens on
# 127.0.0.1 only and uses the private epmd of the `eventbus-epmd` resource. The environment (ports, folders) comes from
# the AppHost. A node a killed earlier run left on this data directory is stopped first; then the server is exec'd so
# DCP's signals reach it.
set -euo pipefail
server=/usr/lib/rabbitmq/bin/rabbitmq-server
[ -x "$server" ] || { echo "RabbitMQ is not installed: run ./run.sh to install it." >&2; exit 1; }
mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
if [ -f "$RABBITMQ_PID_FILE" ]; then
  stale=$(cat "$RABBITMQ_PID_FILE")
  if [ -n "$stale" ] && kill -0 "$stale" 2>/dev/null && grep -q beam "/proc/$stale/cmdline" 2>/dev/null; then
    echo "stopping the RabbitMQ node (pid $stale) an earlier run left on $RABBITMQ_MNESIA_BASE"
    kill -TERM "$stale"
    while kill -0 "$stale" 2>/dev/null; do sleep 0.2; done
  fi
fi
exec "$server"
