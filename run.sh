#!/usr/bin/env bash
# Runs AiVideo on this machine: installs what is missing, builds, and starts AppHost, which starts PostgreSQL,
# RabbitMQ and Redis (data kept in .apphost/), the five services and the gateway on http://127.0.0.1:8080.
# Ctrl-C stops everything it started. Arguments go to AppHost, e.g. --AppHost:Ports:Gateway=9090.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

ensure_system
log "Building (Release)"
dotnet build AppHost/AppHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
log "Starting AppHost"
exec dotnet AppHost/bin/Release/net10.0/AppHost.dll "$@"
