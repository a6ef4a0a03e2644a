#!/usr/bin/env bash
# Identity benchmark: login, refresh and client-credentials round trips through identity-api's HTTP API (median and
# p95 one at a time; requests per second and median with callers at once) and the time to validate an access token
# the way every service's JwtBearer does. Release builds; throwaway PostgreSQL and RabbitMQ.
# With BASELINE=<git revision> the same benchmark also runs against identity-api as it was at that revision (built
# from a temporary worktree, on its own database), one after the other, e.g. BASELINE=435285e for the hand-written
# token service before OpenIddict.
# Usage: [BASELINE=<rev>] bench/identity.sh [requests=100] [validations=20000] [concurrency=8] [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
requests=${1:-100}
validations=${2:-20000}
concurrency=${3:-8}
seconds=${4:-10}

ensure_system
log "Building (Release)"
dotnet build services/Identity/Identity.Api/Identity.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Identity.Benchmarks/Identity.Benchmarks.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build AppHost/AppHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

source bench/lib.sh

if [ -n "${BASELINE:-}" ]; then
  log "Building identity-api at $BASELINE (Release)"
  git worktree add --detach "$work/baseline" "$BASELINE" > /dev/null
  on_exit+=("git worktree remove --force '$work/baseline'")
  dotnet build "$work/baseline/services/Identity/Identity.Api/Identity.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
fi

log "Starting throwaway PostgreSQL and RabbitMQ"
start_servers

# A client allowed the client-credentials grant, as the services are (identity-api seeds it from configuration; the
# setting names hold a dash, so they go through env rather than export).
BENCH_CLIENT_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
export BENCH_CLIENT_ID=bench-client BENCH_CLIENT_SECRET
client_settings=("Identity__Clients__bench-client__Secret=$BENCH_CLIENT_SECRET"
  "Identity__Clients__bench-client__Grants__0=client_credentials" "Identity__Clients__bench-client__Scopes__0=internal")

issuer="http://127.0.0.1:8080"
run_against() { # <label> <folder with Identity.Api.dll> <database>
  local port url
  port=$(free_port)
  url="http://127.0.0.1:$port"
  log "Starting identity-api ($1) on $port"
  (cd "$2" && exec env "${client_settings[@]}" \
    ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__identitydb="$(database "$3")" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" \
    Identity__Issuer="$issuer" Identity__SigningKeys__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
    dotnet Identity.Api.dll > "$work/identity-$3.log" 2>&1) &
  local pid=$!
  pids+=("$pid")
  wait_for "$url/health"
  log "Measuring identity-api ($1): $requests requests one at a time, $concurrency at once for $seconds s, $validations validations"
  echo
  echo "identity-api ($1):"
  echo
  dotnet bench/Identity.Benchmarks/bin/Release/net10.0/Identity.Benchmarks.dll "$url" "$issuer" "$requests" "$validations" "$concurrency" "$seconds"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

run_against "this checkout" services/Identity/Identity.Api/bin/Release/net10.0 identitydb
if [ -n "${BASELINE:-}" ]; then
  run_against "$BASELINE" "$work/baseline/services/Identity/Identity.Api/bin/Release/net10.0" identitydb_baseline
fi
