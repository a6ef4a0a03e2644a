#!/usr/bin/env bash
# Runs AiVideo on this machine: installs what is missing, builds, and starts AppHost, which starts PostgreSQL,
# RabbitMQ and Redis (data kept in .apphost/), the five services and the gateway on http://127.0.0.1:8080.
# Ctrl-C stops everything it started. Arguments go to AppHost, e.g. --AppHost:Ports:Gateway=9090.
#
# ./run.sh demo "a prompt" [--seconds 12] [--scenes 3] [--aspect 16:9] starts nothing: against the system running (in
# another terminal) at http://127.0.0.1:8080, or AIVIDEO_URL, it builds and runs tools/Demo, which makes a short video
# from the prompt with a progress bar and downloads it to demo-output/.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

if [ "${1:-}" = demo ]; then
  shift
  ensure_dotnet
  # Quiet unless the build fails: the demo's own output is what the person reads.
  if ! build_output=$(dotnet build tools/Demo/Demo.csproj -c Release -nologo -v quiet -clp:ErrorsOnly 2>&1); then
    echo "$build_output" >&2
    exit 1
  fi
  exec dotnet tools/Demo/bin/Release/net10.0/Demo.dll "$@"
fi

ensure_system
log "Building (Release)"
dotnet build AppHost/AppHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
log "Starting AppHost"
exec dotnet AppHost/bin/Release/net10.0/AppHost.dll "$@"
