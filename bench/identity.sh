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

source bench/lib.sh

log "Starting throwaway PostgreSQL and RabbitMQ"
start_servers
port=$(free_port)
issuer="http://127.0.0.1:8080"
log "Starting identity-api (Release) on $port"
start_identity "$port" "$issuer"

log "Measuring $logins logins and $validations validations"
dotnet bench/Identity.Benchmarks/bin/Release/net10.0/Identity.Benchmarks.dll "http://127.0.0.1:$port" "$issuer" "$logins" "$validations"
