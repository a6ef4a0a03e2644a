#!/usr/bin/env bash
# Webhooks benchmark (issue 13), against one webhooks-api (Release, Production, default delivery settings except http
# and loopback endpoints allowed, as AppHost allows them for local runs) run by bench/Webhooks.Benchmarks:
#   1. provider callbacks per second and their answer time: signed openai (Standard Webhooks) callbacks to
#      POST /api/webhooks/openai, a new webhook-id each, from <connections> senders;
#   2. event → first delivery attempt: VideoReady events published on RabbitMQ one at a time, each timed until its
#      signed POST reaches the local receiver (one endpoint);
#   3. deliveries per second: <fanout-events> VideoReady events for a company with <endpoints> endpoints, timed from the
#      first publish until all events × endpoints deliveries reached the local receiver.
# The receiver (Kestrel, in the benchmark process) verifies every signature and counts each message once per endpoint.
# Release builds; throwaway PostgreSQL and RabbitMQ (AppHost --infrastructure-only); identity-api issues the tokens.
# Usage: bench/webhooks.sh [callbacks=5000] [connections=16] [events=200] [endpoints=1000] [fanout-events=10]
# Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
callbacks=${1:-5000}
connections=${2:-16}
events=${3:-200}
endpoints=${4:-1000}
fanout_events=${5:-10}

ensure_system
log "Building (Release)"
for project in AppHost/AppHost.csproj services/Identity/Identity.Api/Identity.Api.csproj \
  services/Webhooks/Webhooks.Api/Webhooks.Api.csproj bench/Webhooks.Benchmarks/Webhooks.Benchmarks.csproj; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
done

source bench/lib.sh

log "Starting throwaway PostgreSQL and RabbitMQ"
start_servers

identity_port=$(free_port)
identity="http://127.0.0.1:$identity_port"
log "Starting identity-api on $identity_port"
start_identity "$identity_port"

webhooks_port=$(free_port)
webhooks="http://127.0.0.1:$webhooks_port"
openai_secret="whsec_$(head -c 32 /dev/urandom | base64)"
log "Starting webhooks-api on $webhooks_port"
# exec: $! is webhooks-api itself, whose CPU time the benchmark reads from /proc.
(cd services/Webhooks/Webhooks.Api/bin/Release/net10.0 && exec env \
  ASPNETCORE_URLS="$webhooks" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__webhooksdb="$(database webhooksdb)" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" \
  Identity__Url="$identity" Webhooks__Secrets__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
  Webhooks__Providers__openai__Secret="$openai_secret" \
  Webhooks__Delivery__AllowHttp=true Webhooks__Delivery__AllowLoopback=true \
  dotnet Webhooks.Api.dll > "$work/webhooks.log" 2>&1) &
webhooks_pid=$!
pids+=("$webhooks_pid")
wait_for "$webhooks/health"
started_lines=$(wc -l < "$work/webhooks.log") # its health check fails until the bus is connected: not worth reporting
grep -q Webhooks.Api.dll "/proc/$webhooks_pid/cmdline" || { echo "process $webhooks_pid is not webhooks-api" >&2; exit 1; }

log "Measuring: $callbacks callbacks ($connections connections), $events events one at a time, $fanout_events events × $endpoints endpoints"
dotnet bench/Webhooks.Benchmarks/bin/Release/net10.0/Webhooks.Benchmarks.dll "$identity" "$webhooks" "$AIVIDEO_RABBITMQ" \
  "$openai_secret" "$webhooks_pid" "$(getconf CLK_TCK)" "$callbacks" "$connections" "$events" "$endpoints" "$fanout_events" > "$work/table.md"

tail -n +$((started_lines + 1)) "$work/webhooks.log" > "$work/webhooks-measured.log"
if grep -qE '^(warn|fail|crit):' "$work/webhooks-measured.log"; then
  log "webhooks-api logged warnings or errors while measured (first 20):"
  grep -E -A1 '^(warn|fail|crit):' "$work/webhooks-measured.log" | head -n 40 >&2
fi
echo
echo "webhooks-api (Release, default Webhooks:Delivery settings), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
cat "$work/table.md"
