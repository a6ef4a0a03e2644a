#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, starts throwaway PostgreSQL, RabbitMQ, Redis and s3rver (an
# S3-compatible server) for the run (through AppHost's --infrastructure-only mode), runs all test projects against
# them, and stops them.
# Arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~Gateway".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

ensure_system
ensure_s3rver
log "Building (Debug)"
dotnet build AiVideo.sln -nologo -v quiet -clp:ErrorsOnly

servers=$(mktemp -d /tmp/aivideo-test-servers-XXXXXX)
log "Starting throwaway servers in $servers"
dotnet AppHost/bin/Debug/net10.0/AppHost.dll --infrastructure-only \
  --AppHost:Ephemeral=true --AppHost:Servers=executables --AppHost:DataDirectory="$servers" --AppHost:EnvironmentFile="$servers/servers.env" \
  --AppHost:ParentProcessId=$$ --AppHost:Ports:Postgres=0 --AppHost:Ports:RabbitMq=0 --AppHost:Ports:RabbitMqManagement=0 \
  --AppHost:Ports:RabbitMqDistribution=0 --AppHost:Ports:RabbitMqEpmd=0 --AppHost:Ports:Redis=0 \
  --AppHost:StartS3rver=true --AppHost:Ports:S3rver=0 \
  > "$servers.log" 2>&1 &
apphost=$!
stop_servers() {
  kill -TERM "$apphost" 2>/dev/null || true
  wait "$apphost" 2>/dev/null || true
  rm -f "$servers.log"
}
trap stop_servers EXIT

# A busy machine is waited for (RabbitMQ alone can take half a minute); only a dead AppHost ends the wait early.
for _ in $(seq 1 1200); do
  [ -f "$servers/servers.env" ] && break
  if ! kill -0 "$apphost" 2>/dev/null; then cat "$servers.log" >&2; exit 1; fi
  sleep 0.5
done
[ -f "$servers/servers.env" ] || { echo "The test servers did not start:" >&2; cat "$servers.log" >&2; exit 1; }
# shellcheck disable=SC1091
source "$servers/servers.env"

log "Running the tests"
dotnet test AiVideo.sln --no-build -nologo --blame-hang-timeout 10m "$@"
