#!/usr/bin/env bash
# Projects benchmark: projects-api (Release, Production) against throwaway PostgreSQL, RabbitMQ and Redis, driven from
# the outside by bench/Projects.Benchmarks: GET /api/projects latency in a company of 1,000 and of 1,000,000 projects
# (first, middle and last page by cursor, scope=mine, status=; each page's query explained: buffers touched, execution
# time), the delivery latency of a progress change to 200 SSE subscribers (through the bus, the commit, Redis pub/sub
# and the stream), and how many generation results the process manager handles per second while 40 projects of 6
# scenes generate at once (a stand-in answers on the bus at once), with projects-api's CPU time per result, which unlike
# the rates does not depend on what else the machine runs.
# Usage: bench/projects.sh [small=1000] [large=1000000] [subscribers=200] [rounds=50] [projects=40] [scenes=6]
# Prints Markdown tables for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_system
log "Building (Release)"
for project in AppHost/AppHost.csproj services/Identity/Identity.Api/Identity.Api.csproj \
  services/Projects/Projects.Api/Projects.Api.csproj bench/Projects.Benchmarks/Projects.Benchmarks.csproj; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
done

source bench/lib.sh

log "Starting throwaway PostgreSQL, RabbitMQ and Redis"
start_servers

identity_port=$(free_port)
identity="http://127.0.0.1:$identity_port"
log "Starting identity-api on $identity_port"
start_identity "$identity_port"

projects_port=$(free_port)
projects="http://127.0.0.1:$projects_port"
projectsdb=$(database projectsdb)
log "Starting projects-api on $projects_port"
(cd services/Projects/Projects.Api/bin/Release/net10.0 && exec env \
  ASPNETCORE_URLS="$projects" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__projectsdb="$projectsdb" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" ConnectionStrings__redis="$AIVIDEO_REDIS" \
  Identity__Url="$identity" dotnet Projects.Api.dll > "$work/projects.log" 2>&1) &
projects_pid=$! # the subshell execs env, which execs dotnet: this is projects-api's own process
pids+=("$projects_pid")
wait_for "$projects/health"

log "Measuring"
PROJECTS_API_PID=$projects_pid \
  dotnet bench/Projects.Benchmarks/bin/Release/net10.0/Projects.Benchmarks.dll "$identity" "$projects" "$projectsdb" "$AIVIDEO_RABBITMQ" "$@"
echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%d)"
