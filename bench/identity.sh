#!/usr/bin/env bash
# Identity benchmark: the median (and p95) time of a login through identity-api's HTTP API, and of validating an
# access token the way every service's JwtBearer does. Release builds; throwaway PostgreSQL and RabbitMQ.
# Usage: bench/identity.sh [logins=100] [validations=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
logins=${1:-100}
validations=${2:-20000}

ensure_system
log "Building (Release)"
dotnet build services/Identity/Identity.Api/Identity.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Identity.Benchmarks/Identity.Benchmarks.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build AppHost/AppHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

work=$(mktemp -d /tmp/aivideo-bench-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

log "Starting throwaway PostgreSQL and RabbitMQ"
dotnet AppHost/bin/Release/net10.0/AppHost.dll --infrastructure-only --AppHost:Ephemeral=true \
  --AppHost:DataDirectory="$work/servers" --AppHost:EnvironmentFile="$work/servers.env" --AppHost:ParentProcessId=$$ \
  --AppHost:Ports:Postgres=0 --AppHost:Ports:RabbitMq=0 --AppHost:Ports:RabbitMqManagement=0 \
  --AppHost:Ports:RabbitMqDistribution=0 --AppHost:Ports:RabbitMqEpmd=0 --AppHost:Ports:Redis=0 > "$work/apphost.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do [ -f "$work/servers.env" ] && break; sleep 0.5; done
source "$work/servers.env"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
issuer="http://127.0.0.1:8080"
log "Starting identity-api (Release) on $port"
(cd services/Identity/Identity.Api/bin/Release/net10.0 && exec env \
  ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__identitydb="${AIVIDEO_POSTGRES/Database=postgres/Database=identitydb}" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" \
  Identity__Issuer="$issuer" Identity__SigningKeys__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
  dotnet Identity.Api.dll > "$work/identity.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.5; done

log "Measuring $logins logins and $validations validations"
dotnet bench/Identity.Benchmarks/bin/Release/net10.0/Identity.Benchmarks.dll "http://127.0.0.1:$port" "$issuer" "$logins" "$validations"
