#!/usr/bin/env bash
# Pipeline benchmark: the whole system started as ./run.sh starts it (the AppHost's Release build: DCP, the dashboard,
# PostgreSQL, RabbitMQ, Redis, the five services and the gateway), on free ports with its data in a throwaway folder,
# driven through the gateway only by bench/Pipeline.Benchmarks, in one run:
#   1. prompt → final MP4: register, create a project (16:9 1280x720, narration, burned-in captions), open its event
#      stream, POST …/generate, follow GET /api/projects/{id}/events to `completed`, download the MP4 through its signed
#      link and check it with ffprobe (H.264/AAC, 1280x720, the project's length ± 0.2 s); then the same ffmpeg and
#      espeak-ng work run directly on the storyboard the pipeline wrote (bench/generation-raw.sh), once one command at a
#      time and once with the pipeline's parallelism; wall and CPU time of each;
#   2. the time from generate's 202 to the first SSE event after it, and to the first event generation's work caused;
#   3. a 2-minute video against its own length;
#   4. many pipelines started at the same moment by several companies: all must complete; the time until the last did
#      and each one's time;
#   5. the peak resident memory of every process of the system (services, servers, AppHost, DCP, dashboard, and the
#      ffmpeg/espeak-ng runs apart), sampled from /proc, and each one's CPU time, per phase.
# The gateway's rate limits are raised (as the end-to-end tests raise them): one machine plays many customers from
# 127.0.0.1. Everything else runs with ./run.sh's settings (x264 veryfast, the local provider's default concurrency).
#
# Knobs (environment variables; defaults in brackets):
#   SCENES [6], SECONDS [30]    the main project
#   WARMUP [1]                  first one 1-scene 5 s pipeline, reported apart (the services' JIT and first connections)
#   RAW [1]                     0 skips the raw runs
#   RAW_PARALLEL [nproc]        jobs at a time in the raw run with the pipeline's parallelism: generation-api runs the
#                               local provider's jobs Generation:Providers:local:MaxConcurrency at a time (default: cores)
#   RAW_NARRATION_PARALLEL [4]  narration lines at a time there (FinalVideoJobHandler.Parallelism)
#   SKIP_2MIN [0]               1 skips the long video; LONG_SECONDS [120], LONG_SCENES [10] shape it
#   CONCURRENT [20]             pipelines started at once (0 skips them), by COMPANIES [5] companies, each project
#                               CONCURRENT_SCENES [2] scenes, CONCURRENT_SECONDS [10] s
#   SAMPLE_MS [500]             how often /proc is sampled (VmRSS, VmHWM; CPU ticks at each phase's ends)
#   PSS_EVERY [4]               every how many samples each process's PSS is read too (0: never; smaps_rollup costs more)
#   STARTUP_MINUTES [10]        how long the system may take to become healthy (a failed start is tried once more)
#   PHASE_TIMEOUT_MINUTES [30]  how long a pipeline (or the concurrent batch) may take before it counts as failed
#   RESULTS [/tmp/aivideo-pipeline-<UTC time>.json]  the results file; the Markdown tables are written beside it (.md)
# Usage: [KNOB=value ...] bench/pipeline.sh     e.g. a quick trial: SCENES=2 SECONDS=10 SKIP_2MIN=1 CONCURRENT=4 COMPANIES=2 bench/pipeline.sh
# Prints Markdown tables for docs/benchmarks.md; exits non-zero when a pipeline failed or a video was not as asked.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
source scripts/setup.sh
results=${RESULTS:-/tmp/aivideo-pipeline-$(date -u +%Y%m%dT%H%M%SZ).json}
results=$(realpath -m "$results")
began=$(date +%s)

ensure_system
log "Building (Release)"
for project in AppHost/AppHost.csproj bench/Pipeline.Benchmarks/Pipeline.Benchmarks.csproj; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
done

source bench/lib.sh

# Distinct free loopback ports, chosen together (each socket held until all are chosen): with port 0 the AppHost picks
# each server's port on its own, and two resources can be handed the same one (issue reported with this benchmark).
free_ports() { python3 -c '
import socket, sys
sockets = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in sockets: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in sockets))' "$1"; }

apphost=""
stopped=1
stop_apphost() {
  [ "$stopped" = 1 ] && return 0
  stopped=1
  local all
  all=$(run_pids)
  kill -TERM "$apphost" 2>/dev/null || true
  for _ in $(seq 1 600); do
    local alive=0 pid
    for pid in $all; do kill -0 "$pid" 2>/dev/null && alive=1 && break; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  wait "$apphost" 2>/dev/null || true
}
# Before lib.sh's cleanup removes the data: everything the AppHost started must be gone first.
on_exit+=(stop_apphost)

# Starts the AppHost on new ports with data folder $1 and waits until the gateway is healthy (STARTUP_MINUTES, 10).
start_system() {
  data=$1
  local ports
  read -ra ports <<< "$(free_ports 9)"
  gateway="http://127.0.0.1:${ports[0]}"
  postgres_port=${ports[3]}
  log "Starting the AppHost (gateway on ${ports[0]}, data in $data)"
  started=$(date +%s)
  (exec env "$marker" ASPNETCORE_URLS="http://127.0.0.1:${ports[1]}" ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:${ports[2]}" \
    RateLimits__Default__PermitLimit=1000000 RateLimits__Auth__PermitLimit=100000 RateLimits__Generation__PermitLimit=100000 \
    dotnet AppHost/bin/Release/net10.0/AppHost.dll --AppHost:DataDirectory="$data" --AppHost:ParentProcessId=$$ \
    --AppHost:Ports:Gateway="${ports[0]}" --AppHost:Ports:Postgres="${ports[3]}" --AppHost:Ports:RabbitMq="${ports[4]}" \
    --AppHost:Ports:RabbitMqManagement="${ports[5]}" --AppHost:Ports:RabbitMqDistribution="${ports[6]}" \
    --AppHost:Ports:RabbitMqEpmd="${ports[7]}" --AppHost:Ports:Redis="${ports[8]}" > "$data.log" 2>&1) &
  apphost=$!
  stopped=0
  pids+=("$apphost")
  local deadline=$(( started + ${STARTUP_MINUTES:-10} * 60 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -sf -o /dev/null --max-time 2 "$gateway/health"; then
      log "Healthy after $(( $(date +%s) - started )) s"
      return 0
    fi
    kill -0 "$apphost" 2>/dev/null || break
    sleep 0.2
  done
  echo "The system did not become healthy within ${STARTUP_MINUTES:-10} min; the AppHost's log ends:" >&2
  tail -n 20 "$data.log" >&2
  stop_apphost
  return 1
}

# A start that fails (a port taken meanwhile by another program on a shared machine, a server that did not come up) is
# tried once more on new ports.
start_system "$work/data" || start_system "$work/data-again" || exit 1
log "Measuring (load average $(cut -d' ' -f1-3 /proc/loadavg))"
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- . 2>/dev/null || commit="$commit+changes"
status=0
CLK_TCK=$(getconf CLK_TCK) BENCH_COMMIT="$commit" PG_PORT="$postgres_port" \
  dotnet bench/Pipeline.Benchmarks/bin/Release/net10.0/Pipeline.Benchmarks.dll \
  "$gateway" "$marker" "$data" "$repo/bench/generation-raw.sh" "$work/client" "$results" || status=$?

log "Stopping the AppHost"
stop_apphost
log "Whole run: $(( $(date +%s) - began )) s (build, start, measuring, stop); results in $results"
exit "$status"
